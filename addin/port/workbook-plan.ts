/**
 * What "set up workbook" asks of a port, in the port's own terms (sheets, tables, columns, lists,
 * formats). The add-in translates the shared sheet layout into a plan; the port never needs to
 * know what a risk register is.
 */
import { columnIndex, columnLetter } from "../../shared/file-reader/cell-address";
import type { CellValue, SheetWriteRequest } from "./sheet-values";

export type ColumnKind = "text" | "number" | "integer" | "date" | "boolean";

export interface PlannedColumn {
  readonly header: string;
  readonly kind: ColumnKind;
  /** Excel number format, e.g. "yyyy-mm-dd" or "0". Defaults follow `kind`. */
  readonly numberFormat?: string;
  /** Name of a list on the lists sheet that feeds a dropdown for this column. */
  readonly list?: string;
  /** Column width in points. */
  readonly width?: number;
  /**
   * A calculated column: the product of two other columns (by header), blank unless both are
   * numbers. Written as an Excel table formula, so it keeps working without the add-in.
   */
  readonly product?: readonly [string, string];
}

/** Structured-reference header, escaping the characters Excel reserves inside [ ]. */
function ref(header: string): string {
  return `[@[${header.replace(/(['#[\]])/g, "'$1")}]]`;
}

/** The table formula of a product column: `=IF(AND(ISNUMBER(a),ISNUMBER(b)),a*b,"")`. */
export function productFormula(a: string, b: string): string {
  return `=IF(AND(ISNUMBER(${ref(a)}),ISNUMBER(${ref(b)})),${ref(a)}*${ref(b)},"")`;
}

export type ConditionalRule =
  | { readonly type: "text"; readonly text: string; readonly fill: string; readonly font?: string }
  | {
      readonly type: "between";
      readonly min: number;
      readonly max: number;
      readonly fill: string;
      readonly font?: string;
    };

export interface ConditionalFormat {
  readonly column: string;
  readonly rules: readonly ConditionalRule[];
}

export interface PlannedSheet {
  /** Stable kind recorded as the ownership marker, e.g. "risk-register". */
  readonly kind: string;
  readonly name: string;
  readonly table: string;
  readonly columns: readonly PlannedColumn[];
  /**
   * Rows every workbook must contain (e.g. the Annex A controls), aligned with `columns`. A row
   * is identified by its value in `columns[0]`; set-up adds the missing ones and never edits or
   * removes existing rows.
   */
  readonly rows?: readonly (readonly CellValue[])[];
  /**
   * How pre-filled rows are told apart: by their first column (default), or by the whole row
   * (for reference tables whose first column repeats, such as a crosswalk edge list).
   */
  readonly rowKey?: "first-column" | "whole-row";
  readonly conditionalFormats?: readonly ConditionalFormat[];
  /** Protected (without password) so the reference is not edited by accident. */
  readonly readOnly?: boolean;
}

export interface PlannedList {
  readonly name: string;
  readonly values: readonly string[];
}

/** A sheet of plain values set-up makes when missing (the settings sheet with the chosen matrix). */
export type NewSheet = Pick<SheetWriteRequest, "name" | "kind" | "rows" | "formats" | "columnWidths">;

export interface WorkbookPlan {
  readonly sheets: readonly PlannedSheet[];
  readonly lists: readonly PlannedList[];
  /** Hidden sheet holding the lists that feed dropdown validation. */
  readonly listsSheet: string;
  /**
   * Sheets made only when no sheet of that name exists; one that exists, whoever made it, is
   * left exactly as it is (it is what the plan was made from).
   */
  readonly newSheets?: readonly NewSheet[];
}

export const LISTS_KIND = "lists";

export type SetupOutcome =
  | { readonly sheet: string; readonly outcome: "created" }
  | {
      readonly sheet: string;
      readonly outcome: "completed";
      readonly columnsAdded: readonly string[];
      readonly rowsAdded: number;
    }
  | { readonly sheet: string; readonly outcome: "skipped"; readonly reason: string }
  | { readonly sheet: string; readonly outcome: "replaced"; readonly movedTo: string };

export interface SetupReport {
  readonly sheets: readonly SetupOutcome[];
}

export { columnLetter };

/** A1 address for a 0-based rectangle, without sheet: (0,0,2,2) → "A1:B2". */
export function a1Address(row: number, column: number, rows = 1, columns = 1): string {
  const start = `${columnLetter(column)}${row + 1}`;
  if (rows === 1 && columns === 1) return start;
  return `${start}:${columnLetter(column + columns - 1)}${row + rows}`;
}

/** Absolute A1 address: (1,0,5,1) → "$A$2:$A$6". */
export function absoluteAddress(row: number, column: number, rows = 1, columns = 1): string {
  const start = `$${columnLetter(column)}$${row + 1}`;
  if (rows === 1 && columns === 1) return start;
  return `${start}:$${columnLetter(column + columns - 1)}$${row + rows}`;
}

/** Quotes a sheet name for use in a formula: Risk Register → 'Risk Register'. */
export function quoteSheet(name: string): string {
  return `'${name.replaceAll("'", "''")}'`;
}

/** Parses "A1", "$B$12", "Sheet1!C3" (sheet part ignored) into 0-based row/column. */
export function parseA1(address: string): { row: number; column: number } | undefined {
  const bang = address.lastIndexOf("!");
  const cell = (bang >= 0 ? address.slice(bang + 1) : address).split(":")[0] ?? "";
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(cell);
  const column = m?.[1] ? columnIndex(m[1]) : undefined;
  if (!m?.[2] || column === undefined) return undefined;
  return { row: Number(m[2]) - 1, column };
}

/** Parses "A1:C4" (optionally with sheet) into a 0-based rectangle. */
export function parseA1Range(address: string): { row: number; column: number; rows: number; columns: number } | undefined {
  const bang = address.lastIndexOf("!");
  const body = bang >= 0 ? address.slice(bang + 1) : address;
  const [a, b] = body.split(":");
  const start = a ? parseA1(a) : undefined;
  const end = b ? parseA1(b) : start;
  if (!start || !end) return undefined;
  return {
    row: Math.min(start.row, end.row),
    column: Math.min(start.column, end.column),
    rows: Math.abs(end.row - start.row) + 1,
    columns: Math.abs(end.column - start.column) + 1,
  };
}

/** Default number format for a column kind. */
export function defaultNumberFormat(kind: ColumnKind): string {
  switch (kind) {
    case "date":
      return "yyyy-mm-dd";
    case "integer":
      return "0";
    case "number":
      return "0.##";
    case "boolean":
      return "General";
    case "text":
      // Text format keeps ids such as 10.1.1 from being turned into dates.
      return "@";
  }
}
