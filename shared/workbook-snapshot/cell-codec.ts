import { splitNamespaced } from "../catalog/framework";
import type { FrameworkId } from "../catalog/framework";
import type { GridValue } from "../file-reader/grid";
import { isDateCell, isErrorCell } from "../file-reader/grid";
import { type DateOrder, isoToSerial, normaliseDate, serialToIso } from "../import/normalise/date";
import { EMPTY, invalid, type Note, type Outcome, value } from "../import/normalise/outcome";
import { normaliseRating, type RatingScale } from "../import/normalise/rating";
import { normaliseRefs } from "../import/normalise/refs";
import { normaliseProfileLevel } from "../import/normalise/text-value";
import { normaliseYesNo } from "../import/normalise/yes-no";
import type { LayoutColumn } from "../layout/sheet-layout";
import type { RiskAction } from "../model/risk";
import type { RatingBand } from "../scoring/band";
import { bandByName } from "../scoring/band-of";
import { DEFAULT_MATRIX } from "../scoring/presets";
import { formatActions, parseActions } from "./actions-cell";

/** What a structured sheet's cell holds when Crosswalk writes it: dates as Excel serials. */
export type SheetCell = string | number | boolean | null;

/**
 * A model value as the cell of its layout column, the way a person would type it: dates as
 * Excel date serials (the column is date-formatted), Yes/No, one list item per line, reference
 * ids bare where the column names their framework (`A.5.2`; others keep their prefix), enum
 * lists by label, qualitative ratings by their band's label on the workbook's matrix (`bands`;
 * the default matrix's when not given). Scores are the sheet's formulas, so their cells are
 * left alone (null).
 */
export function writeCell(column: LayoutColumn, value: unknown, bands: readonly Pick<RatingBand, "id" | "label">[] = DEFAULT_MATRIX.bands): SheetCell {
  if (value === undefined || value === null) return null;
  switch (column.type) {
    case "score":
      return null;
    case "date":
      return typeof value === "string" ? (isoToSerial(value) ?? value) : null;
    case "bool":
      return value === true ? "Yes" : value === false ? "No" : null;
    case "list":
      return Array.isArray(value) ? oneLine(value.map(String)) : String(value);
    case "refs": {
      const ids = Array.isArray(value) ? value.map(String) : [String(value)];
      return ids.map((id) => refText(id, column.framework)).join(", ");
    }
    case "enum-list": {
      const items = Array.isArray(value) ? value.map(String) : [String(value)];
      return items.map((item) => column.labels?.[item] ?? item).join("\n");
    }
    case "actions":
      // Imported rows carry actions as plain descriptions; snapshots as RiskAction records.
      return Array.isArray(value)
        ? formatActions(value.map((a): RiskAction => (typeof a === "string" ? { description: a } : (a as RiskAction))))
        : String(value);
    case "level":
    case "number":
      return typeof value === "number" ? value : String(value);
    case "value":
      return typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? value : String(value);
    case "band":
      return bands.find((band) => band.id === value)?.label ?? String(value);
    case "text":
    case "id":
    case "enum":
      return String(value);
  }
}

function oneLine(items: readonly string[]): string {
  return items.map((item) => item.replace(/\s*\r?\n\s*/g, " ")).join("\n");
}

/** Bare when the column's framework reads it back as the same id; the full id otherwise. */
function refText(id: string, framework: FrameworkId | undefined): string {
  const split = splitNamespaced(id);
  if (!split || !framework || split.framework !== framework) return id;
  const back = normaliseRefs(split.ref, { framework });
  return back.kind === "value" && back.value.length === 1 && back.value[0] === id ? split.ref : id;
}

/** How to read the cells of one sheet. */
export interface ReadContext {
  /** The workbook matrix's scales, for levels written as words. */
  readonly likelihood: RatingScale;
  readonly impact: RatingScale;
  /** Day/month order of dates typed as text such as 03/04/2026. */
  readonly dateOrder: DateOrder;
  /** The sheet is the AI RMF profile, whose numbers are states 0–4 (Defined, Managed … read too). */
  readonly profileLevels?: boolean;
  /** The workbook matrix's rating bands, for qualitative ratings; the default matrix's when absent. */
  readonly bands?: readonly Pick<RatingBand, "id" | "label">[];
}

/** What one cell reads as: a model value, nothing, or a refusal with a reason. */
export type CellOutcome = Outcome<unknown>;

/**
 * Reads one cell of a layout column back into its model value. Exact for what `writeCell`
 * writes; forgiving for what people type (words for levels, dates as text, `In progress` for
 * `in-progress`, `GV-1.1` for `GOVERN 1.1`), with the importer's readers for dates, yes/no,
 * levels and references. Text is trimmed and otherwise kept as typed.
 */
