import { compareIssues, type Issue, type Severity } from "../issues/issue";
import type { SheetGrid } from "../file-reader/grid";
import { ratingScaleOf } from "../import/normalise/rating";
import type { DateOrder } from "../import/normalise/date";
import { SHEET_LAYOUTS } from "../layout/index";
import { IMPACTS_PATH, type LayoutId, type SheetLayout } from "../layout/sheet-layout";
import { COLLECTIONS, type CollectionName } from "../model/collections";
import { parseSnapshot } from "../model/parse-snapshot";
import { SNAPSHOT_SCHEMA_VERSION, type WorkbookSnapshot } from "../model/snapshot";
import type { WorkbookMeta } from "../model/workbook";
import type { RiskMatrix } from "../scoring/matrix";
import { DEFAULT_MATRIX } from "../scoring/presets";
import type { Located, ValidationInput } from "../validation/input";
import { matrixSizeOf } from "../validation/input";
import { type RuleConfig, validate } from "../validation/validate";
import { readLayoutSheet, type SheetRead, type SheetRow } from "./read-sheet";
import { API_ID_PATTERN, readSettings, SETTINGS_SHEET } from "./settings-sheet";

export interface BuildSnapshotInput {
  /** The workbook's sheets as grids; the structured sheets and the settings sheet are found by name. */
  readonly sheets: readonly SheetGrid[];
  /** Team and workbook ids (and other metadata) that override the settings sheet's, e.g. from `--team`. */
  readonly workbook?: Partial<WorkbookMeta>;
  /** The date overdue checks are made against (`YYYY-MM-DD`); without it they are skipped. */
  readonly asOf?: string;
  /** Matrix to use when the workbook has no settings sheet (default 5×5). */
  readonly fallbackMatrix?: RiskMatrix;
  readonly dateOrder?: DateOrder;
  /** Validation rules switched off or made louder, as `crosswalk validate --rules` takes them. */
  readonly rules?: RuleConfig;
}

export interface SheetSummary {
  readonly layout: LayoutId;
  /** The sheet it was read from; undefined when the workbook has no such sheet. */
  readonly sheet?: string;
  readonly records: number;
}

export interface SnapshotBuild {
  /** Undefined only when no snapshot can be made at all (no valid team or workbook id). */
  readonly snapshot: WorkbookSnapshot | undefined;
  /** Reading and validation issues, errors first, each on its cell. */
  readonly issues: readonly Issue[];
  readonly counts: Readonly<Record<Severity, number>>;
  readonly sheets: readonly SheetSummary[];
}

type Mutable = Record<string, unknown>;

/**
 * A `WorkbookSnapshot` from a Crosswalk workbook's sheets, ready to push: the structured sheets
 * (`shared/layout/`) read back cell by cell, the workbook's metadata and risk matrix from its
 * settings sheet, team and workbook ids from `input.workbook` or that sheet. The snapshot is
 * checked with `parseSnapshot` and the shared validation rules; anything that would not survive
 * the trip (a cell that cannot be read, a record without its id, an id used twice) is an error
 * on its cell. Pure and total: it never throws.
 */
