import type { VersionRecord } from "../store/port";

/**
 * What was read of immutable versions (parsed snapshots, report digests), least recently used
 * first out, bounded by bytes (by default the stored snapshot's size). A version never changes and
 * its SHA-256 is part of the key, so an entry is never stale; the org is part of it too, so no
 * report ever sees another org's entry. Saves the read and the parse when the same versions are
 * reported on again: a push of one team's version adds one entry, and nothing else is re-read.
 */
export class VersionCache<T> {
  readonly #maxBytes: number;
  readonly #entries = new Map<string, { value: T; bytes: number }>();
  #bytes = 0;
  hits = 0;
  misses = 0;

  constructor(maxBytes: number) {
    this.#maxBytes = Math.max(0, maxBytes);
  }

  static key(record: VersionRecord): string {
    return `${record.org}\u0000${record.team}\u0000${record.workbook}\u0000${record.version}\u0000${record.sha256}`;
  }

  get(record: VersionRecord): T | undefined {
    const key = VersionCache.key(record);
    const entry = this.#entries.get(key);
    if (!entry) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    // Re-insert: Map order is the recency order.
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry.value;
  }

  set(record: VersionRecord, value: T, bytes = record.size): void {
    if (bytes > this.#maxBytes) return;
    const key = VersionCache.key(record);
    const existing = this.#entries.get(key);
    if (existing) {
      this.#entries.delete(key);
      this.#bytes -= existing.bytes;
    }
    this.#entries.set(key, { value, bytes });
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
