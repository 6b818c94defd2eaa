import { matrixForSize } from "../../scoring/matrix-for-size";
import { RiskMatrix } from "../../scoring/matrix";
import { DEFAULT_MATRIX, MATRIX_PRESETS } from "../../scoring/presets";
import { bandByName } from "../../scoring/band-of";
import { resolveLevel, Scale } from "../../scoring/scale";
import { COLLECTIONS, type CollectionName, type CollectionSpec } from "../collections";
import { emptyManagementSystem, type ManagementSystem } from "../management/management-system";
import { emptySnapshot, SNAPSHOT_SCHEMA_VERSION, type WorkbookSnapshot } from "../snapshot";
import { WorkbookMeta } from "../workbook";
import { MIGRATIONS } from "./migrations";
import { IssueSink, preview, type RestoreIssue } from "./restore-issue";
import { isEmpty, isPlainObject, type Path, restoreObject, restoreValue, UNSAFE_KEYS } from "./restore-value";

export interface RestoreResult {
  /** A snapshot that `parseSnapshot` accepts. */
  readonly snapshot: WorkbookSnapshot;
  /** Every change restore made, in input order. Empty when the input was already a valid snapshot. */
  readonly issues: readonly RestoreIssue[];
}

export interface RestoreOptions {
  /** Issues listed at most; beyond it one `issues-truncated` issue gives the count. Default 1,000. */
  readonly maxIssues?: number;
}

const TOP_LEVEL = new Set(["schemaVersion", "workbook", "matrix", "aiSystems", "risks", "soa", "impactAssessments", "profile", "managementSystem"]);
const MANAGEMENT_KEYS = new Set(["policies", "objectives", "internalAudits", "managementReviews", "metrics", "nonconformities"]);
const DEFAULT_TEAM = "unassigned";
const DEFAULT_NAME = "untitled";

/**
 * Brings anything that claims to be a workbook snapshot — an older schema version, a partial or
 * slightly malformed one, or junk — into the current model, the way excalidraw's `restore` does.
 * Never throws. Whatever it cannot keep, it reports: each dropped value, record or field becomes
 * an issue with its path and a preview. A valid current snapshot comes back equal and issue-free.
 *
 * What it does, in order: reads the schema version (`schemaVersion`, or `version: 0` for the v0
 * prototype format) and runs the migrations up to `SNAPSHOT_SCHEMA_VERSION`; restores `workbook`
 * (a missing team or name becomes "unassigned"/"untitled") and `matrix` (a preset id such as
 * "4x4" is expanded; an unreadable matrix is replaced by one of the same size if its scales can be
 * read, else by the default 5×5); then restores each collection record by record: fields are
 * coerced where the meaning is clear ("3" → 3, "Yes" → true, "In Progress" → "in-progress",
 * "2025/1/5" → "2025-01-05", "a; b" → ["a", "b"], likelihood "High" → its level on the matrix),
 * unreadable fields are dropped, unknown plain fields move into `extra`, records without an id get
 * one, records without a control id or subcategory are dropped.
 *
 * @example
 * const { snapshot, issues } = restoreSnapshot(JSON.parse(text));
 * issues.filter((issue) => issue.severity === "warning") // show these to the user
 */
export function restoreSnapshot(input: unknown, options: RestoreOptions = {}): RestoreResult {
  const sink = new IssueSink(Math.max(1, options.maxIssues ?? 1_000));
  let snapshot: WorkbookSnapshot;
  try {
    snapshot = restoreAll(input, sink);
  } catch (error) {
    // Only hostile objects (throwing getters, revoked proxies) get here; JSON never does.
    sink.add({
      code: "not-an-object",
      severity: "warning",
      path: [],
      message: `input could not be read (${error instanceof Error ? error.message : String(error)}); an empty snapshot stands in`,
    });
    snapshot = emptySnapshot({ team: DEFAULT_TEAM, name: DEFAULT_NAME });
  }
  return { snapshot, issues: sink.finish() };
}

