import type {
  CommitOutcome,
  DigestBytes,
  KeyCursor,
  KeyRecord,
  NewVersion,
  OrgProfileRecord,
  Page,
  Store,
  StoredReport,
  StoredSnapshot,
  VersionRecord,
  VersionSelector,
  WorkbookCursor,
  WorkbookRecord,
  WorkbookRef,
} from "../port";

/** Reports the memory store keeps (it has no clock for a TTL). */
const MAX_STORED_REPORTS = 16;

interface StoredVersion {
  readonly record: VersionRecord;
  readonly body: Uint8Array;
  /** The idempotency key of the push that made this version, when it carried one. */
  readonly idempotencyKey?: string;
  /** The version's report digest; replaced when rebuilt for a newer digest version. */
  digest?: DigestBytes;
}

interface MemoryWorkbook {
  readonly record: WorkbookRecord;
  /** Index i holds version i + 1: versions are dense and never removed. */
  readonly versions: StoredVersion[];
}

/** The map key of a workbook; `\u0000` cannot occur in a slug, so keys of different refs never meet. */
const workbookKey = (ref: WorkbookRef): string => `${ref.org}\u0000${ref.team}\u0000${ref.workbook}`;

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Same order as the DynamoDB index's `WB#team#workbook` sort key (`#` sorts before every slug character). */
function compareWorkbooks(a: WorkbookCursor, b: WorkbookCursor): number {
  return compare(a.team, b.team) || compare(a.workbook, b.workbook);
}

/** Newest first, as the DynamoDB index's `KEY#createdAt#id` sort key read backwards. */
function compareKeysNewestFirst(a: KeyCursor, b: KeyCursor): number {
  return compare(b.createdAt, a.createdAt) || compare(b.id, a.id);
}

function pageOf<T, C>(sorted: readonly T[], limit: number, cursorOf: (item: T) => C): Page<T, C> {
  const shown = sorted.slice(0, limit);
  const last = shown[shown.length - 1];
  return { items: shown, next: sorted.length > limit && last !== undefined ? cursorOf(last) : undefined };
}

/** Records leave the store as copies, so a caller that mutates one cannot change what is stored. */
function cloneVersion(record: VersionRecord): VersionRecord {
  return { ...record, author: { ...record.author }, recordCounts: { ...record.recordCounts }, layout: { ...record.layout } };
}

/** Is `record` the version stored (same bytes, time and author), as the DynamoDB adapter checks a digest's owner? */
function sameVersion(stored: VersionRecord, record: VersionRecord): boolean {
  return stored.sha256 === record.sha256 && stored.createdAt === record.createdAt && stored.author.keyId === record.author.keyId;
}

function copyDigest(digest: DigestBytes): DigestBytes {
  return { digestVersion: digest.digestVersion, body: digest.body.slice() };
}

function cloneKey(record: KeyRecord): KeyRecord {
  return { ...record, teams: [...record.teams] };
}

function cloneProfile(record: OrgProfileRecord): OrgProfileRecord {
  return { ...record, document: structuredClone(record.document), updatedBy: { ...record.updatedBy } };
}

/**
 * A commit: it wins only on the newest base; the same push sent again is a replay. Synchronous,
 * so of two commits from the same base exactly one wins.
 */
function commitInMemory(workbooks: Map<string, MemoryWorkbook>, input: NewVersion): CommitOutcome {
  const key = workbookKey(input.ref);
  const existing = workbooks.get(key);
  const latest = existing?.versions[existing.versions.length - 1];
  if ((latest?.record.version ?? null) !== input.baseVersion) {
    // Version base+1 may be this very push, sent again: then it is a replay (as in the DynamoDB adapter).
    const made = existing?.versions[input.baseVersion ?? 0];
    const current = latest ? cloneVersion(latest.record) : undefined;
    if (!made || made.record.baseVersion !== input.baseVersion) return { status: "conflict", current };
    const sameBytes = made.record.sha256 === input.sha256 && made.record.size === input.body.length;
    if (sameBytes && (input.idempotencyKey === undefined || input.idempotencyKey === made.idempotencyKey)) {
      return { status: "committed", record: cloneVersion(made.record), replayed: true };
    }
    const reused = input.idempotencyKey !== undefined && input.idempotencyKey === made.idempotencyKey && !sameBytes;
    return { status: "conflict", current, ...(reused ? { idempotencyKeyReused: true } : {}) };
  }
  const { org, team, workbook } = input.ref;
  const book = existing ?? { record: { org, team, workbook, createdAt: input.createdAt }, versions: [] };
  const record: VersionRecord = {
    org,
    team,
    workbook,
    version: (input.baseVersion ?? 0) + 1,
    baseVersion: input.baseVersion,
    createdAt: input.createdAt,
    author: { keyId: input.author.keyId, name: input.author.name },
    size: input.body.length,
    sha256: input.sha256,
    schemaVersion: input.schemaVersion,
    recordCounts: { ...input.recordCounts },
    layout: { kind: "inline", storedBytes: input.body.length },
  };
  book.versions.push({
    record,
    body: input.body.slice(),
    ...(input.idempotencyKey !== undefined ? { idempotencyKey: input.idempotencyKey } : {}),
    ...(input.digest ? { digest: copyDigest(input.digest) } : {}),
  });
  workbooks.set(key, book);
  return { status: "committed", record: cloneVersion(record) };
}

/**
 * The storage port kept in this process's memory: for tests, the add-in's round-trip tests and
 * `crosswalk serve --memory`. Same semantics as the DynamoDB adapter — a commit wins only on the
 * newest base, versions are immutable, pages and cursors run in the same order — but nothing is
 * kept after the process ends. Every method is synchronous inside, so a commit is atomic: of two
 * commits from the same base exactly one wins. Snapshots are always kept inline (no chunking).
 */
