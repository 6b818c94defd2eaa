/**
 * Header words shared by several sheet kinds, in English, French, German, Spanish, Italian, Dutch
 * and Portuguese. Accents are optional (everything is folded before comparison).
 */

export const OWNER = [
  "owner", "risk owner", "control owner", "system owner", "business owner", "product owner", "model owner",
  "responsible", "responsible person", "accountable", "accountable person", "assigned to", "assignee", "=raci",
  "propriétaire", "propriétaire du risque", "responsable", "pilote", "porteur", "propriétaire du contrôle",
  "verantwortlich", "verantwortlicher", "verantwortliche person", "eigentümer", "risikoeigner", "risikoeigentümer",
  "risikoverantwortlicher", "zuständig", "zuständigkeit",
  "propietario", "propietario del riesgo", "dueño", "responsable del riesgo",
  "responsabile", "proprietario", "titolare", "proprietario del rischio",
  "eigenaar", "risico-eigenaar", "risicoeigenaar", "verantwoordelijke", "verantwoordelijk",
  "proprietário", "responsável", "dono", "proprietário do risco",
];

export const ID = [
  "=id", "=ref", "=ref.", "=reference", "=no", "=no.", "=nr", "=nr.", "=#", "=n°", "=n", "=num", "=number", "=key",
  "identifier", "unique id", "reference number", "ref no", "ref number",
  "identifiant", "référence", "numéro", "réf",
  "kennung", "nummer", "kennzeichen", "referenz", "lfd nr",
  "identificador", "código", "referencia", "número",
  "identificativo", "codice", "riferimento", "numero",
  "kenmerk", "referentie", "nummer",
  "referência", "código",
];

export const NEXT_REVIEW = [
  "review date", "next review", "next review date", "review", "date of review", "review due", "review due date",
  "re-assessment date", "reassessment date",
  "date de revue", "date de révision", "prochaine revue", "prochaine révision", "révision", "revue",
  "überprüfung", "überprüfungsdatum", "prüfdatum", "nächste überprüfung", "review-datum", "wiedervorlage",
  "fecha de revisión", "próxima revisión", "revisión",
  "data di revisione", "prossima revisione", "revisione", "riesame", "data riesame", "prossimo riesame",
  "reviewdatum", "herziening", "volgende review", "volgende herziening", "beoordelingsdatum", "herbeoordeling",
  "data de revisão", "próxima revisão", "revisão",
];

export const LAST_REVIEW = [
  "last review", "last reviewed", "date reviewed", "last review date", "reviewed on", "last assessed",
  "dernière revue", "dernière révision", "date de dernière revue",
  "letzte überprüfung", "zuletzt geprüft", "letzte prüfung",
  "última revisión", "fecha de última revisión",
  "ultima revisione", "ultimo riesame",
  "laatste review", "laatste herziening", "laatst beoordeeld",
  "última revisão", "data da última revisão",
];

export const DUE_DATE = [
  "due date", "due", "target date", "deadline", "completion date", "target completion date", "implementation date",
  "action due date", "by when", "planned completion", "date due",
  "échéance", "date d'échéance", "date cible", "date limite", "délai", "date de fin prévue",
  "fälligkeit", "fälligkeitsdatum", "fällig am", "termin", "frist", "zieldatum", "umsetzungstermin", "erledigung bis",
  "fecha límite", "fecha de vencimiento", "fecha objetivo", "plazo", "fecha prevista",
  "scadenza", "data di scadenza", "data obiettivo", "termine", "data prevista",
  "vervaldatum", "streefdatum", "einddatum", "uiterlijke datum", "deadline",
  "prazo", "data limite", "data prevista", "data alvo", "data de conclusão",
];

export const EVIDENCE = [
  "evidence", "evidence reference", "evidence ref", "evidence of implementation", "evidence location", "supporting evidence",
  "documentation", "documents", "reference documents", "proof", "artefacts", "artifacts", "records", "evidence link",
  "preuve", "preuves", "éléments de preuve", "justificatifs", "documents de référence", "documentation",
  "nachweis", "nachweise", "evidenz", "dokumentation", "belege", "referenzdokumente",
  "evidencia", "evidencias", "documentación", "documentos",
  "evidenza", "evidenze", "documentazione", "prove",
  "bewijs", "bewijsstukken", "documentatie", "onderbouwing",
  "evidência", "evidências", "documentação", "comprovação",
];

