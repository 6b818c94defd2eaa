import { quote } from "../../issues/issue";
import type { GridValue } from "../../file-reader/grid";
import { isDateCell, isErrorCell } from "../../file-reader/grid";
import { YES_NO_WORDS } from "../vocabulary/yes-no";
import { isPlaceholder } from "./empty";
import { placeholderOutcome } from "./date";
import { EMPTY, invalid, type Outcome, value } from "./outcome";

/**
 * A yes/no flag: booleans, 1/0, "Yes", " y ", "X", "✓", "oui", "Nein", "N/A" (= no), "Excluded",
 * and a leading yes/no followed by more text ("Yes – required by the AI policy"), whose rest the
 * importer offers to a companion field such as the justification.
 */
export function normaliseYesNo(cell: GridValue): Outcome<boolean> {
  if (cell === null) return EMPTY;
  if (typeof cell === "boolean") return value(cell);
  if (typeof cell === "number") {
    if (cell === 1) return value(true);
    if (cell === 0) return value(false);
    return invalid("yes-no-unreadable", `${cell} is not yes or no`, "Type Yes or No.");
  }
  if (isErrorCell(cell)) return invalid("cell-error", `the cell shows the error ${cell.code}`);
  if (isDateCell(cell)) return invalid("yes-no-unreadable", "a date is not yes or no", "Type Yes or No.");
  const text = cell.trim();
  if (text === "") return EMPTY;
  const match = YES_NO_WORDS.lookup(text);
  if (match) return value(match.value, undefined, match.rest);
  if (/^[-–—]+$/.test(text)) return EMPTY;
  if (isPlaceholder(text)) return placeholderOutcome(text);
  return invalid("yes-no-unreadable", `${quote(text)} is not yes or no`, "Type Yes or No.");
}
