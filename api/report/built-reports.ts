import { createHash } from "node:crypto";
import type { DualConformanceReport } from "../../shared/report/report";
import type { OrgProfileRecord, VersionRecord } from "../store/port";
import { VersionCache } from "./version-cache";

/** Reports kept built: enough for a few formats, as-of dates and scopes of the same org at once. */
const MAX_ENTRIES = 8;

export interface BuiltReport {
  readonly report: DualConformanceReport;
  readonly json: string;
  /**
   * What answering with the whole JSON computes once and keeps while the report is cached: its
   * hash (every format's ETag) and its gzip (about a twentieth of the JSON; a repeated gzipped
   * JSON answer encodes and compresses nothing).
   */
  readonly memo: { hash?: string; gzip?: Uint8Array };
}

/**
 * The last few reports built, keyed on everything a report is a function of: the org, the as-of
 * date, the org profile as stored, and the exact versions (by id and SHA-256) that went in. A push
 * makes a new version id, so it never meets a stale entry; a repeated request rebuilds nothing.
 */
export class BuiltReports {
  readonly #maxBytes: number;
  readonly #entries = new Map<string, BuiltReport>();

  constructor(maxBytes: number) {
    this.#maxBytes = maxBytes;
  }

  static key(org: string, asOf: string, profile: OrgProfileRecord | undefined, records: readonly VersionRecord[]): string {
    const versions = records.map((record) => VersionCache.key(record)).sort();
    const profileKey = profile ? JSON.stringify(profile.document) : "";
    return createHash("sha256").update(JSON.stringify([org, asOf, profileKey, versions])).digest("base64url");
  }

  get(key: string): BuiltReport | undefined {
    const entry = this.#entries.get(key);
    if (entry) {
      this.#entries.delete(key);
      this.#entries.set(key, entry);
    }
    return entry;
  }

  set(key: string, entry: BuiltReport): void {
    if (entry.json.length > this.#maxBytes / 2) return;
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    for (const oldest of this.#entries.keys()) {
      if (this.#entries.size <= MAX_ENTRIES) break;
      this.#entries.delete(oldest);
    }
  }
}
