import type { GridValue, SheetGrid } from "../../../shared/file-reader/grid";
import type { SnapshotSheets } from "../../../shared/workbook-snapshot/sheets-from-snapshot";

/**
 * The sheets as Excel hands them back to a reader: a header row, then the rows, with date
 * columns' serials seen as dates (their cells are date-formatted).
 */
export function gridsOf(content: SnapshotSheets): SheetGrid[] {
  const grids: SheetGrid[] = content.sheets.map((sheet) => ({
    name: sheet.name,
    values: [
      [...sheet.headers],
      ...sheet.rows.map((row) =>
        row.map((cell, c): GridValue => (sheet.columns[c]?.type === "date" && typeof cell === "number" ? { kind: "date", serial: cell } : cell)),
      ),
    ],
  }));
  grids.push({ name: content.settings.name, values: content.settings.rows.map((row) => [...row]) });
  return grids;
}
