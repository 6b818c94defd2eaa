import type { CellValue } from "../../port/workbook-port";

/**
 * Adds ids to a reference cell that may already hold some ("A.2.2, A.5.2" or one per line),
 * keeping the existing ones and their order, never adding one twice (case-insensitive).
 */
export function mergeRefs(existing: CellValue, add: readonly string[]): { value: string; added: number } {
  const current = existing === null ? [] : String(existing).split(/[,;\n]/).map((s) => s.trim()).filter(Boolean);
  const seen = new Set(current.map((s) => s.toLowerCase()));
  let added = 0;
  for (const ref of add) {
    if (seen.has(ref.toLowerCase())) continue;
    seen.add(ref.toLowerCase());
    current.push(ref);
    added++;
  }
  return { value: current.join(", "), added };
}
