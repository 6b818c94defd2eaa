/**
 * The one input type of the importer: a single worksheet as a rectangular grid of cell values.
 *
 * Both front ends build it, so the import code never knows where a sheet came from:
 *
 * - **Files** (CLI and task pane, `read-workbook.ts` beside this file): SheetJS cells → `cell.v` for the value,
 *   `cell.f` for the formula, `!merges`, `!rows[r].hidden`, `!cols[c].hidden`. A cell whose
 *   number format is a date format (`XLSX.SSF.is_date(cell.z)`) becomes a `DateCell`.
 * - **Office.js** (add-in): `range.values` for the values, `range.formulas` (a string starting
 *   with `=` where the cell holds a formula), `range.numberFormat` to tell dates
 *   (`isDateNumberFormat`) from plain numbers, `range.valueTypes === "Error"` for errors,
 *   `worksheet.getRange().getMergedAreasOrNullObject()` for merges and
 *   `range.rowHidden` / `columnHidden` per row/column for the hidden flags.
 *   Excel always has computed values, so `formulas` only matters there for formula-injection
 *   checks; files saved by other tools can hold formulas *without* a cached value, which is why
 *   `formulas` exists at all.
 *
 * Conventions:
 * - Rows and columns are 0-based indexes into `values`; `origin` says where `values[0][0]` sits
 *   on the sheet (a used range starting at C4 has `origin: { row: 3, column: 2 }`), so issues can
 *   name cells as Excel shows them (`D7`).
 * - Rows may be shorter than others (ragged); a missing cell is `null`.
 * - An empty cell is `null`. An empty string is kept as `""` (Office.js returns `""` for empty
 *   cells; the importer treats both the same).
 * - A date is `{ kind: "date", serial }` with the serial in the 1900 date system (what Excel
 *   shows by default); a reader of a 1904-system workbook adds 1462 before building the grid.
 * - The importer never mutates a grid (all fields are readonly) and never keeps references to it
 *   in its results.
 */

/** A date cell: an Excel serial number (days since 1899-12-30, fraction = time of day). */
export interface DateCell {
  readonly kind: "date";
  readonly serial: number;
}

/** A cell holding an Excel error such as `#N/A`, `#REF!`, `#DIV/0!`. */
export interface ErrorCell {
  readonly kind: "error";
  readonly code: string;
}

export type GridValue = string | number | boolean | null | DateCell | ErrorCell;

/** An inclusive rectangle of cells, 0-based, in grid coordinates (not sheet coordinates). */
export interface CellRange {
  readonly startRow: number;
  readonly startColumn: number;
  readonly endRow: number;
  readonly endColumn: number;
}

export interface SheetGrid {
  /** The worksheet's name as the workbook shows it (used in issues). */
  readonly name: string;
  /** `values[row][column]`. */
  readonly values: readonly (readonly GridValue[])[];
  /**
   * Formulas, same shape as `values` (may be shorter or ragged): the formula text *without* the
   * leading `=`, or null/undefined where the cell holds a constant. A formula cell whose value is
   * `null` is a formula saved without a cached value; the importer reports it, never guesses.
   */
  readonly formulas?: readonly (readonly (string | null | undefined)[] | undefined)[];
  /** Merged areas. The value of a merged area sits in its top-left cell, as in Excel. */
  readonly merges?: readonly CellRange[];
  /** Grid row indexes that are hidden (or filtered out) in the source. */
  readonly hiddenRows?: readonly number[];
  /** Grid column indexes that are hidden in the source. */
  readonly hiddenColumns?: readonly number[];
  /** Sheet position of `values[0][0]`; defaults to A1. */
  readonly origin?: { readonly row: number; readonly column: number };
  /** True when the sheet itself is hidden in the workbook. */
  readonly hidden?: boolean;
}

/** A workbook is its sheets in tab order. */
export interface WorkbookGrids {
  readonly sheets: readonly SheetGrid[];
}

export function dateCell(serial: number): DateCell {
  return { kind: "date", serial };
}

export function errorCell(code: string): ErrorCell {
  return { kind: "error", code };
}

export function isDateCell(value: GridValue | undefined): value is DateCell {
  return typeof value === "object" && value !== null && value.kind === "date";
}

export function isErrorCell(value: GridValue | undefined): value is ErrorCell {
  return typeof value === "object" && value !== null && value.kind === "error";
}

/** The value at (row, column), `null` outside the grid or in a missing cell. */
export function cellValue(grid: SheetGrid, row: number, column: number): GridValue {
  return grid.values[row]?.[column] ?? null;
}

/** The formula text at (row, column) without `=`, or undefined. */
export function cellFormula(grid: SheetGrid, row: number, column: number): string | undefined {
  const formula = grid.formulas?.[row]?.[column];
  return typeof formula === "string" && formula.length > 0 ? formula : undefined;
}

/** True for null, `""` and whitespace-only strings. */
export function isBlank(value: GridValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** Number of columns: the length of the longest row. */
export function gridWidth(grid: SheetGrid): number {
  let width = 0;
  for (const row of grid.values) if (row.length > width) width = row.length;
  return width;
}

/**
 * Whether an Excel number format shows a date (so that a number under it is a date serial).
 * For the add-in, which gets `range.numberFormat`; SheetJS has its own `SSF.is_date`.
 * Date codes are d, m (next to d or y), y; text in quotes, escapes and colour/condition
 * brackets do not count, and `[h]:mm` elapsed-time formats are not dates.
 */
export function isDateNumberFormat(format: string): boolean {
  if (format === "" || /^general$/i.test(format)) return false;
  const stripped = format
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[(?:\$[^\]]*|[a-z]+\d*|[<>=][^\]]*)\]/gi, "")
    .replace(/_./g, "")
    .replace(/\*./g, "");
  if (/\[[hms]+\]/i.test(stripped)) return false;
  return /[dy]/i.test(stripped) || /m{3,}/i.test(stripped);
}
