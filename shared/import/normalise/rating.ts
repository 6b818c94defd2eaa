import { quote } from "../../issues/issue";
import type { Scale } from "../../scoring/scale";
import type { GridValue } from "../../file-reader/grid";
import { isDateCell, isErrorCell } from "../../file-reader/grid";
import { fold } from "../text";
import { RATING_WORDS } from "../vocabulary/rating";
import { isEmptyMarker } from "./empty";
import { placeholderOutcome } from "./date";
import { EMPTY, invalid, type Note, type Outcome, value } from "./outcome";

/**
 * How to read rating words for one sheet: the number of levels of the scale (3 or 5 are common)
 * and, when the workbook's matrix names its levels, those names (level 1 first).
 */
export interface RatingScale {
  readonly levels: number;
  /** Level names, level 1 first (shown in hints). */
  readonly labels?: readonly string[];
  /** Every word naming each level (label and synonyms), level 1 first. */
  readonly words?: readonly (readonly string[])[];
}

/** The workbook matrix's scale (`matrix.likelihood`, `matrix.impact`) as the importer reads it. */
export function ratingScaleOf(scale: Scale): RatingScale {
  return {
    levels: scale.levels.length,
    labels: scale.levels.map((l) => l.label),
    words: scale.levels.map((l) => [l.label, ...(l.synonyms ?? [])]),
  };
}

function fromWord(text: string, scale: RatingScale): number | undefined {
  const folded = fold(text);
  const named = scale.words ?? scale.labels?.map((label) => [label]);
  const labelIndex = named?.findIndex((words) => words.some((word) => fold(word) === folded)) ?? -1;
  if (labelIndex >= 0) return labelIndex + 1;
  const word = RATING_WORDS.exactly(text);
  if (!word) return undefined;
  if (scale.levels === 3 && word.core) return word.level - 1;
  if (scale.levels === 5) return word.level;
  if (scale.levels === 3) return word.level <= 2 ? 1 : word.level >= 4 ? 3 : 2;
  // Other sizes: spread the five-point ladder over the scale.
  return Math.max(1, Math.min(scale.levels, Math.round(((word.level - 1) / 4) * (scale.levels - 1)) + 1));
}

function wholeNumber(n: number): number | undefined {
  const rounded = Math.round(n);
  return Math.abs(n - rounded) < 1e-9 ? rounded : undefined;
}

/**
 * A likelihood or impact level from a number (3), a numeric string ("3", "3.0"), a word in any
 * supported language ("Likely", "élevée", "hoch"), or a combination ("3 - Possible",
 * "High (4)", "12 (12)", "4/5"). Range checks against the matrix are validation's job.
 */
export function normaliseRating(cell: GridValue, scale: RatingScale): Outcome<number> {
  if (cell === null) return EMPTY;
  if (isErrorCell(cell)) return invalid("cell-error", `the cell shows the error ${cell.code}`);
  if (isDateCell(cell)) return invalid("rating-unreadable", "a date is not a rating", "Type a level such as 1–5 or a word such as Low/Medium/High.");
  if (typeof cell === "boolean") return invalid("rating-unreadable", `${String(cell).toUpperCase()} is not a rating`);
  if (typeof cell === "number") {
    const whole = wholeNumber(cell);
    return whole === undefined
      ? invalid("rating-not-whole", `${cell} is not a whole level`, "Levels are whole numbers (1 = lowest).")
      : value(whole);
  }
  const text = cell.trim();
  if (text === "" || isEmptyMarker(text)) return EMPTY;
  if (/^\[.*\]$/s.test(text) || /^<.*>$/s.test(text)) return placeholderOutcome(text);

  let m = /^(\d+(?:[.,]0+)?)$/.exec(text);
  if (m) return value(Number((m[1] ?? "").replace(",", ".")));
  m = /^(\d+(?:[.,]\d+)?)$/.exec(text);
  if (m) return invalid("rating-not-whole", `${quote(text)} is not a whole level`, "Levels are whole numbers (1 = lowest).");

  // "12 (12)", "3 (Possible)", "3 - Possible", "3 = Likely", "4/5", "L3"
  m = /^[A-Za-z]?\s*(\d+)\s*(?:\(([^)]*)\)|[-–—:=.)]\s*(.+)|\/\s*\d+)?$/s.exec(text);
  if (m) {
    const level = Number(m[1]);
    const second = (m[2] ?? m[3] ?? "").trim();
    return value(level, agreement(text, level, second, scale));
  }
  // "High (4)", "Possible - 3"
  m = /^(.+?)\s*(?:\(\s*(\d+)\s*\)|[-–—:=]\s*(\d+))$/s.exec(text);
  if (m) {
    const level = Number(m[2] ?? m[3]);
    return value(level, agreement(text, level, (m[1] ?? "").trim(), scale));
  }
  const fromText = fromWord(text, scale);
  if (fromText !== undefined) return value(fromText);
  return invalid(
    "rating-unreadable",
    `${quote(text)} is not a likelihood or impact level Crosswalk can read`,
    `Use a number 1–${scale.levels}${scale.labels ? ` or one of ${scale.labels.join(", ")}` : " or a word such as Low/Medium/High"}.`,
  );
}

/** When a cell gives both a number and a word (or two numbers), they should agree. */
function agreement(text: string, level: number, other: string, scale: RatingScale): Note[] {
  if (other === "") return [];
  const asNumber = /^\d+$/.test(other) ? Number(other) : fromWord(other, scale);
  if (asNumber === undefined || asNumber === level) return [];
  return [
    {
      code: "rating-disagrees",
      severity: "warning",
      message: `${quote(text)} gives two different levels (${level} and ${asNumber}); read as ${level}`,
      hint: "Keep one value per cell.",
    },
  ];
}
