import { promisify } from "node:util";
import { gunzip, gzipSync } from "node:zlib";
import { DeleteItemCommand, PutItemCommand } from "@aws-sdk/client-dynamodb";
import { type DigestBytes, StoreIntegrityError, type VersionRecord } from "../port";
import { type BatchGetIo, batchGetAll, primaryKeyString } from "./batch-get";
import { isConditionFailure } from "./errors";
import { digestItem, digestOfItem, digestPartSk, digestSk, type Item, workbookPk } from "./items";

/** How the digest functions reach DynamoDB: the store's own `send` (deadline, error mapping). */
export interface DigestIo extends BatchGetIo {
  readonly put: (command: PutItemCommand) => Promise<unknown>;
  readonly delete: (command: DeleteItemCommand) => Promise<unknown>;
  /** Gzipped digests larger than this are stored in parts of this size (an item holds at most 400 KB). */
  readonly partBytes: number;
}

/** Off the event loop (libuv's thread pool), so decompressing one digest overlaps parsing another. */
const gunzipAsync = promisify(gunzip);

const keyOf = (record: VersionRecord): Item => ({ pk: { S: workbookPk(record) }, sk: { S: digestSk(record.version) } });
const partKeyOf = (record: VersionRecord, index: number): Item => ({ pk: { S: workbookPk(record) }, sk: { S: digestPartSk(record.version, index) } });

/** The gzipped bytes of each digest found for these versions; further parts in one more batched read. */
async function readGzipped(io: DigestIo, records: readonly VersionRecord[]): Promise<({ digestVersion: number; gzipped: Uint8Array } | undefined)[]> {
  const keys = records.map(keyOf);
  const firsts = new Map<string, Item>();
  for (const item of await batchGetAll(io, "read digests", keys)) firsts.set(primaryKeyString(item), item);
  const found = records.map((record, position) => {
    const item = firsts.get(primaryKeyString(keys[position]!));
    return item && digestOfItem(item, record);
  });
  const partKeys = found.flatMap((digest, position) => {
    const record = records[position]!;
    return Array.from({ length: (digest?.parts ?? 1) - 1 }, (_, i) => partKeyOf(record, i + 1));
  });
  const parts = new Map<string, Item>();
  if (partKeys.length > 0) for (const item of await batchGetAll(io, "read digest parts", partKeys)) parts.set(primaryKeyString(item), item);
  return found.map((digest, position) => {
    if (!digest || digest.parts === 1) return digest;
    const record = records[position]!;
    const rest = Array.from({ length: digest.parts - 1 }, (_, i) => {
      const item = parts.get(primaryKeyString(partKeyOf(record, i + 1)));
      return item && digestOfItem(item, record, digest.digestVersion);
    });
    // A part missing or of another write: the digest is as good as missing (it is rebuilt).
    if (rest.some((part) => part === undefined)) return undefined;
    return { digestVersion: digest.digestVersion, gzipped: Buffer.concat([digest.gzipped, ...rest.map((part) => part!.gzipped)]) };
  });
}

/** The digests of these committed versions, in order; one batched read (per 100), one more for parts. */
export async function readDigests(io: DigestIo, records: readonly VersionRecord[]): Promise<(DigestBytes | undefined)[]> {
  if (records.length === 0) return [];
  const found = await readGzipped(io, records);
  return Promise.all(
    found.map(async (digest, position) => {
      if (!digest) return undefined;
      const record = records[position]!;
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
 * a digest of this version and `digestVersion` already there is left alone. A large digest is cut
 * into parts: the further parts first, then part 0, which makes it visible; a reader joins only
 * parts of the same write (same version, bytes, time, author and digest version).
 */
export async function writeDigest(io: DigestIo, record: VersionRecord, digest: DigestBytes, mode: "overwrite" | "if-stale"): Promise<void> {
  const gzipped = new Uint8Array(gzipSync(digest.body));
  const count = Math.max(1, Math.ceil(gzipped.byteLength / io.partBytes));
  const slice = (index: number) => gzipped.subarray(index * io.partBytes, (index + 1) * io.partBytes);
  for (let index = 1; index < count; index++) {
    await io.put(new PutItemCommand({ TableName: io.tableName, Item: digestItem(record, digest.digestVersion, slice(index), { index, count }) }));
  }
  const item = digestItem(record, digest.digestVersion, slice(0), { index: 0, count });
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
