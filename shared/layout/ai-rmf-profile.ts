import type { SheetLayout } from "./sheet-layout";

export const AI_RMF_PROFILE_LAYOUT: SheetLayout = {
  id: "profile",
  sheetName: "AI RMF Profile",
  kind: "ai-rmf-profile",
  group: "core",
  columns: [
    { key: "subcategory", header: "Subcategory", type: "refs", framework: "ai-rmf", width: 14, required: true },
    { key: "current", header: "Current", type: "number", width: 9, note: "0 Not in place … 4 Managed" },
    { key: "target", header: "Target", type: "number", width: 9, note: "0 Not in place … 4 Managed" },
    { key: "evidence", header: "Evidence", type: "list", width: 32 },
    { key: "gapAction", header: "Gap Action", type: "text", width: 36 },
    { key: "owner", header: "Owner", type: "text", width: 18 },
    { key: "dueDate", header: "Due Date", type: "date", width: 12 },
    { key: "iso42001Refs", header: "ISO 42001", type: "refs", framework: "iso42001", width: 18 },
    { key: "notes", header: "Notes", type: "text", width: 30 },
  ],
};
