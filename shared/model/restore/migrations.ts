import { FRAMEWORK_PREFIX } from "../../catalog/framework";
import { preview, type RestoreIssue } from "./restore-issue";
import { isPlainObject, UNSAFE_KEYS } from "./restore-value";

type Json = Record<string, unknown>;

/**
 * One step that rewrites a raw snapshot of version `from` into the shape of version `to`.
 * Migrations only move and rename; the restore pass after them checks and coerces every field,
 * so a migration may pass on values as it finds them. They must not throw on odd input.
 */
export interface SnapshotMigration {
  readonly from: number;
  readonly to: number;
  readonly description: string;
  readonly up: (raw: Json, report: (issue: RestoreIssue) => void) => Json;
}

function asObject(value: unknown): Json {
  return isPlainObject(value) ? value : {};
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A copy of an object's own safe keys, so renames never carry `__proto__` along. */
function copy(value: Json): Json {
  const out: Json = {};
  for (const key of Object.keys(value)) if (!UNSAFE_KEYS.has(key)) out[key] = value[key];
  return out;
}

function rename(record: Json, from: string, to: string): void {
  if (Object.hasOwn(record, from)) {
    if (!Object.hasOwn(record, to)) record[to] = record[from];
    delete record[from];
  }
}

const V0_STAGE: Readonly<Record<string, string>> = {
  idea: "planning",
  pilot: "deployment",
  production: "operation",
  live: "operation",
  decommissioned: "retired",
};

const AI_RMF_FUNCTION = /^(GOVERN|MAP|MEASURE|MANAGE)\b/i;
const ANNEX_A = /^A\.\d/;

/**
 * v0: the prototype's export before snapshots had a schema version, marked `"version": 0`:
 *
 * ```json
 * { "version": 0, "team": "credit", "workbook": "AI register", "matrixSize": 5,
 *   "systems": [{ "id": "S1", "name": "…", "lifecycle": "production", "role": "deployer" }],
 *   "risks":   [{ "id": "R1", "name": "…", "system": "S1", "likelihood": 4, "impact": 3,
 *                 "residual": { "likelihood": 2, "impact": 3 }, "due": "2025-01-31",
 *                 "review": "2025-03-31", "refs": ["GOVERN 1.1", "A.6.2.4"] }],
 *   "soa":     [{ "control": "A.5.2", "applicable": "yes", "status": "implemented" }] }
 * ```
 *
 * v1 nests the identity under `workbook`, declares a full matrix, renames `systems`, `name`,
 * `system`, `due`, `review`, splits inherent and residual levels, and namespaces references
 * (bare AI RMF ids and ISO 42001 Annex A ids; anything else in `refs` is kept as a control).
 */
/** The fields of a v0 document that v1 carries over; anything else at its top level is reported. */
const V0_FIELDS: ReadonlySet<string> = new Set(["version", "team", "workbook", "matrixSize", "systems", "risks", "soa"]);

const v0ToV1: SnapshotMigration = {
  from: 0,
  to: 1,
  description: "v0 prototype export → v1 workbook snapshot",
  up(raw, report) {
    const out: Json = {};
    for (const key of Object.keys(raw)) {
      if (!V0_FIELDS.has(key) && !UNSAFE_KEYS.has(key)) {
        report({ code: "unknown-field-dropped", severity: "warning", path: [key], message: `field "${key}" has no place in v1 and was removed`, value: preview(raw[key]) });
      }
    }
    out.workbook = { team: raw.team, name: raw.workbook };
    const size = raw.matrixSize;
    if (typeof size === "number") out.matrix = `${size}x${size}`;
    out.aiSystems = asList(raw.systems).map((value) => {
      if (!isPlainObject(value)) return value;
      const system = copy(value);
      rename(system, "lifecycle", "stage");
      if (typeof system.stage === "string") system.stage = V0_STAGE[system.stage.trim().toLowerCase()] ?? system.stage;
      if (typeof system.role === "string") system.role = [system.role];
      return system;
    });
    out.risks = asList(raw.risks).map((value, index) => {
      if (!isPlainObject(value)) return value;
      const risk = copy(value);
      rename(risk, "name", "title");
      rename(risk, "system", "aiSystem");
      rename(risk, "likelihood", "inherentLikelihood");
      rename(risk, "impact", "inherentImpact");
      rename(risk, "due", "dueDate");
      rename(risk, "review", "reviewDate");
      const residual = asObject(risk.residual);
      if (residual.likelihood !== undefined) risk.residualLikelihood = residual.likelihood;
      if (residual.impact !== undefined) risk.residualImpact = residual.impact;
      delete risk.residual;
      if (Object.hasOwn(risk, "refs")) {
        const aiRmf: string[] = [];
        const iso: string[] = [];
        const other: unknown[] = [];
        for (const ref of asList(risk.refs)) {
          if (typeof ref === "string" && AI_RMF_FUNCTION.test(ref.trim())) aiRmf.push(`${FRAMEWORK_PREFIX["ai-rmf"]}:${ref.trim().toUpperCase()}`);
          else if (typeof ref === "string" && ANNEX_A.test(ref.trim())) iso.push(`${FRAMEWORK_PREFIX.iso42001}:${ref.trim()}`);
          else other.push(ref);
        }
        delete risk.refs;
        if (aiRmf.length > 0) risk.aiRmfRefs = aiRmf;
        if (iso.length > 0) risk.iso42001Refs = iso;
        if (other.length > 0) {
          risk.controls = [...asList(risk.controls), ...other];
          report({
            code: "value-coerced",
            severity: "warning",
            path: ["risks", index, "refs"],
            message: `${other.length} reference(s) of no known framework kept as controls`,
          });
        }
      }
      return risk;
    });
    out.soa = asList(raw.soa).map((value) => {
      if (!isPlainObject(value)) return value;
      const row = copy(value);
      rename(row, "control", "controlId");
      if (typeof row.controlId === "string" && !row.controlId.includes(":")) {
        row.controlId = `${FRAMEWORK_PREFIX.iso42001}:${row.controlId.trim()}`;
      }
      return row;
    });
    out.schemaVersion = 1;
    return out;
  },
};

/** Every migration, oldest first. `restoreSnapshot` runs them in a chain up to the current version. */
export const MIGRATIONS: readonly SnapshotMigration[] = [v0ToV1];
