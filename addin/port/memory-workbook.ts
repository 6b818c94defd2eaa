/**
 * An in-memory workbook behind the same port as Excel: the browser preview runs on it, and the
 * task pane's tests use it. It mimics the behaviours the pane relies on (tables, ownership
 * markers, protection, hidden sheets, selection) and nothing more.
 */
import { mergeIdIndex, rowUpdater, splitForMerge } from "./merge-rows";
import { chunkRows } from "./chunking";
import { keyOf, planSetup, rowKeyOf, tablesNeedingKeys } from "./setup-actions";
import type { SetupAction } from "./setup-actions";
import type { ConditionalFormat, NewSheet, PlannedSheet, SetupReport, WorkbookPlan } from "./workbook-plan";
import { LISTS_KIND, defaultNumberFormat, productFormula } from "./workbook-plan";
import type {
  CellRange,
  CellRef,
  CellUpdate,
  CellValue,
  HighlightMark,
  InspectOptions,
  RangeFormat,
  ReplaceContentReport,
  ReplaceContentRequest,
  SheetWriteReport,
  SheetWriteRequest,
  ProgressListener,
  ReadSheetOptions,
  SelectionInfo,
  PortSheetGrid,
  SetUpOptions,
  TableInfo,
  Unsubscribe,
  WorkbookInfo,
  WorkbookPort,
  WriteRecordsReport,
  WriteRecordsRequest,
} from "./workbook-port";
import { ForeignSheetError, READ_ALONG, WorkbookError } from "./workbook-port";
import type { GridValue } from "../../shared/file-reader/grid";
import { errorCell, isDateNumberFormat } from "../../shared/file-reader/grid";

interface MemTable {
  name: string;
  headerRow: number;
  firstColumn: number;
  headers: string[];
  rowCount: number;
  /** Calculated product columns: header → the two headers multiplied. */
  products: Map<string, readonly [string, string]>;
}

export interface MemSheet {
  name: string;
  visible: boolean;
  kind?: string;
  protected: boolean;
  values: GridValue[][];
  formulas: (string | null)[][];
  merges: CellRange[];
  hiddenRows: Set<number>;
  hiddenColumns: Set<number>;
  tables: MemTable[];
  frozenRows: number;
  /** Dropdown sources per column index. */
  validation: Map<number, string>;
  numberFormats: Map<number, string>;
  conditionalFormats: ConditionalFormat[];
  fills: Map<string, string>;
  /** Number formats of single cells ("row,column"), as whole-sheet writes apply them. */
  cellFormats: Map<string, string>;
  bold: Set<string>;
  /** Formulas the user typed ("row,column"), which the preview calculates (see FormulaEvaluator). */
  typedFormulas: Set<string>;
  /** Rows each typed formula spilled into below its cell, to clear when it is recalculated. */
  spills: Map<string, number>;
  /** Why a cell shows an error value ("row,column" → reason), as Excel's error tooltip says. */
  notes: Map<string, string>;
  /** In-document hyperlinks ("row,column" → the cell they go to), as whole-sheet writes set them. */
  links: Map<string, { readonly row: number; readonly column: number }>;
}

/**
 * Calculates a typed formula for the preview (injected: the calculator needs the catalogs and
 * loads on first use). Values go from the formula's cell down; an error is an Excel error code
 * with its reason.
 */
export type FormulaEvaluator = (
  formula: string,
  read: (row: number, column: number) => GridValue,
) => { readonly kind: "values"; readonly values: readonly GridValue[] } | { readonly kind: "error"; readonly code: string; readonly message: string };

/** What the preview grid shows of one sheet. */
export interface SheetView {
  readonly name: string;
  readonly visible: boolean;
  readonly kind?: string;
  readonly protected: boolean;
  readonly values: readonly (readonly GridValue[])[];
  readonly fills: ReadonlyMap<string, string>;
  readonly frozenRows: number;
  readonly tables: readonly TableInfo[];
  readonly validation: ReadonlyMap<number, string>;
  /** Number format per column, as set-up applied it. */
  readonly numberFormats: ReadonlyMap<number, string>;
  /** Number formats of single cells ("row,column"), which win over the column's. */
  readonly cellFormats: ReadonlyMap<string, string>;
  readonly bold: ReadonlySet<string>;
  /** Formulas by cell (with "="), as Excel's formula bar shows them. */
  readonly formulas: readonly (readonly (string | null)[])[];
  /** Why a cell shows an error value ("row,column" → reason). */
  readonly notes: ReadonlyMap<string, string>;
  /** Cells that link to another cell of the sheet ("row,column" → where they go). */
  readonly links: ReadonlyMap<string, { readonly row: number; readonly column: number }>;
}

