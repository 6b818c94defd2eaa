import type { KindSpec } from "../field-spec";
import { DUE_DATE, EVIDENCE, ID, ISO42001, NOTES, OWNER } from "./common-synonyms";

export const AI_RMF_PROFILE: KindSpec = {
  kind: "ai-rmf-profile",
  label: "AI RMF profile",
  needs: "an AI RMF profile needs a subcategory column (GOVERN 1.1 …) and a current or target state column",
  signatures: [
    ["subcategory", "current"],
    ["subcategory", "target"],
  ],
  fields: [
    {
      name: "subcategory", label: "subcategory", type: "id", weight: 2,
      synonyms: [...ID, "subcategory", "ai rmf subcategory", "subcategory id", "outcome", "ai rmf id", "ai rmf ref",
        "nist ai rmf subcategory", "sous-catégorie", "unterkategorie", "subcategoría", "sottocategoria", "subcategorie",
        "subcategoria"],
    },
    {
      name: "current", label: "current state", type: "profile-level", weight: 3,
      synonyms: ["current", "current state", "current level", "current maturity", "maturity", "maturity level", "current score", "as is", "as-is", "current tier",
        "current profile", "actuel", "état actuel", "niveau actuel", "maturité actuelle", "ist", "ist-zustand",
        "aktueller stand", "aktueller reifegrad", "actual", "estado actual", "nivel actual", "attuale", "stato attuale",
        "livello attuale", "huidig", "huidige situatie", "huidig niveau", "atual", "estado atual", "nível atual"],
    },
    {
      name: "target", label: "target state", type: "profile-level", weight: 3,
      synonyms: ["target", "target state", "target level", "target maturity", "to be", "to-be", "desired", "desired state",
        "target tier", "target profile", "cible", "état cible", "niveau cible", "soll", "soll-zustand", "zielzustand",
        "zielreifegrad", "objetivo", "estado objetivo", "nivel objetivo", "obiettivo", "stato obiettivo",
        "livello obiettivo", "doel", "gewenst", "gewenste situatie", "doelniveau", "alvo", "estado alvo", "nível alvo"],
    },
    { name: "evidence", label: "evidence", type: "list", weight: 0.5, multi: true, synonyms: EVIDENCE },
    {
      name: "gapAction", label: "gap action", type: "text", weight: 1,
      synonyms: ["gap action", "gap", "gap closure", "action", "actions", "remediation", "action plan", "next steps",
        "écart", "action corrective", "plan d'action", "lücke", "maßnahme", "brecha", "acción", "divario", "azione",
        "gat", "actie", "lacuna", "ação"],
    },
    { name: "owner", label: "owner", type: "text", weight: 0.3, synonyms: OWNER },
    { name: "dueDate", label: "due date", type: "date", weight: 0.3, synonyms: DUE_DATE },
    { name: "iso42001Refs", label: "ISO/IEC 42001 references", type: "refs", framework: "iso42001", weight: 0.3, multi: true, synonyms: ISO42001 },
    { name: "notes", label: "notes", type: "text", weight: 0, multi: true, synonyms: NOTES },
  ],
};
