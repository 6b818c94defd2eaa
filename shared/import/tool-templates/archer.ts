import type { ToolTemplate } from "./tool-template";

/**
 * RSA/Archer Risk Management: a report export of the Risk Register application. Archer gives
 * every record a `Tracking ID`; the other headers are the application's field names, assumed
 * (Archer's layouts are configurable and no public export lists them).
 */
export const ARCHER_RISK_REGISTER: ToolTemplate = {
  id: "archer-risk-register",
  label: "Archer risk register export",
  kind: "risk-register",
  detect: [
    ["tracking id", "risk name", "inherent likelihood"],
    ["tracking id", "risk title", "inherent likelihood"],
    ["tracking id", "risk name", "risk owner"],
  ],
  columns: {
    "tracking id": null,
    "risk id": "id",
    "risk name": "title",
    "risk title": "title",
    "risk description": "description",
    description: "description",
    "inherent likelihood": "inherentLikelihood",
    "inherent impact": "inherentImpact",
    "inherent risk": null,
    "residual likelihood": "residualLikelihood",
    "residual impact": "residualImpact",
    "residual risk": null,
    "risk owner": "owner",
    "risk response": "treatment",
    "business unit": null,
    "risk category": "category",
    status: null,
  },
  fallbacks: [{ header: "tracking id", field: "id", unless: ["risk id"] }],
  source: { confirmed: false, reference: "assumed: Archer Risk Register field names" },
};
