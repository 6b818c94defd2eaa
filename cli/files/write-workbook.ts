/**
 * Writes imported records as a structured workbook laid out like the add-in's sheets
 * (`shared/layout/`): header on row 1, one record per row, dates as dates, lists one item per
 * line, enum columns with a list validation, scores as formulas. Columns the layout has no place
 * for are appended after it under their original headers, so nothing imported is lost.
 */
import ExcelJS from "exceljs";
import type { ImportedRecord, SheetImport } from "../../shared/import/import-result";
import { columnLetter } from "../../shared/file-reader/cell-address";
import { layoutForKind, type LayoutColumn, type SheetLayout } from "../../shared/layout/index";
import { startsLikeFormula, TEXT_NUMBER_FORMAT } from "../../shared/spreadsheet/formula-injection";
import { writeCell } from "../../shared/workbook-snapshot/cell-codec";

function dateOf(iso: string): Date | string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : iso;
}

type Cell = string | number | boolean | Date | null;

/** A record value as the cell exceljs writes: the shared cell encoding, with dates as Date cells. */
export function cellFor(column: LayoutColumn, value: unknown): Cell {
  if (column.type === "date" && typeof value === "string") return dateOf(value);
  return writeCell(column, value);
}

function addSheet(workbook: ExcelJS.Workbook, layout: SheetLayout, records: readonly ImportedRecord[]): void {
  const sheet = workbook.addWorksheet(layout.sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  const extraKeys: string[] = [];
  for (const record of records) for (const key of Object.keys(record.extra ?? {})) if (!extraKeys.includes(key)) extraKeys.push(key);
  const headers = [...layout.columns.map((c) => c.header), ...extraKeys];
  sheet.columns = [
    ...layout.columns.map((c) => ({ header: c.header, key: c.key, width: c.width })),
    ...extraKeys.map((k, i) => ({ header: k, key: `extra:${i}`, width: 20 })),
  ];
  sheet.getRow(1).font = { bold: true };
  const letters = new Map(layout.columns.map((c, i) => [c.key, columnLetter(i)] as const));
  records.forEach((record, index) => {
    const rowNumber = index + 2;
    const values: Cell[] = layout.columns.map((column) => {
      if (column.type === "score") return null;
      return cellFor(column, (record as Record<string, unknown>)[column.key]);
    });
    for (const key of extraKeys) values.push((record.extra?.[key] as Cell | undefined) ?? null);
    const row = sheet.addRow(values);
    // Imported text is other people's: Text format keeps "=…" text even when someone edits the cell.
    row.eachCell((cell) => {
      if (typeof cell.value === "string" && startsLikeFormula(cell.value)) cell.numFmt = TEXT_NUMBER_FORMAT;
    });
    layout.columns.forEach((column, i) => {
      const cell = row.getCell(i + 1);
      if (column.type === "date" && cell.value instanceof Date) cell.numFmt = "yyyy-mm-dd";
      if (column.type === "list" || column.type === "text") cell.alignment = { wrapText: true, vertical: "top" };
      if (column.type === "score" && column.scoreOf) {
        const [a, b] = column.scoreOf.map((k) => `${letters.get(k)}${rowNumber}`);
        const l = (record as Record<string, unknown>)[column.scoreOf[0]];
        const r = (record as Record<string, unknown>)[column.scoreOf[1]];
        const result = typeof l === "number" && typeof r === "number" ? l * r : "";
        cell.value = { formula: `IF(AND(ISNUMBER(${a}),ISNUMBER(${b})),${a}*${b},"")`, result } as ExcelJS.CellFormulaValue;
      }
    });
  });
  const last = Math.max(2, records.length + 1);
  layout.columns.forEach((column, i) => {
    if (column.type !== "enum" || !column.values) return;
    const letter = columnLetter(i);
    for (let r = 2; r <= last; r++) {
      sheet.getCell(`${letter}${r}`).dataValidation = {
        type: "list",
        allowBlank: true,
        formulae: [`"${column.values.join(",")}"`],
      };
    }
  });
  void headers;
}

/** The structured workbook for one imported sheet, as .xlsx bytes. */
export async function writeStructuredWorkbook(imports: readonly SheetImport[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Crosswalk";
  for (const result of imports) {
    const layout = layoutForKind(result.kind);
    if (!layout) continue;
    addSheet(workbook, layout, result.records);
  }
  if (workbook.worksheets.length === 0) throw new Error("nothing to write: no sheet was recognised as one Crosswalk lays out");
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
