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
import { titleFromDescription } from "./normalise/derived-title";
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
  /** The mapping as read: a combined column whose values do not split cleanly lost its second field. */
  readonly mapping: readonly ColumnMapping[];
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

/** Reports one issue at a grid cell; the sink keeps at most `maxIssues` and counts the rest. */
type ReportIssue = (code: string, severity: Severity, row: number, column: number, message: string, hint?: string) => void;

interface IssueSink {
  readonly issues: Issue[];
  readonly report: ReportIssue;
  /** Row number as Excel shows it, for a grid row. */
  readonly excelRow: (row: number) => number;
  /** The issues, repeated notes collapsed, with a line for those left out. */
  finish(firstRow: number): Issue[];
}

function issueSink(grid: SheetGrid, maxIssues: number): IssueSink {
  const originRow = grid.origin?.row ?? 0;
  const originColumn = grid.origin?.column ?? 0;
  const address = (row: number, column: number) => cellAddress(row + originRow, column + originColumn);
  const issues: Issue[] = [];
  let dropped = 0;
  return {
    issues,
    excelRow: (row) => row + originRow + 1,
    report(code, severity, row, column, message, hint) {
      if (issues.length >= maxIssues) {
        dropped++;
        return;
      }
      const cell = address(row, column);
      issues.push(hint === undefined ? { code, severity, sheet: grid.name, cell, message } : { code, severity, sheet: grid.name, cell, message, hint });
    },
    finish(firstRow) {
      const out = collapseRepeatedNotes(issues);
      if (dropped > 0) {
        out.push({
          code: "issues-truncated",
          severity: "info",
          sheet: grid.name,
          cell: address(firstRow, 0),
          message: `${dropped} more issues on this sheet are not listed`,
          hint: "Fix the issues listed first; the rest are usually the same problems further down.",
        });
      }
      return out;
    },
  };
}

/** Notes (info) of one code repeated this often or more are listed once, with a count. */
const COLLAPSE_AT = 3;
/** Notes summarised by a rule of their own (import-sheet.ts counts formula-only rows as a range). */
const SUMMARISED_ELSEWHERE: ReadonlySet<string> = new Set(["row-skipped-formula-only"]);

/**
 * "Row 7 is hidden … (and 41 more like it: A8, A9, A10 …)": a note repeated down a sheet says
 * the same thing each time, so it is listed once, at its first cell, with how many there are.
 * Warnings and errors stay one per cell: each asks for a fix in its own cell.
 */
function collapseRepeatedNotes(issues: readonly Issue[]): Issue[] {
  const counts = new Map<string, number>();
  for (const issue of issues) if (issue.severity === "info" && !SUMMARISED_ELSEWHERE.has(issue.code)) counts.set(issue.code, (counts.get(issue.code) ?? 0) + 1);
  const cells = new Map<string, string[]>();
  const out: Issue[] = [];
  const firsts = new Map<string, number>();
  for (const issue of issues) {
    const count = issue.severity === "info" ? (counts.get(issue.code) ?? 0) : 0;
    if (count < COLLAPSE_AT) {
      out.push(issue);
      continue;
    }
    const seen = cells.get(issue.code);
    if (seen) {
      seen.push(issue.cell);
      continue;
    }
    cells.set(issue.code, []);
    firsts.set(issue.code, out.length);
    out.push(issue);
  }
  for (const [code, at] of firsts) {
    const first = out[at] as Issue;
    const others = cells.get(code) ?? [];
    const shown = others.slice(0, 5).join(", ");
    out[at] = { ...first, message: `${first.message} (and ${others.length} more like it: ${shown}${others.length > 5 ? " …" : ""})` };
  }
  return out;
}

interface ColumnPlans {
  readonly plans: readonly ColumnPlan[];
  /** A reader for a companion field (status after a review date), mapped or not. */
  readonly companionReader: (name: string, owner: FieldSpec) => { field: FieldSpec; read: Reader } | undefined;
}

