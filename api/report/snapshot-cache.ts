import type { WorkbookSnapshot } from "../../shared/model/snapshot";
import type { VersionRecord } from "../store/port";

/**
 * Parsed snapshots of immutable versions, least recently used first out, bounded by the bytes of
 * the stored JSON they came from. A version never changes and its SHA-256 is part of the key, so
 * an entry is never stale; the org is part of it too, so no report ever sees another org's entry.
 * Saves the parse (not the read) when the same versions are reported on again.
 */
export class SnapshotCache {
  readonly #maxBytes: number;
  readonly #entries = new Map<string, { snapshot: WorkbookSnapshot; bytes: number }>();
  #bytes = 0;
  hits = 0;
  misses = 0;

  constructor(maxBytes: number) {
    this.#maxBytes = Math.max(0, maxBytes);
  }

  static key(record: VersionRecord): string {
    return `${record.org}\u0000${record.team}\u0000${record.workbook}\u0000${record.version}\u0000${record.sha256}`;
  }

  get(record: VersionRecord): WorkbookSnapshot | undefined {
    const key = SnapshotCache.key(record);
    const entry = this.#entries.get(key);
    if (!entry) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    // Re-insert: Map order is the recency order.
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry.snapshot;
  }

  set(record: VersionRecord, snapshot: WorkbookSnapshot): void {
    const bytes = record.size;
    if (bytes > this.#maxBytes) return;
    const key = SnapshotCache.key(record);
    const existing = this.#entries.get(key);
    if (existing) {
      this.#entries.delete(key);
      this.#bytes -= existing.bytes;
    }
    this.#entries.set(key, { snapshot, bytes });
    this.#bytes += bytes;
    for (const [oldest, entry] of this.#entries) {
      if (this.#bytes <= this.#maxBytes) break;
      this.#entries.delete(oldest);
      this.#bytes -= entry.bytes;
    }
  }

  get size(): number {
    return this.#entries.size;
  }

  get bytes(): number {
    return this.#bytes;
  }
}