function restoreAll(input: unknown, sink: IssueSink): WorkbookSnapshot {
  let raw: Record<string, unknown>;
  if (isPlainObject(input)) {
    raw = input;
  } else {
    sink.add({ code: "not-an-object", severity: "warning", path: [], message: "a snapshot is a JSON object; an empty snapshot stands in", value: preview(input) });
    raw = {};
  }
  raw = migrate(raw, sink);
  for (const key of Object.keys(raw)) {
    if (UNSAFE_KEYS.has(key)) sink.add({ code: "unsafe-key-dropped", severity: "warning", path: [key], message: `key "${key}" removed` });
    else if (!TOP_LEVEL.has(key)) {
      sink.add({ code: "unknown-field-dropped", severity: "warning", path: [key], message: `unknown field "${key}" removed`, value: preview(raw[key]) });
    }
  }
  const matrix = restoreMatrix(raw.matrix, sink);
  const context: RecordContext = { matrix };
  const collection = <N extends CollectionName>(name: N, value: unknown, path: Path) =>
    restoreCollection(COLLECTIONS[name] as CollectionSpec<N>, value, path, sink, context);
  return {
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    workbook: restoreWorkbook(raw.workbook, sink),
    matrix,
    aiSystems: collection("aiSystems", raw.aiSystems, ["aiSystems"]),
    risks: collection("risks", raw.risks, ["risks"]),
    soa: collection("soa", raw.soa, ["soa"]),
    impactAssessments: collection("impactAssessments", raw.impactAssessments, ["impactAssessments"]),
    profile: collection("profile", raw.profile, ["profile"]),
    managementSystem: restoreManagementSystem(raw.managementSystem, sink, context),
  };
}

function migrate(raw: Record<string, unknown>, sink: IssueSink): Record<string, unknown> {
  let version = readVersion(raw, sink);
  let current = raw;
  while (version < SNAPSHOT_SCHEMA_VERSION) {
    const step = MIGRATIONS.find((migration) => migration.from === version);
    if (!step) {
      sink.add({
        code: "schema-version-unknown",
        severity: "warning",
        path: ["schemaVersion"],
        message: `no migration from version ${version}; read as version ${SNAPSHOT_SCHEMA_VERSION}`,
      });
      break;
    }
    current = step.up(current, (issue) => sink.add(issue));
    sink.add({ code: "migrated", severity: "info", path: [], message: `migrated from version ${step.from} to ${step.to}: ${step.description}` });
    version = step.to;
  }
  return current;
}

function readVersion(raw: Record<string, unknown>, sink: IssueSink): number {
  const declared = raw.schemaVersion;
  if (declared === undefined) {
    if (raw.version === 0) return 0;
    sink.add({ code: "schema-version-missing", severity: "warning", path: ["schemaVersion"], message: `no schemaVersion; read as version ${SNAPSHOT_SCHEMA_VERSION}` });
    return SNAPSHOT_SCHEMA_VERSION;
  }
  const version = typeof declared === "string" && /^\d{1,4}$/.test(declared.trim()) ? Number(declared) : declared;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 0) {
    sink.add({
      code: "schema-version-unknown",
      severity: "warning",
      path: ["schemaVersion"],
      message: `schemaVersion is not a version number; read as version ${SNAPSHOT_SCHEMA_VERSION}`,
      value: preview(declared),
    });
    return SNAPSHOT_SCHEMA_VERSION;
  }
  if (version > SNAPSHOT_SCHEMA_VERSION) {
    sink.add({
      code: "schema-version-newer",
      severity: "warning",
      path: ["schemaVersion"],
      message: `schemaVersion ${version} is newer than this code (${SNAPSHOT_SCHEMA_VERSION}); read as version ${SNAPSHOT_SCHEMA_VERSION}, fields it does not know are reported`,
    });
    return SNAPSHOT_SCHEMA_VERSION;
  }
  if (typeof declared === "string") {
    sink.add({ code: "value-coerced", severity: "info", path: ["schemaVersion"], message: "version number read from text" });
  }
  return version;
}

function restoreWorkbook(value: unknown, sink: IssueSink): WorkbookSnapshot["workbook"] {
  const path = ["workbook"];
  if (!isPlainObject(value) && value !== undefined) {
    sink.add({ code: "not-an-object", severity: "warning", path, message: "workbook is not an object", value: preview(value) });
  }
  const restored = restoreObject(WorkbookMeta, isPlainObject(value) ? value : {}, path, sink, { keepUnknownInExtra: true });
  if (restored.ok) return restored.value as WorkbookSnapshot["workbook"];
  const partial = restored.partial ?? {};
  for (const [key, fallback] of [["team", DEFAULT_TEAM], ["name", DEFAULT_NAME]] as const) {
    if (typeof partial[key] !== "string") {
      partial[key] = fallback;
      sink.add({ code: "default-filled", severity: "warning", path: [...path, key], message: `workbook ${key} missing; "${fallback}" used` });
    }
  }
  const parsed = WorkbookMeta.safeParse(partial);
  return parsed.success ? parsed.data : { team: DEFAULT_TEAM, name: DEFAULT_NAME };
}

