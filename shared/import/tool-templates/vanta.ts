import type { ToolTemplate } from "./tool-template";

/**
 * Vanta: the risk register's risk scenarios (risk id, description, categories, likelihood and
 * impact, residual likelihood and impact on 1–5, treatment, owner), as its API reference names
 * the fields. The CSV export's exact headers are assumed from those field names.
 */
export const VANTA_RISK_SCENARIOS: ToolTemplate = {
  id: "vanta-risk-scenarios",
  label: "Vanta risk register export",
  kind: "risk-register",
  detect: [
    ["risk id", "description", "categories", "likelihood", "impact", "residual likelihood", "residual impact"],
    ["risk id", "description", "is sensitive", "likelihood", "impact"],
  ],
  columns: {
    "risk id": "id",
    description: "description",
    categories: "category",
    category: "category",
    likelihood: "inherentLikelihood",
    impact: "inherentImpact",
    "inherent score": null,
    "risk score": null,
    "residual likelihood": "residualLikelihood",
    "residual impact": "residualImpact",
    "residual score": null,
    treatment: "treatment",
    "treatment plan": "actions",
    owner: "owner",
    notes: "notes",
    "is sensitive": null,
    "review date": "reviewDate",
  },
  source: { confirmed: false, reference: "Vanta API reference, risk scenarios (field names); help centre: Risk Management page" },
};
