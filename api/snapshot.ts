import * as z from "zod";

/**
 * The API's one seam onto the snapshot model. Everything the API needs of a snapshot —
 * validate it, count its records, diff two of them — goes through here, so wiring in the
 * shared model (`parseSnapshot`, `countRecords`, `diffSnapshots` from shared/) is a change to
 * this file alone.
 *
 * INTERIM, until shared/model lands on main: a snapshot is a JSON object with a positive
 * integer `schemaVersion`; every top-level array is a collection of records, each an object
 * with a non-empty string `id`, unique within its collection. Nothing else is checked here.
 */

export interface SnapshotIssue {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

export type SnapshotCheck =
  | {
      readonly ok: true;
      readonly schemaVersion: number;
      readonly recordCounts: Readonly<Record<string, number>>;
    }
  | { readonly ok: false; readonly issues: readonly SnapshotIssue[] };

type JsonRecord = Record<string, unknown>;

function isRecord(value: unknown): value is JsonRecord {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const MAX_ISSUES = 100;

export function checkSnapshot(value: unknown): SnapshotCheck {
  if (!isRecord(value)) return { ok: false, issues: [{ path: [], message: "a snapshot is a JSON object" }] };
  const issues: SnapshotIssue[] = [];
  const schemaVersion = value.schemaVersion;
  if (typeof schemaVersion !== "number" || !Number.isSafeInteger(schemaVersion) || schemaVersion < 1) {
    issues.push({ path: ["schemaVersion"], message: "schemaVersion must be a positive integer" });
  }
  const recordCounts: Record<string, number> = {};
  for (const [name, collection] of Object.entries(value)) {
    if (!Array.isArray(collection)) continue;
    const seen = new Set<string>();
    collection.forEach((record, index) => {
      if (issues.length >= MAX_ISSUES) return;
      if (!isRecord(record)) {
        issues.push({ path: [name, index], message: "a record is a JSON object" });
        return;
      }
      const id = record.id;
      if (typeof id !== "string" || id.trim() === "") {
        issues.push({ path: [name, index, "id"], message: "every record needs a non-empty string id" });
      } else if (seen.has(id)) {
        issues.push({ path: [name, index, "id"], message: `duplicate id ${JSON.stringify(id)} in ${name}` });
      } else {
        seen.add(id);
      }
    });
    recordCounts[name] = collection.length;
  }
  if (issues.length > 0 || typeof schemaVersion !== "number") return { ok: false, issues };
  return { ok: true, schemaVersion, recordCounts };
}

export interface RecordChange {
  readonly id: string;
  /** Top-level fields of the record whose values differ (added, removed or changed). */
  readonly fields: readonly string[];
}

export interface CollectionDiff {
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly modified: readonly RecordChange[];
}

export interface SnapshotDiff {
  /** Per collection, only collections with at least one change. */
  readonly collections: Readonly<Record<string, CollectionDiff>>;
  /** Top-level non-collection properties that differ (e.g. `schemaVersion`). */
  readonly properties: readonly string[];
  readonly summary: { readonly added: number; readonly removed: number; readonly modified: number };
}

export const snapshotDiffSchema = z
  .object({
    collections: z.record(
      z.string(),
      z.object({
        added: z.array(z.string()).describe("Ids of records only in `to`."),
        removed: z.array(z.string()).describe("Ids of records only in `from`."),
        modified: z
          .array(z.object({ id: z.string(), fields: z.array(z.string()).describe("Top-level fields that differ.") }))
          .describe("Records in both whose fields differ."),
      }),
    ),
    properties: z.array(z.string()).describe("Top-level non-collection properties that differ."),
    summary: z.object({ added: z.number().int(), removed: z.number().int(), modified: z.number().int() }),
  })
  .describe("Records added, removed and modified by id, per collection, with the changed fields.");

/** Structural equality of JSON values (key order ignored). */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((v, i) => sameJson(v, b[i]));
  if (isRecord(a) && isRecord(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && sameJson(a[k], b[k]));
  }
  return false;
}

function byId(collection: readonly unknown[]): Map<string, JsonRecord> {
  const map = new Map<string, JsonRecord>();
  for (const record of collection) if (isRecord(record) && typeof record.id === "string") map.set(record.id, record);
  return map;
}

/** Diff of two snapshots that passed `checkSnapshot`. */
export function diffSnapshots(from: unknown, to: unknown): SnapshotDiff {
  const a = isRecord(from) ? from : {};
  const b = isRecord(to) ? to : {};
  const collections: Record<string, CollectionDiff> = {};
  const properties: string[] = [];
  const summary = { added: 0, removed: 0, modified: 0 };
  const names = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  for (const name of names) {
    const before = a[name];
    const after = b[name];
    if (!Array.isArray(before) && !Array.isArray(after)) {
      if (!sameJson(before, after)) properties.push(name);
      continue;
    }
    const left = byId(Array.isArray(before) ? before : []);
    const right = byId(Array.isArray(after) ? after : []);
    const added = [...right.keys()].filter((id) => !left.has(id));
    const removed = [...left.keys()].filter((id) => !right.has(id));
    const modified: RecordChange[] = [];
    for (const [id, old] of left) {
      const now = right.get(id);
      if (!now) continue;
      const fields = [...new Set([...Object.keys(old), ...Object.keys(now)])]
        .filter((f) => !sameJson(old[f], now[f]))
        .sort();
      if (fields.length > 0) modified.push({ id, fields });
    }
    if (added.length + removed.length + modified.length > 0) {
      collections[name] = { added, removed, modified };
      summary.added += added.length;
      summary.removed += removed.length;
      summary.modified += modified.length;
    }
  }
  return { collections, properties, summary };
}

/** The push body as documented in the OpenAPI document. */
export const snapshotRequestSchema = z
  .looseObject({
    schemaVersion: z.number().int().min(1).describe("Version of the snapshot schema the workbook was written with."),
  })
  .describe(
    "A workbook snapshot (the shared snapshot schema). Every top-level array is a collection of records, each with a unique string `id`. Stored exactly as sent.",
  );
