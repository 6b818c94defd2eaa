import { SHEET_LAYOUTS } from "../layout/index";
import { IMPACTS_PATH, type LayoutColumn, type SheetLayout } from "../layout/sheet-layout";
import { COLLECTIONS } from "../model/collections";
import type { WorkbookSnapshot } from "../model/snapshot";
import type { RatingBand } from "../scoring/band";
import { type SheetCell, writeCell } from "./cell-codec";
import { SETTINGS_SHEET, settingsRows, type SettingsOptions } from "./settings-sheet";
import { valueAt } from "../util/value-at";

/** One structured sheet's content for a snapshot: a header and a row per record. */
export interface SnapshotSheet {
  readonly layout: SheetLayout;
  readonly name: string;
  /** The layout's headers, then one per `extra` key the records hold (columns of the team's own). */
  readonly headers: readonly string[];
  /** The layout column under each header; undefined for `extra` columns. */
  readonly columns: readonly (LayoutColumn | undefined)[];
  /** Data rows aligned with `headers`; dates as Excel serials, score cells null (the sheet's formula). */
  readonly rows: readonly (readonly SheetCell[])[];
}

export interface SnapshotSheets {
  /** Every structured sheet, in tab order, including empty ones. */
  readonly sheets: readonly SnapshotSheet[];
  /** The settings sheet: its name and rows. */
  readonly settings: { readonly name: string; readonly rows: readonly (readonly SheetCell[])[] };
}

/**
 * A snapshot as the rows of the workbook's sheets: what "pull" writes back so that a team's
 * version can be edited in Excel again, and the inverse of `readCrosswalkWorkbook`: for any snapshot
 * whose texts need no line breaks, `readCrosswalkWorkbook` of these rows gives the snapshot back.
 * Impact assessments take one row per impact, the assessment's own fields on its first row.
 */
export function sheetsFromSnapshot(snapshot: WorkbookSnapshot, options: SettingsOptions = {}): SnapshotSheets {
  const sheets = SHEET_LAYOUTS.map((layout) => sheetOf(layout, COLLECTIONS[layout.id].get(snapshot) as readonly Record<string, unknown>[], snapshot.matrix.bands));
  return { sheets, settings: { name: SETTINGS_SHEET, rows: settingsRows(snapshot.workbook, snapshot.matrix, options) } };
}

function sheetOf(layout: SheetLayout, records: readonly Record<string, unknown>[], bands: readonly RatingBand[]): SnapshotSheet {
  const extraKeys: string[] = [];
  const headers = new Set(layout.columns.map((c) => c.header.toLowerCase()));
  for (const record of records) {
    for (const key of Object.keys((record.extra as Record<string, unknown> | undefined) ?? {})) {
      if (!extraKeys.includes(key) && !headers.has(key.toLowerCase())) extraKeys.push(key);
    }
  }
  const rows: SheetCell[][] = [];
  const extraCells = (record: Record<string, unknown>): SheetCell[] => {
    const extra = (record.extra as Record<string, SheetCell> | undefined) ?? {};
    return extraKeys.map((key) => extra[key] ?? null);
  };
  for (const record of records) {
    if (layout.id !== "impactAssessments") {
      rows.push([...layout.columns.map((column) => writeCell(column, valueAt(record, column.path ?? [column.key]), bands)), ...extraCells(record)]);
      continue;
    }
    const impacts = Array.isArray(record.impacts) && record.impacts.length > 0 ? (record.impacts as Record<string, unknown>[]) : [undefined];
    impacts.forEach((impact, index) => {
      const cells = layout.columns.map((column, c) => {
        const path = column.path ?? [column.key];
        if (path[0] === IMPACTS_PATH) return impact ? writeCell(column, valueAt(impact, path.slice(1)), bands) : null;
        // The id on every row ties the rows together; the assessment's other fields go on its first row.
        return index === 0 || c === 0 ? writeCell(column, valueAt(record, path), bands) : null;
      });
      rows.push([...cells, ...(index === 0 ? extraCells(record) : extraKeys.map(() => null))]);
    });
  }
  return {
    layout,
    name: layout.sheetName,
    headers: [...layout.columns.map((c) => c.header), ...extraKeys],
    columns: [...layout.columns, ...extraKeys.map(() => undefined)],
    rows,
  };
}
