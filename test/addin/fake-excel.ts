/**
 * A fake Excel object model for testing OfficeWorkbook, built from office-addin-mock's
 * OfficeMockObject so that reading a property that was not loaded (or loaded but not synced)
 * yields the mock's error strings instead of data. Only the members OfficeWorkbook uses exist,
 * and all of them exist in @types/office-js (OfficeWorkbook is type-checked against it).
 *
 * Semantics kept from Excel: loads resolve at `context.sync()`; a missing item fails the next
 * sync; a write larger than Excel on the web's 5 MB request limit fails its sync; writes left
 * unsynced at the end of a batch are reported.
 */
import { OfficeMockObject } from "office-addin-mock";
import { columnLetter } from "../../shared/file-reader/cell-address";

export const NOT_LOADED = "Error, property was not loaded";
export const NOT_SYNCED = "Error, context.sync() was not called";
export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;
const LAST_ROW = 1_048_576;
const LAST_COL = 16_384;

type Value = string | number | boolean;

export interface FakeSheet {
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  props: Map<string, string>;
  cells: Map<string, { value: Value; formula?: string; error?: boolean }>;
  /** Number format per column, as set-up applies them to whole columns. */
  columnFormats: Map<number, string>;
  fills: Map<string, string>;
  protected: boolean;
  frozenRows: number;
  numberFormats: { address: string; format: unknown; row: number; col: number; rows: number }[];
  validations: { row: number; col: number; rows: number; cols: number; rule: unknown }[];
  conditionalFormats: { row: number; col: number; rows: number; cols: number; rule: unknown; fill?: string }[];
  merges: string[];
  hiddenRows: Set<number>;
  hiddenCols: Set<number>;
  columnWidths: Map<number, number>;
  bold: Set<string>;
  /** Hyperlinks set on single cells ("row,column" → what was set). */
  hyperlinks: Map<string, unknown>;
}

export interface FakeTable {
  name: string;
  sheet: FakeSheet;
  row: number;
  col: number;
  /** data rows (Excel keeps at least one) */
  rows: number;
  cols: number;
  style?: string;
}

interface Rect {
  sheet: FakeSheet;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  readonly tables: FakeTable[] = [];
  syncs = 0;
  /** Bytes of cell data written per sync, in order. */
  readonly payloads: number[] = [];
  active: { sheet: FakeSheet; row: number; col: number } | undefined;
  private tracked: OfficeMockObject[] = [];
  private pendingError: Error | undefined;
  private pendingBytes = 0;
  private dirty = false;
  private internal = false;
  readonly selectionHandlers: (() => Promise<unknown>)[] = [];
  /** Makes sync number N fail as Excel on the web does when a response exceeds 5 MB. */
  failOnSync: number | undefined;

  // ----- arrange -----
  addSheet(name: string, rows: (Value | null)[][] = []): FakeSheet {
    const s: FakeSheet = {
      name,
      visibility: "Visible",
      props: new Map(),
      cells: new Map(),
      fills: new Map(),
      protected: false,
      frozenRows: 0,
      numberFormats: [],
      validations: [],
      conditionalFormats: [],
      merges: [],
      hiddenRows: new Set(),
      hiddenCols: new Set(),
      columnWidths: new Map(),
      columnFormats: new Map(),
      bold: new Set(),
      hyperlinks: new Map(),
    };
    rows.forEach((r, i) => r.forEach((v, j) => v !== null && v !== "" && s.cells.set(`${i},${j}`, { value: v })));
    this.sheets.push(s);
    return s;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  cell(sheet: string, row: number, col: number): Value | undefined {
    return this.sheet(sheet)?.cells.get(`${row},${col}`)?.value;
  }

  /** Values of a table including its header row. */
  tableValues(name: string): Value[][] {
    const t = this.tables.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!t) throw new Error(`no table ${name}`);
    const out: Value[][] = [];
    for (let r = 0; r <= t.rows; r++) {
      const row: Value[] = [];
      for (let c = 0; c < t.cols; c++) row.push(t.sheet.cells.get(`${t.row + r},${t.col + c}`)?.value ?? "");
      out.push(row);
    }
    return out;
  }

