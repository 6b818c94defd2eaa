import type { DualConformanceReport } from "./report";

/**
 * The report's top-level sections a client may ask for alone (`?sections=` of the report API).
 * The envelope — `reportVersion`, `kind`, `org`, `asOf` — always comes with them.
 */
export const REPORT_SECTIONS = [
  "teams",
  "summary",
  "aiRmf",
  "iso42001",
  "iso27001",
  "sp80053",
  "activities",
  "riskPosture",
  "programme",
  "readiness",
  "method",
] as const satisfies readonly (keyof DualConformanceReport)[];
export type ReportSectionName = (typeof REPORT_SECTIONS)[number];

/** Where the lists people ask for by their own name live, for the error that refuses the name. */
export const SECTION_HINTS: Readonly<Record<string, ReportSectionName>> = {
  gaps: "readiness",
  soa: "iso42001",
  clauseEvidence: "iso42001",
  topRisks: "riskPosture",
  heatMaps: "riskPosture",
  overlay: "iso27001",
};

/** The envelope and the asked sections, in the report's own order (a section the report lacks, e.g. `sp80053`, stays out). */
export function selectSections(report: DualConformanceReport, sections: readonly ReportSectionName[]): Partial<DualConformanceReport> {
  const wanted = new Set<string>(["reportVersion", "kind", "org", "asOf", ...sections]);
  return Object.fromEntries(Object.entries(report).filter(([name]) => wanted.has(name))) as Partial<DualConformanceReport>;
}
