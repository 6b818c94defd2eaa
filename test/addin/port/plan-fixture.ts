import type { WorkbookPlan } from "../../../addin/port/workbook-plan";

/** A small plan with the features set-up must handle: lists, pre-filled rows, formats, read-only. */
export const testPlan: WorkbookPlan = {
  listsSheet: "Crosswalk Lists",
  lists: [
    { name: "Status", values: ["Open", "In progress", "Closed"] },
    { name: "Rating", values: ["Low", "Medium", "High"] },
  ],
  sheets: [
    {
      kind: "risk-register",
      name: "Risk Register",
      table: "RiskRegister",
      columns: [
        { header: "Risk ID", kind: "text" },
        { header: "Title", kind: "text", width: 200 },
        { header: "Score", kind: "integer" },
        { header: "Rating", kind: "text", list: "Rating" },
        { header: "Status", kind: "text", list: "Status" },
        { header: "Due", kind: "date" },
      ],
      conditionalFormats: [
        { column: "Rating", rules: [{ type: "text", text: "High", fill: "#F8CBAD" }] },
        { column: "Score", rules: [{ type: "between", min: 15, max: 25, fill: "#F8CBAD" }] },
      ],
    },
    {
      kind: "soa",
      name: "Statement of Applicability",
      table: "SoA",
      columns: [
        { header: "Control", kind: "text" },
        { header: "Title", kind: "text" },
        { header: "Applicable", kind: "text" },
      ],
      rows: [
        ["A.2.2", "AI policy", null],
        ["A.2.3", "Alignment with other organizational policies", null],
        ["A.10.1.1", "Example id Excel would turn into a date", null],
      ],
    },
    {
      kind: "crosswalk",
      name: "Crosswalk",
      table: "CrosswalkReference",
      columns: [
        { header: "From", kind: "text" },
        { header: "To", kind: "text" },
      ],
      rows: [["AIRMF:GOVERN 1.1", "ISO42001:A.2.2"]],
      readOnly: true,
    },
  ],
};
