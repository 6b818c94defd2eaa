import type { ToolTemplate } from "./tool-template";

/**
 * CISO Assistant (intuitem/ciso-assistant-community): the risk assessment export, CSV (`;`,
 * with a BOM) or XLSX, from `backend/core/views.py` (`risk_assessment_csv`/`_xlsx`); lists
 * inside a cell are joined with commas, an unset level is `--`. `inherent_*` columns appear
 * when the inherent-risk feature is on; without them the *current* level (before the additional
 * controls) is the starting point. The data wizard also accepts `*_probability` and `*_level`.
 */
export const CISO_ASSISTANT_RISK_ASSESSMENT: ToolTemplate = {
  id: "ciso-assistant-risk-assessment",
  label: "CISO Assistant risk assessment export",
  kind: "risk-register",
  detect: [
    ["ref id", "name", "current proba", "residual proba", "treatment"],
    ["ref id", "name", "inherent proba", "residual level", "treatment"],
    ["ref id", "name", "inherent proba", "residual proba", "treatment"],
  ],
  columns: {
    "ref id": "id",
    name: "title",
    description: "description",
    assets: null,
    threats: "cause",
    "existing applied controls": "controls",
    "existing controls": "controls",
    "inherent impact": "inherentImpact",
    "inherent proba": "inherentLikelihood",
    "inherent probability": "inherentLikelihood",
    "inherent level": null,
    "current impact": null,
    "current proba": null,
    "current probability": null,
    "current risk": null,
    "current level": null,
    "additional controls": "actions",
    "applied controls": "actions",
    "residual impact": "residualImpact",
    "residual proba": "residualLikelihood",
    "residual probability": "residualLikelihood",
    "residual risk": null,
    "residual level": null,
    treatment: "treatment",
    "strength of knowledge": null,
    owner: "owner",
  },
  fallbacks: [
    { header: "current impact", field: "inherentImpact", unless: ["inherent impact"] },
    { header: "current proba", field: "inherentLikelihood", unless: ["inherent proba", "inherent probability"] },
    { header: "current probability", field: "inherentLikelihood", unless: ["inherent proba", "inherent probability"] },
  ],
  source: { confirmed: true, reference: "intuitem/ciso-assistant-community backend/core/views.py (risk_assessment_csv, risk_assessment_xlsx), backend/data_wizard/views.py" },
};
