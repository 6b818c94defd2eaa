/**
 * Reads spreadsheet files (.xlsx/.xlsm, .xls, .ods, .csv/.tsv/.txt in any delimiter and the
 * common encodings) into the importer's grids with SheetJS, keeping formulas (and whether they
 * have a saved value), merged areas, hidden rows/columns/sheets and the 1904 date system.
 * Every failure is a `WorkbookReadError` with a message for the user; limits keep hostile files
 * (huge dimensions, zip bombs, giant cells) from exhausting memory or time.
 *
 * The one file reader: the CLI calls it with the file's bytes, the task pane (lazily, through
 * addin/services/read-file.ts) with an uploaded file's. It is synchronous and browser-safe (no
 * Node built-ins), and this folder is the only one that imports SheetJS.
 */
import * as XLSX from "@e965/xlsx";
import type { CellRange, GridValue, SheetGrid } from "./grid";
import { dateCell, errorCell } from "./grid";
import { textDecoder } from "./text-decoder";
import { decodeText, looksBinary, sniffDelimiter } from "./decode-text";
import { DEFAULT_LIMITS, type ReadLimits, WorkbookReadError } from "./limits";
import { prescanXlsx } from "./xlsx-prescan";
import { checkZip } from "./zip-guard";

export type FileFormat = "xlsx" | "xls" | "ods" | "csv" | "other";

export interface SheetProblem {
  readonly sheet: string;
  readonly message: string;
}

