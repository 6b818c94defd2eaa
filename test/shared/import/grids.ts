import type { GridValue, SheetGrid } from "../../../shared/file-reader/grid";

/** A sheet grid for tests: rows of cell values, plus any of the optional grid fields. */
export function grid(rows: GridValue[][], extra: Partial<Omit<SheetGrid, "values">> = {}): SheetGrid {
  return { name: "Sheet1", ...extra, values: rows };
}

/** Deep-freezes a value so that any mutation by the code under test throws. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object") {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