export interface MemoryWorkbookOptions {
  /** Payload budget per simulated request, to exercise chunking in tests. */
  readonly chunkBudget?: number;
  /** Loads the calculator for typed formulas; without it typed formulas stay uncalculated. */
  readonly formulas?: () => Promise<FormulaEvaluator>;
}

export class MemoryWorkbook implements WorkbookPort {
  private readonly sheets: MemSheet[] = [];
  private selection: CellRef | undefined;
  private readonly listeners = new Set<() => void>();
  private readonly changeListeners = new Set<() => void>();
  private highlighted = new Map<string, { ref: CellRef; previous: string | undefined }>();
  private readonly chunkBudget: number | undefined;
  /** Number of simulated requests, comparable to Office.js syncs. */
  requests = 0;
  /** Bumped on every change (for useSyncExternalStore in the preview). */
  version = 0;

  private readonly loadFormulas: (() => Promise<FormulaEvaluator>) | undefined;
  /** The last recalculation started (tests and the preview wait on it). */
  calculated: Promise<void> = Promise.resolve();

  constructor(options: MemoryWorkbookOptions = {}) {
    this.chunkBudget = options.chunkBudget;
    this.loadFormulas = options.formulas;
  }

  // ----- helpers for preview and tests (not part of the port) -----

  /** Adds a plain sheet with values (as a user would have typed them). */
  addSheet(name: string, values: readonly (readonly GridValue[])[], extra: Partial<Pick<MemSheet, "merges" | "visible">> = {}): void {
    if (this.find(name)) throw new Error(`Sheet "${name}" exists`);
    const sheet = blankSheet(name);
    values.forEach((row, r) => row.forEach((v, c) => setCell(sheet, r, c, v)));
    if (extra.merges) sheet.merges = [...extra.merges];
    if (extra.visible !== undefined) sheet.visible = extra.visible;
    this.sheets.push(sheet);
    this.changed();
  }

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  view(name: string): SheetView | undefined {
    const s = this.find(name);
    if (!s) return undefined;
    return {
      name: s.name,
      visible: s.visible,
      protected: s.protected,
      values: s.values,
      fills: s.fills,
      frozenRows: s.frozenRows,
      tables: s.tables.map((t) => tableInfo(s, t)),
      validation: s.validation,
      numberFormats: s.numberFormats,
      cellFormats: s.cellFormats,
      bold: s.bold,
      formulas: s.formulas,
      notes: s.notes,
      links: s.links,
      ...(s.kind !== undefined ? { kind: s.kind } : {}),
    };
  }

  /** Simulates the user clicking a cell. */
  setSelection(ref: CellRef): void {
    this.selection = ref;
    this.changed();
    for (const l of this.listeners) l();
  }

  /** Simulates the user typing into a cell. */
  typeInto(ref: CellRef, value: CellValue): void {
    const s = this.require(ref.sheet, "edit");
    if (s.protected) throw new WorkbookError("edit", `Sheet "${s.name}" is protected.`);
    const key = `${ref.row},${ref.column}`;
    clearSpill(s, key);
    s.notes.delete(key);
    setCell(s, ref.row, ref.column, value);
    if (typeof value === "string" && value.startsWith("=")) s.typedFormulas.add(key);
    else s.typedFormulas.delete(key);
    // Like Excel, typing in the row right below a table extends the table.
    for (const t of s.tables) {
      const inColumns = ref.column >= t.firstColumn && ref.column < t.firstColumn + t.headers.length;
      if (inColumns && value !== null && ref.row === t.headerRow + 1 + t.rowCount) t.rowCount += 1;
    }
    this.changed();
    if (s.typedFormulas.size > 0) {
      this.calculated = this.calculate(s).catch((error: unknown) => {
        const reason = `The formula could not be calculated here: ${error instanceof Error ? error.message : String(error)}`;
        for (const key of s.typedFormulas) s.notes.set(key, reason);
        this.changed();
      });
    }
  }