export function buildSnapshot(input: BuildSnapshotInput): SnapshotBuild {
  const issues: Issue[] = [];
  const find = (name: string) => input.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());

  const settingsGrid = find(SETTINGS_SHEET);
  const settings = settingsGrid ? readSettings(settingsGrid) : undefined;
  if (settings) issues.push(...settings.issues);
  let matrix = settings?.matrix;
  if (!matrix) {
    matrix = input.fallbackMatrix ?? DEFAULT_MATRIX;
    if (!settings?.issues.some((i) => i.code === "matrix-invalid")) {
      issues.push({
        code: "matrix-missing",
        severity: "warning",
        sheet: settingsGrid?.name ?? SETTINGS_SHEET,
        cell: "A1",
        message: `The workbook does not say which risk matrix it uses; ${matrix.name ?? matrix.id} is assumed`,
        hint: "Save the workbook's settings (team, workbook and risk matrix) in the Crosswalk Settings sheet.",
      });
    }
  }
  const context = {
    likelihood: ratingScaleOf(matrix.likelihood),
    impact: ratingScaleOf(matrix.impact),
    dateOrder: input.dateOrder ?? "dmy",
  } as const;

  const meta = { ...(settings?.meta ?? {}), ...(input.workbook ?? {}) } as Mutable;
  if (settings?.meta.extra || input.workbook?.extra) meta.extra = { ...(settings?.meta.extra ?? {}), ...(input.workbook?.extra ?? {}) };
  const idsOk = (["team", "name"] as const).every((key) => {
    const value = meta[key];
    const label = key === "team" ? "team" : "workbook";
    const cell = settings?.cells[key];
    const where = { sheet: settingsGrid?.name ?? SETTINGS_SHEET, cell: cell ? `B${cell.row + 1}` : "B1" };
    if (typeof value !== "string" || value === "") {
      issues.push({ code: `${label}-id-missing`, severity: "error", ...where, message: `No ${label} id: the API files every version under a team and a workbook`, hint: `Set the ${label} id in Settings (or with --${label === "team" ? "team" : "workbook"}).` });
      return false;
    }
    if (!API_ID_PATTERN.test(value)) {
      issues.push({ code: `${label}-id-invalid`, severity: "error", ...where, message: `"${value}" cannot be a ${label} id: use 1–64 lower-case letters, digits, ".", "_" or "-", starting with a letter or digit`, hint: `For example "credit-risk".` });
      return false;
    }
    return true;
  });

  const sheets: SheetSummary[] = [];
  const collections = {} as Record<CollectionName, Mutable[]>;
  const validation: { -readonly [K in keyof ValidationInput]: ValidationInput[K] } = { matrix: matrixSizeOf(matrix) };
  // Validation reads the model's shapes with every field optional; a checked record is one.
  const locate = <T>(read: SheetRead, row: SheetRow, record: Mutable): Located<T> => ({ record: record as T, sheet: read.sheet, row: row.row, columns: read.columns });

  for (const layout of SHEET_LAYOUTS) {
    const grid = find(layout.sheetName);
    if (!grid) {
      collections[layout.id] = [];
      sheets.push({ layout: layout.id, records: 0 });
      continue;
    }
    const read = readLayoutSheet(grid, layout, { ...context, ...(layout.id === "profile" ? { profileLevels: true } : {}) });
    issues.push(...read.issues);
    const built = layout.id === "impactAssessments" ? assessmentsOf(read, layout, issues) : recordsOf(read, layout, issues);
    const checked = built.flatMap(({ record, row }) => {
      const ok = checkRecord(layout, record, row, read, issues);
      return ok ? [{ record: ok, row }] : [];
    });
    // The SoA has its own rule for repeated controls (soa-duplicate-control).
    if (layout.id !== "soa") reportDuplicates(layout, checked, read, issues);
    collections[layout.id] = checked.map((c) => c.record);
    sheets.push({ layout: layout.id, sheet: grid.name, records: checked.length });

    switch (layout.id) {
      case "risks":
        validation.risks = checked.map(({ record, row }) => locate(read, row, record));
        break;
      case "soa":
        validation.soa = checked.map(({ record, row }) => locate(read, row, record));
        if (read.headerRow !== undefined && read.columns.controlId) validation.soaHeader = { sheet: read.sheet, cell: `${read.columns.controlId}${read.headerRow}` };
        break;
      case "aiSystems":
        validation.aiSystems = checked.map(({ record, row }) => locate(read, row, record));
        break;
      case "impactAssessments":
        validation.impactAssessments = checked.map(({ record, row }) => locate(read, row, record));
        break;
      case "profile":
        validation.profile = checked.map(({ record, row }) => locate(read, row, record));
        break;
      default:
        break;
    }
  }
  if (sheets.every((s) => s.sheet === undefined)) {
    issues.push({
      code: "workbook-not-crosswalk",
      severity: "error",
      sheet: input.sheets[0]?.name ?? "",
      cell: "A1",
      message: `None of the Crosswalk sheets (${SHEET_LAYOUTS.map((l) => l.sheetName).join(", ")}) is in this workbook, so there is nothing to push`,
      hint: "Set the workbook up with the Crosswalk add-in, or import your sheets into it first (crosswalk import --out).",
    });
  }
  validation.present = { aiSystems: find(layoutName("aiSystems")) !== undefined, impactAssessments: find(layoutName("impactAssessments")) !== undefined };
  const result = validate(validation, { ...(input.asOf ? { asOf: input.asOf } : {}), ...(input.rules ? { config: input.rules } : {}) });
  issues.push(...result.issues);

  let snapshot: WorkbookSnapshot | undefined;
  if (idsOk) {
    const candidate = {
      schemaVersion: SNAPSHOT_SCHEMA_VERSION,
      workbook: meta,
      matrix,
      aiSystems: collections.aiSystems,
      risks: collections.risks,
      soa: collections.soa,
      impactAssessments: collections.impactAssessments,
      profile: collections.profile,
      managementSystem: {
        policies: collections.policies,
        objectives: collections.objectives,
        internalAudits: collections.internalAudits,
        managementReviews: collections.managementReviews,
        metrics: collections.metrics,
        nonconformities: collections.nonconformities,
      },
    };
    const parsed = parseSnapshot(candidate);
    if (parsed.success) snapshot = parsed.snapshot;
    else {
      // Every record was checked on its own, so this is the workbook metadata (or a bug): say where.
      for (const issue of parsed.issues) {
        issues.push({ code: "snapshot-invalid", severity: "error", sheet: settingsGrid?.name ?? SETTINGS_SHEET, cell: "A1", message: `${issue.path.join(".") || "snapshot"}: ${issue.message}` });
      }
    }
  }
  issues.sort(compareIssues);
  const counts = { error: 0, warning: 0, info: 0 };
  for (const issue of issues) counts[issue.severity]++;
  return { snapshot, issues, counts, sheets };
}

