import { buildWorkbookDigest, DIGEST_VERSION, readWorkbookDigest, type WorkbookDigest } from "../../shared/report/digest/index";
import type { ReportWorkbook } from "../../shared/report/input";
import type { DigestBytes, Store, VersionRecord, VersionSelector, WorkbookLatest, WorkbookRecord } from "../store/port";
import { indexedLatest, indexedWorkbooks } from "./sources";
import { mapConcurrent } from "../../shared/util/map-concurrent";
import { snapshotFromStored } from "./stored-snapshot";
import type { VersionCache } from "./version-cache";

/** Version lookups (metadata only) and digest rebuilds in flight at once. */
const READ_CONCURRENCY = 16;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** A digest as the store keeps it: its JSON as bytes, with its `DIGEST_VERSION`. */
export function digestBytes(digest: WorkbookDigest): DigestBytes {
  return { digestVersion: digest.digestVersion, body: encoder.encode(JSON.stringify(digest)) };
}

/** The digest a push stores with the version it is about to commit. */
export function digestForPush(entry: ReportWorkbook): DigestBytes {
  return digestBytes(buildWorkbookDigest(entry));
}

/** The version each workbook in scope contributes. */
export interface FoundVersions {
  /** One per workbook that has a version at the selected time, in the index's order. */
  readonly records: VersionRecord[];
  /** Workbooks with no version at the selected time (created later, or a first push never committed). */
  readonly skipped: WorkbookRecord[];
}

function split(entries: readonly WorkbookLatest[]): FoundVersions {
  const records: VersionRecord[] = [];
  const skipped: WorkbookRecord[] = [];
  for (const { workbook, latest } of entries) (latest ? records.push(latest) : skipped.push(workbook));
  return { records, skipped };
}

/**
 * The selected version of each workbook of the org (or of these teams), metadata only. The newest
 * come with the index itself (`listLatestVersions`: on DynamoDB one index query and one batched
 * probe); as of an instant, one lookup per workbook.
 */
export async function findVersions(store: Store, org: string, teams: readonly string[] | undefined, selector: VersionSelector): Promise<FoundVersions> {
  if (selector === "latest") return split(await indexedLatest(store, org, teams));
  const workbooks = await indexedWorkbooks(store, org, teams);
  const found = await mapConcurrent(workbooks, READ_CONCURRENCY, (workbook) => store.getVersion(workbook, selector));
  return split(workbooks.map((workbook, i) => ({ workbook, latest: found[i] })));
}

export interface ReadDigests {
  /** One digest per version, in the same order. */
  readonly digests: WorkbookDigest[];
  /** What was read: digests taken from the cache, read in the batch, rebuilt. */
  readonly counts: { readonly cached: number; readonly read: number; readonly rebuilt: number };
  /** Milliseconds parsing the digests read (JSON and envelope check), a part of the whole read. */
  readonly parseMs: number;
}

/** Is this stored digest the current shape and about this very version? */
function usable(bytes: DigestBytes | undefined, record: VersionRecord): WorkbookDigest | undefined {
  if (!bytes || bytes.digestVersion !== DIGEST_VERSION) return undefined;
  const digest = readWorkbookDigest(decoder.decode(bytes.body));
  const same = digest && digest.team === record.team && digest.workbook === record.workbook && digest.version === record.version;
  return same ? digest : undefined;
}

/**
 * A digest missing (a version pushed before digests) or of an older `DIGEST_VERSION`: rebuilt from
 * the version's snapshot and written back (conditional, idempotent). A failed write-back costs only
 * the next report the same rebuild; this report is right either way.
 */
async function rebuild(store: Store, record: VersionRecord): Promise<WorkbookDigest> {
  const stored = await store.getSnapshot(record, record.version);
  if (!stored) throw new Error(`version ${record.version} of ${record.team}/${record.workbook} vanished`);
  const digest = buildWorkbookDigest({
    team: record.team,
    workbook: record.workbook,
    version: record.version,
    author: record.author.name,
    createdAt: record.createdAt,
    snapshot: snapshotFromStored(stored.body, record.schemaVersion),
  });
  await store.putDigest(record, digestBytes(digest)).catch(() => undefined);
  return digest;
}

/**
 * The digests of these versions: those not in the cache in one batched read; only digests missing
 * or stale read their snapshot.
 */
export async function readDigests(store: Store, records: readonly VersionRecord[], cache: VersionCache<WorkbookDigest> | undefined): Promise<ReadDigests> {
  const digests: (WorkbookDigest | undefined)[] = records.map((record) => cache?.get(record));
  const missing = records.flatMap((record, i) => (digests[i] ? [] : [i]));
  const stored = missing.length > 0 ? await store.getDigests(missing.map((i) => records[i] as VersionRecord)) : [];
  let rebuilt = 0;
  let parseMs = 0;
  await mapConcurrent(missing.map((i, position) => ({ i, position })), READ_CONCURRENCY, async ({ i, position }) => {
    const record = records[i] as VersionRecord;
    const bytes = stored[position];
    const parsing = performance.now();
    let digest = usable(bytes, record);
    parseMs += performance.now() - parsing;
    if (!digest) {
      digest = await rebuild(store, record);
      rebuilt++;
    }
    cache?.set(record, digest, bytes?.body.byteLength ?? record.size);
    digests[i] = digest;
  });
  return {
    digests: digests as WorkbookDigest[],
    counts: { cached: records.length - missing.length, read: missing.length - rebuilt, rebuilt },
    parseMs,
  };
}
