import type { Role } from "../../shared/api/key";

/**
 * The storage port: everything the API needs from storage, and nothing about how it is kept.
 * Two implementations: the DynamoDB adapter (api/store/dynamo; tests run it against dynalite)
 * and the memory store (api/store/memory; tests and `crosswalk serve --memory`), held to the same
 * behaviour by test/api/store/store-contract.ts. Reports read through the same port: the newest
 * versions come with the org-wide index (`listLatestVersions`; as of a date, `listWorkbooks` and
 * one `getVersion(ref, { asOf })` per workbook, metadata only), then one batched `getDigests` for
 * all of them — never a scan, never a whole snapshot unless a digest is missing.
 */

/** Where a workbook lives. The org always comes from the caller's key, never from the URL. */
export interface WorkbookRef {
  readonly org: string;
  readonly team: string;
  readonly workbook: string;
}

export interface Author {
  readonly keyId: string;
  readonly name: string;
}

/** How the snapshot bytes are kept; reported to clients as `storedBytes` and `compressed`. */
export type StorageLayout =
  | { readonly kind: "inline"; readonly storedBytes: number }
  | {
      readonly kind: "chunked";
      readonly encoding: "gzip";
      readonly uploadId: string;
      readonly chunkCount: number;
      readonly storedBytes: number;
    };

/** One immutable version's metadata (the head item). */
export interface VersionRecord extends WorkbookRef {
  readonly version: number;
  readonly baseVersion: number | null;
  readonly createdAt: string;
  readonly author: Author;
  /** Bytes of the snapshot exactly as sent. */
  readonly size: number;
  /** Hex SHA-256 of those bytes, checked again on every read. */
  readonly sha256: string;
  readonly schemaVersion: number;
  readonly recordCounts: Readonly<Record<string, number>>;
  readonly layout: StorageLayout;
}

/**
 * A version's report digest (`shared/report/digest`): its JSON as bytes, and the `DIGEST_VERSION`
 * it was built with. The store keeps it beside the version and knows nothing of what is inside.
 */
export interface DigestBytes {
  readonly digestVersion: number;
  readonly body: Uint8Array;
}

/**
 * A consolidated report as answered, kept so that any API instance can answer the same request
 * again without reading digests or building (api/report/stored-reports.ts says how it is keyed).
 */
export interface StoredReport {
  /** The report's compact JSON, gzipped. */
  readonly gzipped: Uint8Array;
  /** The JSON's hash (base64url SHA-256, 32 characters): the report's ETag. */
  readonly hash: string;
  /** Team workbooks in the report (`Crosswalk-Report-Teams`). */
  readonly teams: number;
  /** Length of the JSON text, before gzip (what an in-memory cache counts). */
  readonly jsonLength: number;
}

export interface StoredSnapshot {
  readonly record: VersionRecord;
  /** The snapshot bytes exactly as they were pushed. */
  readonly body: Uint8Array;
}

/** A version number, the newest, or the newest created at or before an ISO instant. */
export type VersionSelector = number | "latest" | { readonly asOf: string };

export interface NewVersion {
  readonly ref: WorkbookRef;
  /** The version this one was based on; null for the first version of a workbook. */
  readonly baseVersion: number | null;
  readonly createdAt: string;
  readonly author: Author;
  readonly body: Uint8Array;
  readonly sha256: string;
  readonly schemaVersion: number;
  readonly recordCounts: Readonly<Record<string, number>>;
  /**
   * The client's name for this push (an `Idempotency-Key`), kept on the head. With a key, only
   * the version pushed with that key is a replay; without one, any version made from the same
   * base with the same bytes is.
   */
  readonly idempotencyKey?: string | undefined;
  /**
   * The version's report digest, written before the commit point: if the commit fails, the digest
   * stays unread (readers only take a digest that belongs to a committed head).
   */
  readonly digest?: DigestBytes | undefined;
}

export type CommitOutcome =
  /**
   * `replayed`: this push had already been committed (its answer was lost, or it was sent twice):
   * `record` is the version it created then — not necessarily the newest any more.
   */
  | { readonly status: "committed"; readonly record: VersionRecord; readonly replayed?: boolean }
  /**
   * Someone else's version is newer than `baseVersion` (or the workbook is new and base was given).
   * `idempotencyKeyReused`: the version made from this base carries this push's idempotency key
   * but other bytes — the client reused a key for a different snapshot.
   */
  | { readonly status: "conflict"; readonly current: VersionRecord | undefined; readonly idempotencyKeyReused?: boolean };

export interface WorkbookRecord extends WorkbookRef {
  readonly createdAt: string;
}

/** A workbook of the index with its newest committed version (undefined: none committed yet). */
export interface WorkbookLatest {
  readonly workbook: WorkbookRecord;
  readonly latest: VersionRecord | undefined;
}

/** Declared with the API contract (shared/api/key.ts); re-exported for the store adapters. */
export { ROLES, type Role } from "../../shared/api/key";

/** An API key as stored: never the key itself, only its hash. */
export interface KeyRecord {
  readonly id: string;
  readonly org: string;
  readonly name: string;
  readonly role: Role;
  /** Teams the key is scoped to; empty for org-wide roles. */
  readonly teams: readonly string[];
  /** Hex SHA-256 of the whole key. */
  readonly hash: string;
  readonly createdAt: string;
  /** Key id of the admin key that created it, or "bootstrap". */
  readonly createdBy: string;
  readonly revokedAt: string | null;
}

