import type { KindSpec } from "./field-spec";
import { type CellRange, type GridValue, isDateCell, isErrorCell, type SheetGrid } from "../file-reader/grid";
import type { HeaderScorer } from "./header-match";

/**
 * Finding the header: registers put titles, banners and instructions above it, split it over
 * two rows ("Inherent risk" merged over "Likelihood | Impact"), break header text over lines and
 * add hints in brackets. Every row near the top (and every pair of adjacent rows) is read as a
 * candidate header and scored by how many fields of one sheet kind its cells name.
 */

/** How far down a header may sit. */
export const HEADER_SEARCH_ROWS = 60;

export interface HeaderCandidate {
  /** First and last grid row of the header (equal for a one-row header). */
  readonly start: number;
  readonly end: number;
  /** Header text per column ("" where none). */
  readonly texts: readonly string[];
  /** Best kind for this header and its score. */
  readonly kind: string | undefined;
  readonly score: number;
}

function headerText(value: GridValue): string {
  if (typeof value === "string") return value.trim();
  if (typeof value === "number") return String(value);
  if (value === null || typeof value === "boolean" || isDateCell(value) || isErrorCell(value)) return "";
  return "";
}

/** Horizontal merges per row, to spread a group header over the columns it spans. */
function mergesByRow(grid: SheetGrid): Map<number, CellRange[]> {
  const byRow = new Map<number, CellRange[]>();
  for (const merge of grid.merges ?? []) {
    if (merge.startRow >= HEADER_SEARCH_ROWS + 1) continue;
    for (let r = merge.startRow; r <= Math.min(merge.endRow, HEADER_SEARCH_ROWS + 1); r++) {
      const list = byRow.get(r) ?? [];
      list.push(merge);
      byRow.set(r, list);
    }
  }
  return byRow;
}

function rowTexts(grid: SheetGrid, row: number, width: number): string[] {
  const values = grid.values[row] ?? [];
  const texts: string[] = [];
  for (let c = 0; c < width; c++) texts.push(headerText(values[c] ?? null));
  return texts;
}

/**
 * Combines a group row over a detail row. A group label spreads over its merge, or (without
 * merge information, as in CSV) to the right while the detail row continues under it. Merges
 * spanning most of the sheet are banners, not groups.
 */
function combine(top: string[], bottom: string[], topRow: number, merges: Map<number, CellRange[]>, width: number): string[] {
  const filled = [...top];
  const used = new Set<number>();
  for (const merge of merges.get(topRow) ?? []) {
    const span = merge.endColumn - merge.startColumn + 1;
    if (span > Math.max(2, width * 0.6) || merge.startRow !== topRow) continue;
    const label = top[merge.startColumn] ?? "";
    if (label.length > 60) continue;
    for (let c = merge.startColumn; c <= merge.endColumn && c < width; c++) {
      filled[c] = label;
      used.add(c);
    }
  }
  for (let c = 1; c < width; c++) {
    if (used.has(c) || (top[c] ?? "") !== "") continue;
    const left = filled[c - 1] ?? "";
    if (left !== "" && left.length <= 60 && (bottom[c] ?? "") !== "" && (bottom[c - 1] ?? "") !== "") filled[c] = left;
  }
  // "External harms: Individual": the colon keeps the group as its own variant for matching.
  return filled.map((t, c) => {
    const b = bottom[c] ?? "";
    if (t !== "" && b !== "" && t !== b) return `${t}: ${b}`;
    return t !== "" ? t : b;
  });
}

/** Score of one header candidate for one kind: Σ over fields of the best cell's score × weight. */
function scoreFor(texts: readonly string[], spec: KindSpec, scorer: HeaderScorer): { score: number; fields: number } {
  const best = new Map<string, number>();
  for (const text of texts) {
    if (text === "") continue;
    for (const match of scorer(text)) {
      if (match.kind !== spec.kind || match.score < 0.5) continue;
      const previous = best.get(match.field.name) ?? 0;
      if (match.score > previous) best.set(match.field.name, match.score);
    }
  }
  let score = 0;
  for (const [name, s] of best) {
    const field = spec.fields.find((f) => f.name === name);
    score += s * (0.5 + (field?.weight ?? 0));
  }
  return { score, fields: best.size };
}

function bestKind(texts: readonly string[], specs: readonly KindSpec[], scorer: HeaderScorer): { kind: string | undefined; score: number } {
  let kind: string | undefined;
  let score = 0;
  for (const spec of specs) {
    const s = scoreFor(texts, spec, scorer);
    if (s.fields >= 2 && s.score > score) {
      score = s.score;
      kind = spec.kind;
    }
  }
  return { kind, score };
}

/**
 * A row can be the upper half of a two-row header only if it is merged somewhere, or if it
 * leaves gaps above filled cells of the row below ("Inherent risk" | "" over "Likelihood" | "Impact").
 */