  /** Recalculates the sheet's typed formulas, in reading order, as Excel would after an edit. */
  private async calculate(s: MemSheet): Promise<void> {
    if (!this.loadFormulas) {
      for (const key of s.typedFormulas) s.notes.set(key, "Formulas are calculated in Excel.");
      return;
    }
    const evaluate = await this.loadFormulas();
    const keys = [...s.typedFormulas].map((k) => k.split(",").map(Number) as [number, number]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    for (const [row, column] of keys) {
      const key = `${row},${column}`;
      const formula = s.formulas[row]?.[column];
      if (!formula) continue;
      clearSpill(s, key);
      s.notes.delete(key);
      const outcome = evaluate(formula, (r, c) => s.values[r]?.[c] ?? null);
      if (outcome.kind === "error") {
        setValue(s, row, column, errorCell(outcome.code));
        s.notes.set(key, outcome.message);
        continue;
      }
      const [first = null, ...below] = outcome.values;
      // Like Excel's dynamic arrays: a spill needs empty cells below, or the formula shows #SPILL!.
      const blocked = below.some((_, i) => {
        const v = s.values[row + 1 + i]?.[column] ?? null;
        return (v !== null && v !== "") || Boolean(s.formulas[row + 1 + i]?.[column]);
      });
      if (blocked) {
        setValue(s, row, column, errorCell("#SPILL!"));
        s.notes.set(key, "The list needs empty cells below this one.");
        continue;
      }
      setValue(s, row, column, first);
      below.forEach((v, i) => setValue(s, row + 1 + i, column, v));
      if (below.length > 0) s.spills.set(key, below.length);
    }
    this.changed();
  }

  get selected(): CellRef | undefined {
    return this.selection;
  }

  /** Called after every change, so a preview can re-render. */
  subscribe(listener: () => void): Unsubscribe {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  // ----- the port -----

  async inspect(options: InspectOptions = {}): Promise<WorkbookInfo> {
    this.requests++;
    const info = this.inspectNow();
    if (options.read === undefined || options.read.length === 0) return info;
    const grids = options.read.flatMap((name) => {
      const s = this.find(name);
      if (!s) return [];
      // As Excel gives it: the block from A1, without its blank trailing rows and columns.
      const grid = this.gridOf(s, READ_ALONG.rows);
      const wide = grid.values.some((r) => r.length > READ_ALONG.columns);
      const values = grid.values.map((r) => r.slice(0, READ_ALONG.columns));
      const formulas = (grid.formulas ?? []).map((r) => (r ?? []).slice(0, READ_ALONG.columns));
      let rows = 0;
      let columns = 0;
      values.forEach((r, i) =>
        r.forEach((v, c) => {
          if (v !== null || formulas[i]?.[c]) {
            rows = Math.max(rows, i + 1);
            columns = Math.max(columns, c + 1);
          }
        }),
      );
      const trim = <T>(all: readonly (readonly T[])[]) => all.slice(0, rows).map((r) => r.slice(0, columns));
      return [{ ...grid, values: trim(values), formulas: trim(formulas), truncated: grid.truncated || wide }];
    });
    return { ...info, grids };
  }

  private inspectNow(): WorkbookInfo {
    return {
      sheets: this.sheets.map((s) => ({
        name: s.name,
        visible: s.visible,
        tables: s.tables.map((t) => tableInfo(s, t)),
        ...(s.kind !== undefined ? { crosswalkKind: s.kind } : {}),
      })),
    };
  }

  async readSheets(names: readonly string[], options: ReadSheetOptions = {}): Promise<PortSheetGrid[]> {
    const grids: PortSheetGrid[] = [];
    const wanted = options.skipMissing ? names.filter((n) => this.find(n)) : names;
    for (const name of wanted) grids.push(await this.readSheet(name, options));
    return grids;
  }

  async readSheet(name: string, options: ReadSheetOptions = {}): Promise<PortSheetGrid> {
    this.requests++;
    return this.gridOf(this.require(name, "read sheet"), options.maxRows ?? 100_000);
  }

  private gridOf(s: MemSheet, maxRows: number): PortSheetGrid {
    let lastRow = -1;
    let lastCol = -1;
    s.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if ((v !== null && v !== "") || s.formulas[r]?.[c]) {
          lastRow = Math.max(lastRow, r);
          lastCol = Math.max(lastCol, c);
        }
      }),
    );
    const rows = Math.min(lastRow + 1, maxRows);
    const values: GridValue[][] = [];
    const formulas: (string | null)[][] = [];
    for (let r = 0; r < rows; r++) {
      const vr: GridValue[] = [];
      const fr: (string | null)[] = [];
      for (let c = 0; c <= lastCol; c++) {
        const v = s.values[r]?.[c] ?? null;
        const format = s.cellFormats.get(`${r},${c}`) ?? s.numberFormats.get(c);
        vr.push(typeof v === "number" && r > 0 && format !== undefined && isDateNumberFormat(format) ? { kind: "date", serial: v } : v);
        fr.push(s.formulas[r]?.[c]?.slice(1) ?? null);
      }
      values.push(vr);
      formulas.push(fr);
    }
    return {
      name: s.name,
      origin: { row: 0, column: 0 },
      values,
      formulas,
      merges: s.merges.map((m) => ({ startRow: m.row, startColumn: m.column, endRow: m.row + m.rows - 1, endColumn: m.column + m.columns - 1 })),
      hiddenRows: [...s.hiddenRows].sort((a, b) => a - b),
      hiddenColumns: [...s.hiddenColumns].sort((a, b) => a - b),
      hidden: !s.visible,
      truncated: lastRow + 1 > maxRows,
    };
  }

  async setUpWorkbook(plan: WorkbookPlan, options: SetUpOptions = {}): Promise<SetupReport> {
    // An earlier inspection saves Excel a round trip; here the workbook is at hand, and it is the
    // workbook as it is now that must not be overwritten.
    const info = options.inspected ? this.inspectNow() : await this.inspect();
    const keys = new Map<string, Set<string>>();
    for (const { table: t, width } of tablesNeedingKeys(info, plan)) {
      const s = this.require(t.sheet, "set up");
      const set = new Set<string>();
      for (let r = 0; r < t.rowCount; r++) {
        const cells = Array.from({ length: width }, (_, c) => plain(s.values[t.headerRow + 1 + r]?.[t.firstColumn + c] ?? null));
        set.add(width === 1 ? keyOf(cells[0] ?? null) : rowKeyOf(cells));
      }
      keys.set(t.name.toLowerCase(), set);
    }
    this.requests++;
    const result = planSetup(info, plan, keys, options.replace);
    const total = result.actions.length;
    result.actions.forEach((action, i) => {
      this.apply(action, plan, result.listSources);
      options.onProgress?.({ done: i + 1, total, label: describe(action) });
    });
    this.requests++;
    this.changed();
    return { sheets: result.outcomes };
  }

  async writeRecords(request: WriteRecordsRequest, onProgress?: ProgressListener): Promise<WriteRecordsReport> {
    this.requests++;
    const found = this.findTable(request.table);
    if (!found) throw new WorkbookError("write records", `Table "${request.table}" was not found. Run "Set up workbook" first.`);
    const { sheet, table } = found;
    if (sheet.protected) throw new WorkbookError("write records", `Sheet "${sheet.name}" is protected.`);
    const index = columnIndex(table.headers, request.columns);
    const width = table.headers.length;
    let rowsReplaced = 0;
    let backupSheet: string | undefined;
    if (request.mode === "replace" && table.rowCount > 0) {
      if (!request.backupSheet) throw new WorkbookError("write records", "Replacing rows needs a backup sheet name.");
      if (this.find(request.backupSheet)) throw new WorkbookError("write records", `Sheet "${request.backupSheet}" already exists.`);
      const backup = blankSheet(request.backupSheet);
      for (let r = 0; r <= table.rowCount; r++)
        for (let c = 0; c < width; c++) setCell(backup, r, c, sheet.values[table.headerRow + r]?.[table.firstColumn + c] ?? null);
      this.sheets.push(backup);
      backupSheet = backup.name;
      for (let r = 1; r <= table.rowCount; r++)
        for (let c = 0; c < width; c++) setCell(sheet, table.headerRow + r, table.firstColumn + c, null);
      rowsReplaced = table.rowCount;
      table.rowCount = 0;
    }
    let rows = request.rows;
    let rowsUpdated: number | undefined;
    if (request.mode === "merge") {
      const idIndex = mergeIdIndex(request);
      const idTarget = index[idIndex] ?? 0;
      const ids = Array.from({ length: table.rowCount }, (_, r) => sheet.values[table.headerRow + 1 + r]?.[table.firstColumn + idTarget] ?? null);
      const split = splitForMerge(ids as CellValue[], request.rows, idIndex);
      const update = rowUpdater(request);
      for (const { tableRow, row } of split.updates) {
        const sheetRow = table.headerRow + 1 + tableRow;
        const written = update(row, (i) => {
          const cell = sheet.values[sheetRow]?.[table.firstColumn + (index[i] ?? -1)];
          return cell === undefined ? undefined : plain(cell);
        });
        // As in Office.js, null leaves a cell as it is; columns not written are not visited at all.
        index.forEach((target, i) => {
          const value = written[i] ?? null;
          if (value !== null) setCell(sheet, table.headerRow + 1 + tableRow, table.firstColumn + target, value, true);
        });
      }
      rows = split.appends;
      rowsUpdated = split.updates.length;
    }
    const firstRow = table.headerRow + 1 + table.rowCount;
    const full = rows.map((row) => {
      const out: CellValue[] = new Array<CellValue>(width).fill(null);
      index.forEach((target, i) => (out[target] = row[i] ?? null));
      return out;
    });
    const chunks = chunkRows(full, this.chunkBudget);
    chunks.forEach((chunk, i) => {
      this.requests++;
      for (let r = chunk.start; r < chunk.end; r++) {
        const row = full[r] ?? [];
        row.forEach((v, c) => setCell(sheet, firstRow + r, table.firstColumn + c, v, true));
      }
      onProgress?.({ done: i + 1, total: chunks.length, label: `Writing rows ${chunk.start + 1}–${chunk.end}` });
    });
    table.rowCount += full.length;
    for (const c of request.calculated ?? []) table.products.set(c.column.toLowerCase(), c.product);
    this.changed();
    return {
      table: table.name,
      sheet: sheet.name,
      firstRow,
      rowsWritten: full.length + (rowsUpdated ?? 0),
      rowsReplaced,
      ...(rowsUpdated !== undefined ? { rowsUpdated } : {}),
      ...(backupSheet !== undefined ? { backupSheet } : {}),
    };
  }

  async writeSheet(request: SheetWriteRequest, onProgress?: ProgressListener): Promise<SheetWriteReport> {
    this.requests++;
    const existing = this.find(request.name);
    if (existing && existing.kind !== request.kind && !request.replaceForeign) throw new ForeignSheetError(existing.name);
    this.requests++;
    const report = this.putSheet(request);
    this.requests += Math.max(0, chunkRows(request.rows as CellValue[][], this.chunkBudget).length - 1);
    onProgress?.({ done: 1, total: 1, label: `Wrote "${report.sheet}"` });
    this.changed();
    return report;
  }

  async replaceContent(request: ReplaceContentRequest, onProgress?: ProgressListener): Promise<ReplaceContentReport> {
    this.requests++;
    // Everything is checked before anything changes.
    const targets = request.tables.map((r) => {
      const found = this.findTable(r.table);
      if (!found) throw new WorkbookError("replace content", `Table "${r.table}" was not found. Run "Set up workbook" first.`);
      if (found.sheet.protected) throw new WorkbookError("replace content", `Sheet "${found.sheet.name}" is protected.`);
      return { request: r, ...found };
    });
    for (const sheet of request.sheets ?? []) {
      const existing = this.find(sheet.name);
      if (existing && existing.kind !== sheet.kind && !sheet.replaceForeign) throw new ForeignSheetError(existing.name);
    }
    this.requests++;
    const backupRows: CellValue[][] = [];
    const copy = (title: string, rows: CellValue[][]) => {
      if (rows.length === 0) return;
      backupRows.push([title], ...rows, []);
    };
    for (const { sheet, table } of targets) {
      if (table.rowCount === 0) continue;
      const rows: CellValue[][] = [];
      for (let r = 0; r <= table.rowCount; r++) rows.push(table.headers.map((_, c) => plain(sheet.values[table.headerRow + r]?.[table.firstColumn + c] ?? null)));
      copy(`${sheet.name} (table ${table.name})`, rows);
    }
    for (const write of request.sheets ?? []) {
      const existing = this.find(write.name);
      if (!existing) continue;
      const rows = existing.values.map((row) => row.map((v) => plain(v)));
      if (rows.some((row) => row.some((v) => v !== null && v !== ""))) copy(`${existing.name} (sheet)`, rows);
    }
    let backupSheet: string | undefined;
    if (backupRows.length > 0) {
      const backup = blankSheet(this.freeName(request.backupSheet));
      backup.values = [];
      [[`Backup made by Crosswalk before a pull: the rows and sheets it replaced, as they were.`], [], ...backupRows].forEach((row, r) => row.forEach((v, c) => setCell(backup, r, c, v, true)));
      this.sheets.push(backup);
      backupSheet = backup.name;
    }
    const tables: ReplaceContentReport["tables"][number][] = [];
    for (const { request: r, sheet, table } of targets) {
      const columnsAdded: string[] = [];
      for (const column of r.columns) {
        if (table.headers.some((h) => h.toLowerCase() === column.toLowerCase())) continue;
        setCell(sheet, table.headerRow, table.firstColumn + table.headers.length, column, true);
        table.headers.push(column);
        columnsAdded.push(column);
      }
      const index = columnIndex(table.headers, r.columns);
      const rowsReplaced = table.rowCount;
      for (let row = 1; row <= Math.max(table.rowCount, r.rows.length); row++)
        for (let c = 0; c < table.headers.length; c++) setCell(sheet, table.headerRow + row, table.firstColumn + c, null);
      r.rows.forEach((row, i) => index.forEach((target, j) => setCell(sheet, table.headerRow + 1 + i, table.firstColumn + target, row[j] ?? null, true)));
      table.rowCount = r.rows.length;
      for (const c of r.calculated ?? []) table.products.set(c.column.toLowerCase(), c.product);
      tables.push({ table: table.name, sheet: sheet.name, rowsWritten: r.rows.length, rowsReplaced, columnsAdded });
    }
    const sheets = (request.sheets ?? []).map((write) => this.putSheet(write));
    const cells = request.tables.reduce((n, t) => n + t.rows.length, 0);
    // One simulated request per payload chunk beyond the first, as the Office.js port makes.
    const rows = [...request.tables.flatMap((t) => t.rows), ...(request.sheets ?? []).flatMap((w) => w.rows)] as CellValue[][];
    this.requests += Math.max(1, chunkRows(rows, this.chunkBudget).length);
    onProgress?.({ done: 1, total: 1, label: `Wrote ${cells} rows` });
    this.changed();
    return { tables, sheets, ...(backupSheet !== undefined ? { backupSheet } : {}) };
  }

  /** Creates or rewrites a Crosswalk-owned sheet (ownership already checked). */
  private putSheet(request: NewSheet & Pick<SheetWriteRequest, "activate" | "links">): SheetWriteReport {
    let sheet = this.find(request.name);
    let movedAside: string | undefined;
    if (sheet && sheet.kind !== request.kind) {
      movedAside = this.freeName(`${sheet.name} (old)`);
      sheet.name = movedAside;
      sheet = undefined;
    }
    const created = sheet === undefined;
    if (!sheet) {
      sheet = blankSheet(request.name);
      sheet.kind = request.kind;
      this.sheets.push(sheet);
    }
    const target = sheet;
    target.values = [];
    target.formulas = [];
    target.cellFormats = new Map();
    target.bold = new Set();
    target.fills = new Map();
    request.rows.forEach((row, r) => row.forEach((v, c) => setCell(target, r, c, v, true)));
    for (const f of request.formats ?? []) applyFormat(target, f);
    target.links = new Map((request.links ?? []).map((l) => [`${l.row},${l.column}`, l.to]));
    if (request.activate) this.selection = { sheet: target.name, row: 0, column: 0 };
    return { sheet: target.name, created, ...(movedAside !== undefined ? { movedAside } : {}) };
  }

  private freeName(base: string): string {
    let name = base;
    for (let i = 2; this.find(name); i++) name = base.endsWith(")") ? `${base.slice(0, -1)} ${i})` : `${base} (${i})`;
    return name;
  }

  async updateCells(updates: readonly CellUpdate[]): Promise<void> {
    this.requests++;
    for (const u of updates) {
      const s = this.require(u.sheet, "update cells");
      if (s.protected) throw new WorkbookError("update cells", `Sheet "${s.name}" is protected.`);
    }
    for (const u of updates) setCell(this.require(u.sheet, "update cells"), u.row, u.column, u.value);
    this.changed();
  }

  async selectCell(ref: CellRef): Promise<void> {
    this.requests++;
    this.require(ref.sheet, "select");
    this.setSelection(ref);
  }

  async readSelection(): Promise<SelectionInfo | undefined> {
    this.requests++;
    const ref = this.selection;
    if (!ref) return undefined;
    const s = this.find(ref.sheet);
    if (!s) return undefined;
    const value = plain(s.values[ref.row]?.[ref.column] ?? null);
    const t = s.tables.find(
      (x) =>
        ref.row > x.headerRow &&
        ref.row <= x.headerRow + x.rowCount &&
        ref.column >= x.firstColumn &&
        ref.column < x.firstColumn + x.headers.length,
    );
    const base = { sheet: s.name, row: ref.row, column: ref.column, value };
    if (!t) return base;
    return {
      ...base,
      table: {
        name: t.name,
        header: t.headers[ref.column - t.firstColumn] ?? "",
        headers: [...t.headers],
        rowValues: t.headers.map((_, c) => plain(s.values[ref.row]?.[t.firstColumn + c] ?? null)),
      },
    };
  }

  async setHighlights(marks: readonly HighlightMark[]): Promise<void> {
    this.requests++;
    const wanted = new Set(marks.map((m) => `${m.ref.sheet.toLowerCase()}!${m.ref.row},${m.ref.column}`));
    for (const [id, { ref, previous }] of this.highlighted) {
      if (wanted.has(id)) continue;
      const s = this.find(ref.sheet);
      const key = `${ref.row},${ref.column}`;
      if (s) {
        if (previous === undefined) s.fills.delete(key);
        else s.fills.set(key, previous);
      }
      this.highlighted.delete(id);
    }
    for (const { ref, color } of marks) {
      const s = this.find(ref.sheet);
      if (!s) continue;
      const key = `${ref.row},${ref.column}`;
      const id = `${ref.sheet.toLowerCase()}!${key}`;
      if (!this.highlighted.has(id)) this.highlighted.set(id, { ref, previous: s.fills.get(key) });
      s.fills.set(key, color);
    }
    this.changed();
  }

  async clearHighlights(): Promise<void> {
    await this.setHighlights([]);
  }

  async onSelectionChanged(listener: () => void): Promise<Unsubscribe> {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  // ----- internals -----

  private apply(action: SetupAction, plan: WorkbookPlan, listSources: ReadonlyMap<string, string>): void {
    switch (action.type) {
      case "move-aside": {
        const s = this.require(action.sheet, "set up");
        s.name = action.to;
        return;
      }
      case "new-sheet":
        this.putSheet(action.sheet);
        return;
      case "lists": {
        let s = this.find(plan.listsSheet);
        if (!s) {
          s = blankSheet(plan.listsSheet);
          this.sheets.push(s);
        }
        s.kind = LISTS_KIND;
        s.visible = false;
        s.values = [];
        plan.lists.forEach((list, c) => {
          setCell(s, 0, c, list.name);
          list.values.forEach((v, r) => setCell(s, r + 1, c, v));
        });
        return;
      }
      case "create": {
        const p = action.sheet;
        const s = blankSheet(p.name);
        s.kind = p.kind;
        p.columns.forEach((col, c) => setCell(s, 0, c, col.header));
        (p.rows ?? []).forEach((row, r) => row.forEach((v, c) => setCell(s, r + 1, c, v)));
        s.tables.push({ name: p.table, headerRow: 0, firstColumn: 0, headers: p.columns.map((c) => c.header), rowCount: p.rows?.length ?? 0, products: productsOf(p.columns) });
        this.sheets.push(s);
        this.format(s, p, p.columns.map((c) => c.header), listSources);
        return;
      }
      case "complete": {
        const s = this.require(action.sheet.name, "set up");
        const t = s.tables.find((x) => x.name.toLowerCase() === action.table.name.toLowerCase());
        if (!t) return;
        for (const header of action.addColumns) {
          setCell(s, t.headerRow, t.firstColumn + t.headers.length, header);
          t.headers.push(header);
        }
        action.addRows.forEach((row, i) =>
          row.forEach((v, c) => setCell(s, t.headerRow + 1 + t.rowCount + i, t.firstColumn + c, v)),
        );
        t.rowCount += action.addRows.length;
        for (const [k, v] of productsOf(action.sheet.columns)) t.products.set(k, v);
        this.format(s, action.sheet, action.headersAfter, listSources);
        return;
      }
    }
  }

  private format(s: MemSheet, p: PlannedSheet, headers: readonly string[], listSources: ReadonlyMap<string, string>): void {
    s.frozenRows = 1;
    s.conditionalFormats = [...(p.conditionalFormats ?? [])];
    for (const col of p.columns) {
      const c = headers.findIndex((h) => h.toLowerCase() === col.header.toLowerCase());
      if (c < 0) continue;
      s.numberFormats.set(c, col.numberFormat ?? defaultNumberFormat(col.kind));
      const source = col.list ? listSources.get(col.list) : undefined;
      if (source) s.validation.set(c, source);
    }
    s.protected = p.readOnly === true;
  }

  private find(name: string): MemSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  private require(name: string, operation: string): MemSheet {
    const s = this.find(name);
    if (!s) throw new WorkbookError(operation, `Sheet "${name}" was not found.`);
    return s;
  }

  private findTable(name: string): { sheet: MemSheet; table: MemTable } | undefined {
    for (const sheet of this.sheets) {
      const table = sheet.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
      if (table) return { sheet, table };
    }
    return undefined;
  }

  private changed(): void {
    for (const sheet of this.sheets) for (const t of sheet.tables) recalc(sheet, t);
    this.version++;
    for (const l of this.changeListeners) l();
  }
}

