import { Vocabulary } from "./vocabulary";

import type { ImplementationStatus } from "../../model/soa";

export type { ImplementationStatus };

/** `not-applicable` is not a status: the importer turns it into `applicable: false`. */
export const SOA_STATUS_WORDS = new Vocabulary<ImplementationStatus | "not-applicable">([
  {
    value: "not-applicable",
    words: ["not applicable", "n/a", "na", "excluded", "out of scope", "non applicable", "exclu", "hors périmètre",
      "nicht anwendbar", "ausgeschlossen", "no aplicable", "excluido", "non applicabile", "escluso", "niet van toepassing",
      "uitgesloten", "não aplicável", "excluído"],
  },
  {
    value: "not-implemented",
    words: ["not implemented", "no", "not started", "missing", "none", "gap", "not in place", "absent", "non mis en œuvre",
      "non mis en oeuvre", "non implémenté", "non", "nicht umgesetzt", "nicht implementiert", "nein", "offen",
      "no implementado", "non implementato", "niet geïmplementeerd", "nee", "não implementado", "não"],
  },
  {
    value: "planned",
    words: ["planned", "scheduled", "to do", "future", "roadmap", "intended", "prévu", "planifié", "à faire", "geplant",
      "vorgesehen", "planificado", "previsto", "pianificato", "gepland", "planeado", "planejado"],
  },
  {
    value: "partially-implemented",
    words: ["partial", "partially", "partially implemented", "in progress", "ongoing", "in implementation", "partiellement",
      "partiellement mis en œuvre", "partiellement mis en oeuvre", "en cours", "teilweise", "teilweise umgesetzt",
      "in umsetzung", "parcial", "parcialmente", "parcialmente implementado", "en curso", "parziale", "parzialmente",
      "in corso", "gedeeltelijk", "deels", "em andamento"],
  },
  {
    value: "implemented",
    words: ["implemented", "in place", "yes", "done", "complete", "completed", "fully implemented", "operational",
      "effective", "mis en œuvre", "mis en oeuvre", "implémenté", "en place", "oui", "umgesetzt", "implementiert",
      "vollständig umgesetzt", "ja", "implementado", "implantado", "sí", "si", "implementato", "attuato",
      "geïmplementeerd", "ingevoerd", "sim"],
  },
]);
