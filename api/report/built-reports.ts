import { createHash } from "node:crypto";
import { gunzipSync, gzipSync } from "node:zlib";
import { renderCompactJson } from "../../shared/report/render/json";
import type { DualConformanceReport } from "../../shared/report/report";
import type { OrgProfileRecord, StoredReport, VersionRecord } from "../store/port";
import { VersionCache } from "./version-cache";

/** Reports kept built: enough for a few formats, as-of dates and scopes of the same org at once. */
const MAX_ENTRIES = 8;

export interface BuiltReport {
  /** Team workbooks in the report. */
  readonly teams: number;
  /** Length of the compact JSON (what the cache counts). */
  readonly jsonLength: number;
  /** The report model; a stored report's is parsed from its JSON on first use. */
  report(): DualConformanceReport;
  /** The compact JSON; a stored report's is decompressed on first use. */
  json(): string;
  /**
   * What answering with the whole JSON computes once and keeps while the report is cached: its
   * hash (every format's ETag) and its gzip (about a thirteenth of the JSON; a repeated gzipped
   * JSON answer encodes and compresses nothing).
   */
  readonly memo: {
    hash?: string;
    gzip?: Uint8Array;
    /** Stored for other instances (or its store under way); false or absent: not yet. */
    stored?: boolean;
  };
}

/**
 * zlib's fast level: on the 200-team JSON report (6 MB) it takes about 21 ms against 56 ms at the
 * default level 6, for 451 KB instead of 378 KB; the answer is made on every uncached request.
 */
const REPORT_GZIP_LEVEL = 3;

/** A text report gzipped, as the API sends and stores it. */
export function gzipReport(text: string | Uint8Array): Uint8Array {
  return gzipSync(text, { level: REPORT_GZIP_LEVEL });
}

/** The JSON's hash as every ETag carries it. */
export function jsonHash(json: string): string {
  return createHash("sha256").update(json).digest("base64url").slice(0, 32);
}

/** A report just built: its JSON written and hashed now, as every answer needs the hash. */
export function builtReport(report: DualConformanceReport): BuiltReport {
  const json = renderCompactJson(report);
  return { teams: report.teams.length, jsonLength: json.length, report: () => report, json: () => json, memo: { hash: jsonHash(json) } };
}

/**
 * A stored report as a built one. A gzipped JSON answer (the add-in's, the CLI's) is the stored
 * bytes as they are; only another format, a `sections` selection or a client without gzip makes
 * it decompress the JSON, and only a format other than JSON parses it back into the model.
 */
export function storedBuiltReport(stored: StoredReport): BuiltReport {
  let json: string | undefined;
  let report: DualConformanceReport | undefined;
  const text = (): string => (json ??= new TextDecoder().decode(gunzipSync(stored.gzipped)));
  return {
    teams: stored.teams,
    jsonLength: stored.jsonLength,
    report: () => (report ??= JSON.parse(text()) as DualConformanceReport),
    json: text,
    memo: { hash: stored.hash, gzip: stored.gzipped, stored: true },
  };
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
    if (entry.jsonLength > this.#maxBytes / 2) return;
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    for (const oldest of this.#entries.keys()) {
      if (this.#entries.size <= MAX_ENTRIES) break;
      this.#entries.delete(oldest);
    }
  }
}
