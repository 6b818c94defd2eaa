import type { GridValue } from "../../file-reader/grid";
import { isDateCell, isErrorCell } from "../../file-reader/grid";
import { isEmptyMarker, isPlaceholder } from "./empty";
import { serialToIso } from "./date";

const BULLET = /^\s*(?:[-–—•·*▪◦●○►>]+|\(?\d{1,3}[.)]|\(?[a-z][.)]|[ivx]{1,4}[.)])\s+/i;

function clean(item: string): string {
  return item.replace(BULLET, "").replace(/\s+/g, " ").trim();
}

function keep(item: string): boolean {
  return item !== "" && !isEmptyMarker(item) && !isPlaceholder(item);
}

/**
 * Splits a cell holding several items. Line breaks win (numbered or bulleted lines, as in
 * "1. Daily regression suite…\n2. Hash check…"); then semicolons or bars; then commas, but only
 * when every part is short — a sentence with commas stays one item.
 */
export function splitList(text: string): string[] {
  const t = text.trim();
  if (t === "" || isEmptyMarker(t)) return [];
  if (/[\r\n]/.test(t)) return t.split(/\r?\n|\r/).map(clean).filter(keep);
  if (/[;|]/.test(t)) return t.split(/[;|]/).map(clean).filter(keep);
  if (t.includes(",")) {
    const parts = t.split(",").map(clean);
    const short = parts.every((p) => p.length <= 60 && p.split(" ").length <= 6);
    if (short && parts.length > 1) return parts.filter(keep);
  }
  const single = clean(t);
  return keep(single) ? [single] : [];
}

/** A cell as list items: text is split, a number or date becomes one item. */
export function listItems(cell: GridValue): string[] {
  if (cell === null || typeof cell === "boolean") return cell === true ? ["TRUE"] : [];
  if (typeof cell === "number") return [String(cell)];
  if (isDateCell(cell)) return [serialToIso(cell.serial) ?? String(cell.serial)];
  if (isErrorCell(cell)) return [];
  return splitList(cell);
}
