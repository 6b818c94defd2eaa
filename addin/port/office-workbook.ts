/**
 * The Office.js implementation of WorkbookPort: the only module in the add-in that touches
 * `Excel.*`. Every batch runs through `run` (Excel.run by default) and is awaited inside
 * try/catch, so Office errors surface as WorkbookError with a readable message.
 *
 * Round trips per operation (each `context.sync()` is one request):
 * - inspect: 2, also when it reads small sheets along (`read`) · readSheet(s): 1 + one per 50,000
 *   cells, filled across sheets (+1 with skipMissing) · setUpWorkbook: 2 (inspect) + 1 (existing
 *   keys, only when a pre-filled sheet exists) + 1 (all changes); given `inspected`, 1 (check the
 *   sheets and tables are as inspected, with the keys) + 1 (all changes)
 * - writeRecords: 1 + one per write chunk (4 MB budget each; 10,000 typical rows fit in ≤ 3); a merge
 *   by id reads the ids in that first round trip, then 1 per chunk of updated rows + 1 per chunk of
 *   appended rows (a typical import: 2 or 3)
 * - updateCells, selectCell, clearHighlights: 1 · readSelection, setHighlights: 2
 * - writeSheet: 2 (3 when the sheet exists) + one per extra 4 MB of values
 * - replaceContent (a pull): 3 + one per extra 4 MB of values
 *
 * String literals are used for Excel enums so that nothing here needs the Excel global at load.
 */
import { DEFAULT_CHUNK_BUDGET_BYTES, chunkRows } from "./chunking";
import { mergeIdIndex, rowUpdater, splitForMerge } from "./merge-rows";
import { keyOf, planSetup, rowKeyOf, tablesNeedingKeys } from "./setup-actions";
import type { SetupAction } from "./setup-actions";
import type { NewSheet, PlannedSheet, SetupReport, WorkbookPlan } from "./workbook-plan";
import { LISTS_KIND, columnLetter, defaultNumberFormat, parseA1Range, productFormula } from "./workbook-plan";
import type {
  CellRange,
  CellRef,
  CellUpdate,
  CellValue,
  HighlightMark,
  InspectOptions,
  ProgressListener,
  RangeFormat,
  ReplaceContentReport,
  ReplaceContentRequest,
  SheetLink,
  SheetWriteReport,
  SheetWriteRequest,
  ReadSheetOptions,
  SelectionInfo,
  PortSheetGrid,
  SetUpOptions,
  SheetInfo,
  TableInfo,
  Unsubscribe,
  WorkbookInfo,
  WorkbookPort,
  WriteRecordsReport,
  WriteRecordsRequest,
} from "./workbook-port";
import { ForeignSheetError, READ_ALONG, WorkbookError } from "./workbook-port";
import type { CellRange as GridRange, GridValue } from "../../shared/file-reader/grid";
import { isDateNumberFormat } from "../../shared/file-reader/grid";

export type ExcelBatch<T> = (context: Excel.RequestContext) => Promise<T>;
export type ExcelRunner = <T>(batch: ExcelBatch<T>) => Promise<T>;

export interface OfficeWorkbookOptions {
  /** Defaults to `Excel.run`; tests pass a runner over a mocked context. */
  readonly run?: ExcelRunner;
  readonly chunkBudget?: number;
  /** Cells per read request; halved automatically when Excel reports a payload error. */
  readonly readChunkCells?: number;
}

/** Worksheet custom property that marks a sheet as made by Crosswalk, and of which kind. */
export const OWNER_PROPERTY = "CrosswalkKind";
/**
 * Rows below the header that set-up formats (number formats, dropdowns, conditional formats).
 * Excel refuses cell-level properties on unbounded ranges such as "C:C", so the extent is
 * bounded; writes beyond it carry their column formats themselves (see writeRecords).
 */
export const FORMAT_ROWS = 10_000;

const defaultRun: ExcelRunner = (batch) => Excel.run((context) => batch(context));

export class OfficeWorkbook implements WorkbookPort {
  private readonly run: ExcelRunner;
  private readonly chunkBudget: number;
  private readChunkCells: number;
  private highlighted = new Map<string, { ref: CellRef; previous: string | null }>();

  constructor(options: OfficeWorkbookOptions = {}) {
    this.run = options.run ?? defaultRun;
    this.chunkBudget = options.chunkBudget ?? DEFAULT_CHUNK_BUDGET_BYTES;
    this.readChunkCells = options.readChunkCells ?? 50_000;
  }

  inspect(options: InspectOptions = {}): Promise<WorkbookInfo> {
    return this.guard("inspect the workbook", (context) => inspectIn(context, options.read ?? []));
  }

  async readSheet(name: string, options: ReadSheetOptions = {}): Promise<PortSheetGrid> {
    const [grid] = await this.readSheets([name], options);
    if (!grid) throw new WorkbookError("read sheet", `Sheet "${name}" was not read.`);
    return grid;
  }

