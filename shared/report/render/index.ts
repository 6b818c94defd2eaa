import type { DualConformanceReport } from "../report";
import { renderCsv } from "./csv";
import { renderHtml } from "./html";
import { renderJson } from "./json";
import { renderMarkdown } from "./markdown";
import { renderOscalJson } from "./oscal";

/** The formats `shared/` renders to text. XLSX is rendered in Node (`report-files/render-xlsx.ts`). */
export const TEXT_FORMATS = ["json", "csv", "md", "html", "oscal"] as const;
export type TextFormat = (typeof TEXT_FORMATS)[number];

export function isTextFormat(value: string): value is TextFormat {
  return (TEXT_FORMATS as readonly string[]).includes(value);
}

export const FORMAT_MEDIA_TYPE: Readonly<Record<TextFormat | "xlsx", string>> = {
  json: "application/json",
  csv: "text/csv; charset=utf-8",
  md: "text/markdown; charset=utf-8",
  html: "text/html; charset=utf-8",
  oscal: "application/json",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

export const FORMAT_EXTENSION: Readonly<Record<TextFormat | "xlsx", string>> = {
  json: "json",
  csv: "csv",
  md: "md",
  html: "html",
  oscal: "oscal.json",
  xlsx: "xlsx",
};

export interface RenderedText {
  readonly format: TextFormat;
  readonly mediaType: string;
  /** e.g. `oscal.json`: for a file name such as `dual-conformance-2026-09-30.oscal.json`. */
  readonly extension: string;
  readonly body: string;
}

export interface RenderOptions {
  /** CSV only: one table by id instead of all of them. */
  readonly csvTable?: string;
}

/** The report in one of the text formats, with the media type and file extension to serve it under. */
export function renderReport(report: DualConformanceReport, format: TextFormat, options: RenderOptions = {}): RenderedText {
  const body = (() => {
    switch (format) {
      case "json":
        return renderJson(report);
      case "csv":
        return renderCsv(report, options.csvTable !== undefined ? { table: options.csvTable } : {});
      case "md":
        return renderMarkdown(report);
      case "html":
        return renderHtml(report);
      case "oscal":
        return renderOscalJson(report);
    }
  })();
  return { format, mediaType: FORMAT_MEDIA_TYPE[format], extension: FORMAT_EXTENSION[format], body };
}

export { csvField, csvTableIds, renderCsv, renderCsvFiles, tableToCsv, type CsvFile, type CsvOptions } from "./csv";
export { MAX_TEAM_COLUMNS, reportDocument, type Block, type DocCell, type RichCell, type Tone } from "./document";
export { escapeHtml } from "./escape-html";
export { renderHtml } from "./html";
export { renderCompactJson, renderJson } from "./json";
export { escapeMarkdown, renderMarkdown } from "./markdown";
export { OSCAL_NS, OSCAL_VERSION, oscalControlId, renderOscal, renderOscalJson, type OscalAssessmentResults, type OscalFinding, type OscalObservation, type OscalResult } from "./oscal";
export { reportTables, type Cell, type Column, type ReportTable } from "./tables";