function layoutName(id: LayoutId): string {
  return SHEET_LAYOUTS.find((l) => l.id === id)?.sheetName ?? id;
}

interface Built {
  readonly record: Mutable;
  readonly row: SheetRow;
}

function setPath(target: Mutable, path: readonly string[], value: unknown): void {
  let at = target;
  path.slice(0, -1).forEach((key) => {
    const next = at[key];
    if (next === null || typeof next !== "object") at[key] = {};
    at = at[key] as Mutable;
  });
  const last = path[path.length - 1];
  if (last !== undefined) at[last] = value;
}

/** Key columns of type `refs` hold one id. */
function keyValue(layout: SheetLayout, value: unknown): unknown {
  return layout.columns[0]?.type === "refs" && Array.isArray(value) ? value[0] : value;
}

function recordsOf(read: SheetRead, layout: SheetLayout, issues: Issue[]): Built[] {
  const key = layout.columns[0];
  const out: Built[] = [];
  for (const row of read.rows) {
    const keyCell = `${read.columns[key?.key ?? ""] ?? "A"}${row.row}`;
    const rawKey = row.values[key?.key ?? ""];
    if (Array.isArray(rawKey) && rawKey.length > 1) {
      issues.push({ code: "record-key-several", severity: "error", sheet: read.sheet, cell: keyCell, message: `${key?.header}: the row names ${rawKey.length} ids (${rawKey.join(", ")}); a row holds one`, hint: "Give each its own row." });
      continue;
    }
    if (rawKey === undefined) {
      issues.push({ code: "record-key-missing", severity: "error", sheet: read.sheet, cell: keyCell, message: `Row ${row.row} has no ${key?.header}, so it cannot be pushed`, hint: `Fill in the ${key?.header} (or clear the row).` });
      continue;
    }
    const record: Mutable = {};
    for (const column of layout.columns) {
      const value = row.values[column.key];
      if (value === undefined) continue;
      setPath(record, column.path ?? [column.key], column === key ? keyValue(layout, value) : value);
    }
    if (row.extra) record.extra = { ...row.extra };
    out.push({ record, row });
  }
  return out;
}

