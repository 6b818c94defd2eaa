/**
 * A demo team workbook for the preview: the model's demo snapshot (`shared/demo/`) written into
 * the structured sheets, so Validate, Crosswalk, Push and the sheets can be explored on realistic
 * data. The rows are the ones a pull writes (`sheetsFromSnapshot`), so the demo reads back into
 * the same snapshot.
 */
import { demoSnapshots } from "../../../shared/demo/demo-snapshots";
import type { WorkbookSnapshot } from "../../../shared/model/snapshot";
import { SETTINGS_KIND, settingsFormats } from "../../../shared/workbook-snapshot/settings-sheet";
import { sheetsFromSnapshot } from "../../../shared/workbook-snapshot/sheets-from-snapshot";
import type { CellValue, SheetWriteRequest } from "../../port/workbook-port";
import type { WorkbookPlan } from "../../port/workbook-plan";

/** The plan with every structured sheet pre-filled from the snapshot instead of left blank. */
export function planWithSnapshot(plan: WorkbookPlan, snapshot: WorkbookSnapshot): WorkbookPlan {
  const content = sheetsFromSnapshot(snapshot);
  return {
    ...plan,
    sheets: plan.sheets.map((sheet) => {
      const filled = content.sheets.find((s) => s.name === sheet.name);
      if (!filled || filled.rows.length === 0) return sheet;
      const at = sheet.columns.map((column) => filled.headers.indexOf(column.header));
      const rows: CellValue[][] = filled.rows.map((row) => at.map((i) => (i >= 0 ? (row[i] ?? null) : null)));
      return { ...sheet, rows };
    }),
  };
}

/** The demo team's settings sheet: its ids, metadata and risk matrix. */
export function settingsWithSnapshot(snapshot: WorkbookSnapshot): SheetWriteRequest {
  const { settings } = sheetsFromSnapshot(snapshot);
  return { name: settings.name, kind: SETTINGS_KIND, rows: settings.rows, formats: settingsFormats(settings.rows), columnWidths: [154, 280, 154, 280, 84] };
}

/** The first demo team's workbook with its dates placed relative to `asOf` (YYYY-MM-DD). */
export function demoSnapshot(asOf?: string): WorkbookSnapshot {
  const first = demoSnapshots(asOf ? { asOf } : {})[0];
  if (!first) throw new Error("the demo has no team workbook");
  return first;
}
