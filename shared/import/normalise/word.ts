import { quote } from "../../issues/issue";
import type { GridValue } from "../../file-reader/grid";
import { isDateCell, isErrorCell } from "../../file-reader/grid";
import type { Vocabulary } from "../vocabulary/vocabulary";
import { isEmptyMarker, isPlaceholder } from "./empty";
import { placeholderOutcome } from "./date";
import { EMPTY, invalid, type Outcome, value } from "./outcome";

/**
 * A value from a closed set (treatment, status, stage …) read through its vocabulary. Text after
 * the recognised word is passed on as `rest` ("Mitigate – add MFA").
 */
export function normaliseWord<T>(
  cell: GridValue,
  words: Vocabulary<T>,
  what: string,
  allowed: readonly string[],
  options: { readonly naIsValue?: boolean } = {},
): Outcome<T> {
  if (cell === null) return EMPTY;
  if (isErrorCell(cell)) return invalid("cell-error", `the cell shows the error ${cell.code}`);
  if (typeof cell !== "string" || isDateCell(cell)) {
    const shown = typeof cell === "object" ? "a date" : String(cell);
    return invalid(`${what.replace(/\s+/g, "-")}-unknown`, `${shown} is not a ${what}`, `Use one of: ${allowed.join(", ")}.`);
  }
  const text = cell.trim();
  if (text === "") return EMPTY;
  if (options.naIsValue) {
    const match = words.lookup(text);
    if (match) return value(match.value, undefined, match.rest);
  }
  if (isEmptyMarker(text)) return EMPTY;
  if (isPlaceholder(text)) return placeholderOutcome(text);
  const match = words.lookup(text);
  if (match) return value(match.value, undefined, match.rest);
  return invalid(
    `${what.replace(/\s+/g, "-")}-unknown`,
    `${quote(text)} is not a ${what} Crosswalk knows`,
    `Use one of: ${allowed.join(", ")}.`,
  );
}

/** Every value a cell names ("Developer / Deployer" → both). */
export function normaliseWords<T>(cell: GridValue, words: Vocabulary<T>, what: string, allowed: readonly string[]): Outcome<T[]> {
  if (cell === null) return EMPTY;
  if (typeof cell !== "string") return invalid(`${what.replace(/\s+/g, "-")}-unknown`, `${String(cell)} is not a ${what}`, `Use one of: ${allowed.join(", ")}.`);
  const text = cell.trim();
  if (text === "" || isEmptyMarker(text)) return EMPTY;
  if (isPlaceholder(text)) return placeholderOutcome(text);
  const found = words.all(text);
  if (found.length > 0) return value(found);
  return invalid(`${what.replace(/\s+/g, "-")}-unknown`, `${quote(text)} is not a ${what} Crosswalk knows`, `Use one of: ${allowed.join(", ")}.`);
}
