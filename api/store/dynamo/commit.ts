import { PutItemCommand } from "@aws-sdk/client-dynamodb";
import type { CommitOutcome, NewVersion, VersionRecord } from "../port";
import { toChunks } from "./chunks";
import { deleteChunks, pin, writeChunks } from "./chunk-io";
import type { DynamoContext } from "./context";
import { deleteLosingDigest, type DigestIo, writeDigest } from "./digests";
import { isConditionFailure } from "./errors";
import { findHead, latestRecord } from "./heads";
import { commitIdOf, headItem, idempotencyKeyOf, type Item, isUnpinned, versionFromItem } from "./items";
import { advanceLatestPointer } from "./latest-pointer";
import { indexWorkbook } from "./workbooks";

/** What a commit needs beyond the shared context: the layout limits, the id source, the digest I/O. */
export interface CommitContext extends DynamoContext {
  readonly inlineMaxBytes: number;
  readonly chunkBytes: number;
  readonly orphanTtlSeconds: number;
  readonly newUploadId: () => string;
  readonly digestIo: DigestIo;
}

/** The commit protocol of `createDynamoStore` (steps 1–6 of its comment). */
export async function commitVersion(ctx: CommitContext, input: NewVersion): Promise<CommitOutcome> {
  const { ref } = input;
  const latest = await latestRecord(ctx, ref);
  if ((latest?.record.version ?? null) !== input.baseVersion) {
    const next = (input.baseVersion ?? 0) + 1;
    // Only when version base+1 exists can it be this push, committed before.
    const head = latest && latest.record.version >= next ? await findHead(ctx, ref, next, false) : undefined;
    if (!head) return { status: "conflict", current: latest?.record };
    return replayOrConflict(ctx, input, head);
  }
  if (latest?.unpinned) await pin(ctx, latest.record);
  if (input.baseVersion === null) await indexWorkbook(ctx, ref, input.createdAt);

  // One fresh id per attempt: it names the chunks and marks the head as this attempt's.
  const commitId = ctx.newUploadId();
  const { record, item } = await prepareHead(ctx, input, commitId);

  if (input.digest) await writeDigest(ctx.digestIo, record, input.digest, "overwrite");

  const lost = await putHead(ctx, input, record, item, commitId);
  if (lost) return lost;

  try {
    await pin(ctx, record);
  } catch {
    // Committed all the same; the head keeps `unpinned` and the next read or commit pins it.
  }
  // After the commit point, so the pointer never names an uncommitted version; if this fails it
  // lags, and readers probe past it (latest-pointer.ts).
  await advanceLatestPointer(ctx, record).catch(() => undefined);
  return { status: "committed", record };
}

/** The record and head item of version base+1; a large snapshot's chunks are written here. */
async function prepareHead(ctx: CommitContext, input: NewVersion, commitId: string): Promise<{ record: VersionRecord; item: Item }> {
  const { ref } = input;
  const base = {
    org: ref.org,
    team: ref.team,
    workbook: ref.workbook,
    version: (input.baseVersion ?? 0) + 1,
    baseVersion: input.baseVersion,
    createdAt: input.createdAt,
    author: input.author,
    size: input.body.length,
    sha256: input.sha256,
    schemaVersion: input.schemaVersion,
    recordCounts: input.recordCounts,
  };
  if (input.body.length <= ctx.inlineMaxBytes) {
    const record: VersionRecord = { ...base, layout: { kind: "inline", storedBytes: input.body.length } };
    return { record, item: headItem(record, { body: input.body, commitId, idempotencyKey: input.idempotencyKey }) };
  }
  const { chunks, storedBytes } = await toChunks(input.body, ctx.chunkBytes);
  const record: VersionRecord = {
    ...base,
    layout: { kind: "chunked", encoding: "gzip", uploadId: commitId, chunkCount: chunks.length, storedBytes },
  };
  const item = headItem(record, { unpinned: true, commitId, idempotencyKey: input.idempotencyKey });
  await writeChunks(ctx, ctx.orphanTtlSeconds, commitId, chunks);
  return { record, item };
}

/**
 * Puts the head — the commit point. Undefined when this attempt's head is there (put now, or
 * earlier with only its answer lost); else the outcome for a push that lost, its own writes removed.
 */
async function putHead(
  ctx: CommitContext,
  input: NewVersion,
  record: VersionRecord,
  item: Item,
  commitId: string,
): Promise<CommitOutcome | undefined> {
  try {
    await ctx.send("commit version", 
        new PutItemCommand({ TableName: ctx.tableName, Item: item, ConditionExpression: "attribute_not_exists(pk)" }),
      );
    return undefined;
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    // Our own earlier attempt may have committed with only its answer lost: then this is a success.
    const there = await findHead(ctx, input.ref, record.version, false);
    const ours = there !== undefined && commitIdOf(there) === commitId;
    if (ours) return undefined;
    // Another attempt's head won (maybe this very push sent twice): ours are orphans either way.
    if (record.layout.kind === "chunked") await deleteChunks(ctx, record.layout.uploadId, record.layout.chunkCount);
    if (input.digest) await deleteLosingDigest(ctx.digestIo, record, there ? versionFromItem(there) : undefined);
    return replayOrConflict(ctx, input, there);
  }
}

/** Is this head what `input` would have written (the same push, sent again)? */
function sameBaseAndBytes(item: Item, input: NewVersion): boolean {
  const record = versionFromItem(item);
  return record.baseVersion === input.baseVersion && record.sha256 === input.sha256 && record.size === input.body.length;
}

/**
 * The outcome for a push whose version `baseVersion + 1` is already taken: a replay when that
 * head is this push, else a conflict naming the newest version.
 */
async function replayOrConflict(ctx: DynamoContext, input: NewVersion, head: Item | undefined): Promise<CommitOutcome> {
  if (head) {
    const headKey = idempotencyKeyOf(head);
    const sameBytes = sameBaseAndBytes(head, input);
    // A key names one request: with a key, only the head that request wrote is a replay.
    if (sameBytes && (input.idempotencyKey === undefined || input.idempotencyKey === headKey)) {
      const record = versionFromItem(head);
      if (isUnpinned(head)) await pin(ctx, record).catch(() => undefined);
      // The first attempt may have stopped between its head and its pointer.
      await advanceLatestPointer(ctx, record).catch(() => undefined);
      return { status: "committed", record, replayed: true };
    }
    const current = await latestRecord(ctx, input.ref);
    const reused = input.idempotencyKey !== undefined && input.idempotencyKey === headKey && !sameBytes;
    return { status: "conflict", current: current?.record, ...(reused ? { idempotencyKeyReused: true } : {}) };
  }
  const current = await latestRecord(ctx, input.ref);
  return { status: "conflict", current: current?.record };
}
