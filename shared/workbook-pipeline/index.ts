// The workbook pipeline: sheets → settings and risk matrix → records → validation → snapshot,
// the one path Validate and Push take in the add-in and the CLI.
export { isLaidOut } from "./crosswalk-sheets";
export {
  NOT_CROSSWALK_MESSAGE,
  readCrosswalkWorkbook,
  type ReadWorkbookOptions,
  type SheetSummary,
  type WorkbookRead,
  type WorkbookRecords,
} from "./read-crosswalk-workbook";
export { assumedMatrixIssue, type FoundSettings, workbookMatrix, type WorkbookMatrix } from "./workbook-matrix";