  /**
   * Several sheets in as few requests as their size allows: one to find the used ranges, then
   * requests of up to `readChunkCells` cells each, filled across sheets (the five structured
   * sheets of a typical workbook come back in one).
   */
  readSheets(wanted: readonly string[], options: ReadSheetOptions = {}): Promise<PortSheetGrid[]> {
    const maxRows = options.maxRows ?? 100_000;
    return this.guard(wanted.length === 1 ? `read sheet "${wanted[0]}"` : "read the sheets", async (context) => {
      let names = wanted;
      if (options.skipMissing) {
        const all = context.workbook.worksheets;
        all.load("items/name");
        await context.sync();
        const present = new Set(all.items.map((ws) => ws.name.toLowerCase()));
        names = wanted.filter((n) => present.has(n.toLowerCase()));
        if (names.length === 0) return [];
      }
      const sheets = names.map((name) => {
        const ws = context.workbook.worksheets.getItem(name);
        ws.load("name,visibility");
        const used = ws.getUsedRangeOrNullObject(true);
        used.load("isNullObject,rowIndex,columnIndex,rowCount,columnCount,rowHidden,columnHidden");
        return { ws, used };
      });
      await context.sync();
      const grids = sheets.map(({ ws, used }) => ({
        ws,
        used,
        empty: used.isNullObject,
        origin: used.isNullObject ? { row: 0, column: 0 } : { row: used.rowIndex, column: used.columnIndex },
        rows: used.isNullObject ? 0 : Math.min(used.rowCount, maxRows),
        cols: used.isNullObject ? 0 : used.columnCount,
        values: [] as GridValue[][],
        formulas: [] as (string | null)[][],
        merges: [] as GridRange[],
        hiddenRows: [] as number[],
        hiddenColumns: [] as number[],
      }));
      type Piece = { sheet: number; start: number; rows: number };
      const queue: Piece[] = grids.flatMap((g, sheet) => (g.rows > 0 ? [{ sheet, start: 0, rows: g.rows }] : []));
      while (queue.length > 0) {
        const batch: Piece[] = [];
        let cells = 0;
        while (queue.length > 0) {
          const next = queue[0] as Piece;
          const cols = Math.max(1, grids[next.sheet]?.cols ?? 1);
          const fit = Math.floor((this.readChunkCells - cells) / cols);
          if (fit <= 0 && batch.length > 0) break;
          const take = Math.max(1, Math.min(next.rows, fit));
          batch.push({ sheet: next.sheet, start: next.start, rows: take });
          cells += take * cols;
          if (take === next.rows) queue.shift();
          else queue[0] = { sheet: next.sheet, start: next.start + take, rows: next.rows - take };
          if (cells >= this.readChunkCells) break;
        }
        const loads = batch.map((piece) => {
          const g = grids[piece.sheet];
          if (!g) throw new Error("unreachable");
          const range = g.ws.getRangeByIndexes(g.used.rowIndex + piece.start, g.used.columnIndex, piece.rows, g.cols);
          range.load("values,formulas,numberFormat,valueTypes");
          const rowProbes: Excel.Range[] = [];
          if (g.used.rowHidden !== false) {
            for (let r = 0; r < piece.rows; r++) {
              const probe = range.getRow(r);
              probe.load("rowHidden");
              rowProbes.push(probe);
            }
          }
          const colProbes: Excel.Range[] = [];
          let merged: Excel.RangeAreas | undefined;
          if (piece.start === 0) {
            if (g.used.columnHidden !== false) {
              for (let c = 0; c < g.cols; c++) {
                const probe = g.used.getColumn(c);
                probe.load("columnHidden");
                colProbes.push(probe);
              }
            }
            merged = g.used.getMergedAreasOrNullObject();
            merged.load("isNullObject,address");
          }
          return { piece, g, range, rowProbes, colProbes, merged };
        });
        try {
          await context.sync();
        } catch (error) {
          const splittable = batch.length > 1 || batch.some((p) => p.rows > 1);
          if (isPayloadError(error) && splittable) {
            this.readChunkCells = Math.max(1, Math.floor(this.readChunkCells / 2));
            queue.unshift(...batch);
            continue;
          }
          throw error;
        }
        for (const { piece, g, range, rowProbes, colProbes, merged } of loads) {
          const v = range.values as unknown[][];
          const f = range.formulas as unknown[][];
          const nf = range.numberFormat as unknown[][];
          const vt = range.valueTypes as string[][];
          for (let r = 0; r < v.length; r++) {
            g.values.push((v[r] ?? []).map((x, c) => gridValue(x, nf[r]?.[c], vt[r]?.[c])));
            g.formulas.push((f[r] ?? []).map((x) => (typeof x === "string" && x.startsWith("=") ? x.slice(1) : null)));
          }
          rowProbes.forEach((p, r) => {
            if (p.rowHidden) g.hiddenRows.push(piece.start + r);
          });
          colProbes.forEach((p, c) => {
            if (p.columnHidden) g.hiddenColumns.push(c);
          });
          if (merged && !merged.isNullObject) {
            for (const m of parseAreas(g.ws.name, merged.address)) {
              g.merges.push({
                startRow: m.row - g.origin.row,
                startColumn: m.column - g.origin.column,
                endRow: m.row - g.origin.row + m.rows - 1,
                endColumn: m.column - g.origin.column + m.columns - 1,
              });
            }
          }
        }
      }
      return grids.map((g) => ({
        name: g.ws.name,
        origin: g.origin,
        values: g.values,
        formulas: g.formulas,
        merges: g.merges,
        hiddenRows: g.hiddenRows,
        hiddenColumns: g.hiddenColumns,
        hidden: g.ws.visibility !== "Visible",
        truncated: !g.empty && g.used.rowCount > maxRows,
      }));
    });
  }

  setUpWorkbook(plan: WorkbookPlan, options: SetUpOptions = {}): Promise<SetupReport> {
    return this.guard("set up the workbook", async (context) => {
      const progress = options.onProgress;
      progress?.({ done: 0, total: 3, label: "Reading the workbook" });
      const info = options.inspected ?? (await inspectIn(context, []));
      const needKeys = tablesNeedingKeys(info, plan);
      const keys = new Map<string, Set<string>>();
      // With an inspection made earlier, one request checks that the sheets and tables are still
      // the ones planned for (a sheet added in between would otherwise meet a "create").
      const check = options.inspected ? loadNames(context) : undefined;
      if (needKeys.length > 0 || check) {
        const ranges = needKeys.map(({ table: t, width }) => {
          const r = context.workbook.worksheets
            .getItem(t.sheet)
            .getRangeByIndexes(t.headerRow + 1, t.firstColumn, t.rowCount, width);
          r.load("values");
          return { t, r, width };
        });
        await context.sync();
        if (check && !sameNames(check, info)) {
          throw new WorkbookError("set up the workbook", "The workbook's sheets or tables changed while set-up was reading them; nothing was changed. Run set-up again.");
        }
        for (const { t, r, width } of ranges) {
          const rows = (r.values as unknown[][]).map((row) => row.map(normaliseValue));
          keys.set(t.name.toLowerCase(), new Set(rows.map((row) => (width === 1 ? keyOf(row[0] ?? null) : rowKeyOf(row)))));
        }
      }
      const result = planSetup(info, plan, keys, options.replace);
      progress?.({ done: 1, total: 3, label: "Preparing sheets" });
      for (const action of result.actions) applyAction(context, action, plan, result.listSources);
      progress?.({ done: 2, total: 3, label: "Writing to Excel" });
      await context.sync();
      progress?.({ done: 3, total: 3, label: "Done" });
      return { sheets: result.outcomes };
    });
  }