export interface ReadWorkbook {
  readonly format: FileFormat;
  /** Sheets that could be read, in tab order. */
  readonly sheets: readonly SheetGrid[];
  /** Sheets that were left out (too large, say), with why. */
  readonly problems: readonly SheetProblem[];
  /** Cells whose text was cut to the Excel cell limit, by sheet. */
  readonly truncatedCells: readonly { readonly sheet: string; readonly cell: string }[];
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

function formatOf(bytes: Uint8Array, fileName: string): FileFormat {
  if (startsWith(bytes, ZIP)) {
    const head = textDecoder("latin1").decode(bytes.subarray(0, 200));
    return head.includes("application/vnd.oasis.opendocument.spreadsheet") || /\.ods$/i.test(fileName) ? "ods" : "xlsx";
  }
  if (startsWith(bytes, CFB)) return "xls";
  if (/\.(?:csv|tsv|txt|tab)$/i.test(fileName)) return "csv";
  return "other";
}

/** The SheetJS options the reader uses (exported so benchmarks compare like with like). */
export function parseOptions(limits: ReadLimits): XLSX.ParsingOptions {
  return {
    dense: true,
    cellFormula: true,
    cellNF: true,
    cellStyles: true,
    sheetStubs: true,
    cellDates: false,
    // One row more than allowed, so that "too many rows" can be told from "exactly the limit".
    sheetRows: limits.maxRows + 1,
  };
}

/** Turns SheetJS's messages into ones a risk manager can act on. */
function explainParseError(error: unknown, format: FileFormat): WorkbookReadError {
  const message = error instanceof Error ? error.message : String(error);
  // SheetJS says "password-protected" for encrypted .xls; its "Unsupported ZIP encryption" comes
  // from damaged containers too, so encrypted .xlsx is recognised separately (isEncryptedOoxml).
  if (/password/i.test(message)) {
    return new WorkbookReadError("The file is password-protected (encrypted). Save an unprotected copy in Excel (File › Info › Protect Workbook) and import that.");
  }
  if (/unsupported|zip|cfb|corrupt|invalid|end of|header signature|unexpected|encrypt/i.test(message)) {
    return new WorkbookReadError(`The file could not be read: it is damaged or not a ${format === "xls" ? "valid .xls" : "spreadsheet"} file (${message}).`);
  }
  return new WorkbookReadError(`The file could not be read (${message}).`);
}

/**
 * Encrypted Office files (.xlsx with a password) are CFB containers holding an
 * "EncryptionInfo" stream; say so before the parser gives a vaguer error.
 */
function isEncryptedOoxml(bytes: Uint8Array): boolean {
  try {
    const container = XLSX.CFB.read(bytes, { type: "array" });
    return container.FileIndex.some((entry: { name: string }) => /^(?:EncryptionInfo|EncryptedPackage)$/i.test(entry.name));
  } catch {
    return false;
  }
}

export function readWorkbook(bytes: Uint8Array, fileName: string, limits: ReadLimits = DEFAULT_LIMITS): ReadWorkbook {
  if (bytes.length === 0) throw new WorkbookReadError("The file is empty (0 bytes).");
  if (bytes.length > limits.maxBytes) {
    throw new WorkbookReadError(
      // One decimal, so a file just over the limit does not read as "50 MB; … up to 50 MB".
      `The file is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; Crosswalk reads files up to ${Math.round(limits.maxBytes / 1024 / 1024)} MB.`,
    );
  }
  const format = formatOf(bytes, fileName);
  let workbook: XLSX.WorkBook;
  if (format === "xlsx" || format === "ods") {
    const entries = checkZip(bytes, limits.maxUncompressedBytes);
    if (format === "xlsx") prescanXlsx(bytes, entries, limits);
    workbook = parse(() => XLSX.read(bytes, { ...parseOptions(limits), type: "array" }), format);
  } else if (format === "xls") {
    if (isEncryptedOoxml(bytes)) {
      throw new WorkbookReadError("The file is password-protected (encrypted). Save an unprotected copy in Excel (File › Info › Protect Workbook) and import that.");
    }
    workbook = parse(() => XLSX.read(bytes, { ...parseOptions(limits), type: "array" }), format);
  } else {
    const text = decodeText(bytes);
    if (looksBinary(text)) {
      throw new WorkbookReadError("The file is not a spreadsheet Crosswalk can read: it is binary, and neither .xlsx, .xls, .ods nor a text (CSV) file.");
    }
    if (text.trim() === "") throw new WorkbookReadError("The file is empty: it holds no text.");
    const html = /^\s*</.test(text);
    workbook = parse(
      () =>
        XLSX.read(text, {
          ...parseOptions(limits),
          type: "string",
          raw: true,
          ...(html ? {} : { FS: sniffDelimiter(text) }),
        }),
      "csv",
    );
  }

  const date1904 = workbook.Workbook?.WBProps?.date1904 === true;
  const sheets: SheetGrid[] = [];
  const problems: SheetProblem[] = [];
  const truncatedCells: { sheet: string; cell: string }[] = [];
  workbook.SheetNames.forEach((name, index) => {
    const sheet = workbook.Sheets[name];
    if (!sheet) return;
    try {
      const hidden = (workbook.Workbook?.Sheets?.[index]?.Hidden ?? 0) !== 0;
      sheets.push(toGrid(name, sheet, { date1904, hidden, limits, truncated: (cell) => truncatedCells.push({ sheet: name, cell }) }));
    } catch (error) {
      if (!(error instanceof WorkbookReadError)) throw error;
      problems.push({ sheet: name, message: error.message });
    }
  });
  if (sheets.length === 0) {
    if (problems.length > 0) throw new WorkbookReadError(problems.map((p) => `Sheet "${p.sheet}": ${p.message}`).join("\n"));
    throw new WorkbookReadError("The workbook has no sheets.");
  }
  return { format, sheets, problems, truncatedCells };
}

function parse(read: () => XLSX.WorkBook, format: FileFormat): XLSX.WorkBook {
  try {
    return read();
  } catch (error) {
    throw explainParseError(error, format);
  }
}

interface GridOptions {
  readonly date1904: boolean;
  readonly hidden: boolean;
  readonly limits: ReadLimits;
  readonly truncated: (cell: string) => void;
}

/** SheetJS re-parses a format on every `is_date` call; a sheet has a handful of formats. */
const dateFormats = new Map<string, boolean>();
function isDateFormat(format: string): boolean {
  let known = dateFormats.get(format);
  if (known === undefined) {
    known = XLSX.SSF.is_date(format) === true;
    if (dateFormats.size < 1_000) dateFormats.set(format, known);
  }
  return known;
}

function cellValueOf(cell: XLSX.CellObject, options: GridOptions, r: number, c: number): GridValue {
  switch (cell.t) {
    case "s": {
      const text = typeof cell.v === "string" ? cell.v : String(cell.v ?? "");
      if (text.length > options.limits.maxCellChars) {
        options.truncated(XLSX.utils.encode_cell({ r, c }));
        return text.slice(0, options.limits.maxCellChars);
      }
      return text;
    }
    case "n": {
      const n = typeof cell.v === "number" ? cell.v : Number(cell.v);
      if (!Number.isFinite(n)) return null;
      if (typeof cell.z === "string" && cell.z !== "General" && isDateFormat(cell.z)) return dateCell(options.date1904 ? n + 1462 : n);
      return n;
    }
    case "b":
      return cell.v === true;
    case "d": {
      const v = cell.v;
      if (v instanceof Date && !Number.isNaN(v.getTime())) {
        return dateCell((Date.UTC(v.getFullYear(), v.getMonth(), v.getDate()) - Date.UTC(1899, 11, 30)) / 86_400_000);
      }
      return null;
    }
    case "e":
      return errorCell(typeof cell.w === "string" && cell.w.startsWith("#") ? cell.w : "#ERROR");
    default:
      return null;
  }
}

function toGrid(name: string, sheet: XLSX.WorkSheet, options: GridOptions): SheetGrid {
  const data: (XLSX.CellObject[] | undefined)[] = (sheet["!data"] as (XLSX.CellObject[] | undefined)[] | undefined) ?? [];
  const { limits } = options;
  const values: GridValue[][] = [];
  const formulas: (string | undefined)[][] = [];
  let hasFormulas = false;
  let lastRow = -1;
  let cells = 0;
  for (let r = 0; r < data.length; r++) {
    const row = data[r];
    if (!row) continue;
    let rowValues: GridValue[] | undefined;
    let rowFormulas: (string | undefined)[] | undefined;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (!cell) continue;
      const value = cellValueOf(cell, options, r, c);
      const formula = typeof cell.f === "string" && cell.f !== "" ? cell.f : undefined;
      if (value === null && formula === undefined) continue;
      if (c >= limits.maxColumns) {
        throw new WorkbookReadError(
          `it has data in column ${XLSX.utils.encode_col(c)} (cell ${XLSX.utils.encode_cell({ r, c })}); Crosswalk reads at most ${limits.maxColumns} columns. Delete the columns beyond your table, or copy the table into a new sheet.`,
        );
      }
      if (++cells > limits.maxCells) {
        throw new WorkbookReadError(`it has more than ${limits.maxCells.toLocaleString("en")} filled cells; Crosswalk reads at most that many per sheet.`);
      }
      rowValues ??= [];
      rowValues[c] = value;
      if (formula !== undefined) {
        rowFormulas ??= [];
        rowFormulas[c] = formula;
        hasFormulas = true;
      }
    }
    if (rowValues) {
      if (r >= limits.maxRows) {
        throw new WorkbookReadError(
          `it has data beyond row ${limits.maxRows.toLocaleString("en")}; Crosswalk reads at most ${limits.maxRows.toLocaleString("en")} rows per sheet. Delete unused rows, or split the sheet.`,
        );
      }
      values[r] = fill(rowValues, null);
      if (rowFormulas) formulas[r] = fill(rowFormulas, undefined);
      lastRow = r;
    }
  }
  const denseValues: GridValue[][] = [];
  for (let r = 0; r <= lastRow; r++) denseValues.push(values[r] ?? []);

