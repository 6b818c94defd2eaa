import type ExcelJS from "exceljs";
import type { DualConformanceReport } from "../shared/report/report";
import { type Cell, type ReportTable, reportTables } from "../shared/report/render/tables";
import { startsLikeFormula, TEXT_NUMBER_FORMAT } from "../shared/spreadsheet/formula-injection";

/** Sheet names (Excel allows 31 characters) per report table id; unknown ids fall back to the id. */
export const SHEET_NAMES: Readonly<Record<string, string>> = {
  summary: "Summary",
  teams: "Teams",
  readiness: "Readiness",
  gaps: "Gaps",
  programme: "Programme",
  certification: "Certification cycle",
  "ai-rmf-rollup": "AI RMF functions",
  "ai-rmf-subcategories": "AI RMF subcategories",
  "ai-rmf-teams": "AI RMF per team",
  "ai-rmf-profile": "AI RMF profile",
  "ai-rmf-references": "AI RMF reference issues",
  "iso42001-clause-evidence": "42001 clause evidence",
  "soa-controls": "SoA consolidated",
  "soa-teams": "SoA per team",
  "soa-findings": "SoA findings",
  "iso27001-overlay": "27001 overlay (inferred)",
  activities: "Activities",
  "heat-map": "Heat map",
  "top-risks": "Top risks",
  overdue: "Overdue",
  "risk-findings": "Risk findings",
  "risk-categories": "Risks by category",
  "risk-teams": "Risk registers",
  method: "Method",
};

const HEADER_FILL = "FF1F3864";
const WORD_FILL: Readonly<Record<string, string>> = {
  present: "FFC6EFCE",
  direct: "FFC6EFCE",
  implemented: "FFC6EFCE",
  partial: "FFFFEB9C",
  inferred: "FFDDEBF7",
  medium: "FFFFEB9C",
  overdue: "FFFFC7CE",
  missing: "FFFFC7CE",
  none: "FFFFC7CE",
  high: "FFFFC7CE",
};
/** Columns whose words get a fill: statuses and priorities. */
const STATUS_COLUMNS = new Set(["status", "aiRmf", "iso42001", "priority"]);

function argb(hex: string): string {
  return /^#[0-9A-Fa-f]{6}$/.test(hex) ? `FF${hex.slice(1).toUpperCase()}` : "FFDDDDDD";
}

function excelValue(value: Cell, kind: string | undefined): ExcelJS.CellValue {
  if (value === null) return null;
  if (kind === "date" && typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [y, m, d] = value.split("-").map(Number) as [number, number, number];
    return new Date(Date.UTC(y, m - 1, d));
  }
  // Strings are written as shared strings, never as formulas, so "=…" stays text (see addTableSheet).
  return value;
}

function sheetName(table: ReportTable, used: Set<string>): string {
  const base = (SHEET_NAMES[table.id] ?? table.id).replace(/[[\]:*?/\\]/g, " ").slice(0, 31);
  let name = base;
  for (let k = 2; used.has(name.toLowerCase()); k += 1) name = `${base.slice(0, 27)} (${k})`;
  used.add(name.toLowerCase());
  return name;
}

function addTableSheet(workbook: ExcelJS.Workbook, table: ReportTable, name: string): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", xSplit: 0, ySplit: 1 }] });
  sheet.columns = table.columns.map((column) => {
    const longest = Math.max(column.header.length, ...table.rows.slice(0, 500).map((row) => String(row[table.columns.indexOf(column)] ?? "").length));
    return {
      header: column.header,
      key: column.key,
      width: Math.min(60, Math.max(8, longest + 2)),
      style: column.kind === "ratio" ? { numFmt: "0%" } : column.kind === "date" ? { numFmt: "yyyy-mm-dd" } : {},
    };
  });
  for (const row of table.rows) {
    const added = sheet.addRow(row.map((value, k) => excelValue(value, table.columns[k]?.kind)));
    // Strings are stored as text, never formulas; Text format keeps them so when someone edits the cell.
    added.eachCell((cell) => {
      if (typeof cell.value === "string" && startsLikeFormula(cell.value)) cell.numFmt = TEXT_NUMBER_FORMAT;
    });
  }
  const header = sheet.getRow(1);
  header.font = { bold: true, color: { argb: "FFFFFFFF" } };
  header.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } };
  header.alignment = { vertical: "middle", wrapText: true };
  // The header inherits each column's number format; a date or percent format on a text cell confuses readers.
  header.eachCell((cell) => {
    cell.numFmt = "@";
  });
  if (table.rows.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  table.columns.forEach((column, k) => {
    const excelColumn = sheet.getColumn(k + 1);
    if ((excelColumn.width ?? 0) >= 60) excelColumn.alignment = { wrapText: true, vertical: "top" };
    if (!STATUS_COLUMNS.has(column.key)) return;
    excelColumn.eachCell({ includeEmpty: false }, (cell, rowNumber) => {
      if (rowNumber === 1) return;
      const fill = WORD_FILL[String(cell.value ?? "")];
      if (fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: fill } };
    });
  });
  return sheet;
}

/** Colours the heat map sheet's count cells with the common matrix's band colours. */
function colourHeatMap(sheet: ExcelJS.Worksheet, report: DualConformanceReport): void {
  const matrix = report.riskPosture.commonMatrix;
  const nL = matrix.likelihood.length;
  const colours = new Map(matrix.bands.map((band) => [band.id, argb(band.colour)]));
  for (let block = 0; block < 2; block += 1) {
    for (let k = 0; k < nL; k += 1) {
      const l = nL - 1 - k;
      const row = sheet.getRow(2 + block * nL + k);
      matrix.impact.forEach((_, i) => {
        const cell = row.getCell(3 + i);
        cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: colours.get(matrix.cellBands[l]?.[i] ?? "") ?? "FFDDDDDD" } };
        cell.alignment = { horizontal: "center" };
        cell.font = { bold: Number(cell.value ?? 0) > 0 };
      });
    }
  }
}

/**
 * The report as an .xlsx workbook that opens in Excel without the add-in: one sheet per report
 * table (the same tables as the CSV), a styled and frozen header row with filters, ratio columns as
 * percentages, dates as dates, statuses coloured, and the heat map in its band colours.
 */
export async function renderXlsx(report: DualConformanceReport): Promise<Buffer> {
  // Loaded on first use: exceljs takes ~250 ms to import, which no other request should pay for
  // (the Lambda installs it beside the bundle rather than in it; see infra/stack.ts).
  const { Workbook } = (await import("exceljs")).default;
  const workbook = new Workbook();
  workbook.creator = "Crosswalk";
  workbook.title = `Dual-conformance report — ${report.org.name} — ${report.asOf}`;
  // The report's date, not the clock, so the document properties say what the content reflects.
  const asOf = new Date(`${report.asOf}T00:00:00Z`);
  workbook.created = asOf;
  workbook.modified = asOf;
  const used = new Set<string>();
  for (const table of reportTables(report)) {
    const sheet = addTableSheet(workbook, table, sheetName(table, used));
    if (table.id === "heat-map") colourHeatMap(sheet, report);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