function planColumns(mapping: readonly ColumnMapping[], sheet: SheetContext): ColumnPlans {
  const labels = labelsFor(mapping, sheet.grid.origin?.column ?? 0);
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
  return { plans, companionReader };
}

function rowContextFor(grid: SheetGrid, mapping: readonly ColumnMapping[], firstRow: number): RowContext {
  const identity = mapping.find((m) => m.field?.name === "id" || m.field?.name === "controlId" || m.field?.name === "subcategory")
    ?? mapping.find((m) => m.field?.name === "title" || m.field?.name === "name");
  const wideMerges = new Map<number, number>();
  for (const merge of grid.merges ?? []) {
    if (merge.endColumn - merge.startColumn >= 2 && merge.startRow >= firstRow) {
      for (let r = merge.startRow; r <= merge.endRow; r++) wideMerges.set(r, merge.startColumn);
    }
  }
  return {
    grid,
    columns: mapping.map((m) => m.column),
    identityColumn: identity?.column,
    foldedHeaders: new Set(mapping.filter((m) => m.header !== "").map((m) => m.header.trim().toLowerCase())),
    headerLengths: new Set(mapping.filter((m) => m.header !== "").map((m) => m.header.trim().length)),
    wideMerges,
  };
}

/** Everything reading one row needs. */
interface RowReading {
  readonly grid: SheetGrid;
  readonly plans: readonly ColumnPlan[];
  readonly companionReader: ColumnPlans["companionReader"];
  readonly sink: IssueSink;
  readonly rowContext: RowContext;
  readonly hiddenRows: ReadonlySet<number>;
  /** The field the sheet's title is derived into, when it has a title and a description field. */
  readonly derivesTitle: boolean;
  /** The matrix's bands, to check the register's own ratings and scores against. */
  readonly bands: readonly BandSpec[];
}

/** Reads every data row under the header into records, with issues per cell. */
export function extractRecords(
  grid: SheetGrid,
  mapping: readonly ColumnMapping[],
  headerEnd: number,
  options: ExtractOptions,
  context: readonly string[],
): Extraction {
  const firstRow = headerEnd + 1;
  const sink = issueSink(grid, options.maxIssues ?? 5_000);
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
  const used = withCleanSplits(mapping, sheet, sink, headerEnd);
  const { plans, companionReader } = planColumns(used, sheet);

  // Hidden columns are read like any other, but the user should know.
  const hiddenColumns = new Set(grid.hiddenColumns ?? []);
  for (const plan of plans) {
    if (plan.field && hiddenColumns.has(plan.column)) {
      sink.report("column-hidden", "info", headerEnd, plan.column, `${plan.label} is a hidden column; its values were imported`);
    }
  }
  const names = new Set(used.flatMap((m) => [m.field?.name, m.secondary?.name]));
  const reading: RowReading = {
    grid,
    plans,
    companionReader,
    sink,
    rowContext: rowContextFor(grid, used, firstRow),
    hiddenRows: new Set(grid.hiddenRows ?? []),
    bands: sheet.bands,
    derivesTitle: names.has("description") && !names.has("title") && KIND_FIELD_LOOKUP.get(used.find((m) => m.field?.name === "description")?.field as FieldSpec)?.has("title") === true,
  };
  const { records, skipped } = readRows(reading, firstRow);
  return { records, issues: sink.finish(firstRow), skipped, mapping: used };
}

