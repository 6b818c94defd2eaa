import type { ToolTemplate } from "./tool-template";

/**
 * Drata: the risk register's columns as its help centre lists them (Risk ID, Name, Description,
 * Controls, Categories, Treatment, Owners) with inherent and residual impact, likelihood and
 * score on its 5×5 matrix. The export's exact score headers are assumed.
 */
export const DRATA_RISK_REGISTER: ToolTemplate = {
  id: "drata-risk-register",
  label: "Drata risk register export",
  kind: "risk-register",
  detect: [
    ["risk id", "name", "owners", "inherent impact", "inherent likelihood"],
    ["risk id", "name", "owners", "treatment", "categories"],
  ],
  columns: {
    "risk id": "id",
    id: "id",
    name: "title",
    description: "description",
    controls: "controls",
    categories: "category",
    treatment: "treatment",
    "treatment plan": "actions",
    owners: "owner",
    "inherent impact": "inherentImpact",
    "inherent likelihood": "inherentLikelihood",
    "inherent score": null,
    "residual impact": "residualImpact",
    "residual likelihood": "residualLikelihood",
    "residual score": null,
    status: null,
  },
  source: { confirmed: false, reference: "help.drata.com: Understanding the Drata risk register (column names); score headers assumed" },
};
