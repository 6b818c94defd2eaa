import { type GridValue, isDateCell, isErrorCell, type SheetGrid } from "../file-reader/grid";
import { isEmptyMarker, isPlaceholder } from "./normalise/empty";
import { parseDateText } from "./normalise/date";
import { RATING_WORDS } from "./vocabulary/rating";
import { YES_NO_WORDS } from "./vocabulary/yes-no";

/**
 * What a column's values look like, from a sample of the rows under the header: used to confirm
 * or doubt what its header says (a "Likelihood" column of dates is not a likelihood) and to map
 * columns whose header says nothing (a column of A.5.2-style ids in an SoA).
 */
export interface ColumnProfile {
  /** Non-empty, non-placeholder values sampled. */
  readonly filled: number;
  readonly sampled: number;
  /** Rows looked at, empty or not. */
  readonly rows: number;
  readonly ratings: number;
  readonly dates: number;
  readonly yesNo: number;
  readonly annexAIds: number;
  readonly aiRmfIds: number;
  readonly numbers: number;
  readonly distinct: number;
  readonly averageLength: number;
}

const SAMPLE = 200;
const ANNEX_A = /^A\.\s?\d{1,2}(?:\.\d{1,2}){1,2}\b/i;
const AI_RMF = /^(?:GOVERN|MAP|MEASURE|MANAGE|GV|MP|MS|MG)[\s-]*\d{1,2}\.\d{1,2}\b/i;

function isRatingText(text: string): boolean {
  if (/^\d{1,2}(?:\s*\(\s*\d{1,2}\s*\))?$/.test(text)) return true;
  if (/^\d{1,2}\s*[-–—:=]\s*\S/.test(text)) return true;
  return RATING_WORDS.exactly(text) !== undefined;
}

export function profileColumn(grid: SheetGrid, column: number, firstRow: number): ColumnProfile {
  let sampled = 0;
  let rows = 0;
  let filled = 0;
  let ratings = 0;
  let dates = 0;
  let yesNo = 0;
  let annexAIds = 0;
  let aiRmfIds = 0;
  let numbers = 0;
  let length = 0;
  const distinct = new Set<string>();
  for (let r = firstRow; r < grid.values.length && sampled < SAMPLE && rows < SAMPLE * 5; r++) {
    const cell: GridValue = grid.values[r]?.[column] ?? null;
    rows++;
    if (cell === null) continue;
    sampled++;
    if (typeof cell === "number") {
      filled++;
      numbers++;
      distinct.add(String(cell));
      if (Number.isInteger(cell) && cell >= 0 && cell <= 10) ratings++;
      if (cell > 3653 && cell < 80000) dates++;
      if (cell === 0 || cell === 1) yesNo++;
      continue;
    }
    if (typeof cell === "boolean") {
      filled++;
      yesNo++;
      distinct.add(String(cell));
      continue;
    }
    if (isDateCell(cell)) {
      filled++;
      dates++;
      distinct.add(String(cell.serial));
      continue;
    }
    if (isErrorCell(cell)) continue;
    const text = cell.trim();
    if (text === "" || isPlaceholder(text)) continue;
    if (text.length <= 20 && isEmptyMarker(text)) {
      if (/^n\.?\s?\/?\s?a\.?$/i.test(text)) yesNo++;
      continue;
    }
    filled++;
    length += text.length;
    distinct.add(text);
    if (text.length <= 40) {
      if (isRatingText(text)) ratings++;
      if (YES_NO_WORDS.lookup(text) !== undefined) yesNo++;
      if (parseDateText(text) !== undefined || parseDateText(text.split(/\s+[—–-]\s+/)[0] ?? "") !== undefined) dates++;
      if (/^-?\d+(?:[.,]\d+)?$/.test(text)) numbers++;
    }
    if (ANNEX_A.test(text)) annexAIds++;
    if (AI_RMF.test(text)) aiRmfIds++;
  }
  return {
    filled,
    sampled,
    rows,
    ratings,
    dates,
    yesNo,
    annexAIds,
    aiRmfIds,
    numbers,
    distinct: distinct.size,
    averageLength: filled > 0 ? length / filled : 0,
  };
}