  writeRecords(request: WriteRecordsRequest, onProgress?: ProgressListener): Promise<WriteRecordsReport> {
    return this.guard(`write records into "${request.table}"`, async (context) => {
      const table = context.workbook.tables.getItem(request.table);
      table.load("name");
      const header = table.getHeaderRowRange();
      header.load("values,rowIndex,columnIndex,columnCount");
      const body = table.getDataBodyRange();
      // A merge reads the body along (for the ids) in the same round trip.
      body.load(request.mode === "merge" ? "rowCount,values" : "rowCount");
      const lastRow = body.getLastRow();
      lastRow.load("values");
      // Column formats as set-up left them on the first data row, carried onto every written row
      // (so ids stay text and dates show as dates beyond the formatted extent too).
      const firstRow = body.getRow(0);
      firstRow.load("numberFormat");
      const ws = table.worksheet;
      ws.load("name");
      ws.protection.load("protected");
      try {
        await context.sync();
      } catch (error) {
        if (errorCode(error) === "ItemNotFound") {
          throw new WorkbookError("write records", `Table "${request.table}" was not found. Run "Set up workbook" first.`, { cause: error });
        }
        throw error;
      }
      if (ws.protection.protected) throw new WorkbookError("write records", `Sheet "${ws.name}" is protected.`);
      const headers = ((header.values as unknown[][])[0] ?? []).map((h) => String(h ?? ""));
      const index = columnIndexOf(headers, request.columns);
      const width = headers.length;
      const blankOnlyRow = body.rowCount === 1 && ((lastRow.values as unknown[][])[0] ?? []).every((v) => v === "" || v === null);
      const existing = blankOnlyRow ? 0 : body.rowCount;
      let rowsReplaced = 0;
      let backupSheet: string | undefined;
      if (request.mode === "replace" && existing > 0) {
        if (!request.backupSheet) throw new WorkbookError("write records", "Replacing rows needs a backup sheet name.");
        const backup = context.workbook.worksheets.add(request.backupSheet);
        backup.getRange("A1").copyFrom(table.getRange(), "Values");
        body.clear("Contents");
        backupSheet = request.backupSheet;
        rowsReplaced = existing;
      }
      let rows = request.rows;
      let rowsUpdated: number | undefined;
      if (request.mode === "merge") {
        const idIndex = mergeIdIndex(request);
        const idTarget = index[idIndex] ?? 0;
        const bodyValues = body.values as CellValue[][];
        const ids = bodyValues.slice(0, existing).map((r) => r[idTarget] ?? null);
        const split = splitForMerge(ids, request.rows, idIndex);
        const update = rowUpdater(request);
        const runs = contiguousRuns(index);
        // Each updated row is written one run of adjacent written columns at a time, so a column
        // not written is never part of a range written; batched into syncs by the chunk budget.
        const updateChunks = chunkRows(split.updates.map((u) => u.row), this.chunkBudget);
        for (const chunk of updateChunks) {
          for (const { tableRow, row } of split.updates.slice(chunk.start, chunk.end)) {
            const written = update(row, (i) => bodyValues[tableRow]?.[index[i] ?? -1]);
            for (const run of runs) {
              const values = run.positions.map((i) => written[i] ?? null);
              ws.getRangeByIndexes(header.rowIndex + 1 + tableRow, header.columnIndex + run.first, 1, values.length).values = [values];
            }
          }
          await context.sync();
          onProgress?.({ done: chunk.end, total: split.updates.length, label: `Updating rows ${chunk.start + 1}–${chunk.end}` });
        }
        rows = split.appends;
        rowsUpdated = split.updates.length;
      }
      const base = request.mode === "replace" ? 0 : existing;
      const firstWritten = header.rowIndex + 1 + base;
      const full = rows.map((row) => {
        const out: CellValue[] = new Array<CellValue>(width).fill(null);
        index.forEach((target, i) => (out[target] = row[i] ?? null));
        return out;
      });
      const formats = ((firstRow.numberFormat as unknown[][])[0] ?? []).map((f) => (typeof f === "string" ? f : null));
      const chunks = chunkRows(full, this.chunkBudget);
      const newCount = base + full.length;
      const resize = () =>
        table.resize(ws.getRangeByIndexes(header.rowIndex, header.columnIndex, 1 + Math.max(1, newCount), width));
      if (chunks.length === 0 && request.mode !== "merge") {
        resize();
        await context.sync();
      }
      for (let i = 0; i < chunks.length; i++) {
        const chunk = chunks[i];
        if (!chunk) continue;
        const rowsHere = chunk.end - chunk.start;
        formats.forEach((format, c) => {
          if (format) setSingle(ws.getRangeByIndexes(firstWritten + chunk.start, header.columnIndex + c, rowsHere, 1), "numberFormat", format);
        });
        const target = ws.getRangeByIndexes(firstWritten + chunk.start, header.columnIndex, rowsHere, width);
        // null leaves a cell as it is (Office.js semantics), so calculated columns keep their formulas.
        target.values = full.slice(chunk.start, chunk.end) as CellValue[][];
        if (i === chunks.length - 1) {
          resize();
          applyProducts(table, (request.calculated ?? []).map((c) => ({ header: c.column, product: c.product })), headers);
        }
        await context.sync();
        onProgress?.({ done: i + 1, total: chunks.length, label: `Writing rows ${chunk.start + 1}–${chunk.end}` });
      }
      return {
        table: table.name,
        sheet: ws.name,
        firstRow: firstWritten,
        rowsWritten: full.length + (rowsUpdated ?? 0),
        rowsReplaced,
        ...(rowsUpdated !== undefined ? { rowsUpdated } : {}),
        ...(backupSheet !== undefined ? { backupSheet } : {}),
      };
    });
  }

