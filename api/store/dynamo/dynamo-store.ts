import { randomUUID } from "node:crypto";
import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { StoreIntegrityError, type StoredSnapshot, type Store } from "../port";
import { sha256Hex } from "./chunks";
import { pin, readChunks } from "./chunk-io";
import { type CommitContext, commitVersion } from "./commit";
import { deadlineSend, type DynamoContext } from "./context";
import { DEFAULT_STORE_DEADLINE_MS } from "./deadline";
import type { BatchGetIo } from "./batch-get";
import { type DigestIo, readDigests, writeDigest } from "./digests";
import { findHead, listVersions } from "./heads";
import { inlineBody, isUnpinned, versionFromItem } from "./items";
import { listLatestVersions } from "./latest-pointer";
import { dynamoKeys } from "./keys";
import { dynamoOrgProfile } from "./org-profile";
import { dynamoStoredReports, type StoredReportIo } from "./stored-reports";
import { listWorkbooks } from "./workbooks";

export interface DynamoStoreOptions {
  readonly client: DynamoDBClient;
  readonly tableName: string;
  /** Snapshots up to this many bytes live in the head item as sent (DynamoDB items max 400 KB). */
  readonly inlineMaxBytes?: number;
  /** Larger snapshots are gzipped and cut into chunks of this many bytes. */
  readonly chunkBytes?: number;
  /** How long chunks that no head points to survive before DynamoDB's TTL removes them. */
  readonly orphanTtlSeconds?: number;
  readonly now?: () => number;
  readonly uploadId?: () => string;
  /** Longest wait for one DynamoDB operation, SDK retries included; then StoreUnavailableError. */
  readonly deadlineMs?: number;
  /** Report digests whose gzipped bytes exceed this are stored in parts of this size. */
  readonly digestPartBytes?: number;
  /** Waits before retrying keys a BatchGetItem left unprocessed (default: 25 ms doubling, at most 1 s). */
  readonly retryPause?: (attempt: number) => Promise<void>;
}

export const DEFAULT_INLINE_MAX_BYTES = 350 * 1024;
export const DEFAULT_CHUNK_BYTES = 350 * 1024;
export const DEFAULT_ORPHAN_TTL_SECONDS = 14 * 24 * 3600;

/**
 * The DynamoDB adapter of the storage port (DESIGN §6): one table, no scans, no transactions.
 *
 * Commit protocol for version n+1 from base n:
 *   1. read the newest head (consistent); if it is not n, report a conflict;
 *   2. for the first version, put the workbook's index entry (idempotent);
 *   3. a large snapshot is gzipped and its chunks put under a fresh upload id, each with a TTL;
 *      the version's report digest is put (readers take it only when it matches a committed head);
 *   4. put head n+1 with `attribute_not_exists(pk)` — the commit point. The head carries this
 *      attempt's commit id. When the condition fails, the head there is read back: if it carries
 *      this commit id, the SDK retried a put whose answer was lost and the version is committed;
 *      otherwise another upload won and this one deletes its own chunks (best effort; the TTL
 *      catches what it misses) — never chunks a committed head points to;
 *   5. pin: remove the TTL from the winner's chunks, then the head's `unpinned` flag. If that is
 *      cut short, the next read of that version or the next commit finishes it;
 *   6. advance the workbook's newest-version pointer on its index entry (conditional: only
 *      forward). If that is cut short, the pointer lags; `listLatestVersions` probes the version
 *      after each pointer, so it finds the newest anyway, and repairs the pointer.
 */
export function createDynamoStore(options: DynamoStoreOptions): Store {
  const { client, tableName } = options;
  const send = deadlineSend(client, options.deadlineMs ?? DEFAULT_STORE_DEADLINE_MS);
  const ctx: DynamoContext = { tableName, send, now: options.now ?? Date.now };
  const retryPause = options.retryPause ?? ((attempt: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.min(1_000, 25 * 2 ** attempt))));
  const digestIo: DigestIo = {
    tableName,
    batchGet: (command) => send("read digests", command),
    put: (command) => send("write digest", command),
    delete: (command) => send("delete digest", command),
    partBytes: options.digestPartBytes ?? DEFAULT_INLINE_MAX_BYTES,
    pause: retryPause,
  };
  const storedReportIo: StoredReportIo = {
    ctx,
    tableName,
    batchGet: (command) => send("read stored report parts", command),
    partBytes: options.digestPartBytes ?? DEFAULT_INLINE_MAX_BYTES,
    pause: retryPause,
  };
  const probeIo: BatchGetIo = { tableName, batchGet: (command) => send("probe newest versions", command), pause: retryPause };
  const commitCtx: CommitContext = {
    ...ctx,
    inlineMaxBytes: options.inlineMaxBytes ?? DEFAULT_INLINE_MAX_BYTES,
    chunkBytes: options.chunkBytes ?? DEFAULT_CHUNK_BYTES,
    orphanTtlSeconds: options.orphanTtlSeconds ?? DEFAULT_ORPHAN_TTL_SECONDS,
    newUploadId: options.uploadId ?? randomUUID,
    digestIo,
  };

  return {
    commitVersion: (input) => commitVersion(commitCtx, input),

    async getVersion(ref, selector) {
      const item = await findHead(ctx, ref, selector, false);
      return item ? versionFromItem(item) : undefined;
    },

    getSnapshot: (ref, selector) => getSnapshot(ctx, ref, selector),
    getDigests: (records) => readDigests(digestIo, records),
    putDigest: (record, digest) => writeDigest(digestIo, record, digest, "if-stale"),
    listVersions: (ref, page) => listVersions(ctx, ref, page),
    listWorkbooks: (org, page) => listWorkbooks(ctx, org, page),
    listLatestVersions: (org, page) => listLatestVersions(ctx, probeIo, org, page),
    ...dynamoKeys(ctx),
    ...dynamoOrgProfile(ctx),
    ...dynamoStoredReports(storedReportIo),
  };
}

/** Metadata and bytes, checked against the head's size and sha256. */
async function getSnapshot(
  ctx: DynamoContext,
  ref: Parameters<Store["getSnapshot"]>[0],
  selector: Parameters<Store["getSnapshot"]>[1],
): Promise<StoredSnapshot | undefined> {
  const item = await findHead(ctx, ref, selector, true);
  if (!item) return undefined;
  const record = versionFromItem(item);
  let body: Uint8Array;
  if (record.layout.kind === "inline") {
    body = inlineBody(item);
  } else {
    body = await readChunks(ctx, record);
    // Finishing an interrupted commit is a repair, not part of this read: a failure waits for the next one.
    if (isUnpinned(item)) await pin(ctx, record).catch(() => undefined);
  }
  if (body.length !== record.size || sha256Hex(body) !== record.sha256) {
    throw new StoreIntegrityError(`version ${record.version} of ${record.team}/${record.workbook} fails its checksum`);
  }
  return { record, body };
}