/** Walks the rows under the header: records, skipped rows, and where the table ends. */
function readRows(reading: RowReading, firstRow: number): { records: ImportedRecord[]; skipped: number } {
  const { grid, rowContext, sink } = reading;
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
      sink.report(
        `row-skipped-${kind}`,
        "info",
        row,
        rowContext.columns[0] ?? 0,
        `Row ${sink.excelRow(row)} was not read as a record: ${SKIP_REASON[kind]}${firstText ? ` (${quote(firstText, 50)})` : ""}`,
      );
      if (TERMINAL_ROWS.has(kind) && !/^\s*sub/i.test(firstText ?? "")) endedAt = { row, kind };
      continue;
    }
    records.push(readRow(reading, row));
  }
  if (endedAt && skippedAfterEnd > 0) {
    sink.report(
      "rows-after-end",
      "info",
      endedAt.row,
      rowContext.columns[0] ?? 0,
      `Rows ${sink.excelRow(endedAt.row) + 1}–${sink.excelRow(lastNonBlankAfterEnd)} come after the end of the table on row ${sink.excelRow(endedAt.row)} and were not read as records (${skippedAfterEnd} non-empty rows)`,
      "If some of them are records, move them above that row or remove the row that ends the table.",
    );
  }
  return { records, skipped };
}

/** One row being read: its fields, the cells kept as extra, and text left for companion fields. */
interface RowState {
  readonly row: number;
  readonly record: Record<string, FieldValue | ExtraBag>;
  readonly extra: Record<string, string | number | boolean>;
  readonly pending: { name: string; owner: FieldSpec; text: string; column: number; label: string }[];
  readonly put: (field: FieldSpec, v: FieldValue) => void;
  readonly note: (outcome: Outcome<FieldValue>, field: FieldSpec, column: number) => void;
}

function rowState(reading: RowReading, row: number): RowState {
  const record: Record<string, FieldValue | ExtraBag> = {};
  return {
    row,
    record,
    extra: {},
    pending: [],
    put(field, v) {
      const previous = record[field.name];
      if (previous === undefined) record[field.name] = v;
      else if (Array.isArray(previous) && Array.isArray(v)) record[field.name] = [...new Set([...previous, ...v])];
      else if (typeof previous === "string" && typeof v === "string" && field.multi) record[field.name] = `${previous}\n${v}`;
    },
    note(outcome, field, column) {
      const notes = outcome.kind === "invalid" ? [] : (outcome.notes ?? []);
      for (const n of notes) reading.sink.report(n.code, n.severity, row, column, `${capital(field.label)}: ${n.message}`, n.hint);
    },
  };
}

function readRow(reading: RowReading, row: number): ImportedRecord {
  const { grid, sink } = reading;
  const values = grid.values[row] ?? [];
  const state = rowState(reading, row);
  if (reading.hiddenRows.has(row)) sink.report("row-hidden", "info", row, reading.rowContext.columns[0] ?? 0, `Row ${sink.excelRow(row)} is hidden in the sheet; it was imported`);
  for (const plan of reading.plans) readCell(reading, state, plan, values[plan.column] ?? null);
  for (const p of state.pending) readCompanion(reading, state, p);
  postProcess(reading, state);
  const out: Record<string, FieldValue | ExtraBag | number> = { sourceRow: sink.excelRow(row), ...state.record };
  if (Object.keys(state.extra).length > 0) out.extra = state.extra;
  return out as ImportedRecord;
}

function readCell(reading: RowReading, state: RowState, plan: ColumnPlan, cell: GridValue): void {
  const { sink } = reading;
  const { row, record, extra } = state;
  if (isBlank(cell)) {
    const formula = cellFormula(reading.grid, row, plan.column);
    if (formula !== undefined && plan.field) {
      sink.report(
        "formula-without-value",
        "warning",
        row,
        plan.column,
        `${capital(plan.field.label)}: the cell holds the formula =${formula.length > 60 ? `${formula.slice(0, 59)}…` : formula} but no saved value, so it was left empty`,
        "Open the file in Excel and save it, so the computed values are stored, then import again.",
      );
    }
    return;
  }
  if (!plan.field || !plan.read) {
    keepExtra(extra, plan.label, cell);
    return;
  }
  if (plan.secondary && plan.readSecondary) {
    readCombined(reading, state, plan, cell);
    return;
  }
  const outcome = plan.read(cell);
  state.note(outcome, plan.field, plan.column);
  if (outcome.kind === "value") {
    state.put(plan.field, outcome.value);
    if (outcome.rest !== undefined) {
      const companion = COMPANION[plan.field.name];
      if (companion) state.pending.push({ name: companion, owner: plan.field, text: outcome.rest, column: plan.column, label: plan.label });
      else {
        sink.report("value-partly-read", "info", row, plan.column, `${capital(plan.field.label)}: read the start of ${quote(String(cell))}; the rest is kept under "${plan.label}" in extra`);
        keepExtra(extra, plan.label, cell);
      }
    }
    if (plan.field.name === "status" && outcome.value === "not-applicable") {
      delete record.status;
      if (record.applicable === undefined) record.applicable = false;
    }
  } else if (outcome.kind === "invalid") {
    sink.report(outcome.code, "warning", row, plan.column, `${capital(plan.field.label)}: ${outcome.message}`, outcome.hint);
    keepExtra(extra, plan.label, cell);
  }
}

