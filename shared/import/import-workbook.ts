import type { WorkbookGrids } from "../file-reader/grid";
import type { SheetImport } from "./import-result";
import { type ImportOptions, importSheet } from "./import-sheet";
import type { SheetKind } from "./kinds/index";
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

/** A sheet and kind the importer weighed but did not choose. */
export interface RunnerUp {
  readonly sheet: string;
  readonly kind: SheetKind;
  readonly score: number;
  /** Records the sheet gave as that kind; absent for a kind the sheet was not read as. */
  readonly records?: number;
}

export type WorkbookImport =
  | {
      readonly ok: true;
      /** The sheet picked (or asked for). */
      readonly chosen: SheetImport;
      /** Every other (sheet, kind) pair whose header passed for that kind, best score first. */
      readonly runnersUp: readonly RunnerUp[];
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
    return { ok: true, chosen: found, runnersUp: runnersUp(sheets, found), sheets, summary };
  }
  const best = [...sheets].sort(compareSheets)[0] ?? (sheets[0] as SheetImport);
  return { ok: true, chosen: best, runnersUp: runnersUp(sheets, best), sheets, summary };
}

/**
 * Every sheet scored for every kind: the other sheets' own kinds and the other kinds each header
 * (the chosen one's included) would also pass for.
 */
function runnersUp(sheets: readonly SheetImport[], chosen: SheetImport): RunnerUp[] {
  const out: RunnerUp[] = [];
  for (const s of sheets) {
    if (s !== chosen && s.kind !== "unknown") out.push({ sheet: s.sheet, kind: s.kind, score: s.score, records: s.records.length });
    // Reading the same header as another kind is not done, so there is no record count for it.
    for (const alt of s.alternatives ?? []) out.push({ sheet: s.sheet, kind: alt.kind, score: alt.score });
  }
  return out.sort((a, b) => b.score - a.score);
}
