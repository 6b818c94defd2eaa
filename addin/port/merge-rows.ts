/**
 * How a "merge by id" write splits its rows: those whose id is already in the table update that
 * row, the rest are appended. Pure, so both port implementations split the same way.
 */
import { isBlank } from "../../shared/file-reader/grid";
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

/**
 * The values a merge writes into the rows it updates, for one request (its rules read once): the
 * record's, except in columns with a rule where the table's cell already holds something — `keep`
 * leaves that cell as it is, `add-lines` keeps its lines and adds below them the record's lines it
 * lacks (compared trimmed, ignoring case). A null leaves a cell as it is (Office.js semantics,
 * which the memory port copies). `existing(i)` is the table's cell under written column `i`.
 */
export function rowUpdater(
  request: Pick<WriteRecordsRequest, "columns" | "filledCells">,
): (row: readonly CellValue[], existing: (i: number) => CellValue | undefined) => CellValue[] {
  const rules = new Map(Object.entries(request.filledCells ?? {}).map(([column, rule]) => [column.toLowerCase(), rule]));
  const ruleAt = request.columns.map((column) => rules.get(column.toLowerCase()));
  return (row, existing) =>
    request.columns.map((_, i) => {
      const value = row[i] ?? null;
      const rule = ruleAt[i];
      if (!rule || value === null) return value;
      const current = existing(i);
      if (isBlank(current)) return value;
      return rule === "keep" ? null : addLines(String(current), String(value));
    });
}

/** `have` with the lines of `more` it lacks added below; null when it lacks none. */
function addLines(have: string, more: string): CellValue {
  const seen = new Set(have.split("\n").map((line) => line.trim().toLowerCase()));
  const added = more.split("\n").filter((line) => line.trim() !== "" && !seen.has(line.trim().toLowerCase()));
  return added.length === 0 ? null : [have, ...added].join("\n");
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
