import { quote } from "../../issues/issue";
import { profileLevelOf } from "../../model/profile-level";
import type { GridValue } from "../../file-reader/grid";
import { isDateCell, isErrorCell } from "../../file-reader/grid";
import { isEmptyMarker, isPlaceholder } from "./empty";
import { placeholderOutcome, serialToIso } from "./date";
import { EMPTY, invalid, type Note, type Outcome, value } from "./outcome";

/**
 * Text that would run as a formula if it were typed or pasted into a cell (CSV/formula injection):
 * `=`, `+`, `@`, or `-` before a letter or bracket, possibly after a tab or carriage return.
 */
export function isFormulaLike(text: string): boolean {
  return /^[\t\r]*(?:[=+@]\S|-[A-Za-z(])/.test(text);
}

function formulaNote(text: string): Note {
  return {
    code: "formula-like-text",
    severity: "warning",
    message: `${quote(text, 40)} starts like a formula; kept as plain text and never run`,
    hint: "If it was meant as text, that is what Crosswalk keeps. If it came from an untrusted file, check where it came from.",
  };
}

/** Free text: trimmed, empty markers and template text read as empty, numbers and dates as text. */
export function normaliseText(cell: GridValue): Outcome<string> {
  if (cell === null) return EMPTY;
  if (typeof cell === "number") return value(String(cell));
  if (typeof cell === "boolean") return value(cell ? "TRUE" : "FALSE");
  if (isDateCell(cell)) return value(serialToIso(cell.serial) ?? String(cell.serial));
  if (isErrorCell(cell)) return invalid("cell-error", `the cell shows the error ${cell.code}`, "Fix the formula or type the value.");
  const text = cell.replace(/\r\n?/g, "\n").trim();
  if (text === "") return EMPTY;
  if (text.length <= 24 && isEmptyMarker(text)) return EMPTY;
  if (text.length <= 200 && isPlaceholder(text)) return placeholderOutcome(text);
  return isFormulaLike(text) ? value(text, [formulaNote(text)]) : value(text);
}

/**
 * A record key: one line, trimmed. A number stays as typed (1 → "1"). A date in an id column is
 * almost always an id Excel converted ("1-2" → 2 Jan), so it is reported rather than guessed.
 */
export function normaliseRecordId(cell: GridValue): Outcome<string> {
  if (isDateCell(cell)) {
    return invalid(
      "id-became-date",
      `Excel shows this id as the date ${serialToIso(cell.serial) ?? cell.serial}; the id it was typed as is lost`,
      "Format the column as Text and type the id again.",
    );
  }
  const outcome = normaliseText(cell);
  if (outcome.kind !== "value") return outcome;
  const oneLine = outcome.value.replace(/\s+/g, " ").trim();
  if (oneLine.length > 256) return invalid("id-too-long", `${quote(oneLine)} is too long for an id (over 256 characters)`);
  return value(oneLine, outcome.notes);
}

/** AI RMF profile state 0–4 (0 Not in place … 4 Managed), as a number, name or label. */
const PROFILE_LEVELS: readonly (readonly string[])[] = [
  ["0", "none", "not in place", "not implemented", "absent", "non existent"],
  ["1", "initial", "ad hoc", "ad-hoc"],
  ["2", "partial", "partially", "developing", "repeatable"],
  ["3", "defined", "established", "consistent"],
  ["4", "managed", "optimised", "optimized", "optimising", "measured"],
];

export function normaliseProfileLevel(cell: GridValue): Outcome<number> {
  if (cell === null) return EMPTY;
  if (typeof cell === "number") {
    if (Number.isInteger(cell) && cell >= 0 && cell <= 4) return value(cell);
    return invalid("profile-level-unknown", `${cell} is not a profile level 0–4`, "Use 0 Not in place, 1 Initial, 2 Partial, 3 Defined or 4 Managed.");
  }
  if (typeof cell !== "string") return invalid("profile-level-unknown", "not a profile level", "Use 0–4.");
  const known = profileLevelOf(cell);
  if (known !== undefined) return value(known);
  const text = cell.trim().toLowerCase().replace(/\s+/g, " ");
  if (text === "" || isEmptyMarker(text)) return EMPTY;
  if (isPlaceholder(text)) return placeholderOutcome(cell);
  const head = /^(\d)\b/.exec(text)?.[1];
  const index = PROFILE_LEVELS.findIndex((names) => names.includes(text) || (head !== undefined && names[0] === head));
  if (index >= 0) return value(index);
  return invalid("profile-level-unknown", `${quote(cell)} is not a profile level`, "Use 0 Not in place, 1 Initial, 2 Partial, 3 Defined or 4 Managed.");
}