  writeSheet(request: SheetWriteRequest, onProgress?: ProgressListener): Promise<SheetWriteReport> {
    return this.guard(`write the sheet "${request.name}"`, async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name");
      await context.sync();
      const names = worksheets.items.map((ws) => ws.name);
      const probe = probeSheet(context, names, request);
      if (probe) await context.sync();
      checkOwnership(probe, request);
      const writes: PendingWrite[] = [];
      const report = queueSheet(context, request, probe, names, writes);
      await this.flush(context, writes, onProgress);
      return report;
    });
  }

  replaceContent(request: ReplaceContentRequest, onProgress?: ProgressListener): Promise<ReplaceContentReport> {
    return this.guard("pull into the workbook", async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name");
      const tableItems = context.workbook.tables;
      tableItems.load("items/name");
      await context.sync();
      const names = worksheets.items.map((ws) => ws.name);
      const probes = request.tables.map((r) => {
        const found = tableItems.items.find((t) => t.name.toLowerCase() === r.table.toLowerCase());
        if (!found) throw new WorkbookError("replace content", `Table "${r.table}" was not found. Run "Set up workbook" first.`);
        const table = tableItems.getItem(found.name);
        const header = table.getHeaderRowRange();
        header.load("values,rowIndex,columnIndex,columnCount");
        const body = table.getDataBodyRange();
        body.load("rowCount");
        const lastRow = body.getLastRow();
        lastRow.load("values");
        const firstRow = body.getRow(0);
        firstRow.load("numberFormat");
        const ws = table.worksheet;
        ws.load("name");
        ws.protection.load("protected");
        return { request: r, name: found.name, table, header, body, lastRow, firstRow, ws };
      });
      const sheetProbes = (request.sheets ?? []).map((w) => ({ write: w, probe: probeSheet(context, names, w) }));
      await context.sync();
      for (const p of probes) if (p.ws.protection.protected) throw new WorkbookError("replace content", `Sheet "${p.ws.name}" is protected.`);
      for (const { write, probe } of sheetProbes) checkOwnership(probe, write);

      // The backup: every table that has rows and every sheet with content, one under the other.
      const tables = probes.map((p) => {
        const headers = ((p.header.values as unknown[][])[0] ?? []).map((h) => String(h ?? ""));
        const blankOnly = p.body.rowCount === 1 && ((p.lastRow.values as unknown[][])[0] ?? []).every((v) => v === "" || v === null);
        return { ...p, headers, existing: blankOnly ? 0 : p.body.rowCount };
      });
      const toCopy = [
        ...tables.filter((t) => t.existing > 0).map((t) => ({ title: `${t.ws.name} (table ${t.name})`, range: t.table.getRange(), rows: t.existing + 1 })),
        ...sheetProbes.flatMap(({ probe }) =>
          probe && !probe.used.isNullObject ? [{ title: `${probe.name} (sheet)`, range: probe.used, rows: probe.used.rowCount }] : [],
        ),
      ];
      let backupSheet: string | undefined;
      if (toCopy.length > 0) {
        const backupName = freeName(names, request.backupSheet);
        const backup = worksheets.add(backupName);
        names.push(backupName);
        backup.getRangeByIndexes(0, 0, 1, 1).values = [["'Backup made by Crosswalk before a pull: the rows and sheets it replaced, as they were."]];
        let row = 2;
        for (const item of toCopy) {
          backup.getRangeByIndexes(row, 0, 1, 1).values = [[`'${item.title}`]];
          backup.getRangeByIndexes(row + 1, 0, 1, 1).copyFrom(item.range, "Values");
          row += item.rows + 2;
        }
        backupSheet = backupName;
      }

      const writes: PendingWrite[] = [];
      const report: ReplaceContentReport["tables"][number][] = [];
      for (const t of tables) {
        const columnsAdded = t.request.columns.filter((c) => !t.headers.some((h) => h.toLowerCase() === c.toLowerCase()));
        for (const header of columnsAdded) t.table.columns.add(undefined, undefined, header);
        const headers = [...t.headers, ...columnsAdded];
        const index = columnIndexOf(headers, t.request.columns);
        const formats = ((t.firstRow.numberFormat as unknown[][])[0] ?? []).map((f) => (typeof f === "string" ? f : null));
        const full = t.request.rows.map((row) => {
          const out: CellValue[] = new Array<CellValue>(headers.length).fill(null);
          index.forEach((target, i) => (out[target] = excelInput(row[i] ?? null, formats[target] ?? null)));
          return out;
        });
        t.body.clear("Contents");
        t.table.resize(t.ws.getRangeByIndexes(t.header.rowIndex, t.header.columnIndex, 1 + Math.max(1, full.length), headers.length));
        formats.forEach((format, c) => {
          if (format && full.length > 0) setSingle(t.ws.getRangeByIndexes(t.header.rowIndex + 1, t.header.columnIndex + c, full.length, 1), "numberFormat", format);
        });
        writes.push({ sheet: t.ws, row: t.header.rowIndex + 1, column: t.header.columnIndex, rows: full, after: () => applyProducts(t.table, (t.request.calculated ?? []).map((c) => ({ header: c.column, product: c.product })), headers) });
        report.push({ table: t.name, sheet: t.ws.name, rowsWritten: full.length, rowsReplaced: t.existing, columnsAdded });
      }
      const sheets = sheetProbes.map(({ write, probe }) => queueSheet(context, write, probe, names, writes));
      await this.flush(context, writes, onProgress);
      return { tables: report, sheets, ...(backupSheet !== undefined ? { backupSheet } : {}) };
    });
  }

  /**
   * Writes queued rows in requests of at most the chunk budget: the first request also carries
   * everything queued before (backup copies, clears, new sheets), each later one a slice of rows.
   */
  private async flush(context: Excel.RequestContext, writes: readonly PendingWrite[], onProgress?: ProgressListener): Promise<void> {
    const slices = writes.flatMap((w) =>
      w.rows.length === 0 ? [{ write: w, start: 0, end: 0, bytes: 0 }] : chunkRows(w.rows, this.chunkBudget).map((c) => ({ write: w, ...c })),
    );
    const requests: (typeof slices)[] = [];
    let current: typeof slices = [];
    let bytes = 0;
    for (const slice of slices) {
      if (current.length > 0 && bytes + slice.bytes > this.chunkBudget) {
        requests.push(current);
        current = [];
        bytes = 0;
      }
      current.push(slice);
      bytes += slice.bytes;
    }
    requests.push(current);
    for (let i = 0; i < requests.length; i++) {
      for (const slice of requests[i] ?? []) {
        const { write, start, end } = slice;
        if (end > start) {
          const width = Math.max(1, ...write.rows.slice(start, end).map((r) => r.length));
          const values = write.rows.slice(start, end).map((r) => Array.from({ length: width }, (_, c) => r[c] ?? (write.blankAs ?? null)));
          write.sheet.getRangeByIndexes(write.row + start, write.column, end - start, width).values = values as CellValue[][];
        }
        if (end === write.rows.length) write.after?.();
      }
      await context.sync();
      onProgress?.({ done: i + 1, total: requests.length, label: requests.length > 1 ? `Writing part ${i + 1} of ${requests.length}` : "Written" });
    }
  }

  updateCells(updates: readonly CellUpdate[]): Promise<void> {
    return this.guard("update cells", async (context) => {
      for (const u of updates) {
        context.workbook.worksheets.getItem(u.sheet).getRangeByIndexes(u.row, u.column, 1, 1).values = [[u.value ?? ""]];
      }
      await context.sync();
    });
  }

  selectCell(ref: CellRef): Promise<void> {
    return this.guard("select the cell", async (context) => {
      const ws = context.workbook.worksheets.getItem(ref.sheet);
      ws.activate();
      ws.getRangeByIndexes(ref.row, ref.column, 1, 1).select();
      await context.sync();
    });
  }

  readSelection(): Promise<SelectionInfo | undefined> {
    return this.guard("read the selected cell", async (context) => {
      const cell = context.workbook.getActiveCell();
      cell.load("values,rowIndex,columnIndex");
      cell.worksheet.load("name");
      const tables = cell.getTables(false);
      tables.load("items/name");
      await context.sync();
      const base = {
        sheet: cell.worksheet.name,
        row: cell.rowIndex,
        column: cell.columnIndex,
        value: normaliseValue((cell.values as unknown[][])[0]?.[0]),
      };
      const table = tables.items[0];
      if (!table) return base;
      const header = table.getHeaderRowRange();
      header.load("values,rowIndex,columnIndex,columnCount");
      const row = table.getRange().getIntersectionOrNullObject(cell.getEntireRow());
      row.load("isNullObject,values");
      await context.sync();
      if (row.isNullObject || cell.rowIndex <= header.rowIndex) return base;
      const headers = ((header.values as unknown[][])[0] ?? []).map((h) => String(h ?? ""));
      return {
        ...base,
        table: {
          name: table.name,
          header: headers[cell.columnIndex - header.columnIndex] ?? "",
          headers,
          rowValues: ((row.values as unknown[][])[0] ?? []).map(normaliseValue),
        },
      };
    });
  }

  setHighlights(marks: readonly HighlightMark[]): Promise<void> {
    return this.guard("highlight cells", async (context) => {
      const wanted = new Map(marks.map((m) => [refId(m.ref), m]));
      const fresh = marks.filter((m) => !this.highlighted.has(refId(m.ref)));
      const fills = fresh.map(({ ref }) => {
        const fill = cellRange(context, ref).format.fill;
        fill.load("color");
        return { ref, fill };
      });
      if (fills.length > 0) await context.sync();
      for (const { ref, fill } of fills) this.highlighted.set(refId(ref), { ref, previous: fill.color ?? null });
      for (const [id, { ref, previous }] of this.highlighted) {
        if (wanted.has(id)) continue;
        restoreFill(cellRange(context, ref).format.fill, previous);
        this.highlighted.delete(id);
      }
      for (const { ref, color } of marks) cellRange(context, ref).format.fill.color = color;
      await context.sync();
    });
  }

  clearHighlights(): Promise<void> {
    return this.setHighlights([]);
  }

  onSelectionChanged(listener: () => void): Promise<Unsubscribe> {
    return this.guard("watch the selection", async (context) => {
      const handler = context.workbook.onSelectionChanged.add(async () => listener());
      await context.sync();
      return () => {
        handler.remove();
        handler.context.sync().catch(() => undefined);
      };
    });
  }

  private async guard<T>(operation: string, batch: ExcelBatch<T>): Promise<T> {
    try {
      return await this.run(batch);
    } catch (error) {
      if (error instanceof WorkbookError) throw error;
      throw new WorkbookError(operation, `Could not ${operation}: ${describeError(error)}`, { cause: error });
    }
  }
}

