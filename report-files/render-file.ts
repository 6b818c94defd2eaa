import type { DualConformanceReport } from "../shared/report/report";
import { FORMAT_EXTENSION, FORMAT_MEDIA_TYPE, isTextFormat, renderReport, type RenderOptions } from "../shared/report/render/index";
import type { ReportFormat } from "../shared/api/report";
import { renderXlsx } from "./render-xlsx";

export interface RenderedReport {
  readonly format: ReportFormat;
  readonly mediaType: string;
  readonly extension: string;
  readonly body: string | Buffer;
}

/**
 * The report in any format, ready to send or write: the one entry point for the API route and the
 * CLI, which is why it lives outside both (the CLI does not reach into the API's internals).
 * `options.csvTable` picks one CSV table (an unknown id throws a RangeError listing the ids).
 */
export async function renderReportFile(report: DualConformanceReport, format: ReportFormat, options: RenderOptions = {}): Promise<RenderedReport> {
  if (isTextFormat(format)) return renderReport(report, format, options);
  return { format, mediaType: FORMAT_MEDIA_TYPE.xlsx, extension: FORMAT_EXTENSION.xlsx, body: await renderXlsx(report) };
}
