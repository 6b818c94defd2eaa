import type { WorkbookGrids } from "../file-reader/grid";
import type { SheetImport } from "./import-result";
import { type ImportOptions, importSheet } from "./import-sheet";
import { fold } from "./text";

export interface WorkbookImportOptions extends ImportOptions {
  /** Import this sheet (by name, case-insensitive) instead of picking one. */
  readonly sheet?: string;
}

export interface SheetSummary {
  readonly sheet: string;
  readonly kind: SheetImport["kind"];
  readonly records: number;
  readonly score: number;
  readonly hidden: boolean;
}

export type WorkbookImport =
  | {
      readonly ok: true;
      /** The sheet picked (or asked for). */
      readonly chosen: SheetImport;
      /** Every sheet, imported, in tab order. */
      readonly sheets: readonly SheetImport[];
      readonly summary: readonly SheetSummary[];
    }
  | { readonly ok: false; readonly message: string; readonly summary: readonly SheetSummary[] };

/**
 * Ranks sheets for "the" sheet of a workbook: a recognised kind first, then sheets with records
 * (a blank template of the same register scores as well but holds nothing), then visible ones,
 * then the stronger match, then more records.
 */
export function compareSheets(a: SheetImport & { hidden?: boolean }, b: SheetImport & { hidden?: boolean }): number {
  const known = (s: SheetImport) => (s.kind === "unknown" ? 0 : 1);
  const filled = (s: SheetImport) => (s.records.length > 0 ? 1 : 0);
  const visible = (s: { hidden?: boolean }) => (s.hidden ? 0 : 1);
  return (
    known(b) - known(a) ||
    filled(b) - filled(a) ||
    visible(b) - visible(a) ||
    b.score - a.score ||
    b.records.length - a.records.length
  );
}

/** Imports every sheet of a workbook and picks the one that best matches (or the one asked for). */
export function importWorkbook(workbook: WorkbookGrids, options: WorkbookImportOptions = {}): WorkbookImport {
  const sheets = workbook.sheets.map((grid) => ({ ...importSheet(grid, options), hidden: grid.hidden === true }));
  const summary: SheetSummary[] = sheets.map((s) => ({
    sheet: s.sheet,
    kind: s.kind,
    records: s.records.length,
    score: s.score,
    hidden: s.hidden,
  }));
  if (sheets.length === 0) return { ok: false, message: "The workbook has no sheets.", summary };
  if (options.sheet !== undefined) {
    const wanted = options.sheet;
    const found = sheets.find((s) => s.sheet === wanted) ?? sheets.find((s) => fold(s.sheet) === fold(wanted));
    if (!found) {
      return {
        ok: false,
        message: `There is no sheet "${wanted}". The workbook has: ${sheets.map((s) => `"${s.sheet}"`).join(", ")}.`,
        summary,
      };
    }
    return { ok: true, chosen: found, sheets, summary };
  }
  const [best] = [...sheets].sort(compareSheets);
  return { ok: true, chosen: best ?? (sheets[0] as SheetImport), sheets, summary };
}