/** Rows waiting to be written at a place on a sheet, and what to queue once they all are. */
interface PendingWrite {
  readonly sheet: Excel.Worksheet;
  readonly row: number;
  readonly column: number;
  readonly rows: readonly (readonly CellValue[])[];
  /** What short rows are padded with (null leaves a cell as it is; "" empties it). */
  readonly blankAs?: CellValue;
  readonly after?: () => void;
}

interface SheetProbe {
  readonly name: string;
  readonly sheet: Excel.Worksheet;
  readonly props: Excel.WorksheetCustomPropertyCollection;
  readonly used: Excel.Range;
}

/** Loads what ownership and clearing need of an existing sheet (nothing when there is none). */
function probeSheet(context: Excel.RequestContext, names: readonly string[], request: SheetWriteRequest): SheetProbe | undefined {
  const name = names.find((n) => n.toLowerCase() === request.name.toLowerCase());
  if (name === undefined) return undefined;
  const sheet = context.workbook.worksheets.getItem(name);
  const props = sheet.customProperties;
  props.load("items/key,items/value");
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("isNullObject,rowCount,columnCount");
  return { name, sheet, props, used };
}

function checkOwnership(probe: SheetProbe | undefined, request: SheetWriteRequest): void {
  if (!probe || request.replaceForeign) return;
  const kind = probe.props.items.find((p) => p.key === OWNER_PROPERTY)?.value;
  if (kind !== request.kind) throw new ForeignSheetError(probe.name);
}

