import type { DualConformanceReport } from "../report";

/** The report model (or some of its sections, `selectSections`) as JSON text (two-space indent, trailing newline): byte-identical for the same input. */
export function renderJson(report: DualConformanceReport | Partial<DualConformanceReport>): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
