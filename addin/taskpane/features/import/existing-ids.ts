/**
 * The ids already in an import's target table, read before writing so the pane can say how many
 * of the records are there already and offer to merge by id instead of appending duplicates.
 */
import { countPresent } from "../../../port/merge-rows";
import type { CellValue, TableInfo, WorkbookInfo, WorkbookPort } from "../../../port/workbook-port";
import type { ImportPreview } from "../../../services/import-engine";
import type { SheetGrid } from "../../../../shared/file-reader/grid";

export interface IdOverlap {
  /** The table's id column: its first, as set-up keys its rows. */
  readonly idColumn: string;
  readonly sheet: string;
  /** How many of the records' ids the table holds already. */
  readonly present: number;
  readonly total: number;
}

/** The table (and its sheet) an import writes into, if the workbook has it. */
export function findTable(info: WorkbookInfo, table: string): { readonly sheet: WorkbookInfo["sheets"][number]; readonly table: TableInfo } | undefined {
  return info.sheets.flatMap((sheet) => sheet.tables.map((t) => ({ sheet, table: t }))).find((t) => t.table.name.toLowerCase() === table.toLowerCase());
}

/**
 * Undefined when the table is missing or the records do not carry its id column (no merge
 * possible). `info`: the workbook as just inspected, and `read`: the target sheet as just read,
 * each to save the port a round trip.
 */
export async function idOverlap(port: WorkbookPort, preview: ImportPreview, info?: WorkbookInfo, read?: SheetGrid): Promise<IdOverlap | undefined> {
  const found = findTable(info ?? (await port.inspect()), preview.table);
  const idColumn = found?.table.headers[0];
  if (!found || idColumn === undefined) return undefined;
  const idIndex = preview.columns.findIndex((c) => c.toLowerCase() === idColumn.toLowerCase());
  if (idIndex < 0) return undefined;
  const ids = preview.rows.map((row) => row[idIndex] ?? null);
  const { table, sheet } = found;
  if (table.rowCount === 0) return { idColumn, sheet: sheet.name, present: 0, total: ids.length };
  const grid = read && read.name.toLowerCase() === sheet.name.toLowerCase() ? read : await port.readSheet(sheet.name);
  const origin = grid.origin ?? { row: 0, column: 0 };
  const existing: CellValue[] = [];
  for (let r = 1; r <= table.rowCount; r++) {
    const value = grid.values[table.headerRow + r - origin.row]?.[table.firstColumn - origin.column] ?? null;
    // Ids are text or numbers; a date or error cell in the id column matches nothing.
    existing.push(typeof value === "object" && value !== null ? null : value);
  }
  return { idColumn, sheet: sheet.name, present: countPresent(existing, ids), total: ids.length };
}