/** Queues a whole-sheet write: clear or create (moving a foreign sheet aside), rows, formats. */
function queueSheet(
  context: Excel.RequestContext,
  request: SheetWriteRequest,
  probe: SheetProbe | undefined,
  names: string[],
  writes: PendingWrite[],
): SheetWriteReport {
  const owned = probe !== undefined && probe.props.items.find((p) => p.key === OWNER_PROPERTY)?.value === request.kind;
  let ws: Excel.Worksheet;
  let movedAside: string | undefined;
  if (probe && owned) {
    ws = probe.sheet;
    if (!probe.used.isNullObject) probe.used.clear();
  } else {
    if (probe) {
      movedAside = freeName(names, `${probe.name} (old)`);
      probe.sheet.name = movedAside;
      names.push(movedAside);
    }
    ws = context.workbook.worksheets.add(request.name);
    ws.customProperties.add(OWNER_PROPERTY, request.kind);
    names.push(request.name);
  }
  const target = ws;
  writes.push({
    sheet: target,
    row: 0,
    column: 0,
    rows: request.rows.map((row) => row.map((v) => excelInput(v, null))),
    blankAs: "",
    after: () => {
      for (const f of request.formats ?? []) applyRangeFormat(target, f);
      for (const link of request.links ?? []) applyLink(target, request, link);
      (request.columnWidths ?? []).forEach((width, c) => {
        const letter = columnLetter(c);
        target.getRange(`${letter}:${letter}`).format.columnWidth = width;
      });
      if (request.activate) target.activate();
    },
  });
  return { sheet: request.name, created: !owned, ...(movedAside !== undefined ? { movedAside } : {}) };
}

function applyRangeFormat(ws: Excel.Worksheet, f: RangeFormat): void {
  if (f.rows <= 0 || f.columns <= 0) return;
  const range = ws.getRangeByIndexes(f.row, f.column, f.rows, f.columns);
  if (f.numberFormat !== undefined) setSingle(range, "numberFormat", f.numberFormat);
  if (f.bold) range.format.font.bold = true;
  if (f.fill !== undefined) range.format.fill.color = f.fill;
}

/** An in-document hyperlink (ExcelApi 1.7), queued with the sheet's formats: no round trip of its own. */
function applyLink(ws: Excel.Worksheet, request: SheetWriteRequest, link: SheetLink): void {
  const text = request.rows[link.row]?.[link.column];
  ws.getRangeByIndexes(link.row, link.column, 1, 1).hyperlink = {
    documentReference: `'${request.name.replace(/'/g, "''")}'!${columnLetter(link.to.column)}${link.to.row + 1}`,
    ...(text !== null && text !== undefined ? { textToDisplay: String(text) } : {}),
  };
}

function freeName(names: readonly string[], base: string): string {
  const taken = (n: string) => names.some((x) => x.toLowerCase() === n.toLowerCase());
  let name = base;
  for (let i = 2; taken(name); i++) name = base.endsWith(")") ? `${base.slice(0, -1)} ${i})` : `${base} (${i})`;
  return name;
}

/**
 * A value as Excel must be given it to store exactly that value. In a Text-formatted ("@")
 * column Excel keeps what it is given; elsewhere it would read "=…" as a formula and "12" or
 * "2026-06-30" as numbers, so text gets Excel's quote prefix, which marks the cell as text and is
 * not part of its value. (Text pulled from the API is other people's: it must never run.)
 */
export function excelInput(value: CellValue, numberFormat: string | null): CellValue {
  if (typeof value !== "string" || value === "" || numberFormat === "@") return value;
  return `'${value}`;
}

/** Sheet and table names, loaded for the next sync. */
function loadNames(context: Excel.RequestContext): { sheets: Excel.WorksheetCollection; tables: Excel.TableCollection } {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const tables = context.workbook.tables;
  tables.load("items/name");
  return { sheets, tables };
}

function sameNames(loaded: { sheets: Excel.WorksheetCollection; tables: Excel.TableCollection }, info: WorkbookInfo): boolean {
  const key = (names: readonly string[]) => names.map((n) => n.toLowerCase()).sort().join("\u0001");
  return (
    key(loaded.sheets.items.map((s) => s.name)) === key(info.sheets.map((s) => s.name)) &&
    key(loaded.tables.items.map((t) => t.name)) === key(info.sheets.flatMap((s) => s.tables.map((t) => t.name)))
  );
}

async function inspectIn(context: Excel.RequestContext, read: readonly string[]): Promise<WorkbookInfo> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/visibility");
  const tables = context.workbook.tables;
  tables.load("items/name");
  await context.sync();
  const props = worksheets.items.map((ws) => {
    const p = ws.customProperties;
    p.load("items/key,items/value");
    return p;
  });
  // Small sheets read along: a fixed block from A1 (its size is known before the used range is),
  // and the used range's extent to tell whether the block holds all of it.
  const alongs = read.flatMap((name) => {
    const ws = worksheets.items.find((w) => w.name.toLowerCase() === name.toLowerCase());
    if (!ws) return [];
    const used = ws.getUsedRangeOrNullObject(true);
    used.load("isNullObject,rowIndex,columnIndex,rowCount,columnCount");
    const block = ws.getRangeByIndexes(0, 0, READ_ALONG.rows, READ_ALONG.columns);
    block.load("values,formulas,numberFormat,valueTypes");
    return [{ ws, used, block }];
  });
  const tableProbes = tables.items.map((t) => {
    const header = t.getHeaderRowRange();
    header.load("values,rowIndex,columnIndex");
    const body = t.getDataBodyRange();
    body.load("rowCount");
    const last = body.getLastRow();
    last.load("values");
    t.worksheet.load("name");
    return { t, header, body, last };
  });
  await context.sync();
  const bySheet = new Map<string, TableInfo[]>();
  for (const { t, header, body, last } of tableProbes) {
    const blankOnly = body.rowCount === 1 && ((last.values as unknown[][])[0] ?? []).every((v) => v === "" || v === null);
    const info: TableInfo = {
      name: t.name,
      sheet: t.worksheet.name,
      headerRow: header.rowIndex,
      firstColumn: header.columnIndex,
      headers: ((header.values as unknown[][])[0] ?? []).map((h) => String(h ?? "")),
      rowCount: blankOnly ? 0 : body.rowCount,
    };
    const list = bySheet.get(info.sheet.toLowerCase()) ?? [];
    list.push(info);
    bySheet.set(info.sheet.toLowerCase(), list);
  }
  const sheets: SheetInfo[] = worksheets.items.map((ws, i) => {
    const kind = props[i]?.items.find((p) => p.key === OWNER_PROPERTY)?.value;
    return {
      name: ws.name,
      visible: ws.visibility === "Visible",
      tables: bySheet.get(ws.name.toLowerCase()) ?? [],
      ...(kind ? { crosswalkKind: kind } : {}),
    };
  });
  if (read.length === 0) return { sheets };
  return { sheets, grids: alongs.map(({ ws, used, block }) => blockGrid(ws.name, ws.visibility !== "Visible", used, block)) };
}

