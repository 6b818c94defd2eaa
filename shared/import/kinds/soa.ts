import type { KindSpec } from "../field-spec";
import { EVIDENCE, ID, LAST_REVIEW, NOTES, OWNER, RISKS, STATUS, TITLE } from "./common-synonyms";

export const SOA: KindSpec = {
  kind: "soa",
  label: "Statement of Applicability",
  needs: "a Statement of Applicability needs a control id column and an applicability or justification column",
  signatures: [
    ["controlId", "applicable"],
    ["controlId", "justification"],
  ],
  fields: [
    {
      name: "controlId", label: "control id", type: "id", weight: 2,
      synonyms: [...ID, "control id", "control ref", "control reference", "control no", "control number", "annex a control",
        "annex a ref", "annex a reference", "clause", "control #", "requirement id", "=control", "id du contrôle",
        "référence de la mesure", "n° de mesure", "mesure", "kontroll-id", "control-id", "maßnahmen-nr", "anhang a",
        "id del control", "referencia del control", "id controllo", "riferimento controllo", "controle-id",
        "maatregel-id", "id do controle", "referência do controlo"],
    },
    {
      name: "title", label: "control title", type: "text", weight: 1,
      synonyms: [...TITLE, "control title", "control name", "control", "control objective", "requirement",
        "titre de la mesure", "intitulé du contrôle", "contrôle", "kontrolle", "maßnahme", "maßnahmentitel", "control",
        "título del control", "controllo", "titolo del controllo", "beheersmaatregel", "maatregel", "controle",
        "título do controlo"],
    },
    {
      name: "applicable", label: "applicable", type: "bool", weight: 3,
      synonyms: ["applicable", "applicability", "applies", "is applicable", "included", "selected", "in scope",
        "applicable y n", "control applicable", "inclusion", "applicable?", "applicable yes no", "applicabilité",
        "retenu", "retenue", "mesure applicable", "anwendbar", "anwendbarkeit", "relevant", "ausgewählt",
        "aplicable", "aplicabilidad", "seleccionado", "applicabile", "applicabilità", "selezionato",
        "van toepassing", "toepasselijk", "toepasbaar", "geselecteerd", "aplicável", "aplicabilidade", "selecionado"],
    },
    {
      name: "justification", label: "justification", type: "text", weight: 2, multi: true,
      synonyms: ["justification", "reason", "rationale", "justification for inclusion", "justification for exclusion",
        "reason for inclusion", "reason for exclusion", "reason for selection", "inclusion exclusion justification",
        "exclusion justification", "exclusion reason", "justification de l'applicabilité", "raison", "motif",
        "justification d'exclusion", "begründung", "begründung der anwendbarkeit", "ausschlussbegründung", "grund",
        "justificación", "motivo", "razón", "giustificazione", "motivazione", "ragione", "rechtvaardiging", "motivering",
        "reden", "onderbouwing", "justificativa", "justificação", "razão"],
    },
    {
      name: "status", label: "implementation status", type: "soa-status", weight: 1,
      synonyms: [...STATUS, "implementation status", "implementation state", "implemented", "status of implementation",
        "état de mise en œuvre", "statut de mise en œuvre", "mis en œuvre", "umsetzungsstatus", "umgesetzt",
        "implementierungsstatus", "estado de implementación", "implementado", "stato di implementazione",
        "stato di attuazione", "implementato", "implementatiestatus", "geïmplementeerd", "estado de implementação",
        "implementado"],
    },
    {
      name: "implementation", label: "implementation", type: "text", weight: 1,
      synonyms: ["implementation", "implementation description", "how implemented", "implementation details",
        "description of implementation", "how the control is implemented", "control implementation", "mise en œuvre",
        "description de la mise en œuvre", "umsetzung", "umsetzungsbeschreibung", "implementación",
        "descripción de la implementación", "implementazione", "attuazione", "implementatie", "implementação",
        "descrição da implementação"],
    },
    { name: "owner", label: "control owner", type: "text", weight: 0.5, synonyms: OWNER },
    { name: "evidence", label: "evidence", type: "list", weight: 1, multi: true, synonyms: EVIDENCE },
    { name: "linkedRisks", label: "linked risks", type: "list", weight: 0.5, multi: true, synonyms: RISKS },
    { name: "lastReview", label: "last review", type: "date", weight: 0.3, synonyms: LAST_REVIEW },
    { name: "notes", label: "notes", type: "text", weight: 0, multi: true, synonyms: NOTES },
  ],
};
