import type { FrameworkId } from "../catalog/framework";
import { type Issue, quote, type Severity } from "../issues/issue";
import { cellAddress } from "../file-reader/cell-address";
import type { ColumnMapping } from "./column-mapping";
import type { FieldSpec } from "./field-spec";
import { cellFormula, type GridValue, isBlank, isDateCell, isErrorCell, type SheetGrid } from "../file-reader/grid";
import type { ExtraBag, FieldValue, ImportedRecord } from "./import-result";
import { inferControlFramework } from "./infer-framework";
import { KIND_SPECS } from "./kinds/index";
import { type DateOrder, inferDateOrder, normaliseDate, serialToIso } from "./normalise/date";
import { listItems } from "./normalise/list";
import { EMPTY, type Outcome, value } from "./normalise/outcome";
import { normaliseRating, type RatingScale } from "./normalise/rating";
import { type BandSpec, normaliseBand } from "./normalise/band";
import { DEFAULT_MATRIX } from "../scoring/presets";
import { normaliseRefs } from "./normalise/refs";
import { normaliseProfileLevel, normaliseRecordId, normaliseText } from "./normalise/text-value";
import { normaliseWord, normaliseWords } from "./normalise/word";
import { normaliseYesNo } from "./normalise/yes-no";
import { classifyRow, type RowContext, type RowKind, TERMINAL_ROWS } from "./row-kind";
import { fold } from "./text";
import { AI_SYSTEM_ROLES, AI_SYSTEM_STAGES } from "../model/ai-system";
import { ASSESSMENT_STATUSES, IMPACT_KINDS } from "../model/impact-assessment";
import { RISK_STATUSES, RISK_TREATMENTS } from "../model/risk";
import { IMPLEMENTATION_STATUSES } from "../model/soa";
import { ASSESSMENT_STATUS_WORDS, IMPACT_KIND_WORDS } from "./vocabulary/assessment";
import { RATING_WORDS } from "./vocabulary/rating";
import { RISK_STATUS_WORDS } from "./vocabulary/risk-status";
import { ROLE_WORDS } from "./vocabulary/role";
import { SOA_STATUS_WORDS } from "./vocabulary/soa-status";
import { STAGE_WORDS } from "./vocabulary/stage";
import { TREATMENT_WORDS } from "./vocabulary/treatment";

export interface ExtractOptions {
  /** Scales for likelihood and impact words; inferred from the sheet when absent. */
  readonly scale?: { readonly likelihood?: RatingScale; readonly impact?: RatingScale };
  /** The workbook matrix's rating bands, for qualitative ratings; the default matrix's when absent. */
  readonly bands?: readonly BandSpec[];
  /** Day/month order for numeric dates where the column does not settle it. Default "dmy". */
  readonly dateOrder?: DateOrder;
  /** At most this many issues are listed (one more says how many were left out). */
  readonly maxIssues?: number;
}

export interface Extraction {
  readonly records: ImportedRecord[];
  readonly issues: Issue[];
  readonly skipped: number;
}

/** Where a field's text left over in a cell goes: "Jun 2026 — ACTIVE" → review date + status. */
const COMPANION: Readonly<Record<string, string>> = {
  reviewDate: "status",
  dueDate: "status",
  lastReview: "status",
  applicable: "justification",
  treatment: "actions",
};

const SKIP_REASON: Readonly<Record<Exclude<RowKind, "record" | "blank">, string>> = {
  heading: "it has a single filled cell, read as a heading or note",
  summary: "it looks like a summary or total row",
  legend: "it looks like a legend or note",
  template: "it starts a template or instructions block",
  placeholder: "it holds only template placeholders",
  attestation: "it looks like an attestation or signature block",
  "formula-only": "it holds only formulas without values",
  "repeated-header": "it repeats the header",
};

type Reader = (cell: GridValue) => Outcome<FieldValue>;

/**
 * Registers repeat the same few values down a column (statuses, owners, levels, categories);
 * readers are pure and their outcomes immutable, so each distinct short value is read once.
 */
