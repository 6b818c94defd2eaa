/**
 * Plain cell values and whole-sheet writes: the vocabulary the port's requests and the set-up
 * plan share (its own module so the plan and the port do not import each other).
 */
import type { SheetFormat } from "../../shared/workbook-snapshot/report-sheet";

export type CellValue = string | number | boolean | null;

/** A rectangle of a sheet (0-based) and how it looks: the shared sheet format, as the port applies it. */
export type RangeFormat = SheetFormat;

/**
 * A cell that links to another cell of the same sheet (0-based): Excel's in-document hyperlink,
 * never a HYPERLINK formula. The cell keeps its value as the link's text.
 */
export interface SheetLink {
  readonly row: number;
  readonly column: number;
  readonly to: { readonly row: number; readonly column: number };
}

/**
 * A whole sheet of plain values that Crosswalk owns (the settings sheet, a pulled report): made
 * if missing, cleared and rewritten if Crosswalk made it. Strings are written as text, never as
 * formulas or numbers.
 */
export interface SheetWriteRequest {
  readonly name: string;
  /** Ownership marker, as set-up records it; a sheet without it is never overwritten unasked. */
  readonly kind: string;
  readonly rows: readonly (readonly CellValue[])[];
  readonly formats?: readonly RangeFormat[];
  /** Column widths in points, from column A. */
  readonly columnWidths?: readonly number[];
  /**
   * The user agreed that a same-named sheet Crosswalk did not make is moved aside (renamed
   * "… (old)", never deleted). Without it, such a sheet makes the write fail, changing nothing.
   */
  readonly replaceForeign?: boolean;
  /** Cells that link elsewhere in the sheet (a report's contents to its sections). */
  readonly links?: readonly SheetLink[];
  /** Show the sheet when written. */
  readonly activate?: boolean;
}
