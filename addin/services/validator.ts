/**
 * What the Validate pane needs from the workbook pipeline: the sheets to read, and given them
 * as grids, the issues — the ones Push would refuse on among them.
 */
import type { SheetGrid } from "../../shared/file-reader/grid";
import type { WorkbookPort } from "../port/workbook-port";
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

/**
 * Validate on the open workbook: the sheets the rules read that exist (one inspection, one read),
 * then the rules. `reading` hears how many sheets are read, for progress.
 */
export async function validateWorkbook(port: WorkbookPort, rules: Validator, reading?: (sheets: number) => void): Promise<readonly Issue[]> {
  const info = await port.inspect();
  const exists = (name: string) => info.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase());
  // Push reads the same sheets: the settings sheet comes along for the ids and the matrix.
  const present = [...rules.sheets, ...(rules.alsoRead ?? [])].filter(exists);
  reading?.(present.length);
  const grids: readonly SheetGrid[] = present.length > 0 ? await port.readSheets(present) : [];
  return rules.validate(grids);
}