  /** Runner for OfficeWorkbook: runs a batch on a fresh context and checks nothing was left unsynced. */
  readonly run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    this.tracked = [];
    const result = await batch(this.context() as unknown as Excel.RequestContext);
    if (this.dirty) throw new Error("FakeExcel: writes were queued but never synced");
    return result;
  };

  // ----- the object model -----
  private context() {
    const workbook = {
      worksheets: this.collection(
        () => this.sheets.map((s) => this.worksheet(s)),
        {
          getItem: (name: string) => this.worksheet(this.requireSheet(name)),
          add: (name: string) => {
            this.write(() => {
              if (this.sheet(name)) throw new Error(`ItemAlreadyExists: sheet ${name}`);
              this.addSheet(name);
            });
            return this.worksheet(this.sheet(name) ?? this.addSheet(name));
          },
        },
      ),
      tables: this.collection(() => this.tables.map((t) => this.table(t)), {
        getItem: (name: string) => {
          const t = this.tables.find((x) => x.name.toLowerCase() === name.toLowerCase());
          if (t) return this.table(t);
          this.pendingError ??= Object.assign(new Error(`ItemNotFound: table ${name}`), { code: "ItemNotFound" });
          const detached = this.addDetachedSheet("__missing__");
          return this.table({ name, sheet: detached, row: 0, col: 0, rows: 1, cols: 1 });
        },
      }),
      getActiveCell: () => {
        const a = this.active ?? { sheet: this.sheets[0] ?? this.addSheet("Sheet1"), row: 0, col: 0 };
        return this.range({ sheet: a.sheet, row: a.row, col: a.col, rows: 1, cols: 1 });
      },
      onSelectionChanged: {
        add: (handler: () => Promise<unknown>) => {
          this.selectionHandlers.push(handler);
          const ctx = { sync: async () => this.sync() };
          return {
            context: ctx,
            remove: () => {
              const i = this.selectionHandlers.indexOf(handler);
              if (i >= 0) this.selectionHandlers.splice(i, 1);
            },
          };
        },
      },
    };
    return { workbook, sync: () => this.sync() };
  }

  private async sync(): Promise<void> {
    this.syncs++;
    this.payloads.push(this.pendingBytes);
    const bytes = this.pendingBytes;
    this.pendingBytes = 0;
    this.dirty = false;
    const error = this.pendingError;
    this.pendingError = undefined;
    if (error) throw error;
    if (this.failOnSync === this.syncs) {
      throw Object.assign(new Error("The response payload size has exceeded the limit."), { code: "ResponsePayloadSizeLimitExceeded" });
    }
    if (bytes > REQUEST_LIMIT_BYTES) {
      throw Object.assign(new Error(`The request payload size has exceeded the limit (${bytes} bytes).`), {
        code: "RequestPayloadSizeLimitExceeded",
      });
    }
    this.internal = true;
    try {
      for (const m of this.tracked) await m.sync();
      // office-addin-mock finishes updating parents in microtasks after sync resolves.
      await new Promise((resolve) => setTimeout(resolve, 0));
    } finally {
      this.internal = false;
    }
  }

  private write(apply: () => void, bytes = 0): void {
    this.dirty = true;
    this.pendingBytes += bytes;
    try {
      apply();
    } catch (error) {
      this.pendingError ??= error instanceof Error ? error : new Error(String(error));
    }
  }

  private requireSheet(name: string): FakeSheet {
    const s = this.sheet(name);
    if (s) return s;
    this.pendingError ??= Object.assign(new Error(`ItemNotFound: worksheet "${name}"`), { code: "ItemNotFound" });
    return this.addDetachedSheet(name);
  }

  private addDetachedSheet(name: string): FakeSheet {
    const s = this.addSheet(name);
    this.sheets.splice(this.sheets.indexOf(s), 1);
    return s;
  }

  /** An OfficeMockObject behind a proxy that routes the listed property writes into the fake. */
  private mock(
    scalars: Record<string, unknown>,
    methods: Record<string, (...args: never[]) => unknown> = {},
    children: Record<string, object> = {},
    writes: Record<string, (value: unknown) => void> = {},
    bytesOf: (key: string, value: unknown) => number = () => 0,
    /** Expensive scalars (cell arrays), computed when first loaded rather than when the proxy is made. */
    lazy?: () => Record<string, unknown>,
  ): Record<string, unknown> {
    const m = new OfficeMockObject(scalars as never);
    const raw = m as unknown as Record<string, unknown> & { _properties: Map<string, unknown>; setValue(k: string, v: unknown): void };
    for (const [k, fn] of Object.entries(methods)) raw[k] = fn;
    if (lazy) {
      const load = OfficeMockObject.prototype.load;
      let ready = false;
      raw.load = function (this: OfficeMockObject, arg: string) {
        if (!ready) {
          ready = true;
          for (const [k, v] of Object.entries(lazy())) raw.setValue(k, v);
        }
        return load.call(this, arg);
      };
    }
    for (const [k, child] of Object.entries(children)) {
      (child as { _isObject?: boolean })._isObject = true;
      raw._properties.set(k, child);
      raw[k] = child;
    }
    this.tracked.push(m);
    return new Proxy(raw, {
      set: (target, key, value, receiver) => {
        const handler = typeof key === "string" ? writes[key] : undefined;
        const internal = this.internal || value === NOT_LOADED || value === NOT_SYNCED || (typeof key === "string" && key.startsWith("_"));
        if (handler && !internal) this.write(() => handler(value), bytesOf(key as string, value));
        else if (!handler && !internal && typeof key === "string" && !(key in methods) && !(key in children) && !(key in scalars)) {
          this.pendingError ??= new Error(`FakeExcel: write to unknown property "${key}"`);
        }
        return Reflect.set(target, key, value, receiver);
      },
    });
  }

  /** Office.js null object: every property reads as null once loaded. */
  private nullObject(): Record<string, unknown> {
    return this.mock({
      isNullObject: true,
      name: undefined,
      address: undefined,
      values: undefined,
      formulas: undefined,
      rowIndex: undefined,
      columnIndex: undefined,
      rowCount: undefined,
      columnCount: undefined,
      rowHidden: undefined,
      columnHidden: undefined,
    });
  }

  private collection(items: () => object[], methods: Record<string, (...args: never[]) => unknown>) {
    let loaded: string[] | undefined;
    let snapshot: object[] = [];
    let syncedAt = -1;
    const fake = this;
    return {
      ...methods,
      // office-addin-mock syncs and load-marks child objects of a parent it syncs.
      async sync() {},
      loadCalled() {},
      load(props: string) {
        snapshot = items();
        loaded = props.split(",").map((p) => p.trim().replace(/^items\//, ""));
        for (const item of snapshot) (item as { load(p: string): void }).load(loaded.join(","));
        syncedAt = fake.syncs;
        return this;
      },
      get items(): unknown {
        if (!loaded) return NOT_LOADED;
        if (fake.syncs <= syncedAt) return NOT_SYNCED;
        return snapshot;
      },
    };
  }

  private worksheet(s: FakeSheet): Record<string, unknown> {
    const customProperties = this.collection(
      () => [...s.props.entries()].map(([key, value]) => this.mock({ key, value })),
      { add: (key: string, value: string) => this.write(() => s.props.set(key, value)) },
    );
    const protection = this.mock(
      { protected: s.protected },
      {
        protect: () => this.write(() => (s.protected = true)),
        unprotect: () => this.write(() => (s.protected = false)),
      },
    );
    const freezePanes = this.mock({}, { freezeRows: (n: number) => this.write(() => (s.frozenRows = n)) });
    const tables = {
      async sync() {},
      loadCalled() {},
      add: (range: { __rect?: Rect }, hasHeaders: boolean) => {
        const rect = range.__rect;
        if (!rect || !hasHeaders) throw new Error("FakeExcel: tables.add expects a fake range with headers");
        const t: FakeTable = { name: `Table${this.tables.length + 1}`, sheet: s, row: rect.row, col: rect.col, rows: Math.max(1, rect.rows - 1), cols: rect.cols };
        this.write(() => this.tables.push(t));
        return this.table(t);
      },
      getItem: (name: string) => {
        const t = this.tables.find((x) => x.sheet === s && x.name.toLowerCase() === name.toLowerCase());
        if (!t) {
          this.pendingError ??= new Error(`ItemNotFound: table ${name}`);
          return this.nullObject();
        }
        return this.table(t);
      },
    };
    return this.mock(
      { name: s.name, visibility: s.visibility },
      {
        getRange: (address?: string) => this.range(address ? parseAddress(s, address) : { sheet: s, row: 0, col: 0, rows: LAST_ROW, cols: LAST_COL }),
        getRangeByIndexes: (row: number, col: number, rows: number, cols: number) => this.range({ sheet: s, row, col, rows, cols }),
        getUsedRangeOrNullObject: () => {
          const used = usedRect(s);
          return used ? this.range(used) : this.nullObject();
        },
        activate: () => this.write(() => (this.active = { sheet: s, row: 0, col: 0 })),
      },
      { customProperties, protection, freezePanes, tables },
      {
        name: (v) => {
          if (this.sheet(String(v)) && this.sheet(String(v)) !== s) throw new Error(`Sheet name ${String(v)} taken`);
          s.name = String(v);
        },
        visibility: (v) => (s.visibility = v as FakeSheet["visibility"]),
      },
    );
  }

  private table(t: FakeTable): Record<string, unknown> {
    const rect = (): Rect => ({ sheet: t.sheet, row: t.row, col: t.col, rows: t.rows + 1, cols: t.cols });
    const columns = {
      async sync() {},
      loadCalled() {},
      getItem: (name: string) => {
        const headerCol = [...Array(t.cols).keys()].find((j) => String(t.sheet.cells.get(`${t.row},${t.col + j}`)?.value ?? "").toLowerCase() === name.toLowerCase());
        if (headerCol === undefined) this.pendingError ??= Object.assign(new Error(`ItemNotFound: column ${name}`), { code: "ItemNotFound" });
        const col = t.col + (headerCol ?? 0);
        return { getDataBodyRange: () => this.range({ sheet: t.sheet, row: t.row + 1, col, rows: t.rows, cols: 1 }) };
      },
      add: (_index: unknown, _values: unknown, name: string) =>
        this.write(() => {
          t.sheet.cells.set(`${t.row},${t.col + t.cols}`, { value: name });
          t.cols += 1;
        }),
    };
    const rows = {
      async sync() {},
      loadCalled() {},
      add: (_index: unknown, values: Value[][]) =>
        this.write(() => {
          const blank = t.rows === 1 && rowBlank(t.sheet, t.row + 1, t.col, t.cols);
          const start = blank ? t.row + 1 : t.row + 1 + t.rows;
          values.forEach((r, i) => r.forEach((v, j) => setCell(t.sheet, start + i, t.col + j, v)));
          t.rows = (blank ? 0 : t.rows) + values.length;
        }, jsonBytes(values)),
    };
    return this.mock(
      { name: t.name, isNullObject: false },
      {
        getHeaderRowRange: () => this.range({ ...rect(), rows: 1 }),
        getDataBodyRange: () => this.range({ ...rect(), row: t.row + 1, rows: t.rows }),
        getRange: () => this.range(rect()),
        resize: (range: { __rect?: Rect }) =>
          this.write(() => {
            const r = range.__rect;
            if (!r || r.row !== t.row || r.col !== t.col) throw new Error("FakeExcel: resize must keep the top-left corner");
            t.rows = r.rows - 1;
            t.cols = r.cols;
          }),
      },
      { worksheet: this.worksheet(t.sheet), columns, rows },
      { name: (v) => (t.name = String(v)), style: (v) => (t.style = String(v)) },
    );
  }

  private range(r: Rect): Record<string, unknown> {
    const s = r.sheet;
    const small = r.rows * r.cols <= 250_000;
    const arrays = () => {
      const values: Value[][] = [];
      const formulas: Value[][] = [];
      const formats: string[][] = [];
      const types: string[][] = [];
      if (!small) return { values: NOT_LOADED, formulas: NOT_LOADED, numberFormat: NOT_LOADED, valueTypes: NOT_LOADED };
      for (let i = 0; i < r.rows; i++) {
        const vr: Value[] = [];
        const fr: Value[] = [];
        const nr: string[] = [];
        const tr: string[] = [];
        for (let j = 0; j < r.cols; j++) {
          const c = s.cells.get(`${r.row + i},${r.col + j}`);
          vr.push(c?.value ?? "");
          fr.push(c?.formula ?? c?.value ?? "");
          nr.push(s.columnFormats.get(r.col + j) ?? "General");
          tr.push(c?.error ? "Error" : c === undefined ? "Empty" : typeof c.value === "number" ? "Double" : typeof c.value === "boolean" ? "Boolean" : "String");
        }
        values.push(vr);
        formulas.push(fr);
        formats.push(nr);
        types.push(tr);
      }
      return { values, formulas, numberFormat: formats, valueTypes: types };
    };
    const rowsHidden = s.hiddenRows.size ? [...Array(Math.min(r.rows, 100_000)).keys()].map((i) => s.hiddenRows.has(r.row + i)) : [false];
    const colsHidden = s.hiddenCols.size ? [...Array(Math.min(r.cols, 1000)).keys()].map((j) => s.hiddenCols.has(r.col + j)) : [false];
    const fillKey = `${r.row},${r.col}`;
    const fill = this.mock(
      { color: s.fills.get(fillKey) ?? "#FFFFFF" },
      { clear: () => this.write(() => forEachCell(r, (k) => s.fills.delete(k))) },
      {},
      { color: (v) => forEachCell(r, (k) => s.fills.set(k, String(v))) },
    );
    const font = this.mock({ color: "#000000", bold: false }, {}, {}, { color: () => undefined, bold: (v) => forEachCell(r, (k) => (v ? s.bold.add(k) : s.bold.delete(k))) });
    const format = this.mock({}, {}, { fill, font }, { columnWidth: (v) => s.columnWidths.set(r.col, Number(v)) });
    const dataValidation = this.mock(
      {},
      { clear: () => this.write(() => (s.validations = s.validations.filter((v) => !overlaps(v, r)))) },
      {},
      { rule: (v) => s.validations.push({ row: r.row, col: r.col, rows: r.rows, cols: r.cols, rule: v }), errorAlert: () => undefined },
    );
    const conditionalFormats = {
      async sync() {},
      loadCalled() {},
      clearAll: () => this.write(() => (s.conditionalFormats = s.conditionalFormats.filter((c) => !overlaps(c, r)))),
      add: (type: string) => {
        if (type !== "CellValue") throw new Error(`FakeExcel: unsupported conditional format ${type}`);
        const entry: FakeSheet["conditionalFormats"][number] = { row: r.row, col: r.col, rows: r.rows, cols: r.cols, rule: undefined };
        this.write(() => s.conditionalFormats.push(entry));
        const cfFill = this.mock({}, {}, {}, { color: (v) => (entry.fill = String(v)) });
        const cfFont = this.mock({}, {}, {}, { color: () => undefined });
        const cfFormat = this.mock({}, {}, { fill: cfFill, font: cfFont });
        const cellValue = this.mock({}, {}, { format: cfFormat }, { rule: (v) => (entry.rule = v) });
        return { cellValue };
      },
    };
    const merged = s.merges.filter((m) => {
      const mr = parseAddress(s, m);
      return overlaps(mr, r);
    });
    const proxy = this.mock(
      {
        values: NOT_LOADED,
        formulas: NOT_LOADED,
        rowIndex: r.row,
        columnIndex: r.col,
        rowCount: r.rows,
        columnCount: r.cols,
        // Excel reports null for "mixed"; the mock cannot hold null scalars, undefined stands in.
        rowHidden: rowsHidden.every(Boolean) ? true : rowsHidden.some(Boolean) ? undefined : false,
        columnHidden: colsHidden.every(Boolean) ? true : colsHidden.some(Boolean) ? undefined : false,
        isNullObject: false,
        address: `${s.name}!${a1(r.row, r.col)}:${a1(r.row + r.rows - 1, r.col + r.cols - 1)}`,
        numberFormat: NOT_LOADED,
        valueTypes: NOT_LOADED,
      },
      {
        getRow: (i: number) => this.range({ ...r, row: r.row + i, rows: 1 }),
        getColumn: (j: number) => this.range({ ...r, col: r.col + j, cols: 1 }),
        getLastRow: () => this.range({ ...r, row: r.row + r.rows - 1, rows: 1 }),
        getEntireRow: () => this.range({ ...r, col: 0, cols: LAST_COL }),
        getIntersectionOrNullObject: (other: { __rect?: Rect }) => {
          const o = other.__rect;
          if (!o) return this.nullObject();
          const row = Math.max(r.row, o.row);
          const col = Math.max(r.col, o.col);
          const end = Math.min(r.row + r.rows, o.row + o.rows);
          const endC = Math.min(r.col + r.cols, o.col + o.cols);
          return end > row && endC > col ? this.range({ sheet: s, row, col, rows: end - row, cols: endC - col }) : this.nullObject();
        },
        getMergedAreasOrNullObject: () =>
          merged.length ? this.mock({ isNullObject: false, address: merged.map((m) => `${s.name}!${m}`).join(", ") }) : this.nullObject(),
        getTables: () =>
          this.collection(
            () => this.tables.filter((t) => t.sheet === s && overlaps({ row: t.row, col: t.col, rows: t.rows + 1, cols: t.cols }, r)).map((t) => this.table(t)),
            {},
          ),
        copyFrom: (source: { __rect?: Rect }) =>
          this.write(() => {
            const src = source.__rect;
            if (!src) throw new Error("FakeExcel: copyFrom expects a fake range");
            for (let i = 0; i < src.rows; i++)
              for (let j = 0; j < src.cols; j++) {
                const c = src.sheet.cells.get(`${src.row + i},${src.col + j}`);
                if (c) s.cells.set(`${r.row + i},${r.col + j}`, { value: c.value });
              }
          }),
        clear: () =>
          this.write(() =>
            forEachStoredCell(r, (k) => {
              s.cells.delete(k);
              s.hyperlinks.delete(k);
            }),
          ),
        select: () => this.write(() => (this.active = { sheet: s, row: r.row, col: r.col })),
      },
      { format, dataValidation, conditionalFormats, worksheet: lazyWorksheet(() => this.worksheet(s)) },
      {
        values: (v) => {
          unbounded(r);
          if (s.protected) throw new Error(`AccessDenied: sheet ${s.name} is protected`);
          if (!Array.isArray(v)) {
            forEachCell(r, (k) => setKey(s, k, v as Value));
            return;
          }
          if (v.length !== r.rows || v.some((row) => !Array.isArray(row) || row.length !== r.cols)) {
            throw new Error(`InvalidArgument: values are ${v.length}×${(v[0] as unknown[] | undefined)?.length} for a ${r.rows}×${r.cols} range`);
          }
          (v as Value[][]).forEach((row, i) => row.forEach((x, j) => setCell(s, r.row + i, r.col + j, x)));
        },
        formulas: (v) => {
          unbounded(r);
          if (s.protected) throw new Error(`AccessDenied: sheet ${s.name} is protected`);
          if (typeof v !== "string") throw new Error("FakeExcel: only single formulas are supported");
          forEachCell(r, (k) => s.cells.set(k, { value: "", formula: v }));
        },
        hyperlink: (v) => {
          if (r.rows !== 1 || r.cols !== 1) throw new Error("FakeExcel: hyperlinks are set on single cells here");
          s.hyperlinks.set(`${r.row},${r.col}`, v);
        },
        numberFormat: (v) => {
          unbounded(r);
          s.numberFormats.push({ address: a1(r.row, r.col), format: v, row: r.row, col: r.col, rows: r.rows });
          if (typeof v === "string") for (let j = 0; j < Math.min(r.cols, 1000); j++) s.columnFormats.set(r.col + j, v);
        },
      },
      (key, value) => (key === "values" ? jsonBytes(value) : 0),
      arrays,
    );
    (proxy as { __rect?: Rect }).__rect = r;
    return proxy;
  }
}

/** A worksheet child built on first access, so ranges do not build a worksheet each. */
function lazyWorksheet(build: () => Record<string, unknown>): object {
  let built: Record<string, unknown> | undefined;
  return new Proxy(
    {},
    {
      get(_t, key) {
        built ??= build();
        const v = built[key as string];
        return typeof v === "function" ? (v as (...a: unknown[]) => unknown).bind(built) : v;
      },
      set(_t, key, value) {
        built ??= build();
        built[key as string] = value;
        return true;
      },
    },
  );
}

/** Excel refuses cell-level properties (values, numberFormat, formulas) on unbounded ranges. */
function unbounded(r: Rect): void {
  if (r.rows >= LAST_ROW || r.cols >= LAST_COL) throw new Error("InvalidArgument: cell-level properties cannot be set on an unbounded range");
}

function jsonBytes(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value) ?? "").length;
}

