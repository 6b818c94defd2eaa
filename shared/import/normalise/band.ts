import { quote } from "../../issues/issue";
import type { GridValue } from "../../file-reader/grid";
import { isDateCell, isErrorCell } from "../../file-reader/grid";
import type { RatingBand } from "../../scoring/band";
import { bandByName } from "../../scoring/band-of";
import { RATING_WORDS, type RatingWord } from "../vocabulary/rating";
import { placeholderOutcome } from "./date";
import { isEmptyMarker } from "./empty";
import { EMPTY, invalid, type Note, type Outcome, value } from "./outcome";

/**
 * A qualitative rating ("High", "élevé", "ΥΨΗΛΟΣ", "10 (MEDIUM)") read as the id of a band of the
 * workbook's matrix. A word names a band by its id or label, or through the rating vocabulary (a
 * word on the five-point ladder names the band of that place); a number is a score and names
 * the band that holds it. A cell giving both, where they disagree, is read by its word and flagged
 * with both values.
 */
export type BandSpec = Pick<RatingBand, "id" | "label" | "min" | "max">;

/** Names a band on the five-point ladder may go by, most specific first. */
const LADDER_NAMES: Readonly<Record<RatingWord["level"], readonly string[]>> = {
  1: ["very low", "very-low", "negligible", "minimal", "low"],
  2: ["low", "minor"],
  3: ["medium", "moderate"],
  4: ["high", "major"],
  5: ["very high", "very-high", "critical", "extreme", "severe", "high"],
};

function bandOfWord(text: string, bands: readonly BandSpec[]): BandSpec | undefined {
  const named = bandByName(bands, text);
  if (named) return bands.find((band) => band.id === named.id);
  const word = RATING_WORDS.exactly(text);
  if (!word) return undefined;
  for (const name of LADDER_NAMES[word.level]) {
    const found = bandByName(bands, name);
    if (found) return bands.find((band) => band.id === found.id);
  }
  return undefined;
}

function bandOfScore(score: number, bands: readonly BandSpec[]): BandSpec | undefined {
  return bands.find((band) => score >= band.min && score <= band.max);
}

function names(bands: readonly BandSpec[]): string {
  return bands.map((band) => band.label).join(", ");
}

function unreadable(text: string, bands: readonly BandSpec[]): Outcome<never> {
  return invalid("rating-not-a-band", `${quote(text)} is not a band of the risk matrix (${names(bands)})`, `Use one of ${names(bands)}, or a score.`);
}

function fromScore(score: number, text: string, bands: readonly BandSpec[]): Outcome<string> {
  const band = bandOfScore(score, bands);
  if (!band) return invalid("rating-not-a-band", `the score ${text} is outside the matrix's bands (${names(bands)})`);
  return value(band.id, [{ code: "rating-from-score", severity: "info", message: `the score ${text} read as ${band.label}, the matrix's band for it` }]);
}

/** "10 (MEDIUM)", "MEDIUM (10)", "High - 12": the word's band, flagged when the score's band differs. */
function fromPair(text: string, word: string, score: number, bands: readonly BandSpec[]): Outcome<string> | undefined {
  const named = bandOfWord(word, bands);
  if (!named) return undefined;
  const scored = bandOfScore(score, bands);
  if (!scored || scored.id === named.id) return value(named.id);
  const note: Note = {
    code: "rating-disagrees-with-matrix",
    severity: "warning",
    message: `${quote(text)} labels the score ${score} ${named.label}, but the matrix rates ${score} ${scored.label}; kept ${named.label}`,
    hint: "Correct the label or the score, or check that the workbook's matrix is the one the register used.",
  };
  return value(named.id, [note]);
}

export function normaliseBand(cell: GridValue, bands: readonly BandSpec[]): Outcome<string> {
  if (cell === null) return EMPTY;
  if (isErrorCell(cell)) return invalid("cell-error", `the cell shows the error ${cell.code}`);
  if (isDateCell(cell) || typeof cell === "boolean") return invalid("rating-not-a-band", `${String(cell)} is not a rating`, `Use one of ${names(bands)}.`);
  if (typeof cell === "number") return fromScore(cell, String(cell), bands);
  const text = cell.trim();
  if (text === "" || isEmptyMarker(text)) return EMPTY;
  if (/^\[.*\]$/s.test(text) || /^<.*>$/s.test(text)) return placeholderOutcome(text);
  if (/^\d+(?:[.,]\d+)?$/.test(text)) return fromScore(Number(text.replace(",", ".")), text, bands);
  const whole = bandOfWord(text, bands);
  if (whole) return value(whole.id);
  const scoreFirst = /^(\d+)\s*(?:\(\s*([^)]+?)\s*\)|[-–—:=]\s*(.+))$/s.exec(text);
  if (scoreFirst) return fromPair(text, (scoreFirst[2] ?? scoreFirst[3] ?? "").trim(), Number(scoreFirst[1]), bands) ?? unreadable(text, bands);
  const wordFirst = /^(.+?)\s*(?:\(\s*(\d+)\s*\)|[-–—:=]\s*(\d+))$/s.exec(text);
  if (wordFirst) return fromPair(text, (wordFirst[1] ?? "").trim(), Number(wordFirst[2] ?? wordFirst[3]), bands) ?? unreadable(text, bands);
  return unreadable(text, bands);
}
