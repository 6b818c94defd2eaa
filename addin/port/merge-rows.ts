/**
 * How a "merge by id" write splits its rows: those whose id is already in the table update that
 * row, the rest are appended. Pure, so both port implementations split the same way.
 */
import { keyOf } from "./setup-actions";
import { type CellValue, WorkbookError, type WriteRecordsRequest } from "./workbook-port";

export interface MergeSplit {
  /** Rows to update: `tableRow` is 0-based within the table's data rows. */
  readonly updates: readonly { readonly tableRow: number; readonly row: readonly CellValue[] }[];
  readonly appends: readonly (readonly CellValue[])[];
}

/**
 * Ids match as set-up matches keys (trimmed, case-insensitive); a blank id never matches. The
 * first table row with an id wins, so a table that already holds a duplicate keeps the later one.
 */
export function splitForMerge(existingIds: readonly CellValue[], rows: readonly (readonly CellValue[])[], idIndex: number): MergeSplit {
  const rowOf = new Map<string, number>();
  existingIds.forEach((id, i) => {
    const key = keyOf(id);
    if (key !== "" && !rowOf.has(key)) rowOf.set(key, i);
  });
  const updates: { tableRow: number; row: readonly CellValue[] }[] = [];
  const appends: (readonly CellValue[])[] = [];
  for (const row of rows) {
    const tableRow = rowOf.get(keyOf(row[idIndex] ?? null));
    if (tableRow === undefined) appends.push(row);
    else updates.push({ tableRow, row });
  }
  return { updates, appends };
}

/** How many of `ids` are already among `existingIds` (the count the pane shows before a write). */
export function countPresent(existingIds: readonly CellValue[], ids: readonly CellValue[]): number {
  const present = new Set(existingIds.map(keyOf).filter((k) => k !== ""));
  return ids.filter((id) => present.has(keyOf(id))).length;
}

/** Position of a merge's id column among the written columns; a merge without one is refused. */
export function mergeIdIndex(request: WriteRecordsRequest): number {
  const idColumn = request.idColumn;
  const i = idColumn === undefined ? -1 : request.columns.findIndex((c) => c.toLowerCase() === idColumn.toLowerCase());
  if (i < 0) throw new WorkbookError("write records", `Merging by id needs the id column among the columns written${idColumn ? ` ("${idColumn}" is not)` : ""}.`);
  return i;
}