export function createMemoryStore(): Store {
  const workbooks = new Map<string, MemoryWorkbook>();
  const keys = new Map<string, KeyRecord>();
  const profiles = new Map<string, OrgProfileRecord>();
  const reports = new Map<string, StoredReport>();

  function find(ref: WorkbookRef, selector: VersionSelector): StoredVersion | undefined {
    const versions = workbooks.get(workbookKey(ref))?.versions ?? [];
    if (selector === "latest") return versions[versions.length - 1];
    if (typeof selector === "number") return Number.isInteger(selector) && selector >= 1 ? versions[selector - 1] : undefined;
    for (let i = versions.length - 1; i >= 0; i--) {
      const stored = versions[i];
      if (stored && stored.record.createdAt <= selector.asOf) return stored;
    }
    return undefined;
  }

  function indexPage(org: string, page: Parameters<Store["listWorkbooks"]>[1]): Page<WorkbookRecord, WorkbookCursor> {
    if (page.team !== undefined && page.after !== undefined && page.after.team !== page.team) {
      throw new Error("listWorkbooks: cursor belongs to another team");
    }
    const { after } = page;
    const sorted = [...workbooks.values()]
      .map((book) => book.record)
      .filter((record) => record.org === org && (page.team === undefined || record.team === page.team))
      .filter((record) => after === undefined || compareWorkbooks(record, after) > 0)
      .sort(compareWorkbooks);
    return pageOf(sorted, page.limit, (record) => ({ team: record.team, workbook: record.workbook }));
  }

  return {
    async commitVersion(input: NewVersion): Promise<CommitOutcome> {
      return commitInMemory(workbooks, input);
    },

    async getVersion(ref, selector) {
      const stored = find(ref, selector);
      return stored ? cloneVersion(stored.record) : undefined;
    },

    async getSnapshot(ref, selector): Promise<StoredSnapshot | undefined> {
      const stored = find(ref, selector);
      return stored ? { record: cloneVersion(stored.record), body: stored.body.slice() } : undefined;
    },

    async getDigests(records) {
      return records.map((record) => {
        const stored = find(record, record.version);
        // Only the very version the digest was written for, as the DynamoDB adapter checks.
        return stored && sameVersion(stored.record, record) && stored.digest ? copyDigest(stored.digest) : undefined;
      });
    },

    async putDigest(record, digest) {
      const stored = find(record, record.version);
      if (!stored || !sameVersion(stored.record, record)) return;
      if (stored.digest?.digestVersion === digest.digestVersion) return;
      stored.digest = copyDigest(digest);
    },

    async listVersions(ref, page): Promise<Page<VersionRecord, number>> {
      const versions = workbooks.get(workbookKey(ref))?.versions ?? [];
      const newestFirst = versions
        .map((stored) => stored.record)
        .filter((record) => page.before === undefined || record.version < page.before)
        .reverse();
      const result = pageOf(newestFirst, page.limit, (record) => record.version);
      return { items: result.items.map(cloneVersion), next: result.next };
    },

    async listWorkbooks(org, page): Promise<Page<WorkbookRecord, WorkbookCursor>> {
      const result = indexPage(org, page);
      return { items: result.items.map((record) => ({ ...record })), next: result.next };
    },

    // Commits are atomic here, so there is no pointer to lag: the newest version is simply the last.
    async listLatestVersions(org, page) {
      const result = indexPage(org, page);
      const items = result.items.map((record) => {
        const latest = find(record, "latest");
        return { workbook: { ...record }, latest: latest ? cloneVersion(latest.record) : undefined };
      });
      return { items, next: result.next };
    },

    async createKey(record) {
      if (keys.has(record.id)) return false;
      keys.set(record.id, cloneKey(record));
      return true;
    },

    async getKey(id) {
      const record = keys.get(id);
      return record ? cloneKey(record) : undefined;
    },

    async listKeys(org, page): Promise<Page<KeyRecord, KeyCursor>> {
      const { after } = page;
      const sorted = [...keys.values()]
        .filter((record) => record.org === org)
        .filter((record) => after === undefined || compareKeysNewestFirst(record, after) > 0)
        .sort(compareKeysNewestFirst);
      const result = pageOf(sorted, page.limit, (record) => ({ createdAt: record.createdAt, id: record.id }));
      return { items: result.items.map(cloneKey), next: result.next };
    },

    async revokeKey(org, id, at) {
      const record = keys.get(id);
      if (!record || record.org !== org) return undefined;
      const revoked = record.revokedAt === null ? { ...record, revokedAt: at } : record;
      keys.set(id, revoked);
      return cloneKey(revoked);
    },

    async getOrgProfile(org) {
      const record = profiles.get(org);
      return record ? cloneProfile(record) : undefined;
    },

    async putOrgProfile(record) {
      profiles.set(record.org, cloneProfile(record));
    },

    async getStoredReport(org, key) {
      const stored = reports.get(`${org}\u0000${key}`);
      return stored && { ...stored, gzipped: stored.gzipped.slice() };
    },

    async putStoredReport(org, key, report) {
      const id = `${org}\u0000${key}`;
      reports.delete(id);
      reports.set(id, { ...report, gzipped: report.gzipped.slice() });
      // No TTL in memory: the oldest go first instead.
      for (const oldest of reports.keys()) {
        if (reports.size <= MAX_STORED_REPORTS) break;
        reports.delete(oldest);
      }
    },
  };
}