function mayBeGroupRow(top: readonly string[], bottom: readonly string[], merged: boolean): boolean {
  if (merged) return true;
  let gapOverFilled = false;
  let labelOverFilled = false;
  for (let c = 0; c < bottom.length; c++) {
    if ((bottom[c] ?? "") === "") continue;
    if ((top[c] ?? "") === "") gapOverFilled = true;
    else labelOverFilled = true;
  }
  return gapOverFilled && labelOverFilled;
}

function looksLikeHeaderRow(texts: readonly string[]): boolean {
  let filled = 0;
  for (const t of texts) if (t !== "" && t.length <= 300) filled++;
  return filled >= 2;
}

/**
 * The best header among the top rows, or undefined when no row names at least two fields of any
 * kind. Ties go to the higher row.
 */
export function findHeader(grid: SheetGrid, specs: readonly KindSpec[], scorer: HeaderScorer, width: number): HeaderCandidate | undefined {
  const limit = Math.min(grid.values.length, HEADER_SEARCH_ROWS);
  const merges = mergesByRow(grid);
  let best: HeaderCandidate | undefined;
  const consider = (candidate: HeaderCandidate) => {
    if (candidate.kind === undefined) return;
    if (!best || candidate.score > best.score + 1e-9) best = candidate;
  };
  let previous: string[] | undefined;
  for (let r = 0; r < limit; r++) {
    const texts = rowTexts(grid, r, width);
    if (looksLikeHeaderRow(texts)) {
      const single = bestKind(texts, specs, scorer);
      consider({ start: r, end: r, texts, ...single });
    }
    if (previous && looksLikeHeaderRow(texts) && mayBeGroupRow(previous, texts, merges.has(r - 1))) {
      const combined = combine(previous, texts, r - 1, merges, width);
      const pair = bestKind(combined, specs, scorer);
      // A two-row header must beat each of its rows clearly, or it is a banner over a header.
      consider({ start: r - 1, end: r, texts: combined, ...pair, score: pair.score * 0.97 });
    }
    previous = texts;
    // Rows well below a found header are data; no need to read them as headers.
    if (best && r > best.end + 12) break;
  }
  return best ? withSubHeader(grid, best, merges, width, specs, scorer) : undefined;
}

/**
 * A one-row header whose group cells are merged across columns over a row of sub-headers
 * ("External harms" over "Individual | Societal") takes that row too, even when the group
 * words alone score as well: the sub-header row is not data.
 */
function withSubHeader(
  grid: SheetGrid,
  header: HeaderCandidate,
  merges: Map<number, CellRange[]>,
  width: number,
  specs: readonly KindSpec[],
  scorer: HeaderScorer,
): HeaderCandidate {
  if (header.start !== header.end) return header;
  const row = header.end;
  const groups = (merges.get(row) ?? []).filter((m) => m.startRow === row && m.endColumn > m.startColumn);
  if (groups.length === 0) return header;
  const below = rowTexts(grid, row + 1, width);
  const values = grid.values[row + 1] ?? [];
  let under = 0;
  for (let c = 0; c < width; c++) {
    const v = values[c] ?? null;
    if (v === null || (typeof v === "string" && v.trim() === "")) continue;
    if (typeof v !== "string" || v.length > 60) return header;
    const inGroup = groups.some((m) => c >= m.startColumn && c <= m.endColumn);
    if (!inGroup && (header.texts[c] ?? "") !== "") return header;
    under++;
  }
  if (under < 2) return header;
  const texts = combine([...header.texts], below, row, merges, width);
  const pair = bestKind(texts, specs, scorer);
  return pair.kind === undefined ? header : { start: row, end: row + 1, texts, ...pair };
}

/**
 * Without any recognised header: the first row with at least two short text cells, followed by
 * a non-empty row. Used to explain an unknown sheet in terms of its columns.
 */
export function fallbackHeader(grid: SheetGrid, width: number): HeaderCandidate | undefined {
  const limit = Math.min(grid.values.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const texts = rowTexts(grid, r, width);
    const short = texts.filter((t) => t !== "" && t.length <= 120 && !/^-?\d+(?:\.\d+)?$/.test(t)).length;
    if (short >= 2) return { start: r, end: r, texts, kind: undefined, score: 0 };
  }
  return undefined;
}

/** A header row a template was saved with, taken as it is. */
export function headerAt(grid: SheetGrid, start: number, end: number, width: number): HeaderCandidate {
  const merges = mergesByRow(grid);
  let texts = rowTexts(grid, start, width);
  for (let r = start + 1; r <= end; r++) texts = combine(texts, rowTexts(grid, r, width), r - 1, merges, width);
  return { start, end, texts, kind: undefined, score: 0 };
}