function keepExtra(extra: Record<string, string | number | boolean>, label: string, cell: GridValue): void {
  const v = extraValue(cell);
  if (v !== undefined) extra[label] = v;
}

/** Text left after a value ("Jun 2026 — ACTIVE") read into its companion field. */
function readCompanion(reading: RowReading, state: RowState, p: RowState["pending"][number]): void {
  const target = reading.companionReader(p.name, p.owner);
  if (!target) return;
  if (state.record[p.name] !== undefined) {
    reading.sink.report("value-partly-read", "info", state.row, p.column, `${capital(p.owner.label)}: ${quote(p.text)} after the date was not used, because ${target.field.label} is already filled`);
    state.extra[p.label] = p.text;
    return;
  }
  const outcome = target.read(p.text);
  if (outcome.kind === "value") {
    state.put(target.field, outcome.value);
    state.note(outcome, target.field, p.column);
  } else if (outcome.kind === "invalid") {
    reading.sink.report(outcome.code, "warning", state.row, p.column, `${capital(target.field.label)}: ${outcome.message}`, outcome.hint);
    state.extra[p.label] = p.text;
  }
}

/** The parts of a combined cell ("Jun 2026 — ACTIVE", "Yes / required by policy"). */
function combinedParts(cell: GridValue): string[] {
  const text = typeof cell === "string" ? cell : "";
  return text.split(/\s+[—–-]\s+|\s*[—–|]\s*|\s+\/\s+|\n+/).map((p) => p.trim()).filter((p) => p !== "");
}

interface CombinedRead {
  readonly whole: Outcome<FieldValue>;
  readonly primary?: Outcome<FieldValue>;
  readonly secondary?: Outcome<FieldValue>;
  readonly unused: readonly string[];
}

/** Splits a combined cell without side effects: which part went to which field, what was left. */
function splitCombined(plan: ColumnPlan, cell: GridValue): CombinedRead {
  const read = plan.read as Reader;
  const readSecondary = plan.readSecondary as Reader;
  const whole = read(cell);
  if (whole.kind === "value") {
    if (whole.rest === undefined) return { whole, primary: whole, unused: [] };
    const other = readSecondary(whole.rest);
    if (other.kind === "value") return { whole, primary: whole, secondary: other, unused: [] };
    return { whole, primary: whole, unused: other.kind === "invalid" ? [whole.rest] : [] };
  }
  let primary: Outcome<FieldValue> | undefined;
  let secondary: Outcome<FieldValue> | undefined;
  const unused: string[] = [];
  for (const part of combinedParts(cell)) {
    if (!primary) {
      const o = read(part);
      if (o.kind === "value") {
        primary = o;
        continue;
      }
    }
    if (!secondary) {
      const o = readSecondary(part);
      if (o.kind === "value") {
        secondary = o;
        continue;
      }
    }
    unused.push(part);
  }
  return { whole, ...(primary ? { primary } : {}), ...(secondary ? { secondary } : {}), unused };
}

