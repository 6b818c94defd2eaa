import {
  COLLECTION_NAMES,
  COLLECTIONS,
  type CollectionName,
  type CollectionRecordMap,
  type CollectionSpec,
} from "../model/collections";
import type { WorkbookSnapshot } from "../model/snapshot";
import { compareKeys } from "./compare-keys";
import { definedKeys, jsonEqual } from "./json-equal";

/** One field that differs; `before` is absent for a field added, `after` for one removed. */
export interface FieldChange {
  readonly field: string;
  readonly before?: unknown;
  readonly after?: unknown;
}

export interface KeyedRecord<T> {
  /** The record's key: its id, or control id (SoA), or subcategory (profile). */
  readonly id: string;
  readonly record: T;
}

export interface ModifiedRecord {
  readonly id: string;
  /** Changed top-level fields in field-name order, with whole before/after values. */
  readonly changes: readonly FieldChange[];
}

export interface CollectionDiff<T> {
  readonly added: readonly KeyedRecord<T>[];
  readonly removed: readonly KeyedRecord<T>[];
  readonly modified: readonly ModifiedRecord[];
}

export type CollectionDiffs = { readonly [N in CollectionName]: CollectionDiff<CollectionRecordMap[N]> };

export interface SnapshotDiff {
  /** Changed fields of the workbook's identity and metadata. */
  readonly workbook: readonly FieldChange[];
  /** Changed top-level fields of the matrix (`likelihood`, `impact`, `bands` …). */
  readonly matrix: readonly FieldChange[];
  readonly collections: CollectionDiffs;
  /** Records added, removed and modified across all collections. */
  readonly totals: { readonly added: number; readonly removed: number; readonly modified: number };
}

/**
 * What changed from snapshot `a` to snapshot `b`: per collection (in `COLLECTION_NAMES` order),
 * records added, removed and modified, matched by key (`id`; `controlId` for the SoA;
 * `subcategory` for the profile), with the changed field names and their before/after values.
 *
 * Deterministic: records in natural key order (`R-2` before `R-10`), fields in name order.
 * Symmetric: `diffSnapshots(b, a)` lists as added what this lists as removed, and swaps every
 * before and after. A key used twice in one collection is told apart by occurrence: the second
 * `R-1` is matched as `R-1#2`.
 *
 * @example
 * const d = diffSnapshots(v1, v2);
 * d.collections.risks.modified // [{ id: "R-3", changes: [{ field: "owner", before: "Ana", after: "Ben" }] }]
 */
export function diffSnapshots(a: WorkbookSnapshot, b: WorkbookSnapshot): SnapshotDiff {
  const collections = {} as Record<CollectionName, CollectionDiff<unknown>>;
  const totals = { added: 0, removed: 0, modified: 0 };
  for (const name of COLLECTION_NAMES) {
    const spec = COLLECTIONS[name] as CollectionSpec<typeof name>;
    const diff = diffRecords(keyed(spec, a), keyed(spec, b));
    collections[name] = diff;
    totals.added += diff.added.length;
    totals.removed += diff.removed.length;
    totals.modified += diff.modified.length;
  }
  return {
    workbook: diffFields(a.workbook, b.workbook),
    matrix: diffFields(a.matrix, b.matrix),
    collections: collections as unknown as CollectionDiffs,
    totals,
  };
}

/** True when two snapshots hold the same workbook metadata, matrix and records. */
export function isEmptyDiff(diff: SnapshotDiff): boolean {
  return diff.workbook.length === 0 && diff.matrix.length === 0 && diff.totals.added + diff.totals.removed + diff.totals.modified === 0;
}

function keyed<N extends CollectionName>(spec: CollectionSpec<N>, snapshot: WorkbookSnapshot): Map<string, CollectionRecordMap[N]> {
  const out = new Map<string, CollectionRecordMap[N]>();
  const seen = new Map<string, number>();
  const records = spec.get(snapshot);
  for (const record of Array.isArray(records) ? records : []) {
    const raw = (record as unknown as Record<string, unknown>)[spec.key];
    const key = typeof raw === "string" ? raw : "";
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    out.set(count === 1 ? key : `${key}#${count}`, record);
  }
  return out;
}

function diffRecords<T>(before: Map<string, T>, after: Map<string, T>): CollectionDiff<T> {
  const added: KeyedRecord<T>[] = [];
  const removed: KeyedRecord<T>[] = [];
  const modified: ModifiedRecord[] = [];
  for (const [id, record] of before) {
    const other = after.get(id);
    if (other === undefined) removed.push({ id, record });
    else {
      const changes = diffFields(record as Record<string, unknown>, other as Record<string, unknown>);
      if (changes.length > 0) modified.push({ id, changes });
    }
  }
  for (const [id, record] of after) if (!before.has(id)) added.push({ id, record });
  const byId = (x: { id: string }, y: { id: string }) => compareKeys(x.id, y.id);
  return { added: added.sort(byId), removed: removed.sort(byId), modified: modified.sort(byId) };
}

function diffFields(before: object, after: object): FieldChange[] {
  const left = before as Record<string, unknown>;
  const right = after as Record<string, unknown>;
  const fields = [...new Set([...definedKeys(left), ...definedKeys(right)])].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const x = left[field];
    const y = right[field];
    if (jsonEqual(x, y)) continue;
    if (x === undefined) changes.push({ field, after: y });
    else if (y === undefined) changes.push({ field, before: x });
    else changes.push({ field, before: x, after: y });
  }
  return changes;
}
