import type { SheetLayout } from "./sheet-layout";

/**
 * One row per foreseeable impact (harm or benefit). The assessment's own fields (system, scope,
 * approval …) are filled on its first row; rows sharing an Assessment ID belong together.
 */
export const IMPACT_ASSESSMENTS_LAYOUT: SheetLayout = {
  id: "impactAssessments",
  sheetName: "Impact Assessments",
  kind: "impact-assessment",
  group: "core",
  columns: [
    { key: "id", header: "Assessment ID", type: "id", width: 14, required: true },
    { key: "aiSystem", header: "AI System", type: "id", width: 16 },
    { key: "scope", header: "Scope", type: "text", width: 30 },
    { key: "intendedUse", header: "Intended Use", type: "text", width: 30 },
    { key: "foreseeableMisuse", header: "Foreseeable Misuse", type: "text", width: 30 },
    { key: "affectedParties", header: "Affected Parties", type: "list", width: 24 },
    { key: "impact", header: "Impact", type: "text", width: 36, note: "One harm or benefit per row" },
    { key: "impactKind", header: "Harm or Benefit", type: "enum", width: 10, values: ["harm", "benefit"] },
    { key: "severity", header: "Severity", type: "level", width: 10 },
    { key: "likelihood", header: "Likelihood", type: "level", width: 10 },
    { key: "measures", header: "Measures", type: "list", width: 32 },
    { key: "assessor", header: "Assessor", type: "text", width: 16 },
    { key: "assessmentDate", header: "Assessment Date", type: "date", width: 12 },
    { key: "status", header: "Status", type: "enum", width: 12, values: ["draft", "in-review", "approved", "superseded"] },
    { key: "approver", path: ["approval", "approver"], header: "Approver", type: "text", width: 16 },
    { key: "approvalDate", path: ["approval", "date"], header: "Approval Date", type: "date", width: 12 },
    { key: "reviewDate", header: "Next Review", type: "date", width: 12 },
    { key: "notes", header: "Notes", type: "text", width: 30 },
  ],
};