function readCombined(reading: RowReading, state: RowState, plan: ColumnPlan, cell: GridValue): void {
  const primaryField = plan.field as FieldSpec;
  const secondaryField = plan.secondary as FieldSpec;
  const { row } = state;
  const split = splitCombined(plan, cell);
  if (split.primary?.kind === "value") {
    state.note(split.primary, primaryField, plan.column);
    state.put(primaryField, split.primary.value);
  }
  if (split.secondary?.kind === "value") {
    state.put(secondaryField, split.secondary.value);
    state.note(split.secondary, secondaryField, plan.column);
  }
  if (split.whole.kind === "value") {
    // The whole cell was the primary value; text after it that is no secondary value is kept.
    if (split.unused.length > 0 && split.whole.rest !== undefined) {
      const other = (plan.readSecondary as Reader)(split.whole.rest);
      if (other.kind === "invalid") reading.sink.report(other.code, "warning", row, plan.column, `${capital(secondaryField.label)}: ${other.message}`, other.hint);
      keepExtra(state.extra, plan.label, cell);
    }
    return;
  }
  if (!split.primary && split.whole.kind === "invalid") {
    reading.sink.report(split.whole.code, "warning", row, plan.column, `${capital(primaryField.label)}: ${split.whole.message}`, split.whole.hint);
  }
  if (split.unused.length > 0 || !split.primary) {
    if (split.primary && !split.secondary) {
      reading.sink.report(`${secondaryField.name}-unread`, "warning", row, plan.column, `${capital(secondaryField.label)}: ${split.unused.map((u) => quote(u)).join(", ")} could not be read`);
    }
    keepExtra(state.extra, plan.label, cell);
  }
}

/** A combined column is read as two fields only when most of its values split cleanly into both. */
const CLEAN_SPLIT_SHARE = 0.5;

/**
 * Drops the second field of a column ("Review Date / Status") whose values do not split cleanly
 * into both fields, so the column is read as its first field alone, with one note saying why.
 * A mapping template's choice stands.
 */
function withCleanSplits(mapping: readonly ColumnMapping[], sheet: SheetContext, sink: IssueSink, headerEnd: number): readonly ColumnMapping[] {
  if (!mapping.some((m) => m.secondary && m.field && m.source !== "template")) return mapping;
  return mapping.map((m) => {
    if (!m.secondary || !m.field || m.source === "template") return m;
    const plan: ColumnPlan = {
      column: m.column,
      label: m.header,
      field: m.field,
      read: readerFor(m.field, m.column, m.header, sheet),
      secondary: m.secondary,
      readSecondary: readerFor(m.secondary, m.column, m.header, sheet),
    };
    const cells = columnValues(sheet.grid, m.column, sheet.firstRow, 200).filter((v) => !isBlank(v));
    const clean = cells.filter((cell) => {
      const split = splitCombined(plan, cell);
      return split.primary !== undefined && split.secondary !== undefined && split.unused.length === 0;
    }).length;
    if (cells.length === 0 || clean / cells.length >= CLEAN_SPLIT_SHARE) return m;
    const { secondary, ...single } = m;
    sink.report(
      "column-not-split",
      "info",
      headerEnd,
      m.column,
      `${quote(m.header.replace(/\s+/g, " ").trim(), 60)} names ${m.field.label} and ${secondary.label}, but only ${clean} of ${cells.length} values hold both; read as ${m.field.label} alone`,
      "Split the column in two, or save a mapping template that maps the second field (--save-mapping).",
    );
    return single;
  });
}

/** Consequences one field has for another (an "Accepted" status means the treatment is accept; a title comes from the description). */
function postProcess(reading: RowReading, state: RowState): void {
  const { record, row } = state;
  const statusPlan = reading.plans.find((p) => p.field?.type === "risk-status" || p.secondary?.type === "risk-status");
  if (statusPlan) {
    const raw = reading.grid.values[row]?.[statusPlan.column];
    if (typeof raw === "string" && /\baccept/i.test(fold(raw)) && record.treatment === undefined) {
      record.treatment = "accept";
      reading.sink.report("treatment-from-status", "info", row, statusPlan.column, `Treatment: the status ${quote(raw)} says the risk was accepted; treatment set to accept`);
    }
  }
  checkAgainstMatrix(reading, state);
  if (reading.derivesTitle && record.title === undefined && typeof record.description === "string") {
    const title = titleFromDescription(record.description);
    const at = reading.plans.find((p) => p.field?.name === "description")?.column ?? 0;
    if (title !== undefined) {
      record.title = title;
      reading.sink.report("title-derived", "info", row, at, `Title: derived from the description as ${quote(title)}`, "Add a title column, or edit the title, if it does not name the risk well.");
    }
  }
}