/** A block read from A1 as a grid, without its blank trailing rows and columns. */
function blockGrid(name: string, hidden: boolean, used: Excel.Range, block: Excel.Range): PortSheetGrid {
  const v = block.values as unknown[][];
  const f = block.formulas as unknown[][];
  const nf = block.numberFormat as unknown[][];
  const vt = block.valueTypes as string[][];
  const values = v.map((row, r) => row.map((x, c) => gridValue(x, nf[r]?.[c], vt[r]?.[c])));
  const formulas = f.map((row) => row.map((x) => (typeof x === "string" && x.startsWith("=") ? x.slice(1) : null)));
  let rows = 0;
  let columns = 0;
  values.forEach((row, r) =>
    row.forEach((x, c) => {
      if (x !== null || formulas[r]?.[c]) {
        rows = Math.max(rows, r + 1);
        columns = Math.max(columns, c + 1);
      }
    }),
  );
  const truncated = !used.isNullObject && (used.rowIndex + used.rowCount > READ_ALONG.rows || used.columnIndex + used.columnCount > READ_ALONG.columns);
  return {
    name,
    origin: { row: 0, column: 0 },
    values: values.slice(0, rows).map((row) => row.slice(0, columns)),
    formulas: formulas.slice(0, rows).map((row) => row.slice(0, columns)),
    hidden,
    truncated,
  };
}

function applyAction(
  context: Excel.RequestContext,
  action: SetupAction,
  plan: WorkbookPlan,
  listSources: ReadonlyMap<string, string>,
): void {
  const sheets = context.workbook.worksheets;
  switch (action.type) {
    case "move-aside": {
      sheets.getItem(action.sheet).name = action.to;
      return;
    }
    case "new-sheet": {
      writeNewSheet(sheets.add(action.sheet.name), action.sheet);
      return;
    }
    case "lists": {
      const ws = action.exists ? sheets.getItem(plan.listsSheet) : sheets.add(plan.listsSheet);
      if (!action.exists) ws.customProperties.add(OWNER_PROPERTY, LISTS_KIND);
      const height = 1 + Math.max(0, ...plan.lists.map((l) => l.values.length));
      const width = Math.max(1, plan.lists.length);
      // The lists sheet is Crosswalk's own; a bounded block covers anything an earlier set-up wrote.
      ws.getRangeByIndexes(0, 0, FORMAT_ROWS, plan.lists.length + 20).clear("Contents");
      const grid: string[][] = [];
      for (let r = 0; r < height; r++) {
        grid.push(plan.lists.map((l) => (r === 0 ? l.name : (l.values[r - 1] ?? ""))));
      }
      if (plan.lists.length > 0) {
        const range = ws.getRangeByIndexes(0, 0, height, width);
        setSingle(range, "numberFormat", "@");
        range.values = grid;
      }
      ws.visibility = "Hidden";
      return;
    }
    case "create": {
      const p = action.sheet;
      const ws = sheets.add(p.name);
      ws.customProperties.add(OWNER_PROPERTY, p.kind);
      const headers = p.columns.map((c) => c.header);
      formatColumns(ws, p, headers, listSources, { headerRow: 0, firstColumn: 0, rows: FORMAT_ROWS });
      const rows = p.rows ?? [];
      const grid = [headers, ...rows.map((r) => headers.map((_, c) => r[c] ?? ""))];
      const range = ws.getRangeByIndexes(0, 0, Math.max(2, grid.length), headers.length);
      if (grid.length === 1) grid.push(headers.map(() => ""));
      range.values = grid;
      const table = ws.tables.add(range, true);
      table.name = p.table;
      table.style = "TableStyleMedium2";
      applyProducts(table, p.columns, headers);
      ws.freezePanes.freezeRows(1);
      if (p.readOnly) ws.protection.protect();
      return;
    }
    case "complete": {
      const p = action.sheet;
      const ws = sheets.getItem(p.name);
      ws.protection.unprotect();
      const table = ws.tables.getItem(action.table.name);
      for (const header of action.addColumns) table.columns.add(undefined, undefined, header);
      if (action.addRows.length > 0) {
        table.rows.add(undefined, action.addRows.map((r) => r.map((v) => (v === null ? "" : v))));
      }
      formatColumns(ws, p, action.headersAfter, listSources, {
        headerRow: action.table.headerRow,
        firstColumn: action.table.firstColumn,
        rows: Math.max(FORMAT_ROWS, action.table.rowCount + action.addRows.length + 1_000),
      });
      applyProducts(table, p.columns, action.headersAfter);
      ws.freezePanes.freezeRows(action.table.headerRow + 1);
      if (p.readOnly) ws.protection.protect();
      return;
    }
  }
}

/** A small sheet of plain values (the settings sheet): marker, values as text where strings, formats. */
function writeNewSheet(ws: Excel.Worksheet, sheet: NewSheet): void {
  ws.customProperties.add(OWNER_PROPERTY, sheet.kind);
  const width = Math.max(1, ...sheet.rows.map((r) => r.length));
  if (sheet.rows.length > 0) {
    ws.getRangeByIndexes(0, 0, sheet.rows.length, width).values = sheet.rows.map((r) => Array.from({ length: width }, (_, c) => excelInput(r[c] ?? "", null)));
  }
  for (const f of sheet.formats ?? []) applyRangeFormat(ws, f);
  (sheet.columnWidths ?? []).forEach((w, c) => {
    const letter = columnLetter(c);
    ws.getRange(`${letter}:${letter}`).format.columnWidth = w;
  });
}

/**
 * Number formats, widths, dropdowns and conditional formats on whole columns below the header,
 * so rows added later (by typing or by import) get them too. Clears first: re-running set-up must
 * not stack duplicate rules.
 */
