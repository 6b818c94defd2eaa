/**
 * The Import preview's check: the workbook pipeline (the rules Validate runs, the ones Push
 * refuses on) over the workbook as it would be once the previewed records are written, so the
 * preview lists, in Validate's words, what the write would add — ids missing, ids used twice
 * (also against the rows already there), values the model refuses. Pure: the caller reads the
 * sheets; the port's own merge split decides which rows a merge updates.
 */
import type { GridValue, SheetGrid } from "../../shared/file-reader/grid";
import { SHEET_LAYOUTS } from "../../shared/layout/index";
import { rowUpdater, splitForMerge } from "../port/merge-rows";
import type { CellValue, TableInfo, WriteRecordsRequest } from "../port/workbook-port";
import type { Issue } from "./issue";

/** The write as the port would get it (its rows, mode, id column and filled-cell rules), into `sheet`. */
export interface Landing extends Pick<WriteRecordsRequest, "columns" | "rows" | "mode" | "idColumn" | "filledCells"> {
  /** The target sheet and, when the workbook has it, its table (else the sheet set-up will make). */
  readonly sheet: string;
}

type Row = GridValue[];

/**
 * The target sheet as the write would leave it, origin A1. `current` and `table` describe the
 * sheet as it is; without them the sheet is the one set-up makes (its layout's header, no rows).
 */
export function landedGrid(landing: Landing, current?: { readonly grid: SheetGrid; readonly table: TableInfo }): SheetGrid {
  const values = current ? fromOrigin(current.grid) : [freshHeader(landing)];
  const table = current?.table ?? { headerRow: 0, firstColumn: 0, headers: values[0]?.map((v) => (typeof v === "string" ? v : "")) ?? [], rowCount: 0 };
  const at = landing.columns.map((c) => table.headers.findIndex((h) => h.toLowerCase() === c.toLowerCase()));
  const put = (sheetRow: number, row: readonly CellValue[], keepBlank: boolean) => {
    const target = (values[sheetRow] ??= []);
    row.forEach((value, i) => {
      const column = at[i] ?? -1;
      // A merge leaves a cell as it is where the record has nothing (the port's semantics).
      if (column < 0 || (keepBlank && value === null)) return;
      target[table.firstColumn + column] = value;
    });
  };
  const firstData = table.headerRow + 1;
  let appendAt = firstData + table.rowCount;
  let appends = landing.rows;
  if (landing.mode === "replace") {
    for (let r = firstData; r < firstData + table.rowCount; r++) {
      const row = values[r];
      if (row) for (let c = 0; c < table.headers.length; c++) row[table.firstColumn + c] = null;
    }
    appendAt = firstData;
  } else if (landing.mode === "merge") {
    const idIndex = landing.columns.findIndex((c) => c.toLowerCase() === landing.idColumn?.toLowerCase());
    const idAt = at[idIndex] ?? -1;
    if (idIndex >= 0 && idAt >= 0) {
      const ids = Array.from({ length: table.rowCount }, (_, r) => plain(values[firstData + r]?.[table.firstColumn + idAt]));
      const split = splitForMerge(ids, landing.rows, idIndex);
      const update = rowUpdater(landing);
      for (const u of split.updates) {
        const sheetRow = firstData + u.tableRow;
        put(sheetRow, update(u.row, (i) => plain(values[sheetRow]?.[table.firstColumn + (at[i] ?? -1)])), true);
      }
      appends = split.appends;
    }
  }
  appends.forEach((row, i) => put(appendAt + i, row, false));
  // Dense rows with nulls: the sheet readers index cells and expect no holes.
  const dense = Array.from({ length: values.length }, (_, r) => Array.from(values[r] ?? [], (v) => v ?? null));
  return { name: current?.grid.name ?? landing.sheet, values: dense };
}

/**
 * Issues on the target sheet that the pipeline finds once the records are written and not before:
 * what this write adds. `grids` are the sheets Validate reads, as they are now. Errors and
 * warnings only: notes (a record naming no reference, which every fresh import would get) are
 * Validate's to list, and the Import preview offers suggestions for those itself.
 */
export function issuesAfterLanding(validate: (grids: readonly SheetGrid[]) => readonly Issue[], grids: readonly SheetGrid[], landed: SheetGrid): Issue[] {
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  const after = [...grids.filter((g) => !same(g.name, landed.name)), landed];
  const key = (i: Issue) => `${i.code}\u0001${i.cell}\u0001${i.message}`;
  const before = new Set(validate(grids).filter((i) => same(i.sheet, landed.name)).map(key));
  return validate(after).filter((i) => i.severity !== "info" && same(i.sheet, landed.name) && !before.has(key(i)));
}

function freshHeader(landing: Landing): Row {
  const layout = SHEET_LAYOUTS.find((l) => l.sheetName.toLowerCase() === landing.sheet.toLowerCase());
  return layout ? layout.columns.map((c) => c.header) : [...landing.columns];
}

/** The grid's values placed on the sheet from A1 (a used range may start lower or further right). */
function fromOrigin(grid: SheetGrid): Row[] {
  const top = grid.origin?.row ?? 0;
  const left = grid.origin?.column ?? 0;
  const rows: Row[] = Array.from({ length: top }, () => []);
  for (const row of grid.values) rows.push([...Array.from({ length: left }, () => null), ...row]);
  return rows;
}

function plain(value: GridValue | undefined): CellValue {
  return value === undefined || (typeof value === "object" && value !== null) ? null : value;
}
