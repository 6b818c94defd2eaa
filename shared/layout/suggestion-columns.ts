import type { LayoutColumn } from "./sheet-layout";

/**
 * Where a record's decisions on suggested references live in its sheet (`suggestions` in the
 * model, `shared/model/reference-suggestions.ts`): the accepted and rejected targets one per
 * line, and who accepted. Snapshot-only, so a pulled workbook pushed again keeps them; last in
 * the sheet, out of the way of the columns people type in.
 */
export const SUGGESTION_COLUMNS: readonly LayoutColumn[] = [
  {
    key: "suggestionsAccepted",
    path: ["suggestions", "accepted"],
    header: "Accepted Suggestions",
    type: "list",
    width: 24,
    note: "References taken from suggestions, one per line (AIRMF:MAP 1.1, ISO42001:A.6.2.4, GAI:…, TRUST:…)",
    snapshotOnly: true,
  },
  { key: "suggestionsAcceptedBy", path: ["suggestions", "acceptedBy"], header: "Suggestions Accepted By", type: "text", width: 18, snapshotOnly: true },
  {
    key: "suggestionsRejected",
    path: ["suggestions", "rejected"],
    header: "Rejected Suggestions",
    type: "list",
    width: 24,
    note: "Suggestions turned down for this record, one per line; they are not offered again",
    snapshotOnly: true,
  },
];
