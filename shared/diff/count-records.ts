import { COLLECTION_NAMES, COLLECTIONS, type CollectionName, type CollectionSpec } from "../model/collections";
import type { WorkbookSnapshot } from "../model/snapshot";

export type RecordCounts = { readonly [N in CollectionName]: number };

/**
 * How many records each collection of a snapshot holds, in `COLLECTION_NAMES` order.
 *
 * @example countRecords(snapshot) // { aiSystems: 3, risks: 15, soa: 38, …, nonconformities: 2 }
 */
export function countRecords(snapshot: WorkbookSnapshot): RecordCounts {
  const counts = {} as Record<CollectionName, number>;
  for (const name of COLLECTION_NAMES) {
    const records = (COLLECTIONS[name] as CollectionSpec<typeof name>).get(snapshot);
    counts[name] = Array.isArray(records) ? records.length : 0;
  }
  return counts;
}

/** All records of a snapshot, every collection together. */
export function totalRecords(counts: RecordCounts): number {
  return COLLECTION_NAMES.reduce((sum, name) => sum + counts[name], 0);
}
