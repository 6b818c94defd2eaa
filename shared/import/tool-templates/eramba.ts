import type { ToolTemplate } from "./tool-template";

/**
 * eramba: the Asset / Third Party / Business risk modules' CSV export (risks with owners,
 * stakeholders, threats and vulnerabilities, a risk score and a residual score, a mitigation
 * strategy and a review date). eramba's documentation names these attributes but not the
 * export's exact headers; the headers below are assumed from its index view (docs/import.md).
 */
export const ERAMBA_RISKS: ToolTemplate = {
  id: "eramba-risks",
  label: "eramba risk export",
  kind: "risk-register",
  detect: [
    ["title", "risk mitigation strategy", "residual score"],
    ["title", "mitigation strategy", "residual score", "stakeholder"],
  ],
  columns: {
    id: "id",
    title: "title",
    description: "description",
    owner: "owner",
    stakeholder: null,
    asset: null,
    assets: null,
    threats: "cause",
    vulnerabilities: null,
    "risk score": null,
    "residual score": null,
    "risk mitigation strategy": "treatment",
    "mitigation strategy": "treatment",
    "internal controls": "controls",
    "mitigating internal controls": "controls",
    "security services": "controls",
    review: "reviewDate",
    "next review": "reviewDate",
    status: null,
  },
  source: { confirmed: false, reference: "eramba.org learning: Risk Management course (attributes only)" },
};