function setCell(s: FakeSheet, row: number, col: number, v: Value | null | undefined): void {
  setKey(s, `${row},${col}`, v, s.columnFormats.get(col) === "@");
}

/**
 * Entering a value, as Excel does: null leaves the cell, "" empties it, a leading apostrophe
 * makes the rest text (the apostrophe is not part of the value), "=…" is a formula — except in a
 * Text-formatted ("@") cell, which keeps what it is given.
 */
function setKey(s: FakeSheet, key: string, v: Value | null | undefined, textFormat = false): void {
  if (v === null || v === undefined) return; // Office.js leaves a cell unchanged for null
  if (v === "") s.cells.delete(key);
  else if (typeof v === "string" && v.startsWith("'")) s.cells.set(key, { value: v.slice(1) });
  else if (typeof v === "string" && v.startsWith("=") && !textFormat) s.cells.set(key, { value: 0, formula: v });
  else s.cells.set(key, { value: v });
}

function forEachCell(r: Rect, fn: (key: string) => void): void {
  if (r.rows * r.cols > 5_000_000) throw new Error("FakeExcel: range too large to touch cell by cell");
  for (let i = 0; i < r.rows; i++) for (let j = 0; j < r.cols; j++) fn(`${r.row + i},${r.col + j}`);
}

