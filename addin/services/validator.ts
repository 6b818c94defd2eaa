/**
 * What the Validate pane needs from the validation rules (shared/validation, import branch):
 * given the structured sheets as grids, the issues. Implemented over the shared rules once they
 * are on main.
 */
import type { SheetGrid } from "../../shared/file-reader/grid";
import type { Issue } from "./issue";

export interface Validator {
  /** Names of the sheets the rules read. */
  readonly sheets: readonly string[];
  /**
   * Sheets read along when they exist, for what they say about the others (the settings sheet:
   * the workbook's risk matrix); not checked as records.
   */
  readonly alsoRead?: readonly string[];
  validate(grids: readonly SheetGrid[]): readonly Issue[];
}