export const NOTES = [
  "notes", "note", "comments", "comment", "remarks", "additional information",
  "commentaires", "commentaire", "remarques", "observations",
  "bemerkungen", "bemerkung", "kommentar", "kommentare", "anmerkungen", "hinweise",
  "comentarios", "observaciones", "notas",
  "commenti", "osservazioni",
  "opmerkingen", "toelichting", "commentaar",
  "observações", "comentários", "notas",
];

export const STATUS = [
  "status", "state", "current status",
  "statut", "état",
  "status", "zustand", "stand",
  "estado", "situación",
  "stato",
  "status", "toestand",
  "estado", "situação",
];

export const DESCRIPTION = [
  "description", "details", "detail", "detailed description",
  "description", "descriptif",
  "beschreibung", "erläuterung",
  "descripción",
  "descrizione",
  "beschrijving", "omschrijving",
  "descrição",
];

export const TITLE = [
  "title", "=name", "short name", "short description", "summary",
  "titre", "intitulé", "libellé", "=nom",
  "titel", "bezeichnung", "kurzbeschreibung", "=name",
  "título", "=nombre",
  "titolo", "denominazione", "=nome",
  "titel", "=naam", "benaming",
  "título", "designação", "=nome",
];

export const AI_SYSTEM = [
  "ai system", "system", "ai system id", "system id", "ai system name", "system name", "model", "ai model",
  "application", "use case", "ai use case", "asset", "product", "service",
  "système d'ia", "système ia", "système", "modèle", "cas d'usage",
  "ki-system", "ki system", "system", "ki-anwendung", "anwendung", "modell",
  "sistema de ia", "sistema de ia", "sistema", "modelo", "caso de uso",
  "sistema di ia", "sistema ia", "sistema di intelligenza artificiale", "modello", "caso d'uso",
  "ai-systeem", "ai systeem", "systeem", "toepassing",
  "sistema de ia", "sistema", "modelo", "caso de uso",
];

export const AI_RMF = [
  "ai rmf", "nist ai rmf", "ai rmf ref", "ai rmf refs", "ai rmf reference", "ai rmf references", "ai rmf subcategory",
  "ai rmf subcategories", "nist ai rmf 1.0", "nist ai 100-1", "ai rmf mapping", "rmf",
];
export const AI_RMF_WEAK = ["nist ai 600-1", "ai 600-1", "genai profile", "nist"];

export const ISO42001 = [
  "iso 42001", "iso/iec 42001", "42001", "iso 42001 ref", "iso 42001 control", "iso 42001 controls", "iso 42001 annex a",
  "iso 42001 clause", "iso 42001 reference", "iso 42001 mapping",
];
export const ISO42001_WEAK = ["annex a", "annex a control", "annex a controls", "iso"];

export const ISO27001 = [
  "iso 27001", "iso/iec 27001", "27001", "iso 27001 ref", "iso 27001 control", "iso 27001 controls", "iso 27001 annex a",
  "iso 27001 clause", "iso 27001 reference",
];
/** ISO/IEC 27002 numbers its controls as ISO/IEC 27001 Annex A does (5.15 = A.5.15). */
export const ISO27002 = ["iso 27002", "iso/iec 27002", "27002"];

export const SP80053 = ["nist 800-53", "nist sp 800-53", "sp 800-53", "800-53", "nist 800 53"];

export const APPROVER = [
  "accepted by", "approved by", "approver", "acceptance approver", "risk acceptance by", "signed off by", "sign-off",
  "accepté par", "approuvé par", "validé par", "approbateur",
  "akzeptiert von", "genehmigt von", "freigegeben von", "genehmiger",
  "aceptado por", "aprobado por", "aprobador",
  "accettato da", "approvato da", "approvatore",
  "geaccepteerd door", "goedgekeurd door", "akkoord door",
  "aceito por", "aprovado por", "aprovador",
];

export const APPROVAL_DATE = [
  "acceptance date", "date accepted", "approval date", "date of acceptance", "date approved", "sign-off date",
  "date d'acceptation", "date d'approbation", "date de validation",
  "akzeptanzdatum", "genehmigungsdatum", "freigabedatum",
  "fecha de aceptación", "fecha de aprobación",
  "data di accettazione", "data di approvazione",
  "acceptatiedatum", "goedkeuringsdatum",
  "data de aceitação", "data de aprovação",
];

export const RISKS = [
  "linked risks", "related risks", "risks", "risk ids", "risk reference", "risk refs", "risk ref", "associated risks",
  "risques associés", "risques", "zugehörige risiken", "risiken", "riesgos asociados", "riesgos", "rischi associati",
  "rischi", "gerelateerde risico's", "risico's", "riscos associados", "riscos",
];