function forEachStoredCell(r: Rect, fn: (key: string) => void): void {
  for (const key of [...r.sheet.cells.keys()]) {
    const [row, col] = key.split(",").map(Number) as [number, number];
    if (row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols) fn(key);
  }
}

function rowBlank(s: FakeSheet, row: number, col: number, cols: number): boolean {
  for (let j = 0; j < cols; j++) if (s.cells.has(`${row},${col + j}`)) return false;
  return true;
}

function usedRect(s: FakeSheet): Rect | undefined {
  let minR = Infinity;
  let minC = Infinity;
  let maxR = -1;
  let maxC = -1;
  for (const key of s.cells.keys()) {
    const [row, col] = key.split(",").map(Number) as [number, number];
    minR = Math.min(minR, row);
    minC = Math.min(minC, col);
    maxR = Math.max(maxR, row);
    maxC = Math.max(maxC, col);
  }
  if (maxR < 0) return undefined;
  return { sheet: s, row: minR, col: minC, rows: maxR - minR + 1, cols: maxC - minC + 1 };
}

function overlaps(a: { row: number; col: number; rows: number; cols: number }, b: { row: number; col: number; rows: number; cols: number }): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

function a1(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

function parseAddress(s: FakeSheet, address: string): Rect {
  const body = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [a, b = a] = body.replace(/\$/g, "").split(":") as [string, string?];
  const parse = (x: string, end: boolean) => {
    const m = /^([A-Z]*)(\d*)$/.exec(x.toUpperCase());
    if (!m) throw new Error(`FakeExcel: bad address ${address}`);
    let col = 0;
    for (const ch of m[1] ?? "") col = col * 26 + (ch.charCodeAt(0) - 64);
    const c = m[1] ? col - 1 : end ? LAST_COL - 1 : 0;
    const r = m[2] ? Number(m[2]) - 1 : end ? LAST_ROW - 1 : 0;
    return { r, c };
  };
  const start = parse(a, false);
  const end = parse(b ?? a, true);
  return { sheet: s, row: start.r, col: start.c, rows: end.r - start.r + 1, cols: end.c - start.c + 1 };
}