/**
 * The org's profile document (what the report's programme view reads), kept as the JSON the API
 * validated. One per org; a save replaces it whole.
 */
export interface OrgProfileRecord {
  readonly org: string;
  /** The validated document: the shared report's OrgProfile plus the org's display name. */
  readonly document: Readonly<Record<string, unknown>>;
  readonly updatedAt: string;
  readonly updatedBy: Author;
}

export interface Page<T, C> {
  readonly items: readonly T[];
  /** Pass back to get the next page; undefined on the last page. */
  readonly next: C | undefined;
}

export interface WorkbookCursor {
  readonly team: string;
  readonly workbook: string;
}

export interface KeyCursor {
  readonly createdAt: string;
  readonly id: string;
}

export interface Store {
  /**
   * Commits version `baseVersion + 1` if and only if `baseVersion` is still the newest.
   * The head item's conditional put is the commit point: of two commits from the same base
   * exactly one wins; nothing the loser wrote is visible. Idempotent: when version
   * `baseVersion + 1` already holds this very push (same base and sha256, and the same
   * idempotency key when one is given), the answer is that version with `replayed: true`.
   */
  commitVersion(input: NewVersion): Promise<CommitOutcome>;
  /** Metadata only (cheap: no snapshot bytes are read). */
  getVersion(ref: WorkbookRef, selector: VersionSelector): Promise<VersionRecord | undefined>;
  /** Metadata and bytes; one query for an inline snapshot, one more for a chunked one. */
  getSnapshot(ref: WorkbookRef, selector: VersionSelector): Promise<StoredSnapshot | undefined>;
  /**
   * The stored digests of these committed versions, in the same order; undefined where a version
   * has none (pushed before digests existed, or too large to keep). One batched read for all of
   * them (DynamoDB: BatchGetItem, 100 keys a call). A digest is only answered for the very version
   * it was written for (same bytes, time and author), never for a push that lost or failed.
   */
  getDigests(records: readonly VersionRecord[]): Promise<(DigestBytes | undefined)[]>;
  /**
   * Stores a digest rebuilt for a committed version (missing, or of an older digest version).
   * Conditional and idempotent: a digest of this version with the same `digestVersion` is left as
   * it is, so concurrent rebuilds of the same version are harmless.
   */
  putDigest(record: VersionRecord, digest: DigestBytes): Promise<void>;
  /**
   * A report stored under this org and key by `putStoredReport`, whole and intact, or undefined
   * (never stored, expired, or any part missing or failing its checksum: the caller builds it).
   */
  getStoredReport(org: string, key: string): Promise<StoredReport | undefined>;
  /**
   * Keeps a built report for `ttlSeconds` (DynamoDB: a TTL on its items; large ones in parts,
   * the first written last). The same key always means the same report, so concurrent writers
   * of one key write the same bytes and the last one simply wins.
   */
  putStoredReport(org: string, key: string, report: StoredReport, ttlSeconds: number): Promise<void>;
  /** Newest first; `before` is the last version number of the previous page. */
  listVersions(
    ref: WorkbookRef,
    page: { readonly limit: number; readonly before?: number | undefined },
  ): Promise<Page<VersionRecord, number>>;
  /** The org-wide workbook index, ordered by team then workbook; optionally one team only. */
  listWorkbooks(
    org: string,
    page: { readonly limit: number; readonly team?: string | undefined; readonly after?: WorkbookCursor | undefined },
  ): Promise<Page<WorkbookRecord, WorkbookCursor>>;
  /**
   * A page of the org-wide index (as `listWorkbooks`), each workbook with its newest committed
   * version — what `getVersion(ref, "latest")` answers: never an uncommitted version, never one
   * older than was committed when the call began (on AWS the index itself lags a workbook's very
   * first push by a moment; docs/api.md#storage). DynamoDB: the index entries carry a
   * newest-version pointer, written after the commit point (so it may lag); one batched probe of
   * the version after each pointer finds the few that lag, and only those are queried (and their
   * pointer repaired).
   */
  listLatestVersions(
    org: string,
    page: { readonly limit: number; readonly team?: string | undefined; readonly after?: WorkbookCursor | undefined },
  ): Promise<Page<WorkbookLatest, WorkbookCursor>>;

  /** Stores a new key; false when a key with that id already exists (left untouched). */
  createKey(record: KeyRecord): Promise<boolean>;
  getKey(id: string): Promise<KeyRecord | undefined>;
  /** Newest first. */
  listKeys(
    org: string,
    page: { readonly limit: number; readonly after?: KeyCursor | undefined },
  ): Promise<Page<KeyRecord, KeyCursor>>;
  /** Marks the key revoked (idempotent); undefined when no such key exists in that org. */
  revokeKey(org: string, id: string, at: string): Promise<KeyRecord | undefined>;

  /** One read of one item; undefined when the org has never saved a profile. */
  getOrgProfile(org: string): Promise<OrgProfileRecord | undefined>;
  /** Replaces the org's profile (last writer wins). */
  putOrgProfile(record: OrgProfileRecord): Promise<void>;
}

/** The store cannot be reached or refused for reasons of its own; the API answers 503. */
export class StoreUnavailableError extends Error {
  override readonly name = "StoreUnavailableError";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** Stored bytes do not match their recorded hash or chunk count; the API answers 500. */
export class StoreIntegrityError extends Error {
  override readonly name = "StoreIntegrityError";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
