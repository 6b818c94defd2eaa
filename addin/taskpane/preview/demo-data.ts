/**
 * A demo team workbook for the preview: the model's demo snapshot (`shared/demo/`) written into
 * the structured sheets, so Validate, Crosswalk and the sheets can be explored on realistic data.
 */
import { demoSnapshots } from "../../../shared/demo/demo-snapshots";
import { SHEET_LAYOUTS } from "../../../shared/layout/index";
import { COLLECTIONS } from "../../../shared/model/collections";
import type { WorkbookSnapshot } from "../../../shared/model/snapshot";
import type { CellValue } from "../../port/workbook-port";
import type { WorkbookPlan } from "../../port/workbook-plan";
import { cellFor } from "../../services/record-cells";

/** The plan with every structured sheet pre-filled from the snapshot instead of left blank. */
export function planWithSnapshot(plan: WorkbookPlan, snapshot: WorkbookSnapshot): WorkbookPlan {
  return {
    ...plan,
    sheets: plan.sheets.map((sheet) => {
      const layout = SHEET_LAYOUTS.find((l) => l.sheetName === sheet.name);
      if (!layout) return sheet;
      const records = COLLECTIONS[layout.id].get(snapshot) as readonly unknown[];
      const rows: CellValue[][] = records.map((record) =>
        sheet.columns.map((column) => {
          const shared = layout.columns.find((c) => c.header === column.header);
          return shared ? cellFor(shared, valueAt(record, shared.path ?? [shared.key])) : null;
        }),
      );
      return rows.length > 0 ? { ...sheet, rows } : sheet;
    }),
  };
}

/** The first demo team's workbook with its dates placed relative to `asOf` (YYYY-MM-DD). */
export function demoSnapshot(asOf?: string): WorkbookSnapshot {
  const first = demoSnapshots(asOf ? { asOf } : {})[0];
  if (!first) throw new Error("the demo has no team workbook");
  return first;
}

function valueAt(record: unknown, path: readonly string[]): unknown {
  let at: unknown = record;
  for (const key of path) {
    if (at === null || typeof at !== "object") return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}