  const merges: CellRange[] = [];
  for (const m of (sheet["!merges"] as XLSX.Range[] | undefined) ?? []) {
    if (m.s.r > lastRow) continue;
    merges.push({
      startRow: m.s.r,
      startColumn: m.s.c,
      endRow: Math.min(m.e.r, lastRow),
      endColumn: Math.min(m.e.c, limits.maxColumns - 1),
    });
  }
  const hiddenRows: number[] = [];
  ((sheet["!rows"] as (XLSX.RowInfo | undefined)[] | undefined) ?? []).forEach((info, r) => {
    if (info?.hidden && r <= lastRow) hiddenRows.push(r);
  });
  const hiddenColumns: number[] = [];
  ((sheet["!cols"] as (XLSX.ColInfo | undefined)[] | undefined) ?? []).forEach((info, c) => {
    if (info?.hidden && c < limits.maxColumns) hiddenColumns.push(c);
  });
  const formulaRows: (string | undefined)[][] = [];
  if (hasFormulas) for (let r = 0; r <= lastRow; r++) formulaRows.push(formulas[r] ?? []);

  return {
    name,
    values: denseValues,
    ...(hasFormulas ? { formulas: formulaRows } : {}),
    ...(merges.length > 0 ? { merges } : {}),
    ...(hiddenRows.length > 0 ? { hiddenRows } : {}),
    ...(hiddenColumns.length > 0 ? { hiddenColumns } : {}),
    ...(options.hidden ? { hidden: true } : {}),
  };
}

/** Turns a sparse array (holes) into a dense one. */
function fill<T>(row: T[], empty: T): T[] {
  const out: T[] = new Array(row.length);
  for (let i = 0; i < row.length; i++) out[i] = i in row ? (row[i] as T) : empty;
  return out;
}