/** Sets a cell's value, keeping its formula (a calculated result). */
function setValue(s: MemSheet, row: number, column: number, value: GridValue): void {
  while (s.values.length <= row) s.values.push([]);
  const vr = s.values[row] as GridValue[];
  while (vr.length <= column) vr.push(null);
  vr[column] = value;
}

/** Empties the cells a typed formula spilled into. */
function clearSpill(s: MemSheet, key: string): void {
  const rows = s.spills.get(key);
  if (!rows) return;
  const [row = 0, column = 0] = key.split(",").map(Number);
  for (let i = 1; i <= rows; i++) setValue(s, row + i, column, null);
  s.spills.delete(key);
}

function blankSheet(name: string): MemSheet {
  return {
    name,
    visible: true,
    protected: false,
    values: [],
    formulas: [],
    merges: [],
    hiddenRows: new Set(),
    hiddenColumns: new Set(),
    tables: [],
    frozenRows: 0,
    validation: new Map(),
    numberFormats: new Map(),
    conditionalFormats: [],
    fills: new Map(),
    cellFormats: new Map(),
    bold: new Set(),
    typedFormulas: new Set(),
    spills: new Map(),
    notes: new Map(),
    links: new Map(),
  };
}

function applyFormat(s: MemSheet, f: RangeFormat): void {
  for (let r = f.row; r < f.row + f.rows; r++)
    for (let c = f.column; c < f.column + f.columns; c++) {
      const key = `${r},${c}`;
      if (f.numberFormat !== undefined) s.cellFormats.set(key, f.numberFormat);
      if (f.bold) s.bold.add(key);
      if (f.fill !== undefined) s.fills.set(key, f.fill);
    }
}

