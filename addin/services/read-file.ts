/**
 * Reads an uploaded .xlsx/.xls/.csv into importer grids with SheetJS, in the browser. Loaded
 * lazily (SheetJS is large). Values, formulas, date cells (by number format), merges and hidden
 * rows/columns are kept, so a file imports exactly like the same sheet opened in Excel.
 */
import type { SheetGrid } from "../port/sheet-grid";

export interface FileSheets {
  readonly fileName: string;
  readonly sheets: readonly SheetGrid[];
}

import { MAX_FILE_BYTES } from "./file-types";

export async function readWorkbookFile(name: string, data: ArrayBuffer): Promise<FileSheets> {
  if (data.byteLength > MAX_FILE_BYTES) throw new Error(`"${name}" is larger than 50 MB; split it or import a sheet of the open workbook instead.`);
  const XLSX = await import("@e965/xlsx");
  const isCsv = /\.csv$/i.test(name);
  let book: import("@e965/xlsx").WorkBook;
  try {
    book = isCsv
      ? XLSX.read(new TextDecoder("utf-8").decode(data), { type: "string", cellFormula: true, cellDates: false, raw: false })
      : XLSX.read(new Uint8Array(data), { type: "array", cellFormula: true, cellDates: false, cellStyles: true });
  } catch (error) {
    throw new Error(`"${name}" could not be read as a spreadsheet: ${error instanceof Error ? error.message : String(error)}`);
  }
  const sheets: SheetGrid[] = [];
  for (const sheetName of book.SheetNames) {
    const ws = book.Sheets[sheetName];
    if (!ws) continue;
    const ref = ws["!ref"];
    const hiddenSheet = (book.Workbook?.Sheets?.find((s) => s.name === sheetName)?.Hidden ?? 0) !== 0;
    if (!ref) {
      sheets.push({ name: sheetName, values: [], hidden: hiddenSheet });
      continue;
    }
    const range = XLSX.utils.decode_range(ref);
    const values: SheetGrid["values"][number][] = [];
    const formulas: (string | null)[][] = [];
    for (let r = range.s.r; r <= range.e.r; r++) {
      const row: SheetGrid["values"][number][number][] = [];
      const frow: (string | null)[] = [];
      for (let c = range.s.c; c <= range.e.c; c++) {
        const cell = ws[XLSX.utils.encode_cell({ r, c })] as import("@e965/xlsx").CellObject | undefined;
        frow.push(cell?.f ?? null);
        if (!cell || cell.v === undefined || cell.v === null) {
          row.push(null);
        } else if (cell.t === "e") {
          row.push({ kind: "error", code: cell.w ?? "#N/A" });
        } else if (cell.t === "n" && cell.z !== undefined && XLSX.SSF.is_date(cell.z)) {
          row.push({ kind: "date", serial: cell.v as number });
        } else if (cell.t === "d" && cell.v instanceof Date) {
          row.push(cell.w ?? cell.v.toISOString());
        } else {
          row.push(cell.v as string | number | boolean);
        }
      }
      values.push(row);
      formulas.push(frow);
    }
    const merges = (ws["!merges"] ?? []).map((m) => ({
      startRow: m.s.r - range.s.r,
      startColumn: m.s.c - range.s.c,
      endRow: m.e.r - range.s.r,
      endColumn: m.e.c - range.s.c,
    }));
    const hiddenRows = (ws["!rows"] ?? []).flatMap((row, i) => (row?.hidden && i >= range.s.r ? [i - range.s.r] : []));
    const hiddenColumns = (ws["!cols"] ?? []).flatMap((col, i) => (col?.hidden && i >= range.s.c ? [i - range.s.c] : []));
    sheets.push({ name: sheetName, values, formulas, merges, hiddenRows, hiddenColumns, origin: { row: range.s.r, column: range.s.c }, hidden: hiddenSheet });
  }
  return { fileName: name, sheets };
}