function restoreMatrix(value: unknown, sink: IssueSink): WorkbookSnapshot["matrix"] {
  const path = ["matrix"];
  if (value === undefined || value === null) {
    sink.add({ code: "default-filled", severity: "warning", path, message: `no matrix; the default ${DEFAULT_MATRIX.id} matrix is used` });
    return structuredJson(DEFAULT_MATRIX);
  }
  if (typeof value === "string") {
    const key = value.trim().toLowerCase().replace("×", "x");
    const preset = Object.hasOwn(MATRIX_PRESETS, key) ? MATRIX_PRESETS[key as keyof typeof MATRIX_PRESETS] : undefined;
    if (preset) {
      sink.add({ code: "value-coerced", severity: "info", path, message: `matrix "${value}" read as the ${preset.id} preset` });
      return structuredJson(preset);
    }
  }
  const restored = restoreValue(RiskMatrix, value, path, sink);
  if (restored.ok) return restored.value as WorkbookSnapshot["matrix"];
  const raw = isPlainObject(value) ? value : {};
  const likelihood = Scale.safeParse(raw.likelihood);
  const impact = Scale.safeParse(raw.impact);
  if (likelihood.success && impact.success) {
    const scoring = raw.scoring === "sum" ? "sum" : "product";
    const fallback = matrixForSize(likelihood.data.levels.length, impact.data.levels.length, scoring);
    const scales = { likelihood: likelihood.data, impact: impact.data };
    // Keep the matrix's own id and name when they are valid; the standard ones otherwise.
    const own = RiskMatrix.safeParse({ ...fallback, id: raw.id, name: raw.name, ...scales });
    const rebuilt = own.success ? own : RiskMatrix.safeParse({ ...fallback, ...scales });
    if (rebuilt.success) {
      sink.add({
        code: "default-filled",
        severity: "warning",
        path: [...path, "bands"],
        message: `matrix unreadable (${restored.reason}); its scales are kept with standard bands`,
        value: preview(raw.bands),
      });
      return rebuilt.data;
    }
  }
  sink.add({
    code: "default-filled",
    severity: "warning",
    path,
    message: `matrix unreadable (${restored.reason}); the default ${DEFAULT_MATRIX.id} matrix is used`,
    value: preview(value),
  });
  return structuredJson(DEFAULT_MATRIX);
}

function restoreManagementSystem(value: unknown, sink: IssueSink, context: RecordContext): ManagementSystem {
  const path = ["managementSystem"];
  if (value === undefined || value === null) return emptyManagementSystem();
  if (!isPlainObject(value)) {
    sink.add({ code: "not-an-object", severity: "warning", path, message: "managementSystem is not an object; removed", value: preview(value) });
    return emptyManagementSystem();
  }
  for (const key of Object.keys(value)) {
    if (UNSAFE_KEYS.has(key)) sink.add({ code: "unsafe-key-dropped", severity: "warning", path: [...path, key], message: `key "${key}" removed` });
    else if (!MANAGEMENT_KEYS.has(key)) {
      sink.add({ code: "unknown-field-dropped", severity: "warning", path: [...path, key], message: `unknown field "${key}" removed`, value: preview(value[key]) });
    }
  }
  const collection = <N extends CollectionName>(name: N) =>
    restoreCollection(COLLECTIONS[name] as CollectionSpec<N>, value[name], [...path, name], sink, context);
  return {
    policies: collection("policies"),
    objectives: collection("objectives"),
    internalAudits: collection("internalAudits"),
    managementReviews: collection("managementReviews"),
    metrics: collection("metrics"),
    nonconformities: collection("nonconformities"),
  };
}

interface RecordContext {
  readonly matrix: WorkbookSnapshot["matrix"];
}

function restoreCollection<N extends CollectionName>(
  spec: CollectionSpec<N>,
  value: unknown,
  path: Path,
  sink: IssueSink,
  context: RecordContext,
): WorkbookSnapshotRecords<N> {
  if (value === undefined || value === null) return [];
  let entries: readonly unknown[];
  if (Array.isArray(value)) {
    entries = value;
  } else if (isPlainObject(value)) {
    // A map keyed by id is read as a list, each record taking its key from the map if it has none.
    entries = Object.keys(value)
      .filter((key) => !UNSAFE_KEYS.has(key))
      .map((key) => {
        const record = value[key];
        return isPlainObject(record) && isEmpty(record[spec.key]) ? { ...record, [spec.key]: key } : record;
      });
    sink.add({ code: "value-coerced", severity: "info", path, message: `${spec.label} given as an object keyed by ${spec.key}; read as a list` });
  } else {
    sink.add({ code: "value-dropped", severity: "warning", path, message: `${spec.label} must be a list; removed`, value: preview(value) });
    return [];
  }
  const taken = new Set<string>();
  for (const entry of entries) {
    if (isPlainObject(entry) && typeof entry[spec.key] === "string") taken.add((entry[spec.key] as string).trim());
  }
  const out: WorkbookSnapshotRecords<N> = [];
  entries.forEach((entry, index) => {
    const recordPath = [...path, index];
    try {
      const record = restoreRecord(spec, entry, recordPath, sink, context, taken);
      if (record !== undefined) out.push(record);
    } catch (error) {
      sink.add({
        code: "record-dropped",
        severity: "warning",
        path: recordPath,
        message: `record could not be read (${error instanceof Error ? error.message : String(error)})`,
      });
    }
  });
  return out;
}