/**
 * Sets a cell. `literal` writes strings as text, as the ports' record and sheet writes do (the
 * Office.js port makes Excel store them as text); otherwise a string starting with "=" is a
 * formula, as when a user types it.
 */
function setCell(s: MemSheet, row: number, column: number, value: GridValue, literal = false): void {
  while (s.values.length <= row) s.values.push([]);
  while (s.formulas.length <= row) s.formulas.push([]);
  const vr = s.values[row] as GridValue[];
  const fr = s.formulas[row] as (string | null)[];
  while (vr.length <= column) vr.push(null);
  while (fr.length <= column) fr.push(null);
  if (!literal && typeof value === "string" && value.startsWith("=")) {
    fr[column] = value;
    vr[column] = null;
  } else {
    fr[column] = null;
    vr[column] = value;
  }
}

function productsOf(columns: readonly { readonly header: string; readonly product?: readonly [string, string] }[]): Map<string, readonly [string, string]> {
  return new Map(columns.flatMap((c) => (c.product ? [[c.header.toLowerCase(), c.product] as const] : [])));
}

/** Recomputes a table's product columns, as Excel would its calculated columns. */
function recalc(s: MemSheet, t: MemTable): void {
  if (t.products.size === 0) return;
  const col = (h: string) => t.headers.findIndex((x) => x.toLowerCase() === h.toLowerCase());
  for (const [header, [a, b]] of t.products) {
    const c = col(header);
    const ca = col(a);
    const cb = col(b);
    if (c < 0 || ca < 0 || cb < 0) continue;
    const formula = productFormula(t.headers[ca] ?? a, t.headers[cb] ?? b);
    for (let r = t.headerRow + 1; r <= t.headerRow + t.rowCount; r++) {
      const x = plain(s.values[r]?.[t.firstColumn + ca] ?? null);
      const y = plain(s.values[r]?.[t.firstColumn + cb] ?? null);
      const value = typeof x === "number" && typeof y === "number" ? x * y : null;
      setCell(s, r, t.firstColumn + c, value);
      (s.formulas[r] as (string | null)[])[t.firstColumn + c] = formula;
    }
  }
}

