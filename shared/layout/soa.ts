import { IMPLEMENTATION_STATUSES } from "../model/soa";
import type { SheetLayout } from "./sheet-layout";

export const SOA_LAYOUT: SheetLayout = {
  id: "soa",
  sheetName: "Statement of Applicability",
  kind: "soa",
  group: "core",
  columns: [
    { key: "controlId", header: "Control ID", type: "refs", framework: "iso42001", width: 12, required: true, note: "Annex A control, e.g. A.6.2.4" },
    { key: "title", header: "Control Title", type: "text", width: 36 },
    { key: "applicable", header: "Applicable", type: "bool", width: 11 },
    { key: "justification", header: "Justification", type: "text", width: 40, note: "Why the control is included or excluded" },
    {
      key: "status",
      header: "Implementation Status",
      type: "enum",
      width: 20,
      values: IMPLEMENTATION_STATUSES,
    },
    { key: "implementation", header: "Implementation", type: "text", width: 40 },
    { key: "owner", header: "Owner", type: "text", width: 18 },
    { key: "evidence", header: "Evidence", type: "list", width: 32, note: "One item per line" },
    { key: "linkedRisks", header: "Linked Risks", type: "list", width: 16, note: "Risk ids, one per line" },
    { key: "lastReview", header: "Last Review", type: "date", width: 12 },
    { key: "notes", header: "Notes", type: "text", width: 30 },
  ],
};
