import { columnIndex, columnLetter } from "../file-reader/cell-address";
import { type GridValue, type SheetGrid, gridWidth } from "../file-reader/grid";
import type { Issue } from "../issues/issue";
import type { SheetImport } from "./import-result";

/**
 * Profiles laid out sideways: the AI RMF subcategory ids across one of the top rows
 * (`GOVERN 1.1 | GOVERN 1.2 | …`) and one row per attribute (current, target, evidence …).
 * Such a sheet is read turned a quarter (rows ↔ columns), and what the import names is turned
 * back, so cells in issues are the cells the user sees.
 */

const AI_RMF_ID = /^\s*(?:GOVERN|MAP|MEASURE|MANAGE|GV|MP|MS|MG)[\s-]*\d{1,2}\.\d{1,2}\s*$/i;
/** Rows searched for the row of ids, and how many ids make it one. */
const SEARCH_ROWS = 10;
const MIN_IDS = 5;

/** The row of ids, when a sheet is laid out across; undefined otherwise. */
export function idsAcrossRow(grid: SheetGrid): number | undefined {
  for (let r = 0; r < Math.min(SEARCH_ROWS, grid.values.length); r++) {
    let ids = 0;
    for (const v of grid.values[r] ?? []) if (typeof v === "string" && AI_RMF_ID.test(v)) ids++;
    if (ids >= MIN_IDS) return r;
  }
  return undefined;
}

/** The grid turned a quarter: row r, column c of the result is row c, column r of the sheet. */
export function transposeGrid(grid: SheetGrid): SheetGrid {
  const width = gridWidth(grid);
  const values: GridValue[][] = [];
  for (let c = 0; c < width; c++) {
    const row: GridValue[] = [];
    for (let r = 0; r < grid.values.length; r++) row.push(grid.values[r]?.[c] ?? null);
    values.push(row);
  }
  const formulas = grid.formulas
    ? Array.from({ length: width }, (_, c) => grid.values.map((_row, r) => grid.formulas?.[r]?.[c] ?? null))
    : undefined;
  return {
    name: grid.name,
    values,
    ...(formulas ? { formulas } : {}),
    ...(grid.hidden ? { hidden: true } : {}),
  };
}

/** A cell name of the turned grid, as the sheet shows it. */
function turnBack(cell: string | undefined, origin: { row: number; column: number }): string | undefined {
  const m = cell === undefined ? null : /^([A-Z]{1,3})(\d+)$/.exec(cell);
  if (!m) return cell;
  const column = columnIndex(m[1] as string);
  if (column === undefined) return cell;
  const row = Number(m[2]) - 1;
  return `${columnLetter(row + origin.column)}${column + origin.row + 1}`;
}

/**
 * An import of the turned grid, restated for the sheet: issue cells and column letters turned
 * back; `sourceRow` of a record is the sheet *column* number it came from (1 = A), as there is
 * one record per column.
 */
export function turnedBack(result: SheetImport, grid: SheetGrid, idsRow: number): SheetImport {
  const origin = { row: grid.origin?.row ?? 0, column: grid.origin?.column ?? 0 };
  const idsRowShown = idsRow + origin.row + 1;
  const issues: Issue[] = result.issues.map((issue) => {
    const cell = turnBack(issue.cell, origin);
    return cell === undefined ? issue : { ...issue, cell };
  });
  const note: Issue = {
    code: "sheet-transposed",
    severity: "info",
    sheet: grid.name,
    cell: `${columnLetter(origin.column)}${idsRowShown}`,
    message: `The subcategory ids run across row ${idsRowShown}, so each column was read as one record (a record's row is its column number) and each row as a field`,
  };
  return {
    ...result,
    headerRow: idsRowShown,
    headerStartRow: idsRowShown,
    issues: [note, ...issues],
    // A "column" of the turned sheet is a row of the sheet: named by its row number.
    columns: result.columns.map((c) => ({ ...c, column: String((columnIndex(c.column) ?? 0) + origin.row + 1) })),
    origin,
  };
}
