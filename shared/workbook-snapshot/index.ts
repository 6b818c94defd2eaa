// The round trip between a Crosswalk workbook and the API: sheets → snapshot (push), snapshot →
// sheets (pull a team's version), report → sheet (pull the consolidated report).
export { formatActions, parseActions, type ActionProblem, type ParsedActions } from "./actions-cell";
export { readCell, writeCell, type CellOutcome, type ReadContext, type SheetCell } from "./cell-codec";
export { readLayoutSheet, type SheetRead, type SheetRow } from "./read-sheet";
export { REPORT_SHEET, REPORT_SHEET_KIND, reportSheet, type ReportSheet, type ReportSheetOptions, type SheetFormat } from "./report-sheet";
export { readSettings, SETTINGS_KIND, SETTINGS_SHEET, settingsFormats, settingsRows, type SettingsOptions, type SettingsRead } from "./settings-sheet";
export { sheetsFromSnapshot, type SnapshotSheet, type SnapshotSheets } from "./sheets-from-snapshot";
