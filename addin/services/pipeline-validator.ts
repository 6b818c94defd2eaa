/**
 * The Validate pane's rules: the workbook pipeline (`shared/workbook-pipeline`) over the
 * structured sheets and the settings sheet, as of today — the same function Push runs on the
 * same sheets, and `crosswalk validate` / `crosswalk push` on a file, so Validate lists every
 * error Push would refuse, in the same words.
 */
import { SHEET_LAYOUTS } from "../../shared/layout/index";
import { readCrosswalkWorkbook } from "../../shared/workbook-pipeline/read-crosswalk-workbook";
import { SETTINGS_SHEET } from "../../shared/workbook-snapshot/settings-sheet";
import type { Validator } from "./validator";

export function createValidator(now: () => Date): Validator {
  return {
    sheets: SHEET_LAYOUTS.map((l) => l.sheetName),
    alsoRead: [SETTINGS_SHEET],
    validate: (grids) => readCrosswalkWorkbook(grids, { asOf: localDate(now()) }).issues,
  };
}

/** Today where the user is: overdue means overdue on their calendar. */
function localDate(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}