type WorkbookSnapshotRecords<N extends CollectionName> = ReturnType<CollectionSpec<N>["get"]> extends readonly (infer R)[] ? R[] : never;
type RecordOf<N extends CollectionName> = WorkbookSnapshotRecords<N>[number];

const LEVEL_FIELDS: Readonly<Record<string, "likelihood" | "impact">> = {
  inherentLikelihood: "likelihood",
  inherentImpact: "impact",
  residualLikelihood: "likelihood",
  residualImpact: "impact",
};

function restoreRecord<N extends CollectionName>(
  spec: CollectionSpec<N>,
  entry: unknown,
  path: Path,
  sink: IssueSink,
  context: RecordContext,
  taken: Set<string>,
): RecordOf<N> | undefined {
  if (!isPlainObject(entry)) {
    sink.add({ code: "record-dropped", severity: "warning", path, message: `a ${spec.label} record must be a plain object`, value: preview(entry) });
    return undefined;
  }
  const source = spec.name === "risks" ? withMatrixLevels(entry, path, sink, context) : entry;
  const restored = restoreObject(spec.schema as unknown as Parameters<typeof restoreObject>[0], source, path, sink, { keepUnknownInExtra: true });
  if (restored.ok) return restored.value as RecordOf<N>;
  const partial = restored.partial;
  if (partial && partial[spec.key] === undefined && spec.key === "id") {
    const id = freshId(spec.name, Number(path[path.length - 1]), taken);
    partial.id = id;
    sink.add({ code: "id-generated", severity: "warning", path: [...path, "id"], message: `record had no usable id; "${id}" given` });
    const retried = spec.schema.safeParse(partial);
    if (retried.success) return retried.data as RecordOf<N>;
  }
  sink.add({
    code: "record-dropped",
    severity: "warning",
    path,
    message: partial && partial[spec.key] === undefined ? `record has no usable ${spec.key}; removed` : `record removed: ${restored.reason}`,
    value: preview(entry),
  });
  return undefined;
}

/** Words on the workbook's own scales ("High", "Almost certain") become their levels. */
function withMatrixLevels(entry: Record<string, unknown>, path: Path, sink: IssueSink, context: RecordContext): Record<string, unknown> {
  let copy: Record<string, unknown> | undefined;
  for (const [field, axis] of Object.entries(LEVEL_FIELDS)) {
    const value = entry[field];
    if (typeof value !== "string" || isEmpty(value)) continue;
    const level = resolveLevel(context.matrix[axis], value);
    if (level === undefined) continue;
    copy ??= { ...entry };
    copy[field] = level;
    sink.add({
      code: "value-coerced",
      severity: "info",
      path: [...path, field],
      message: `"${value.trim()}" read as level ${level} of the matrix's ${axis} scale`,
      value: preview(value),
    });
  }
  for (const field of RATING_FIELDS) {
    const value = entry[field];
    if (typeof value !== "string" || isEmpty(value)) continue;
    const band = bandByName(context.matrix.bands, value);
    if (band === undefined || band.id === value) continue;
    copy ??= { ...entry };
    copy[field] = band.id;
    sink.add({ code: "value-coerced", severity: "info", path: [...path, field], message: `"${value.trim()}" read as the matrix's band ${band.id}`, value: preview(value) });
  }
  return copy ?? entry;
}

/** Qualitative ratings hold band ids; a band's label ("High") is read as its id. */
const RATING_FIELDS = ["inherentRating", "residualRating"] as const;

const ID_STEM: Readonly<Record<CollectionName, string>> = {
  aiSystems: "AIS",
  risks: "RISK",
  soa: "SOA",
  impactAssessments: "AIIA",
  profile: "PROFILE",
  policies: "POL",
  objectives: "OBJ",
  internalAudits: "AUD",
  managementReviews: "MR",
  metrics: "MET",
  nonconformities: "NC",
};

function freshId(name: CollectionName, index: number, taken: Set<string>): string {
  const stem = `${ID_STEM[name]}-RESTORED-${Number.isFinite(index) ? index + 1 : 1}`;
  let id = stem;
  for (let n = 2; taken.has(id); n += 1) id = `${stem}-${n}`;
  taken.add(id);
  return id;
}

function structuredJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

