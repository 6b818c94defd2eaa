import { buildWorkbookDigest, DIGEST_VERSION, readWorkbookDigest, type WorkbookDigest } from "../../shared/report/digest/index";
import type { ReportWorkbook } from "../../shared/report/input";
import type { DigestBytes, Store, VersionRecord, VersionSelector, WorkbookRecord } from "../store/port";
import { mapConcurrent } from "./sources";
import { snapshotFromStored } from "./stored-snapshot";
import type { VersionCache } from "./version-cache";

/** Version lookups (metadata only) in flight at once. */
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

export interface ReadDigests {
  /** One digest per workbook that has a version at the selected time, in the workbooks' order. */
  readonly digests: WorkbookDigest[];
  /** The versions they are digests of (the report cache keys on these). */
  readonly records: VersionRecord[];
  /** Workbooks with no version at the selected time. */
  readonly skipped: readonly WorkbookRecord[];
  /** What was read: versions looked up, digests taken from the cache, read in the batch, rebuilt. */
  readonly counts: { readonly versions: number; readonly cached: number; readonly read: number; readonly rebuilt: number };
  /** Milliseconds spent finding the versions (heads) and getting their digests. */
  readonly ms: { readonly heads: number; readonly digests: number };
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
 * The digests of the selected version of each workbook: one metadata lookup per workbook (no
 * snapshot bytes), then the digests not in the cache in one batched read; only digests missing or
 * stale read their snapshot.
 */
export async function readDigests(
  store: Store,
  workbooks: readonly WorkbookRecord[],
  selector: VersionSelector,
  cache: VersionCache<WorkbookDigest> | undefined,
): Promise<ReadDigests> {
  const started = performance.now();
  const found = await mapConcurrent(workbooks, READ_CONCURRENCY, (workbook) => store.getVersion(workbook, selector));
  const headsDone = performance.now();
  const records: VersionRecord[] = [];
  const skipped: WorkbookRecord[] = [];
  found.forEach((record, i) => (record ? records.push(record) : skipped.push(workbooks[i] as WorkbookRecord)));

  const digests: (WorkbookDigest | undefined)[] = records.map((record) => cache?.get(record));
  const missing = records.flatMap((record, i) => (digests[i] ? [] : [i]));
  const stored = missing.length > 0 ? await store.getDigests(missing.map((i) => records[i] as VersionRecord)) : [];
  let rebuilt = 0;
  await mapConcurrent(missing.map((i, position) => ({ i, position })), READ_CONCURRENCY, async ({ i, position }) => {
    const record = records[i] as VersionRecord;
    const bytes = stored[position];
    let digest = usable(bytes, record);
    if (!digest) {
      digest = await rebuild(store, record);
      rebuilt++;
    }
    cache?.set(record, digest, bytes?.body.byteLength ?? record.size);
    digests[i] = digest;
  });
  return {
    digests: digests as WorkbookDigest[],
    records,
    skipped,
    counts: { versions: workbooks.length, cached: records.length - missing.length, read: missing.length - rebuilt, rebuilt },
    ms: { heads: headsDone - started, digests: performance.now() - headsDone },
  };
}