/** Impact assessments: rows sharing an Assessment ID are one assessment, each row one impact. */
function assessmentsOf(read: SheetRead, layout: SheetLayout, issues: Issue[]): Built[] {
  const key = layout.columns[0];
  const groups = new Map<string, Built & { impacts: Mutable[] }>();
  for (const row of read.rows) {
    const id = row.values[key?.key ?? ""];
    const cell = (k: string) => `${read.columns[k] ?? read.columns[key?.key ?? ""] ?? "A"}${row.row}`;
    if (typeof id !== "string") {
      issues.push({ code: "record-key-missing", severity: "error", sheet: read.sheet, cell: cell(key?.key ?? ""), message: `Row ${row.row} has no ${key?.header}, so it cannot be pushed`, hint: `Fill in the ${key?.header} (rows of one assessment share it).` });
      continue;
    }
    let group = groups.get(id);
    if (!group) {
      group = { record: { id }, row, impacts: [] };
      groups.set(id, group);
    }
    const impact: Mutable = {};
    for (const column of layout.columns) {
      if (column === key) continue;
      const value = row.values[column.key];
      if (value === undefined) continue;
      const path = column.path ?? [column.key];
      if (path[0] === IMPACTS_PATH) {
        setPath(impact, path.slice(1), value);
        continue;
      }
      const existing = readPath(group.record, path);
      if (existing === undefined) setPath(group.record, path, value);
      else if (JSON.stringify(existing) !== JSON.stringify(value)) {
        issues.push({
          code: "assessment-field-conflict",
          severity: "warning",
          sheet: read.sheet,
          cell: cell(column.key),
          message: `${column.header} of assessment ${id} differs from its first row (row ${group.row.row}); the first is kept`,
          hint: "Fill the assessment's own fields on its first row only.",
        });
      }
    }
    if (row.extra) group.record.extra = { ...((group.record.extra as Mutable | undefined) ?? {}), ...row.extra };
    if (Object.keys(impact).length > 0) {
      if (typeof impact.description !== "string") {
        issues.push({ code: "impact-description-missing", severity: "error", sheet: read.sheet, cell: cell("impact"), message: `Row ${row.row} describes a harm or benefit of ${id} but has no Impact text`, hint: "Describe the harm or benefit in the Impact column." });
      } else group.impacts.push(impact);
    }
  }
  return [...groups.values()].map(({ record, row, impacts }) => ({ record: impacts.length > 0 ? { ...record, impacts } : record, row }));
}

function readPath(record: Mutable, path: readonly string[]): unknown {
  let at: unknown = record;
  for (const key of path) {
    if (at === null || typeof at !== "object") return undefined;
    at = (at as Mutable)[key];
  }
  return at;
}

/**
 * Each record through its model schema: a field the schema refuses (a profile state of 7, a
 * text longer than Excel allows) is an error on its cell and is left out, so one bad cell never
 * costs the whole push its snapshot.
 */
function checkRecord(layout: SheetLayout, record: Mutable, row: SheetRow, read: SheetRead, issues: Issue[]): Mutable | undefined {
  const schema = COLLECTIONS[layout.id].schema;
  let current = record;
  for (let attempt = 0; attempt < 50; attempt++) {
    const result = schema.safeParse(current);
    if (result.success) return current;
    const fields = new Set(result.error.issues.map((i) => String(i.path[0] ?? "")));
    const next = { ...current };
    for (const issue of result.error.issues) {
      const field = String(issue.path[0] ?? "");
      const column = layout.columns.find((c) => (c.path ?? [c.key])[0] === field) ?? layout.columns.find((c) => c.key === String(issue.path[issue.path.length - 1] ?? ""));
      const letter = (column && read.columns[column.key]) ?? read.columns[layout.columns[0]?.key ?? ""] ?? "A";
      issues.push({
        code: "value-invalid",
        severity: "error",
        sheet: read.sheet,
        cell: `${letter}${row.row}`,
        message: `${column?.header ?? field}: ${issue.message}; not kept`,
      });
    }
    if (fields.has("") || fields.has(layout.columns[0]?.path?.[0] ?? layout.columns[0]?.key ?? "")) return undefined;
    for (const field of fields) delete next[field];
    current = next;
  }
  return undefined;
}

function reportDuplicates(layout: SheetLayout, built: readonly Built[], read: SheetRead, issues: Issue[]): void {
  const keyName = COLLECTIONS[layout.id].key;
  const seen = new Map<string, number>();
  for (const { record, row } of built) {
    const key = record[keyName];
    if (typeof key !== "string") continue;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, row.row);
    else {
      issues.push({
        code: "record-key-duplicate",
        severity: "error",
        sheet: read.sheet,
        cell: `${read.columns[layout.columns[0]?.key ?? ""] ?? "A"}${row.row}`,
        message: `${layout.columns[0]?.header} ${key} is used on rows ${first} and ${row.row}; versions can only be compared when every id is used once`,
        hint: "Give each record an id of its own.",
      });
    }
  }
}
