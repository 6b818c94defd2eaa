/**
 * WorkbookPort: everything the task pane knows about the open workbook.
 *
 * Operations are shaped after user actions ("set up the workbook", "write these records into
 * this table"), not after Office.js calls, so that each one can be carried out with a bounded
 * number of round trips: the Office.js implementation makes at most 4 `context.sync()` calls per
 * operation, plus one per extra payload chunk when a single write exceeds the chunk budget
 * (Excel on the web rejects requests over 5 MB).
 *
 * Coordinates are 0-based (row 0 is Excel's row 1). Sheet names are Excel's, case-insensitive in
 * Excel but reported here as Excel spells them.
 */
import type { SheetGrid } from "../../shared/file-reader/grid";
import type { CellValue, RangeFormat, SheetLink, SheetWriteRequest } from "./sheet-values";
import type { SetupReport, WorkbookPlan } from "./workbook-plan";

export type { CellValue, RangeFormat, SheetLink, SheetWriteRequest };

export interface CellRef {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
}

/** A rectangle on one sheet, 0-based, inclusive start, `rows` × `columns` cells. */
export interface CellRange {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

export interface TableInfo {
  readonly name: string;
  readonly sheet: string;
  /** Row of the header, 0-based on the sheet. */
  readonly headerRow: number;
  readonly firstColumn: number;
  readonly headers: readonly string[];
  /** Number of data rows (excluding header and totals). */
  readonly rowCount: number;
}

export interface SheetInfo {
  readonly name: string;
  readonly visible: boolean;
  /**
   * The sheet kind recorded by Crosswalk when it created the sheet (a hidden marker that travels
   * with the sheet, not derived from content). Undefined for sheets Crosswalk did not make.
   */
  readonly crosswalkKind?: string;
  readonly tables: readonly TableInfo[];
}

export interface WorkbookInfo {
  readonly sheets: readonly SheetInfo[];
  /** The sheets asked for with `inspect({ read })` that exist, as grids (in the order asked). */
  readonly grids?: readonly PortSheetGrid[];
}

/** Rows and columns from A1 that `inspect({ read })` reads of each sheet: enough for a settings sheet. */
export const READ_ALONG = { rows: 500, columns: 10 } as const;

export interface InspectOptions {
  /**
   * Small sheets to read along with the inspection, in the same round trips (the settings
   * sheet, whose matrix a set-up plan depends on): the first `READ_ALONG` rows and columns of
   * each, `truncated` when there is more. Missing sheets are left out.
   */
  readonly read?: readonly string[];
}

export interface SetUpOptions {
  /** Sheets of the user's the user agreed to have moved aside (renamed "… (old)"). */
  readonly replace?: readonly string[];
  readonly onProgress?: ProgressListener;
  /**
   * The workbook as `inspect()` found it earlier in the same user operation: set-up plans from it
   * instead of inspecting again (the Office.js port saves a round trip). The port still checks that
   * no sheet or table appeared, vanished or was renamed since, and then fails changing nothing.
   */
  readonly inspected?: WorkbookInfo;
}

/** A sheet as the importer reads it, plus whether `maxRows` cut it short. */
export type PortSheetGrid = SheetGrid & { readonly truncated: boolean };

export interface ReadSheetOptions {
  /** Stop after this many rows (default 100,000). */
  readonly maxRows?: number;
  /** `readSheets`: leave out sheets that do not exist (one more round trip) instead of failing. */
  readonly skipMissing?: boolean;
}

/**
 * `merge`: rows whose id (the `idColumn` value) is already in the table update that row, only in
 * the columns written; the others are appended. Cells of columns not written are never touched.
 */
export type WriteMode = "append" | "replace" | "merge";

/** What a merge does to a cell of an updated row that already holds something (default: overwrite). */
export type FilledCellRule = "keep" | "add-lines";

export interface WriteRecordsRequest {
  /** Table name (as made by set-up). */
  readonly table: string;
  /** Header names, in the order of each row's values; must all exist in the table. */
  readonly columns: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
  readonly mode: WriteMode;
  /** For `merge`: the header (one of `columns`) whose values identify a row. */
  readonly idColumn?: string;
  /**
   * For `replace`: the name of a new sheet that receives a copy of the rows being replaced.
   * Required when the table has rows; the caller names it (the port has no clock).
   */
  readonly backupSheet?: string;
  /**
   * For `merge`: per column (header), what happens to a cell of an updated row that already holds
   * something — `keep` it, or `add-lines` the written lines it lacks. Without a rule it is overwritten.
   */
  readonly filledCells?: Readonly<Record<string, FilledCellRule>>;
  /** Calculated columns of the table, re-applied to the written rows (their cells are not written). */
  readonly calculated?: readonly { readonly column: string; readonly product: readonly [string, string] }[];
}

export interface WriteRecordsReport {
  readonly table: string;
  readonly sheet: string;
  /** First written row, 0-based on the sheet. */
  readonly firstRow: number;
  readonly rowsWritten: number;
  readonly rowsReplaced: number;
  /** For `merge`: rows updated in place (`rowsWritten` counts them too; the appended rows start at `firstRow`). */
  readonly rowsUpdated?: number;
  readonly backupSheet?: string;
}



export interface SheetWriteReport {
  readonly sheet: string;
  readonly created: boolean;
  /** Where a same-named sheet of the user's was moved. */
  readonly movedAside?: string;
}

/** New data rows for a table; columns missing from the table are added at its end. */
export interface TableReplacement {
  readonly table: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
  readonly calculated?: readonly { readonly column: string; readonly product: readonly [string, string] }[];
}

/**
 * Replaces the content of several tables and Crosswalk-owned sheets at once (pulling a version
 * into the workbook), after copying everything replaced that held data into one new backup sheet.
 */
export interface ReplaceContentRequest {
  readonly tables: readonly TableReplacement[];
  readonly sheets?: readonly SheetWriteRequest[];
  /**
   * Name of the new sheet that receives the copies (the caller names it: the port has no clock);
   * " (2)" … is added when a sheet of that name exists.
   */
  readonly backupSheet: string;
}

export interface ReplaceContentReport {
  readonly tables: readonly { readonly table: string; readonly sheet: string; readonly rowsWritten: number; readonly rowsReplaced: number; readonly columnsAdded: readonly string[] }[];
  readonly sheets: readonly SheetWriteReport[];
  /** The backup sheet, when anything was replaced. */
  readonly backupSheet?: string;
}

export interface CellUpdate extends CellRef {
  readonly value: CellValue;
}

export interface SelectionInfo {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly value: CellValue;
  /** The table the cell belongs to, with that row's values keyed by header. */
  readonly table?: {
    readonly name: string;
    readonly header: string;
    readonly headers: readonly string[];
    readonly rowValues: readonly CellValue[];
  };
}

export interface HighlightMark {
  readonly ref: CellRef;
  /** #RRGGBB */
  readonly color: string;
}

export type Unsubscribe = () => void;

export interface ProgressEvent {
  readonly done: number;
  readonly total: number;
  readonly label: string;
}

export type ProgressListener = (event: ProgressEvent) => void;

export interface WorkbookPort {
  /** Sheets with their tables and Crosswalk ownership markers (and, asked, small sheets' cells). */
  inspect(options?: InspectOptions): Promise<WorkbookInfo>;
  /** The used range of a sheet as a grid (values, formulas, dates, errors, merges, hidden flags). */
  readSheet(name: string, options?: ReadSheetOptions): Promise<PortSheetGrid>;
  /** Several sheets at once, in as few round trips as their size allows (for validation). */
  readSheets(names: readonly string[], options?: ReadSheetOptions): Promise<PortSheetGrid[]>;
  /**
   * Creates or completes the structured workbook described by `plan`. Idempotent: existing
   * Crosswalk sheets are completed (missing columns, missing pre-filled rows), never cleared; a
   * sheet of a planned name that Crosswalk did not make is left alone unless listed in `replace`.
   * The lists sheet is rewritten and formats re-applied each time, so a changed plan (another
   * risk matrix) updates them.
   */
  setUpWorkbook(plan: WorkbookPlan, options?: SetUpOptions): Promise<SetupReport>;
  writeRecords(request: WriteRecordsRequest, onProgress?: ProgressListener): Promise<WriteRecordsReport>;
  /**
   * Writes a whole Crosswalk-owned sheet (a pulled report, the settings). Refuses, with a
   * `ForeignSheetError` and nothing changed, when a same-named sheet was not made by Crosswalk
   * and `replaceForeign` is not set.
   */
  writeSheet(request: SheetWriteRequest, onProgress?: ProgressListener): Promise<SheetWriteReport>;
  /**
   * Pulls content into the workbook: the tables' rows and the sheets replaced together, with a
   * backup sheet holding a copy of everything replaced. Checks everything first (tables exist and
   * are not protected, no foreign sheet in the way), so a refusal changes nothing.
   */
  replaceContent(request: ReplaceContentRequest, onProgress?: ProgressListener): Promise<ReplaceContentReport>;
  /** Writes single cells (e.g. a fix or an inserted reference); one round trip. */
  updateCells(updates: readonly CellUpdate[]): Promise<void>;
  selectCell(ref: CellRef): Promise<void>;
  readSelection(): Promise<SelectionInfo | undefined>;
  /**
   * Makes exactly these cells highlighted (each with its colour): cells highlighted before and not
   * listed get their own fill back. Previous fills are remembered, so nothing of the user's is lost.
   */
  setHighlights(marks: readonly HighlightMark[]): Promise<void>;
  /** Restores every fill that `setHighlights` changed. */
  clearHighlights(): Promise<void>;
  onSelectionChanged(listener: () => void): Promise<Unsubscribe>;
}

/** Error raised by a port with a message fit for the user and the operation that failed. */
export class WorkbookError extends Error {
  readonly operation: string;
  constructor(operation: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "WorkbookError";
    this.operation = operation;
  }
}

/** A same-named sheet Crosswalk did not make stands where Crosswalk wants to write. */
export class ForeignSheetError extends WorkbookError {
  readonly sheet: string;
  constructor(sheet: string) {
    super("write sheet", `A sheet named "${sheet}" already exists and was not made by Crosswalk; it was left as it is.`);
    this.name = "ForeignSheetError";
    this.sheet = sheet;
  }
}
