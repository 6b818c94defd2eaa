import { isoToSerial } from "../import/normalise/date";
import type { DualConformanceReport } from "../report/report";
import { reportTables } from "../report/render/tables";
import type { SheetCell } from "./cell-codec";

/** The sheet a pulled consolidated report is written to. Crosswalk owns it: pulling again replaces it. */
export const REPORT_SHEET = "Consolidated Report";
/** Its ownership marker. */
export const REPORT_SHEET_KIND = "consolidated-report";

/** A rectangle of the sheet (0-based) and how it looks. */
export interface SheetFormat {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
  readonly numberFormat?: string;
  readonly bold?: boolean;
  /** #RRGGBB */
  readonly fill?: string;
}

/** A cell that links to another cell of the same sheet (0-based), e.g. a contents row to its section. */
export interface SheetLink {
  readonly row: number;
  readonly column: number;
  readonly to: { readonly row: number; readonly column: number };
}

export interface ReportSheet {
  readonly name: string;
  readonly rows: readonly (readonly SheetCell[])[];
  readonly formats: readonly SheetFormat[];
  /** Column widths in characters. */
  readonly columnWidths: readonly number[];
  /** Where each section starts (0-based row of its title), in report order. */
  readonly sections: readonly { readonly id: string; readonly title: string; readonly row: number }[];
  /** Each contents row's title links to its section's title cell. */
  readonly links: readonly SheetLink[];
}

export interface ReportSheetOptions {
  /** When the report was pulled (shown in the sheet's heading; the caller's clock). */
  readonly pulledAt?: string;
  /** Where it came from, e.g. the API's URL. */
  readonly source?: string;
}

const HEADER_FILL = "#DDEBF7";
const MAX_WIDTH = 60;

/**
 * The consolidated report as one sheet that reads without the add-in: a heading, a contents
 * list, then every table of the report (the same tables as the CSV and XLSX renderers), one
 * after another, each under its bold title with a shaded header row and a blank row after it.
 * Values, never formulas; ratios as numbers formatted as percentages, dates as dates.
 */
export function reportSheet(report: DualConformanceReport, options: ReportSheetOptions = {}): ReportSheet {
  const tables = reportTables(report);
  const rows: SheetCell[][] = [];
  const formats: SheetFormat[] = [];
  const widths: number[] = [];
  const widen = (column: number, cell: SheetCell) => {
    const length = cell === null ? 0 : typeof cell === "number" ? 10 : String(cell).split("\n").reduce((m, l) => Math.max(m, l.length), 0);
    widths[column] = Math.min(MAX_WIDTH, Math.max(widths[column] ?? 8, length + 2));
  };

  rows.push(["Consolidated dual-conformance report — NIST AI RMF 1.0 and ISO/IEC 42001:2023"]);
  formats.push({ row: 0, column: 0, rows: 1, columns: 1, bold: true });
  const pulled = [options.pulledAt ? `pulled ${options.pulledAt}` : undefined, options.source ? `from ${options.source}` : undefined].filter(Boolean).join(" ");
  rows.push([`${report.org.name} · as of ${report.asOf} · ${report.summary.teams} team${report.summary.teams === 1 ? "" : "s"}${pulled ? ` · ${pulled}` : ""}`]);
  rows.push(["Written by Crosswalk from the API: values, not formulas. Pulling the report again replaces this sheet."]);
  rows.push([]);
  rows.push(["Contents", "Row"]);
  formats.push({ row: rows.length - 1, column: 0, rows: 1, columns: 2, bold: true, fill: HEADER_FILL });
  const contentsAt = rows.length;
  for (const table of tables) rows.push([table.title, null]);
  rows.push([]);

  const sections: { id: string; title: string; row: number }[] = [];
  tables.forEach((table, index) => {
    const titleRow = rows.length;
    sections.push({ id: table.id, title: table.title, row: titleRow });
    // 1-based row number, as Excel shows it.
    (rows[contentsAt + index] as SheetCell[])[1] = titleRow + 1;
    rows.push([table.title]);
    formats.push({ row: titleRow, column: 0, rows: 1, columns: 1, bold: true });
    rows.push(table.columns.map((c) => c.header));
    formats.push({ row: titleRow + 1, column: 0, rows: 1, columns: table.columns.length, bold: true, fill: HEADER_FILL });
    table.columns.forEach((c, i) => widen(i, c.header));
    const first = rows.length;
    for (const row of table.rows) {
      rows.push(
        table.columns.map((column, i) => {
          const cell = row[i] ?? null;
          if (column.kind === "date" && typeof cell === "string") return isoToSerial(cell) ?? cell;
          return cell;
        }),
      );
      row.forEach((cell, i) => widen(i, cell));
    }
    if (table.rows.length > 0) {
      table.columns.forEach((column, i) => {
        const numberFormat = column.kind === "ratio" ? "0%" : column.kind === "date" ? "yyyy-mm-dd" : undefined;
        if (numberFormat) formats.push({ row: first, column: i, rows: table.rows.length, columns: 1, numberFormat });
      });
    }
    rows.push([]);
  });
  const links = sections.map((section, index) => ({ row: contentsAt + index, column: 0, to: { row: section.row, column: 0 } }));
  return { name: REPORT_SHEET, rows, formats, columnWidths: widths.map((w) => w ?? 8), sections, links };
}
