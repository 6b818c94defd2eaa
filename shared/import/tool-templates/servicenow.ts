import type { ToolTemplate } from "./tool-template";

/**
 * ServiceNow IRM (GRC: Risk Management): a list export of the risk table, whose records carry
 * a number (RSK…), a name, a risk statement, an entity, a state (draft, assess, review, monitor,
 * retired), an owner and inherent and residual assessments. The labels are ServiceNow's field
 * labels; the likelihood and impact headers of a list export are assumed.
 */
export const SERVICENOW_IRM_RISKS: ToolTemplate = {
  id: "servicenow-irm-risks",
  label: "ServiceNow IRM risk export",
  kind: "risk-register",
  detect: [["number", "name", "risk statement", "entity"]],
  columns: {
    number: "id",
    name: "title",
    description: "description",
    "risk statement": null,
    entity: null,
    state: null,
    owner: "owner",
    category: "category",
    "inherent likelihood": "inherentLikelihood",
    "inherent impact": "inherentImpact",
    "inherent score": null,
    "residual likelihood": "residualLikelihood",
    "residual impact": "residualImpact",
    "residual score": null,
    response: "treatment",
    "risk response": "treatment",
    "next assessment date": "reviewDate",
  },
  source: { confirmed: false, reference: "ServiceNow docs: GRC Risk Management (field labels, states); list-export headers assumed" },
};