function memoised(read: Reader): Reader {
  const texts = new Map<string, Outcome<FieldValue>>();
  const numbers = new Map<number, Outcome<FieldValue>>();
  const dates = new Map<number, Outcome<FieldValue>>();
  const through = <K>(cache: Map<K, Outcome<FieldValue>>, key: K, cell: GridValue): Outcome<FieldValue> => {
    const hit = cache.get(key);
    if (hit) return hit;
    const outcome = read(cell);
    if (cache.size < 10_000) cache.set(key, outcome);
    return outcome;
  };
  return (cell) => {
    if (typeof cell === "string") return cell.length <= 80 ? through(texts, cell, cell) : read(cell);
    if (typeof cell === "number") return through(numbers, cell, cell);
    if (isDateCell(cell)) return through(dates, cell.serial, cell);
    return read(cell);
  };
}

interface ColumnPlan {
  readonly column: number;
  readonly label: string;
  readonly field: FieldSpec | undefined;
  readonly read: Reader | undefined;
  readonly secondary: FieldSpec | undefined;
  readonly readSecondary: Reader | undefined;
}

/** The model's values as words for messages ("in progress"): the model owns the lists. */
const asWords = (values: readonly string[]): string[] => values.map((v) => v.replace(/-/g, " "));
const ALLOWED = {
  treatment: asWords(RISK_TREATMENTS),
  riskStatus: asWords(RISK_STATUSES),
  soaStatus: [...asWords(IMPLEMENTATION_STATUSES), "not applicable"],
  stage: asWords(AI_SYSTEM_STAGES),
  role: asWords(AI_SYSTEM_ROLES),
  assessment: asWords(ASSESSMENT_STATUSES),
  impactKind: asWords(IMPACT_KINDS),
};

interface SheetContext {
  readonly grid: SheetGrid;
  readonly firstRow: number;
  readonly scale: { likelihood: RatingScale; impact: RatingScale };
  readonly bands: readonly BandSpec[];
  readonly dateOrder: DateOrder;
  readonly context: readonly string[];
}

function readerFor(field: FieldSpec, column: number, header: string, sheet: SheetContext): Reader {
  switch (field.type) {
    case "text":
      return normaliseText;
    case "id": {
      if (field.name === "controlId") {
        const values = columnValues(sheet.grid, column, sheet.firstRow, 500);
        const framework = inferControlFramework(values, [header, ...sheet.context]);
        return (cell) => single(normaliseRefs(cell, { framework }), cell);
      }
      if (field.name === "subcategory") return (cell) => single(normaliseRefs(cell, { framework: "ai-rmf" }), cell);
      return normaliseRecordId;
    }
    case "rating": {
      const scale = field.rating?.concept === "likelihood" ? sheet.scale.likelihood : sheet.scale.impact;
      return (cell) => normaliseRating(cell, scale);
    }
    case "band":
      return (cell) => normaliseBand(cell, sheet.bands);
    case "date": {
      const texts = columnValues(sheet.grid, column, sheet.firstRow, Number.POSITIVE_INFINITY).filter(
        (v): v is string => typeof v === "string",
      );
      const inferred = inferDateOrder(texts);
      const context = { order: inferred ?? sheet.dateOrder, orderKnown: inferred !== undefined };
      return (cell) => normaliseDate(cell, context);
    }
    case "bool":
      return normaliseYesNo;
    case "list":
      return (cell) => {
        const items = listItems(cell);
        return items.length === 0 ? EMPTY : value(items);
      };
    case "refs": {
      const framework: FrameworkId = field.framework ?? "iso42001";
      const annexANumbers = framework === "iso27001" && /27002/.test(header);
      return (cell) => normaliseRefs(cell, { framework, annexANumbers });
    }
    case "treatment":
      return (cell) => normaliseWord(cell, TREATMENT_WORDS, "treatment", ALLOWED.treatment);
    case "risk-status":
      return (cell) => normaliseWord(cell, RISK_STATUS_WORDS, "risk status", ALLOWED.riskStatus);
    case "soa-status":
      return (cell) => normaliseWord(cell, SOA_STATUS_WORDS, "implementation status", ALLOWED.soaStatus, { naIsValue: true });
    case "stage":
      return (cell) => normaliseWord(cell, STAGE_WORDS, "lifecycle stage", ALLOWED.stage);
    case "role":
      return (cell) => normaliseWords(cell, ROLE_WORDS, "role", ALLOWED.role);
    case "assessment-status":
      return (cell) => normaliseWord(cell, ASSESSMENT_STATUS_WORDS, "assessment status", ALLOWED.assessment);
    case "impact-kind":
      return (cell) => normaliseWord(cell, IMPACT_KIND_WORDS, "impact kind", ALLOWED.impactKind);
    case "profile-level":
      return normaliseProfileLevel;
  }
}