const STAGE_FIELDS = {
  inherent: { likelihood: "inherentLikelihood", impact: "inherentImpact", rating: "inherentRating" },
  residual: { likelihood: "residualLikelihood", impact: "residualImpact", rating: "residualRating" },
} as const;

/** A register's own score column ("Inherent Risk Score", "Residual score"), which no field takes. */
const SCORE_HEADER = /\b(?:score|punteggio|puntuaci[oó]n|pontua[cç][aã]o|punktzahl)\b/i;
const RESIDUAL_HEADER = /\b(?:residual|net|after|post|target|current|r[ée]siduel|rest|netto|residu)/i;

/**
 * The register's own ratings and scores, checked against the workbook's matrix (product scoring,
 * as the importer assumes): a rating word that names another band than likelihood × impact, or a
 * score column that is not likelihood × impact or whose band is not the rating, is flagged with
 * both values. Nothing is changed: the levels stand, and validation reports the same.
 */
function checkAgainstMatrix(reading: RowReading, state: RowState): void {
  const { record, row } = state;
  const bandOf = (score: number) => reading.bands.find((band) => score >= band.min && score <= band.max);
  const columnOf = (name: string) => reading.plans.find((p) => p.field?.name === name || p.secondary?.name === name)?.column ?? 0;
  const scores = reading.plans.filter((p) => !p.field && SCORE_HEADER.test(p.label));
  for (const [stage, fields] of Object.entries(STAGE_FIELDS)) {
    const l = record[fields.likelihood];
    const i = record[fields.impact];
    const product = typeof l === "number" && typeof i === "number" ? l * i : undefined;
    const rating = typeof record[fields.rating] === "string" ? reading.bands.find((band) => band.id === record[fields.rating]) : undefined;
    if (product !== undefined && rating) {
      const computed = bandOf(product);
      if (computed && computed.id !== rating.id) {
        reading.sink.report("rating-disagrees-with-matrix", "warning", row, columnOf(fields.rating), `${capital(stage)} rating: the register says ${rating.label}, but likelihood ${l} × impact ${i} = ${product}, which the matrix rates ${computed.label}`, "Correct the rating or the levels, or check that the workbook's matrix is the one the register used.");
      }
    }
    const scorePlan = scores.find((p) => (stage === "residual") === RESIDUAL_HEADER.test(p.label));
    const raw = scorePlan ? reading.grid.values[row]?.[scorePlan.column] : undefined;
    const score = typeof raw === "number" ? raw : typeof raw === "string" ? Number(/^\s*(\d+(?:[.,]\d+)?)/.exec(raw)?.[1]?.replace(",", ".") ?? Number.NaN) : Number.NaN;
    if (!scorePlan || !Number.isFinite(score)) continue;
    if (product !== undefined && score !== product) {
      reading.sink.report("score-disagrees-with-matrix", "warning", row, scorePlan.column, `${scorePlan.label}: the register says ${score}, but likelihood ${l} × impact ${i} = ${product} on the matrix`, "Check the score's formula, or the levels.");
    } else if (product === undefined && rating && bandOf(score) && bandOf(score)?.id !== rating.id) {
      reading.sink.report("rating-disagrees-with-matrix", "warning", row, columnOf(fields.rating), `${capital(stage)} rating: the register labels the score ${score} ${rating.label}, but the matrix rates ${score} ${bandOf(score)?.label}`, "Correct the label or the score, or check that the workbook's matrix is the one the register used.");
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
