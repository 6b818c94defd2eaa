/**
 * What the Validate pane needs from the workbook pipeline: the sheets to read, and given them
 * as grids, the issues — the ones Push would refuse on among them.
 */
import type { SheetGrid } from "../port/sheet-grid";
import type { Issue } from "./issue";

export interface Validator {
  /** Names of the structured sheets the pipeline reads. */
  readonly sheets: readonly string[];
  /**
   * Sheets read along when they exist, for what they say about the others (the settings sheet:
   * the workbook's ids and risk matrix).
   */
  readonly alsoRead?: readonly string[];
  validate(grids: readonly SheetGrid[]): readonly Issue[];
}