/** A single id from an id-list reader: more than one is reported, the first kept. */
function single(outcome: Outcome<string[]>, cell: GridValue): Outcome<string> {
  if (outcome.kind !== "value") return outcome;
  const [first, ...others] = outcome.value;
  if (first === undefined) return EMPTY;
  if (others.length === 0) return value(first, outcome.notes);
  return value(first, [
    ...(outcome.notes ?? []),
    {
      code: "several-ids",
      severity: "warning",
      message: `${quote(String(cell))} names ${outcome.value.length} ids; kept ${first}`,
      hint: "Give each control its own row.",
    },
  ]);
}

function columnValues(grid: SheetGrid, column: number, firstRow: number, max: number): GridValue[] {
  const out: GridValue[] = [];
  for (let r = firstRow; r < grid.values.length && out.length < max; r++) {
    const v = grid.values[r]?.[column] ?? null;
    if (v !== null) out.push(v);
  }
  return out;
}

/**
 * The rating scale a sheet uses, when the workbook does not say: five levels if any number above
 * 3 or any five-point-only word appears in its rating columns, three if only low/medium/high.
 */
function inferScale(grid: SheetGrid, columns: readonly number[], firstRow: number): RatingScale {
  let maxNumber = 0;
  let coreWords = 0;
  let fineWords = 0;
  for (const column of columns) {
    for (const v of columnValues(grid, column, firstRow, 500)) {
      if (typeof v === "number") maxNumber = Math.max(maxNumber, v);
      else if (typeof v === "string") {
        const n = /^\s*(\d{1,2})\b/.exec(v);
        if (n) maxNumber = Math.max(maxNumber, Number(n[1]));
        const word = RATING_WORDS.exactly(v);
        if (word?.core) coreWords++;
        else if (word) fineWords++;
      }
    }
  }
  if (maxNumber > 5) return { levels: maxNumber <= 10 ? maxNumber : 5 };
  if (maxNumber > 3 || fineWords > 0) return { levels: 5 };
  if (coreWords > 0) return { levels: 3 };
  return { levels: 5 };
}

function extraValue(cell: GridValue): string | number | boolean | undefined {
  if (cell === null) return undefined;
  if (typeof cell === "string") {
    // Dash-only cells mean "empty" in many exports (eramba marks empty cells with —).
    if (cell.trim() === "" || /^\s*[-–—]+\s*$/.test(cell)) return undefined;
    return cell.length > 32_767 ? cell.slice(0, 32_767) : cell;
  }
  if (typeof cell === "number" || typeof cell === "boolean") return cell;
  if (isDateCell(cell)) return serialToIso(cell.serial) ?? cell.serial;
  if (isErrorCell(cell)) return cell.code;
  return undefined;
}

function labelsFor(mapping: readonly ColumnMapping[], origin: number): string[] {
  const seen = new Map<string, number>();
  return mapping.map((m) => {
    const base = m.header.replace(/\s+/g, " ").trim().slice(0, 200) || `Column ${cellAddress(0, m.column + origin).replace(/\d+$/, "")}`;
    const key = fold(base);
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    return count === 1 ? base : `${base} (${cellAddress(0, m.column + origin).replace(/\d+$/, "")})`;
  });
}

