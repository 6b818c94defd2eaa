import { ASSESSMENT_STATUSES, IMPACT_KINDS } from "../model/impact-assessment";
import type { SheetLayout } from "./sheet-layout";
import { SUGGESTION_COLUMNS } from "./suggestion-columns";

/**
 * One row per foreseeable impact (harm or benefit). The assessment's own fields (system, scope,
 * approval …) are filled on its first row; rows sharing an Assessment ID belong together. Columns
 * with a path through `impacts` hold the row's impact.
 */
export const IMPACT_ASSESSMENTS_LAYOUT: SheetLayout = {
  id: "impactAssessments",
  sheetName: "Impact Assessments",
  kind: "impact-assessment",
  group: "core",
  columns: [
    { key: "id", header: "Assessment ID", type: "id", width: 14, required: true },
    { key: "aiSystem", header: "AI System", type: "id", width: 16 },
    { key: "title", header: "Title", type: "text", width: 30 },
    { key: "scope", header: "Scope", type: "text", width: 30 },
    { key: "intendedUse", header: "Intended Use", type: "text", width: 30 },
    { key: "foreseeableMisuse", header: "Foreseeable Misuse", type: "text", width: 30 },
    { key: "affectedParties", header: "Affected Parties", type: "list", width: 24 },
    { key: "impactId", path: ["impacts", "id"], header: "Item ID", type: "id", width: 10, note: "Id of this harm or benefit within the assessment", snapshotOnly: true },
    { key: "impact", path: ["impacts", "description"], header: "Impact", type: "text", width: 36, note: "One harm or benefit per row" },
    { key: "impactKind", path: ["impacts", "kind"], header: "Harm or Benefit", type: "enum", width: 10, values: IMPACT_KINDS },
    { key: "severity", path: ["impacts", "severity"], header: "Severity", type: "level", width: 10 },
    { key: "likelihood", path: ["impacts", "likelihood"], header: "Likelihood", type: "level", width: 10 },
    { key: "impactAffected", path: ["impacts", "affected"], header: "Those Affected", type: "list", width: 24, snapshotOnly: true },
    { key: "impactMeasures", path: ["impacts", "measures"], header: "Handling", type: "list", width: 32, note: "Measures for this harm or benefit, one per line", snapshotOnly: true },
    { key: "measures", header: "Measures", type: "list", width: 32, note: "Measures of the whole assessment" },
    { key: "assessor", header: "Assessor", type: "text", width: 16 },
    { key: "assessmentDate", header: "Assessment Date", type: "date", width: 12 },
    { key: "status", header: "Status", type: "enum", width: 12, values: ASSESSMENT_STATUSES },
    { key: "approver", path: ["approval", "approver"], header: "Approver", type: "text", width: 16 },
    { key: "approvalDate", path: ["approval", "date"], header: "Approval Date", type: "date", width: 12 },
    { key: "reviewDate", header: "Next Review", type: "date", width: 12 },
    { key: "aiRmfRefs", header: "AI RMF", type: "refs", framework: "ai-rmf", width: 18 },
    { key: "iso42001Refs", header: "ISO 42001", type: "refs", framework: "iso42001", width: 18 },
    { key: "notes", header: "Notes", type: "text", width: 30 },
    ...SUGGESTION_COLUMNS,
  ],
};
