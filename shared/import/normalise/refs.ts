import type { FrameworkId } from "../../catalog/framework";
import { FRAMEWORK_NAME } from "../../catalog/framework";
import { quote } from "../../issues/issue";
import { keepUnknownId, parseFrameworkId } from "../../catalog/framework-ids";
import type { GridValue } from "../../file-reader/grid";
import { isDateCell, isErrorCell } from "../../file-reader/grid";
import { isEmptyMarker, isPlaceholder } from "./empty";
import { serialToIso } from "./date";
import { EMPTY, invalid, type Note, type Outcome, value } from "./outcome";

export interface RefsContext {
  readonly framework: FrameworkId;
  /**
   * The column numbers controls the way ISO/IEC 27002 does (5.15 rather than A.5.15): bare
   * two-part numbers are read as Annex A controls.
   */
  readonly annexANumbers?: boolean;
}

const LEADING_ID =
  /^(?:(?:GOVERN|MAP|MEASURE|MANAGE|GV|MP|MS|MG)[\s-]*\d{1,2}\.\d{1,2}|[A-Z]\.\s?\d{1,2}(?:\.\d{1,2}){0,3}|\d{1,2}(?:\.\d{1,2}){1,3}|[A-Z]{2}-\d{1,2}(?:\(\d{1,2}\))?)/i;

/** What a framework id looks like, for keeping one the catalog does not know. */
const ID_SHAPE =
  /^(?:(?:GOVERN|MAP|MEASURE|MANAGE|GV|MP|MS|MG)[\s-]*\d{1,2}\.\d{1,2}|A\.\s?\d{1,2}(?:\.\d{1,2}){1,3}|\d{1,2}(?:\.\d{1,2}){1,3}|[A-Z]{2}-\d{1,2}(?:\(\d{1,2}\))?)$/i;

/** NIST AI 600-1 numbers its suggested actions under AI RMF subcategories: GV-6.1-005. */
const GENAI_ACTION = /^(GV|MP|MS|MG)-(\d{1,2}\.\d{1,2})-(\d{3})$/i;

function splitIds(text: string): string[] {
  return text
    .split(/[,;\n\r|]+|\s+\/\s+|\s+(?:and|et|und|y|e|en)\s+|\s*&\s*/i)
    .map((s) => s.trim().replace(/^["'“”‘’]+|["'“”‘’.:]+$/g, "").trim())
    .filter((s) => s !== "" && !isEmptyMarker(s) && !isPlaceholder(s));
}

/**
 * Framework references of one column (`framework` is the column's framework: users type bare
 * ids). Items are split on commas, semicolons, line breaks, bars and spaced slashes, each read by
 * the id parser, including ids Excel turned into numbers or dates. Unreadable items are reported
 * with the parser's suggestions and left out.
 */
export function normaliseRefs(cell: GridValue, context: RefsContext): Outcome<string[]> {
  if (cell === null || typeof cell === "boolean") return EMPTY;
  if (isErrorCell(cell)) return invalid("cell-error", `the cell shows the error ${cell.code}`);
  const items: unknown[] = [];
  if (typeof cell === "number") items.push(cell);
  else if (isDateCell(cell)) items.push(serialToIso(cell.serial) ?? cell.serial);
  else {
    const text = cell.trim();
    if (text === "" || isEmptyMarker(text)) return EMPTY;
    if (isPlaceholder(text)) return EMPTY;
    items.push(...splitIds(text));
  }
  const ids: string[] = [];
  const notes: Note[] = [];
  const unreadable: string[] = [];
  const actions: string[] = [];
  const corrections: string[] = [];
  for (const item of items) {
    const id = readOne(item, context, actions, corrections);
    if (id === undefined) unreadable.push(String(item));
    else if (!ids.includes(id)) ids.push(id);
  }
  if (corrections.length > 0) {
    notes.push({
      code: "ref-corrected",
      severity: "info",
      message: `read ${corrections.join("; ")}`,
      hint: "Check that this is the id you meant; type ids as text to stop Excel changing them.",
    });
  }
  if (actions.length > 0) {
    notes.push({
      code: "ref-genai-action",
      severity: "info",
      message: `${actions.map((a) => quote(a, 20)).join(", ")} ${actions.length === 1 ? "is a NIST AI 600-1 suggested action" : "are NIST AI 600-1 suggested actions"}; recorded as ${actions.length === 1 ? "its" : "their"} AI RMF subcategory`,
    });
  }
  if (unreadable.length > 0) {
    const suggestions = unreadable.flatMap((u) => {
      const r = parseFrameworkId(u, context.framework);
      return r.ok ? [] : r.suggestions.slice(0, 3);
    });
    notes.push({
      code: "ref-unreadable",
      severity: "warning",
      message: `${unreadable.map((u) => quote(u, 30)).join(", ")} ${unreadable.length === 1 ? "is not" : "are not"} ${FRAMEWORK_NAME[context.framework]} ${unreadable.length === 1 ? "an id" : "ids"} Crosswalk can read`,
      hint: suggestions.length > 0 ? `Did you mean ${[...new Set(suggestions)].join(", ")}?` : `Write ids as in ${exampleOf(context.framework)}.`,
    });
  }
  if (ids.length === 0 && unreadable.length > 0) {
    const note = notes[notes.length - 1];
    return invalid(note?.code ?? "ref-unreadable", note?.message ?? "unreadable ids", note?.hint);
  }
  return ids.length === 0 ? EMPTY : value(ids, notes);
}

function exampleOf(framework: FrameworkId): string {
  switch (framework) {
    case "ai-rmf":
      return "GOVERN 1.1, MAP 2.3";
    case "iso42001":
      return "A.5.2, 6.1.3";
    case "iso27001":
      return "A.5.15, 9.2";
    case "sp800-53":
      return "AC-2, IA-4";
    case "iso27001-2013":
      return "A.12.4.1, 9.2";
  }
}

function readOne(item: unknown, context: RefsContext, actions: string[], corrections: string[]): string | undefined {
  if (typeof item !== "string") {
    const parsed = parseFrameworkId(item, context.framework);
    if (parsed.ok && parsed.correction) corrections.push(`${String(item)} as ${parsed.ref} (${parsed.correction})`);
    return parsed.ok ? parsed.id : undefined;
  }
  let text = item;
  const action = context.framework === "ai-rmf" ? GENAI_ACTION.exec(text) : null;
  if (action) {
    text = `${action[1]}-${action[2]}`;
    actions.push(item);
  }
  if (context.annexANumbers && /^\d{1,2}\.\d{1,2}$/.test(text)) text = `A.${text}`;
  const whole = parseFrameworkId(text, context.framework);
  if (whole.ok) {
    if (whole.correction) corrections.push(`${item} as ${whole.ref} (${whole.correction})`);
    return whole.id;
  }
  const leading = LEADING_ID.exec(text)?.[0];
  if (leading && leading !== text) {
    const head = parseFrameworkId(context.annexANumbers && /^\d{1,2}\.\d{1,2}$/.test(leading) ? `A.${leading}` : leading, context.framework);
    if (head.ok) return head.id;
    if (head.code === "id.unknown" && ID_SHAPE.test(leading)) return keepUnknownId(leading, context.framework);
  }
  // Well-formed but not in the catalog: kept, so validation reports it with a suggestion.
  if (whole.code === "id.unknown" && ID_SHAPE.test(text)) return keepUnknownId(text, context.framework);
  return undefined;
}