/** Reads every data row under the header into records, with issues per cell. */
export function extractRecords(
  grid: SheetGrid,
  mapping: readonly ColumnMapping[],
  headerEnd: number,
  options: ExtractOptions,
  context: readonly string[],
): Extraction {
  const originRow = grid.origin?.row ?? 0;
  const originColumn = grid.origin?.column ?? 0;
  const address = (row: number, column: number) => cellAddress(row + originRow, column + originColumn);
  const firstRow = headerEnd + 1;
  const issues: Issue[] = [];
  const maxIssues = options.maxIssues ?? 5_000;
  let dropped = 0;
  const report = (code: string, severity: Severity, row: number, column: number, message: string, hint?: string) => {
    if (issues.length >= maxIssues) {
      dropped++;
      return;
    }
    const issue: Issue = hint === undefined
      ? { code, severity, sheet: grid.name, cell: address(row, column), message }
      : { code, severity, sheet: grid.name, cell: address(row, column), message, hint };
    issues.push(issue);
  };

  const ratingColumns = mapping.filter((m) => m.field?.type === "rating").map((m) => m.column);
  const inferred = inferScale(grid, ratingColumns, firstRow);
  const sheet: SheetContext = {
    grid,
    firstRow,
    scale: { likelihood: options.scale?.likelihood ?? inferred, impact: options.scale?.impact ?? inferred },
    bands: options.bands ?? DEFAULT_MATRIX.bands,
    dateOrder: options.dateOrder ?? "dmy",
    context,
  };
  const labels = labelsFor(mapping, originColumn);
  const plans: ColumnPlan[] = mapping.map((m, i) => ({
    column: m.column,
    label: labels[i] ?? m.header,
    field: m.field,
    read: m.field ? memoised(readerFor(m.field, m.column, m.header, sheet)) : undefined,
    secondary: m.secondary,
    readSecondary: m.secondary ? memoised(readerFor(m.secondary, m.column, m.header, sheet)) : undefined,
  }));
  const fieldsByName = new Map<string, { field: FieldSpec; read: Reader }>();
  for (const plan of plans) {
    if (plan.field && plan.read && !fieldsByName.has(plan.field.name)) fieldsByName.set(plan.field.name, { field: plan.field, read: plan.read });
    if (plan.secondary && plan.readSecondary) fieldsByName.set(plan.secondary.name, { field: plan.secondary, read: plan.readSecondary });
  }
  const companionReader = (name: string, owner: FieldSpec): { field: FieldSpec; read: Reader } | undefined => {
    const known = fieldsByName.get(name);
    if (known) return known;
    const spec = KIND_FIELD_LOOKUP.get(owner)?.get(name);
    return spec ? { field: spec, read: readerFor(spec, -1, "", sheet) } : undefined;
  };

  // Hidden columns are read like any other, but the user should know.
  const hiddenColumns = new Set(grid.hiddenColumns ?? []);
  for (const plan of plans) {
    if (plan.field && hiddenColumns.has(plan.column)) {
      report("column-hidden", "info", headerEnd, plan.column, `${plan.label} is a hidden column; its values were imported`);
    }
  }

  const identity = mapping.find((m) => m.field?.name === "id" || m.field?.name === "controlId" || m.field?.name === "subcategory")
    ?? mapping.find((m) => m.field?.name === "title" || m.field?.name === "name");
  const wideMerges = new Map<number, number>();
  for (const merge of grid.merges ?? []) {
    if (merge.endColumn - merge.startColumn >= 2 && merge.startRow >= firstRow) {
      for (let r = merge.startRow; r <= merge.endRow; r++) wideMerges.set(r, merge.startColumn);
    }
  }
  const rowContext: RowContext = {
    grid,
    columns: mapping.map((m) => m.column),
    identityColumn: identity?.column,
    foldedHeaders: new Set(mapping.filter((m) => m.header !== "").map((m) => m.header.trim().toLowerCase())),
    headerLengths: new Set(mapping.filter((m) => m.header !== "").map((m) => m.header.trim().length)),
    wideMerges,
  };
  const hiddenRows = new Set(grid.hiddenRows ?? []);

  const records: ImportedRecord[] = [];
  let skipped = 0;
  let endedAt: { row: number; kind: RowKind } | undefined;
  let skippedAfterEnd = 0;
  let lastNonBlankAfterEnd = -1;

  for (let row = firstRow; row < grid.values.length; row++) {
    const kind = classifyRow(rowContext, row);
    if (kind === "blank") continue;
    if (endedAt) {
      skipped++;
      skippedAfterEnd++;
      lastNonBlankAfterEnd = row;
      continue;
    }
    if (kind !== "record") {
      skipped++;
      const firstText = firstTextOf(grid, row, rowContext.columns);
      report(
        `row-skipped-${kind}`,
        "info",
        row,
        rowContext.columns[0] ?? 0,
        `Row ${row + originRow + 1} was not read as a record: ${SKIP_REASON[kind]}${firstText ? ` (${quote(firstText, 50)})` : ""}`,
      );
      if (TERMINAL_ROWS.has(kind) && !/^\s*sub/i.test(firstText ?? "")) endedAt = { row, kind };
      continue;
    }
    records.push(readRow(row));
  }
  if (endedAt && skippedAfterEnd > 0) {
    report(
      "rows-after-end",
      "info",
      endedAt.row,
      rowContext.columns[0] ?? 0,
      `Rows ${endedAt.row + originRow + 2}–${lastNonBlankAfterEnd + originRow + 1} come after the end of the table on row ${endedAt.row + originRow + 1} and were not read as records (${skippedAfterEnd} non-empty rows)`,
      "If some of them are records, move them above that row or remove the row that ends the table.",
    );
  }
  if (dropped > 0) {
    issues.push({
      code: "issues-truncated",
      severity: "info",
      sheet: grid.name,
      cell: address(firstRow, 0),
      message: `${dropped} more issues on this sheet are not listed`,
      hint: "Fix the issues listed first; the rest are usually the same problems further down.",
    });
  }
  return { records, issues, skipped };

  function readRow(row: number): ImportedRecord {
    const values = grid.values[row] ?? [];
    const record: Record<string, FieldValue | ExtraBag> = {};
    const extra: Record<string, string | number | boolean> = {};
    const pending: { name: string; owner: FieldSpec; text: string; column: number; label: string }[] = [];
    if (hiddenRows.has(row)) report("row-hidden", "info", row, rowContext.columns[0] ?? 0, `Row ${row + originRow + 1} is hidden in the sheet; it was imported`);

    const put = (field: FieldSpec, v: FieldValue) => {
      const previous = record[field.name];
      if (previous === undefined) record[field.name] = v;
      else if (Array.isArray(previous) && Array.isArray(v)) record[field.name] = [...new Set([...previous, ...v])];
      else if (typeof previous === "string" && typeof v === "string" && field.multi) record[field.name] = `${previous}\n${v}`;
    };
    const note = (outcome: Outcome<FieldValue>, field: FieldSpec, column: number) => {
      const notes = outcome.kind === "invalid" ? [] : (outcome.notes ?? []);
      for (const n of notes) report(n.code, n.severity, row, column, `${capital(field.label)}: ${n.message}`, n.hint);
    };

    for (const plan of plans) {
      const cell: GridValue = values[plan.column] ?? null;
      if (isBlank(cell)) {
        const formula = cellFormula(grid, row, plan.column);
        if (formula !== undefined && plan.field) {
          report(
            "formula-without-value",
            "warning",
            row,
            plan.column,
            `${capital(plan.field.label)}: the cell holds the formula =${formula.length > 60 ? `${formula.slice(0, 59)}…` : formula} but no saved value, so it was left empty`,
            "Open the file in Excel and save it, so the computed values are stored, then import again.",
          );
        }
        continue;
      }
      if (!plan.field || !plan.read) {
        const v = extraValue(cell);
        if (v !== undefined) extra[plan.label] = v;
        continue;
      }
      if (plan.secondary && plan.readSecondary) {
        readCombined(plan, cell, row, put, note, extra);
        continue;
      }
      const outcome = plan.read(cell);
      note(outcome, plan.field, plan.column);
      if (outcome.kind === "value") {
        put(plan.field, outcome.value);
        if (outcome.rest !== undefined) {
          const companion = COMPANION[plan.field.name];
          if (companion) pending.push({ name: companion, owner: plan.field, text: outcome.rest, column: plan.column, label: plan.label });
          else {
            report("value-partly-read", "info", row, plan.column, `${capital(plan.field.label)}: read the start of ${quote(String(cell))}; the rest is kept under "${plan.label}" in extra`);
            const v = extraValue(cell);
            if (v !== undefined) extra[plan.label] = v;
          }
        }
        if (plan.field.name === "status" && outcome.value === "not-applicable") {
          delete record.status;
          if (record.applicable === undefined) record.applicable = false;
        }
      } else if (outcome.kind === "invalid") {
        report(outcome.code, "warning", row, plan.column, `${capital(plan.field.label)}: ${outcome.message}`, outcome.hint);
        const v = extraValue(cell);
        if (v !== undefined) extra[plan.label] = v;
      }
    }

    for (const p of pending) {
      const target = companionReader(p.name, p.owner);
      if (!target) continue;
      if (record[p.name] !== undefined) {
        report("value-partly-read", "info", row, p.column, `${capital(p.owner.label)}: ${quote(p.text)} after the date was not used, because ${target.field.label} is already filled`);
        extra[p.label] = p.text;
        continue;
      }
      const outcome = target.read(p.text);
      if (outcome.kind === "value") {
        put(target.field, outcome.value);
        note(outcome, target.field, p.column);
      } else if (outcome.kind === "invalid") {
        report(outcome.code, "warning", row, p.column, `${capital(target.field.label)}: ${outcome.message}`, outcome.hint);
        extra[p.label] = p.text;
      }
    }
    postProcess(record, row);
    const out: Record<string, FieldValue | ExtraBag | number> = { sourceRow: row + originRow + 1, ...record };
    if (Object.keys(extra).length > 0) out.extra = extra;
    return out as ImportedRecord;
  }

  function readCombined(
    plan: ColumnPlan,
    cell: GridValue,
    row: number,
    put: (field: FieldSpec, v: FieldValue) => void,
    note: (o: Outcome<FieldValue>, f: FieldSpec, c: number) => void,
    extra: Record<string, string | number | boolean>,
  ): void {
    const primary = plan.field as FieldSpec;
    const secondary = plan.secondary as FieldSpec;
    const read = plan.read as Reader;
    const readSecondary = plan.readSecondary as Reader;
    const whole = read(cell);
    if (whole.kind === "value") {
      note(whole, primary, plan.column);
      put(primary, whole.value);
      if (whole.rest !== undefined) {
        const other = readSecondary(whole.rest);
        if (other.kind === "value") {
          put(secondary, other.value);
          note(other, secondary, plan.column);
        } else if (other.kind === "invalid") {
          report(other.code, "warning", row, plan.column, `${capital(secondary.label)}: ${other.message}`, other.hint);
          const v = extraValue(cell);
          if (v !== undefined) extra[plan.label] = v;
        }
      }
      return;
    }
    // No primary value in the whole cell: look at its parts.
    const text = typeof cell === "string" ? cell : "";
    const parts = text.split(/\s+[—–-]\s+|\s*[—–|]\s*|\s+\/\s+|\n+/).map((p) => p.trim()).filter((p) => p !== "");
    let primaryFound = false;
    let secondaryFound = false;
    const unused: string[] = [];
    for (const part of parts) {
      if (!primaryFound) {
        const o = read(part);
        if (o.kind === "value") {
          put(primary, o.value);
          note(o, primary, plan.column);
          primaryFound = true;
          continue;
        }
      }
      if (!secondaryFound) {
        const o = readSecondary(part);
        if (o.kind === "value") {
          put(secondary, o.value);
          note(o, secondary, plan.column);
          secondaryFound = true;
          continue;
        }
      }
      unused.push(part);
    }
    if (!primaryFound && whole.kind === "invalid") {
      report(whole.code, "warning", row, plan.column, `${capital(primary.label)}: ${whole.message}`, whole.hint);
    }
    if (unused.length > 0 || !primaryFound) {
      if (primaryFound && !secondaryFound) {
        report(`${secondary.name}-unread`, "warning", row, plan.column, `${capital(secondary.label)}: ${unused.map((u) => quote(u)).join(", ")} could not be read`);
      }
      const v = extraValue(cell);
      if (v !== undefined) extra[plan.label] = v;
    }
  }

  /** Consequences one field has for another (an "Accepted" status means the treatment is accept). */
  function postProcess(record: Record<string, FieldValue | ExtraBag>, row: number): void {
    const statusPlan = plans.find((p) => p.field?.type === "risk-status" || p.secondary?.type === "risk-status");
    if (!statusPlan) return;
    const raw = grid.values[row]?.[statusPlan.column];
    if (typeof raw === "string" && /\baccept/i.test(fold(raw)) && record.treatment === undefined) {
      record.treatment = "accept";
      report("treatment-from-status", "info", row, statusPlan.column, `Treatment: the status ${quote(raw)} says the risk was accepted; treatment set to accept`);
    }
  }
}

/** Every field of every kind, so a companion field can be read even when no column maps to it. */
const KIND_FIELD_LOOKUP = new Map<FieldSpec, Map<string, FieldSpec>>();
for (const spec of Object.values(KIND_SPECS)) {
  const byName = new Map(spec.fields.map((f) => [f.name, f] as const));
  for (const field of spec.fields) KIND_FIELD_LOOKUP.set(field, byName);
}

function firstTextOf(grid: SheetGrid, row: number, columns: readonly number[]): string | undefined {
  for (const c of columns) {
    const v = grid.values[row]?.[c];
    if (typeof v === "string" && v.trim() !== "") return v.trim();
    if (typeof v === "number") return String(v);
  }
  return undefined;
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
