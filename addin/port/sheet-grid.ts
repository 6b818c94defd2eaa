/**
 * The grid the importer reads (one worksheet as 2-D cell values). Mirrors `shared/import/grid.ts`
 * from the import branch structurally; when that lands this file re-exports it instead.
 */
export interface DateCell {
  readonly kind: "date";
  readonly serial: number;
}

export interface ErrorCell {
  readonly kind: "error";
  readonly code: string;
}

export type GridValue = string | number | boolean | null | DateCell | ErrorCell;

/** Inclusive rectangle in grid coordinates. */
export interface GridRange {
  readonly startRow: number;
  readonly startColumn: number;
  readonly endRow: number;
  readonly endColumn: number;
}

export interface SheetGrid {
  readonly name: string;
  readonly values: readonly (readonly GridValue[])[];
  /** Formula text without the leading `=`, null where the cell holds a constant. */
  readonly formulas?: readonly (readonly (string | null | undefined)[] | undefined)[];
  readonly merges?: readonly GridRange[];
  readonly hiddenRows?: readonly number[];
  readonly hiddenColumns?: readonly number[];
  readonly origin?: { readonly row: number; readonly column: number };
  readonly hidden?: boolean;
}

/**
 * Whether an Excel number format shows a date. Same rules as the importer's
 * `isDateNumberFormat` (quoted text, escapes, colour/locale brackets and elapsed-time `[h]`
 * formats do not count).
 */
export function isDateFormat(format: string): boolean {
  if (format === "" || /^general$/i.test(format) || format === "@") return false;
  const stripped = format
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[(?:\$[^\]]*|[a-z]+\d*|[<>=][^\]]*)\]/gi, "")
    .replace(/_./g, "")
    .replace(/\*./g, "");
  if (/\[[hms]+\]/i.test(stripped)) return false;
  return /[dy]/i.test(stripped) || /m{3,}/i.test(stripped);
}