/** A grid value as Excel's `values` would give it. */
function plain(v: GridValue): CellValue {
  if (v !== null && typeof v === "object") return v.kind === "date" ? v.serial : v.code;
  return v;
}

function tableInfo(s: MemSheet, t: MemTable): TableInfo {
  return { name: t.name, sheet: s.name, headerRow: t.headerRow, firstColumn: t.firstColumn, headers: [...t.headers], rowCount: t.rowCount };
}

/** Target column index in the table for each requested column; throws for unknown headers. */
export function columnIndex(headers: readonly string[], columns: readonly string[]): number[] {
  return columns.map((c) => {
    const i = headers.findIndex((h) => h.toLowerCase() === c.toLowerCase());
    if (i < 0) throw new WorkbookError("write records", `Column "${c}" is not in the table (${headers.join(", ")}).`);
    return i;
  });
}

function describe(action: SetupAction): string {
  switch (action.type) {
    case "move-aside":
      return `Moved "${action.sheet}" aside to "${action.to}"`;
    case "lists":
      return "Wrote dropdown lists";
    case "create":
      return `Created "${action.sheet.name}"`;
    case "complete":
      return `Checked "${action.sheet.name}"`;
    case "new-sheet":
      return `Created "${action.sheet.name}"`;
  }
}
