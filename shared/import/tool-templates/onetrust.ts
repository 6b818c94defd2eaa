import type { ToolTemplate } from "./tool-template";

/**
 * OneTrust IT & Security Risk Management: risks with an organisation, a stage in the risk
 * workflow, inherent and residual impact, probability and level, an owner and a treatment plan.
 * OneTrust's export headers are not public; these are assumed from its product documentation's
 * field names.
 */
export const ONETRUST_RISKS: ToolTemplate = {
  id: "onetrust-risks",
  label: "OneTrust risk export",
  kind: "risk-register",
  detect: [["inherent probability", "residual probability", "organization", "stage"]],
  columns: {
    id: "id",
    "risk id": "id",
    name: "title",
    "risk name": "title",
    description: "description",
    organization: null,
    stage: null,
    "inherent impact": "inherentImpact",
    "inherent probability": "inherentLikelihood",
    "inherent risk level": null,
    "residual impact": "residualImpact",
    "residual probability": "residualLikelihood",
    "residual risk level": null,
    "risk owner": "owner",
    owner: "owner",
    "treatment plan": "actions",
    treatment: "treatment",
    "risk treatment": "treatment",
    deadline: "dueDate",
    category: "category",
  },
  source: { confirmed: false, reference: "assumed: OneTrust ITRM field names (no public export header list)" },
};
