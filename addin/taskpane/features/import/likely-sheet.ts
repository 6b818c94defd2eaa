import type { SheetGrid } from "../../../../shared/file-reader/grid";

/** The sheet with the most filled cells: a README first sheet should not be the default. */
export function pickLikelySheet(sheets: readonly SheetGrid[]): string {
  let best = sheets[0];
  let bestCount = -1;
  for (const s of sheets) {
    let n = 0;
    for (const row of s.values) for (const v of row) if (v !== null && v !== "") n++;
    if (n > bestCount) {
      best = s;
      bestCount = n;
    }
  }
  return best?.name ?? "";
}
