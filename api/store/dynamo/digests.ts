import { promisify } from "node:util";
import { gunzip, gzipSync } from "node:zlib";
import { DeleteItemCommand, PutItemCommand } from "@aws-sdk/client-dynamodb";
import { type DigestBytes, StoreIntegrityError, type VersionRecord } from "../port";
import { type BatchGetIo, batchGetAll, primaryKeyString } from "./batch-get";
import { isConditionFailure } from "./errors";
import { digestItem, digestOfItem, digestSk, type Item, workbookPk } from "./items";

/** How the digest functions reach DynamoDB: the store's own `send` (deadline, error mapping). */
export interface DigestIo extends BatchGetIo {
  readonly put: (command: PutItemCommand) => Promise<unknown>;
  readonly delete: (command: DeleteItemCommand) => Promise<unknown>;
  /** Digests whose gzipped bytes exceed this are not kept (an item holds at most 400 KB). */
  readonly maxBytes: number;
}

/** Off the event loop (libuv's thread pool), so decompressing one digest overlaps parsing another. */
const gunzipAsync = promisify(gunzip);

const keyOf = (record: VersionRecord): Item => ({ pk: { S: workbookPk(record) }, sk: { S: digestSk(record.version) } });

/** The digests of these committed versions, in order; one batched read (per 100). */
export async function readDigests(io: DigestIo, records: readonly VersionRecord[]): Promise<(DigestBytes | undefined)[]> {
  if (records.length === 0) return [];
  const keys = records.map(keyOf);
  const items = new Map<string, Item>();
  for (const item of await batchGetAll(io, "read digests", keys)) items.set(primaryKeyString(item), item);
  return Promise.all(
    records.map(async (record, position) => {
      const item = items.get(primaryKeyString(keys[position]!));
      const digest = item && digestOfItem(item, record);
      if (!digest) return undefined;
      try {
        return { digestVersion: digest.digestVersion, body: new Uint8Array(await gunzipAsync(digest.gzipped)) };
      } catch (error) {
        throw new StoreIntegrityError(`digest of version ${record.version} of ${record.team}/${record.workbook} does not decompress`, { cause: error });
      }
    }),
  );
}

/**
 * Writes a version's digest. At commit (`overwrite`), before the head: a digest left by an attempt
 * that lost is replaced, and readers check it belongs to the head anyway. A rebuild is conditional:
 * a digest of this version and `digestVersion` already there is left alone. Too large: not kept.
 */
export async function writeDigest(io: DigestIo, record: VersionRecord, digest: DigestBytes, mode: "overwrite" | "if-stale"): Promise<void> {
  const gzipped = new Uint8Array(gzipSync(digest.body));
  if (gzipped.byteLength > io.maxBytes) return;
  const item = digestItem(record, digest.digestVersion, gzipped);
  const condition =
    mode === "overwrite"
      ? {}
      : {
          ConditionExpression: "attribute_not_exists(pk) OR digestVersion <> :v OR sha256 <> :sha OR createdAt <> :at OR authorKeyId <> :author",
          ExpressionAttributeValues: {
            ":v": { N: String(digest.digestVersion) },
            ":sha": { S: record.sha256 },
            ":at": { S: record.createdAt },
            ":author": { S: record.author.keyId },
          },
        };
  try {
    await io.put(new PutItemCommand({ TableName: io.tableName, Item: item, ...condition }));
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
}

/**
 * Removes the digest a losing attempt wrote (best effort; it is never read in any case), unless
 * the winner is the same push (same bytes, time and author), whose digest is the same.
 */
export async function deleteLosingDigest(io: DigestIo, ours: VersionRecord, winner: VersionRecord | undefined): Promise<void> {
  if (winner && winner.sha256 === ours.sha256 && winner.createdAt === ours.createdAt && winner.author.keyId === ours.author.keyId) return;
  await io
    .delete(
      new DeleteItemCommand({
        TableName: io.tableName,
        Key: keyOf(ours),
        ConditionExpression: "sha256 = :sha AND createdAt = :at AND authorKeyId = :author",
        ExpressionAttributeValues: { ":sha": { S: ours.sha256 }, ":at": { S: ours.createdAt }, ":author": { S: ours.author.keyId } },
      }),
    )
    .catch(() => undefined);
}
