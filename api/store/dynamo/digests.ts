import { gunzipSync, gzipSync } from "node:zlib";
import {
  BatchGetItemCommand,
  type BatchGetItemCommandOutput,
  DeleteItemCommand,
  type KeysAndAttributes,
  PutItemCommand,
} from "@aws-sdk/client-dynamodb";
import { type DigestBytes, StoreIntegrityError, StoreUnavailableError, type VersionRecord } from "../port";
import { isConditionFailure } from "./errors";
import { digestItem, digestOfItem, digestSk, type Item, workbookPk } from "./items";

/** BatchGetItem takes at most 100 keys a call. */
export const BATCH_GET_MAX_KEYS = 100;
/** Rounds of retrying the keys DynamoDB left unprocessed (throttling, 16 MB answers) before giving up. */
const UNPROCESSED_ROUNDS = 8;

/** How the digest functions reach DynamoDB: the store's own `send` (deadline, error mapping). */
export interface DigestIo {
  readonly tableName: string;
  readonly batchGet: (command: BatchGetItemCommand) => Promise<BatchGetItemCommandOutput>;
  readonly put: (command: PutItemCommand) => Promise<unknown>;
  readonly delete: (command: DeleteItemCommand) => Promise<unknown>;
  /** Digests whose gzipped bytes exceed this are not kept (an item holds at most 400 KB). */
  readonly maxBytes: number;
  /** Waits before retrying unprocessed keys (exponential backoff; injectable for tests). */
  readonly pause: (attempt: number) => Promise<void>;
}

const keyOf = (record: VersionRecord): Item => ({ pk: { S: workbookPk(record) }, sk: { S: digestSk(record.version) } });
const keyString = (key: Item): string => `${key.pk?.S}\u0000${key.sk?.S}`;

/** Every item for these keys, in batches of 100, retrying what DynamoDB leaves unprocessed. */
async function batchGetAll(io: DigestIo, keys: readonly Item[]): Promise<Item[]> {
  const found: Item[] = [];
  for (let start = 0; start < keys.length; start += BATCH_GET_MAX_KEYS) {
    let request: Record<string, KeysAndAttributes> | undefined = {
      [io.tableName]: { Keys: keys.slice(start, start + BATCH_GET_MAX_KEYS), ConsistentRead: true },
    };
    for (let round = 0; request && Object.keys(request).length > 0; round++) {
      if (round > UNPROCESSED_ROUNDS) throw new StoreUnavailableError("read digests: keys left unprocessed after retries");
      if (round > 0) await io.pause(round);
      const answer: BatchGetItemCommandOutput = await io.batchGet(new BatchGetItemCommand({ RequestItems: request }));
      found.push(...(answer.Responses?.[io.tableName] ?? []));
      request = answer.UnprocessedKeys;
    }
  }
  return found;
}

/** The digests of these committed versions, in order; one batched read (per 100). */
export async function readDigests(io: DigestIo, records: readonly VersionRecord[]): Promise<(DigestBytes | undefined)[]> {
  if (records.length === 0) return [];
  const keys = records.map(keyOf);
  const items = new Map<string, Item>();
  for (const item of await batchGetAll(io, keys)) items.set(keyString({ pk: item.pk!, sk: item.sk! }), item);
  return records.map((record, position) => {
    const item = items.get(keyString(keys[position]!));
    const digest = item && digestOfItem(item, record);
    if (!digest) return undefined;
    try {
      return { digestVersion: digest.digestVersion, body: new Uint8Array(gunzipSync(digest.gzipped)) };
    } catch (error) {
      throw new StoreIntegrityError(`digest of version ${record.version} of ${record.team}/${record.workbook} does not decompress`, { cause: error });
    }
  });
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
