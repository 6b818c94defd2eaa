import { neutraliseCsvText } from "../../spreadsheet/formula-injection";
import type { DualConformanceReport } from "../report";
import { type Cell, type ReportTable, reportTables } from "./tables";

const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One CSV field: numbers and booleans as they are; text made formula-safe, then quoted when it
 * holds a comma, quote or line break (RFC 4180). `null` is an empty field.
 *
 * @example csvField("=HYPERLINK(\"x\")") // "'=HYPERLINK(""x"")" quoted
 */
export function csvField(value: Cell): string {
  if (value === null) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  const safe = neutraliseCsvText(value);
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One table as CSV text: a header row, then the rows; CRLF line ends (RFC 4180). */
export function tableToCsv(table: ReportTable): string {
  const lines = [table.columns.map((column) => csvField(column.header)).join(",")];
  for (const row of table.rows) lines.push(row.map(csvField).join(","));
  return `${lines.join("\r\n")}\r\n`;
}

export interface CsvFile {
  /** e.g. `gaps.csv`. */
  readonly name: string;
  readonly table: string;
  readonly title: string;
  readonly text: string;
}

/** One CSV file per report table, named after the table id. */
export function renderCsvFiles(report: DualConformanceReport): CsvFile[] {
  return reportTables(report).map((table) => ({ name: `${table.id}.csv`, table: table.id, title: table.title, text: tableToCsv(table) }));
}

export interface CsvOptions {
  /** Only this table (by id, e.g. `gaps`); unknown ids throw a RangeError naming the known ones. */
  readonly table?: string;
  /** Start with a UTF-8 byte order mark so Excel reads the text as UTF-8. Default true. */
  readonly bom?: boolean;
}

/** The ids `renderCsv`'s `table` option accepts, in report order. */
export function csvTableIds(report: DualConformanceReport): string[] {
  return reportTables(report).map((table) => table.id);
}

/**
 * The report as one CSV document. With `table`, that table alone (a plain CSV). Without it, every
 * table in report order, each introduced by a row holding its title (`# Gaps by priority`) and
 * followed by a blank line — one download that still opens as a single sheet.
 */
export function renderCsv(report: DualConformanceReport, options: CsvOptions = {}): string {
  const tables = reportTables(report);
  const bom = options.bom === false ? "" : "\uFEFF";
  if (options.table !== undefined) {
    const table = tables.find((t) => t.id === options.table);
    if (!table) throw new RangeError(`unknown report table "${options.table}"; expected one of ${tables.map((t) => t.id).join(", ")}`);
    return bom + tableToCsv(table);
  }
  return bom + tables.map((table) => `${csvField(`# ${table.title}`)}\r\n${tableToCsv(table)}`).join("\r\n");
}
