import { Vocabulary } from "./vocabulary";

import type { AssessmentStatus, ImpactKind } from "../../model/impact-assessment";

export type { AssessmentStatus, ImpactKind };

export const ASSESSMENT_STATUS_WORDS = new Vocabulary<AssessmentStatus>([
  { value: "draft", words: ["draft", "in progress", "brouillon", "en cours", "entwurf", "borrador", "bozza", "concept", "rascunho"] },
  {
    value: "in-review",
    words: ["in review", "under review", "pending approval", "for review", "en revue", "en validation", "in prüfung",
      "en revisión", "in revisione", "in review", "in beoordeling", "em revisão"],
  },
  {
    value: "approved",
    words: ["approved", "signed off", "final", "complete", "completed", "approuvé", "validé", "genehmigt", "freigegeben",
      "aprobado", "approvato", "goedgekeurd", "aprovado"],
  },
  {
    value: "superseded",
    words: ["superseded", "replaced", "obsolete", "archived", "remplacé", "ersetzt", "sustituido", "sostituito", "vervangen",
      "substituído"],
  },
]);

export const IMPACT_KIND_WORDS = new Vocabulary<ImpactKind>([
  {
    value: "harm",
    words: ["harm", "negative", "risk", "adverse", "threat", "préjudice", "négatif", "schaden", "negativ", "daño", "negativo",
      "danno", "schade", "negatief", "dano"],
  },
  {
    value: "benefit",
    words: ["benefit", "positive", "opportunity", "bénéfice", "positif", "nutzen", "positiv", "beneficio", "positivo",
      "voordeel", "positief", "benefício"],
  },
]);
