import type { DualConformanceReport } from "../../shared/report/report";
import { FORMAT_EXTENSION, FORMAT_MEDIA_TYPE, isTextFormat, renderReport, type RenderOptions } from "../../shared/report/render/index";
import { renderXlsx } from "./render-xlsx";

import { REPORT_FORMATS, type ReportFormat } from "../../shared/api/report";

export function isReportFormat(value: string): value is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(value);
}

export interface RenderedReport {
  readonly format: ReportFormat;
  readonly mediaType: string;
  readonly extension: string;
  readonly body: string | Buffer;
}

/**
 * The report in any format, ready to send or write: the one entry point for the API route and the
 * CLI. `options.csvTable` picks one CSV table (an unknown id throws a RangeError listing the ids).
 */
export async function renderReportFile(report: DualConformanceReport, format: ReportFormat, options: RenderOptions = {}): Promise<RenderedReport> {
  if (isTextFormat(format)) return renderReport(report, format, options);
  return { format, mediaType: FORMAT_MEDIA_TYPE.xlsx, extension: FORMAT_EXTENSION.xlsx, body: await renderXlsx(report) };
}
