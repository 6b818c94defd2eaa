/**
 * An imported record as the cells of a structured sheet row, the way Office.js writes them: the
 * shared layout's cell encoding (`writeCell`: dates as Excel serials, Yes/No, one list item per
 * line, reference ids bare where the column names the framework, scores left to the formula).
 */
export { writeCell as cellFor } from "../../shared/workbook-snapshot/cell-codec";

/** Values not in the layout, kept as "Header: value" lines so nothing imported is lost. */
export function extraLines(extra: Readonly<Record<string, unknown>> | undefined): string | undefined {
  if (!extra) return undefined;
  const lines = Object.entries(extra)
    .filter(([, v]) => v !== null && v !== undefined && String(v).trim() !== "")
    .map(([k, v]) => `${k.replace(/\s+/g, " ").trim()}: ${String(v)}`);
  return lines.length ? lines.join("\n") : undefined;
}
