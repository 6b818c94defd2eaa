import type { FrameworkId } from "../catalog/framework";
import { type GridValue, type SheetGrid } from "../file-reader/grid";

/**
 * Which standard a column of bare control ids belongs to. `A.5.2` exists in ISO/IEC 42001 *and*
 * ISO/IEC 27001, but most ids only exist in one: 42001 Annex A runs A.2–A.10 with three-part ids
 * under A.6 (A.6.2.4); 27001:2022 Annex A runs A.5.1–A.5.37, A.6.1–A.6.8, A.7.1–A.7.14,
 * A.8.1–A.8.34. The header, the sheet name and the text above the header break a tie;
 * ISO/IEC 42001 is the default.
 */
export function inferControlFramework(values: readonly GridValue[], context: readonly string[]): FrameworkId {
  let iso42001 = 0;
  let iso27001 = 0;
  for (const value of values) {
    if (typeof value !== "string") continue;
    const m = /^\s*A\.?\s?(\d{1,2})\.(\d{1,2})(?:\.(\d{1,2}))?\b/i.exec(value);
    if (!m) continue;
    const section = Number(m[1]);
    const item = Number(m[2]);
    const third = m[3] !== undefined;
    if (section <= 4 || section >= 9 || third) iso42001++;
    else if (
      (section === 5 && item > 5) ||
      (section === 6 && !third) ||
      (section === 7 && (item === 1 || item > 6)) ||
      (section === 8 && (item === 1 || item > 5))
    )
      iso27001++;
  }
  if (iso42001 !== iso27001) return iso42001 > iso27001 ? "iso42001" : "iso27001";
  const text = context.join(" ");
  const says42001 = /42001/.test(text);
  const says27001 = /2700[12]/.test(text);
  if (says27001 && !says42001) return "iso27001";
  return "iso42001";
}

/** Text above the header (titles, banners): context for guessing frameworks and kinds. */
export function textAbove(grid: SheetGrid, headerStart: number): string[] {
  const out: string[] = [];
  for (let r = 0; r < headerStart && r < 60; r++) {
    for (const value of grid.values[r] ?? []) if (typeof value === "string" && value.trim() !== "") out.push(value);
  }
  return out;
}
