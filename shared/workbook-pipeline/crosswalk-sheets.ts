import type { GridValue, SheetGrid } from "../file-reader/grid";
import type { SheetLayout } from "../layout/sheet-layout";

/**
 * Whether a sheet is laid out as Crosswalk lays it out: its first row is the layout's header,
 * key column first. Set-up, a pulled version and `crosswalk import --out` all write exactly that.
 *
 * Why not the ownership marker: set-up records one (a worksheet custom property, `CrosswalkKind`)
 * but a file read by SheetJS does not show it, and the add-in and the CLI must judge a workbook
 * alike, from what both see. A sheet merely *named* like one of Crosswalk's ("Risk Register", a
 * common name) with a banner or its own header is not enough.
 */
export function isLaidOut(grid: SheetGrid, layout: SheetLayout): boolean {
  if ((grid.origin?.row ?? 0) !== 0) return false;
  const texts = (grid.values[0] ?? []).map(headerText).filter((t) => t !== "");
  const key = layout.columns[0];
  if (!key || texts[0] !== fold(key.header)) return false;
  const headers = new Set(layout.columns.map((c) => fold(c.header)));
  const found = texts.filter((t) => headers.has(t)).length;
  return found >= Math.min(2, layout.columns.length);
}

const fold = (text: string) => text.replace(/\s+/g, " ").trim().toLowerCase();

function headerText(cell: GridValue | undefined): string {
  return typeof cell === "string" ? fold(cell) : "";
}
