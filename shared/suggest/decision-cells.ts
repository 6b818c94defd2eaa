import type { GridValue } from "../file-reader/grid";
import type { LayoutColumn, SheetLayout } from "../layout/sheet-layout";
import { type SheetCell, writeCell } from "../workbook-snapshot/cell-codec";
import { valueAt } from "../util/value-at";

/** Where an accepted suggestion lands in a record: the fields of `acceptSuggestion`. */
const REFERENCE_FIELDS: ReadonlySet<string> = new Set(["aiRmfRefs", "iso42001Refs", "genAiRisks", "trustworthiness"]);
const DECISIONS_PATH = "suggestions";

/** One cell of a record's row to write: its column's header and the new value. */
export interface DecisionCell {
  readonly header: string;
  readonly value: SheetCell;
}

const asList = (value: unknown): readonly string[] => (Array.isArray(value) ? value.map(String) : typeof value === "string" ? [value] : []);

function cellText(cell: GridValue | undefined): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "object") return "";
  return String(cell).trim();
}

/** An added reference goes after what the cell already holds, as the person typed it. */
function appended(column: LayoutColumn, existing: GridValue | undefined, added: readonly string[]): SheetCell {
  const text = writeCell(column, added);
  const current = cellText(existing);
  if (current === "") return text;
  return `${current}${column.type === "refs" ? ", " : "\n"}${String(text)}`;
}

/**
 * The cells of a record's row that decisions on its suggestions change, and nothing else: the
 * reference columns that gained an accepted reference (appended to what the cell holds, whose
 * own spelling is kept) and the *Accepted Suggestions*, *Suggestions Accepted By* and *Rejected
 * Suggestions* columns when they changed. `before` and `after` are the record as read and as
 * decided (`decideRecords`); `existing` gives the row's current cell under a header.
 */
export function decisionCells(layout: SheetLayout, before: object, after: object, existing: (header: string) => GridValue | undefined): DecisionCell[] {
  const out: DecisionCell[] = [];
  for (const column of layout.columns) {
    const path = column.path ?? [column.key];
    if (REFERENCE_FIELDS.has(column.key) && path.length === 1) {
      const held = new Set(asList(valueAt(before, path)));
      const added = asList(valueAt(after, path)).filter((ref) => !held.has(ref));
      if (added.length > 0) out.push({ header: column.header, value: appended(column, existing(column.header), added) });
      continue;
    }
    if (path[0] !== DECISIONS_PATH) continue;
    const was = valueAt(before, path);
    const now = valueAt(after, path);
    if (JSON.stringify(was) === JSON.stringify(now)) continue;
    // A list emptied (a rejection withdrawn by accepting) is written blank, not left as it was.
    out.push({ header: column.header, value: now === undefined ? "" : writeCell(column, now) });
  }
  return out;
}