export function readCell(column: LayoutColumn, cell: GridValue, context: ReadContext): CellOutcome {
  if (cell === null || cell === "") return EMPTY;
  if (isErrorCell(cell)) return invalid("cell-error", `the cell shows the error ${cell.code}`, "Fix the formula or type the value.");
  switch (column.type) {
    case "score":
      return EMPTY;
    case "text":
    case "id": {
      const text = plainText(cell);
      if (text === undefined) return EMPTY;
      return column.type === "id" ? value(text.replace(/\s+/g, " ")) : value(text);
    }
    case "date":
      return normaliseDate(cell, { order: context.dateOrder, orderKnown: false });
    case "bool":
      return normaliseYesNo(cell);
    case "level":
      return normaliseRating(cell, /likelihood/i.test(column.key) ? context.likelihood : context.impact);
    case "number": {
      if (context.profileLevels) return normaliseProfileLevel(cell);
      if (typeof cell === "number") return value(cell);
      const text = plainText(cell);
      if (text === undefined) return EMPTY;
      const n = Number(text.replace(",", "."));
      return Number.isFinite(n) && /\d/.test(text) ? value(n) : invalid("number-unreadable", `"${text}" is not a number`);
    }
    case "value":
      if (typeof cell === "number" || typeof cell === "boolean") return value(cell);
      if (isDateCell(cell)) return value(serialToIso(cell.serial) ?? cell.serial);
      return plainText(cell) === undefined ? EMPTY : value(plainText(cell));
    case "list": {
      const text = plainText(cell);
      if (text === undefined) return EMPTY;
      const items = lines(text);
      return items.length === 0 ? EMPTY : value(items);
    }
    case "enum": {
      const text = plainText(cell);
      if (text === undefined) return EMPTY;
      const found = enumValue(column, text);
      return found !== undefined
        ? value(found)
        : invalid("value-not-allowed", `"${text}" is not one of ${(column.values ?? []).join(", ")}`, "Choose a value from the cell's dropdown.");
    }
    case "enum-list": {
      const text = plainText(cell);
      if (text === undefined) return EMPTY;
      const out: string[] = [];
      for (const item of lines(text)) {
        const found = enumValue(column, item);
        if (found === undefined) {
          const allowed = (column.values ?? []).map((v) => column.labels?.[v] ?? v).join("; ");
          return invalid("value-not-allowed", `"${item}" is not one of: ${allowed}`, "Put one value per line, spelled as listed.");
        }
        if (!out.includes(found)) out.push(found);
      }
      return out.length === 0 ? EMPTY : value(out);
    }
    case "refs":
      return readRefs(cell, column.framework ?? "iso42001");
    case "band": {
      const text = plainText(cell);
      if (text === undefined) return EMPTY;
      const bands = context.bands ?? DEFAULT_MATRIX.bands;
      const band = bandByName(bands, text);
      const names = bands.map((b) => b.label).join(", ");
      return band ? value(band.id) : invalid("rating-not-a-band", `"${text}" is not a band of the workbook's risk matrix (${names})`, `Use one of ${names}.`);
    }
    case "actions": {
      const text = plainText(cell);
      if (text === undefined) return EMPTY;
      const { actions, problems } = parseActions(text);
      const first = problems[0];
      if (first) return invalid("action-unreadable", `line ${first.line}: ${first.message}`, "Write details as [id: A-1; owner: …; due: 2026-07-01; status: in-progress; completed: 2026-06-20].");
      return actions.length === 0 ? EMPTY : value(actions);
    }
  }
}

function plainText(cell: GridValue): string | undefined {
  if (cell === null) return undefined;
  if (typeof cell === "string") {
    const text = cell.replace(/\r\n?/g, "\n").trim();
    return text === "" ? undefined : text;
  }
  if (typeof cell === "number") return String(cell);
  if (typeof cell === "boolean") return cell ? "Yes" : "No";
  if (isDateCell(cell)) return serialToIso(cell.serial) ?? String(cell.serial);
  return undefined;
}

function lines(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

const foldEnum = (text: string) => text.trim().toLowerCase().replace(/[\s_–—-]+/g, "-");

function enumValue(column: LayoutColumn, text: string): string | undefined {
  const values = column.values ?? [];
  if (values.includes(text)) return text;
  const folded = foldEnum(text);
  return values.find((v) => foldEnum(v) === folded || (column.labels?.[v] !== undefined && foldEnum(column.labels[v] ?? "") === folded));
}

/**
 * Items are separated by commas, semicolons or line breaks. Namespaced ids (`ISO27001:A.5.15`,
 * `ORG:AI-07`) are kept as written; bare ids go through the importer's id parser. Order is kept,
 * repeats dropped. An item that is no id is reported (as an error: it would be lost).
 */
function readRefs(cell: GridValue, framework: FrameworkId): CellOutcome {
  if (typeof cell !== "string") return normaliseRefs(cell, { framework });
  const ids: string[] = [];
  const notes: Note[] = [];
  for (const item of cell.split(/[,;\n\r]+/).map((s) => s.trim()).filter((s) => s !== "")) {
    if (/^[A-Z][A-Z0-9-]{0,31}:\S/.test(item)) {
      if (!ids.includes(item)) ids.push(item);
      continue;
    }
    const read = normaliseRefs(item, { framework });
    if (read.kind === "invalid") {
      notes.push({ code: read.code, severity: "error", message: read.message, ...(read.hint ? { hint: read.hint } : {}) });
      continue;
    }
    for (const note of read.notes ?? []) notes.push(note.code === "ref-unreadable" ? { ...note, severity: "error" } : note);
    if (read.kind === "value") for (const id of read.value) if (!ids.includes(id)) ids.push(id);
  }
  if (ids.length === 0) {
    const first = notes.find((n) => n.severity === "error");
    return first ? invalid(first.code, first.message, first.hint) : EMPTY;
  }
  return value(ids, notes);
}