function formatColumns(
  ws: Excel.Worksheet,
  p: PlannedSheet,
  headers: readonly string[],
  listSources: ReadonlyMap<string, string>,
  extent: { readonly headerRow: number; readonly firstColumn: number; readonly rows: number },
): void {
  const body = (i: number) => ws.getRangeByIndexes(extent.headerRow + 1, extent.firstColumn + i, extent.rows, 1);
  for (const col of p.columns) {
    const i = headers.findIndex((h) => h.toLowerCase() === col.header.toLowerCase());
    if (i < 0) continue;
    const data = body(i);
    setSingle(data, "numberFormat", col.numberFormat ?? defaultNumberFormat(col.kind));
    if (col.width) {
      const letter = columnLetter(extent.firstColumn + i);
      ws.getRange(`${letter}:${letter}`).format.columnWidth = col.width;
    }
    data.dataValidation.clear();
    const source = col.list ? listSources.get(col.list) : undefined;
    if (source) {
      data.dataValidation.rule = { list: { inCellDropDown: true, source } };
      data.dataValidation.errorAlert = { showAlert: false, style: "Warning", title: "Crosswalk", message: "Not in the list." };
    }
    data.conditionalFormats.clearAll();
  }
  for (const cf of p.conditionalFormats ?? []) {
    const i = headers.findIndex((h) => h.toLowerCase() === cf.column.toLowerCase());
    if (i < 0) continue;
    const data = body(i);
    for (const rule of cf.rules) {
      const format = data.conditionalFormats.add("CellValue");
      format.cellValue.format.fill.color = rule.fill;
      if (rule.font) format.cellValue.format.font.color = rule.font;
      format.cellValue.rule =
        rule.type === "text"
          ? { formula1: `="${rule.text.replaceAll('"', '""')}"`, operator: "EqualTo" }
          : { formula1: String(rule.min), formula2: String(rule.max), operator: "Between" };
    }
  }
}

/** Calculated columns: one formula for the whole data body, which Excel keeps for new rows. */
function applyProducts(
  table: Excel.Table,
  columns: readonly { readonly header: string; readonly product?: readonly [string, string] }[],
  headers: readonly string[],
): void {
  for (const c of columns) {
    if (!c.product) continue;
    const present = (h: string) => headers.some((x) => x.toLowerCase() === h.toLowerCase());
    if (!present(c.header) || !present(c.product[0]) || !present(c.product[1])) continue;
    setSingle(table.columns.getItem(c.header).getDataBodyRange(), "formulas", productFormula(c.product[0], c.product[1]));
  }
}

/** Office.js accepts a single value for a multi-cell range property and applies it to every cell. */
function setSingle(range: Excel.Range, property: "numberFormat" | "formulas", value: string): void {
  (range as unknown as Record<string, unknown>)[property] = value;
}

function restoreFill(fill: Excel.RangeFill, previous: string | null): void {
  // Excel reports "#FFFFFF" for "no fill"; clearing restores the sheet's look either way.
  if (previous === null || previous.toUpperCase() === "#FFFFFF") fill.clear();
  else fill.color = previous;
}

function cellRange(context: Excel.RequestContext, ref: CellRef): Excel.Range {
  return context.workbook.worksheets.getItem(ref.sheet).getRangeByIndexes(ref.row, ref.column, 1, 1);
}

function refId(ref: CellRef): string {
  return `${ref.sheet.toLowerCase()}!${ref.row},${ref.column}`;
}

/** A cell as the importer wants it: dates by number format, Excel errors by value type. */
function gridValue(value: unknown, numberFormat: unknown, valueType: string | undefined): GridValue {
  if (valueType === "Error") return { kind: "error", code: String(value) };
  if (typeof value === "number" && typeof numberFormat === "string" && isDateNumberFormat(numberFormat)) return { kind: "date", serial: value };
  return normaliseValue(value);
}

function normaliseValue(value: unknown): CellValue {
  if (value === "" || value === undefined || value === null) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
}

function columnIndexOf(headers: readonly string[], columns: readonly string[]): number[] {
  return columns.map((c) => {
    const i = headers.findIndex((h) => h.toLowerCase() === c.toLowerCase());
    if (i < 0) throw new WorkbookError("write records", `Column "${c}" is not in the table (${headers.join(", ")}).`);
    return i;
  });
}

/** "Sheet1!A1:B2, Sheet1!C3:D4" → rectangles. */
export function parseAreas(sheet: string, address: string): CellRange[] {
  const out: CellRange[] = [];
  for (const part of address.split(",")) {
    const r = parseA1Range(part.trim());
    if (r) out.push({ sheet, ...r });
  }
  return out;
}

function errorCode(error: unknown): string | undefined {
  const code = error && typeof error === "object" ? (error as { code?: unknown }).code : undefined;
  return typeof code === "string" ? code : undefined;
}

function isPayloadError(error: unknown): boolean {
  const text = describeError(error).toLowerCase();
  return text.includes("payload") || text.includes("requestpayloadsizelimitexceeded") || text.includes("response payload");
}

function describeError(error: unknown): string {
  if (error && typeof error === "object") {
    const e = error as { message?: unknown; code?: unknown; debugInfo?: { errorLocation?: unknown } };
    const message = typeof e.message === "string" ? e.message : String(error);
    const where = typeof e.debugInfo?.errorLocation === "string" ? ` (at ${e.debugInfo.errorLocation})` : "";
    const code = typeof e.code === "string" ? `${e.code}: ` : "";
    return `${code}${message}${where}`;
  }
  return String(error);
}

/**
 * The written columns grouped into runs of adjacent table columns: `first` is the run's first
 * table column, `positions` the request's column positions in table order.
 */
function contiguousRuns(index: readonly number[]): { first: number; positions: number[] }[] {
  const order = index.map((target, position) => ({ target, position })).sort((a, b) => a.target - b.target);
  const runs: { first: number; positions: number[]; last: number }[] = [];
  for (const { target, position } of order) {
    const run = runs.at(-1);
    if (run && target === run.last + 1) {
      run.positions.push(position);
      run.last = target;
    } else runs.push({ first: target, positions: [position], last: target });
  }
  return runs;
}
