import { randomUUID } from "node:crypto";
import {
  type $Command,
  DeleteItemCommand,
  type DynamoDBClient,
  type DynamoDBClientResolvedConfig,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  type QueryCommandInput,
  type ServiceInputTypes,
  type ServiceOutputTypes,
  UpdateItemCommand,
} from "@aws-sdk/client-dynamodb";
import {
  type CommitOutcome,
  type KeyCursor,
  type KeyRecord,
  type NewVersion,
  type Page,
  type Store,
  StoreIntegrityError,
  type StoredSnapshot,
  type VersionRecord,
  type VersionSelector,
  type WorkbookCursor,
  type WorkbookRecord,
  type WorkbookRef,
} from "../port";
import { fromChunks, sha256Hex, toChunks } from "./chunks";
import { deleteLosingDigest, type DigestIo, readDigests, writeDigest } from "./digests";
import { DEFAULT_STORE_DEADLINE_MS, withinDeadline } from "./deadline";
import { guarded, isConditionFailure } from "./errors";
import {
  chunkPk,
  chunkSk,
  commitIdOf,
  HEAD_METADATA_ATTRIBUTES,
  headItem,
  idempotencyKeyOf,
  inlineBody,
  type Item,
  isUnpinned,
  KEY_GSI_PREFIX,
  KEY_SK,
  keyFromItem,
  keyGsiSk,
  keyItem,
  keyPk,
  META_SK,
  orgGsiPk,
  orgPk,
  orgProfileFromItem,
  orgProfileItem,
  PROFILE_SK,
  projection,
  VERSION_PREFIX,
  VERSION_SK_END,
  versionFromItem,
  versionSk,
  WORKBOOK_GSI_PREFIX,
  workbookFromItem,
  workbookGsiSk,
  workbookIndexItem,
  workbookPk,
} from "./items";
import { TABLE_SCHEMA } from "./table";

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
  /** Report digests whose gzipped bytes exceed this are not kept (read from the snapshot each time). */
  readonly digestMaxBytes?: number;
  /** Waits before retrying keys a BatchGetItem left unprocessed (default: 25 ms doubling, at most 1 s). */
  readonly retryPause?: (attempt: number) => Promise<void>;
}

type DynamoCommand<I extends ServiceInputTypes, O extends ServiceOutputTypes> = $Command<
  I,
  O,
  DynamoDBClientResolvedConfig,
  ServiceInputTypes,
  ServiceOutputTypes
>;

export const DEFAULT_INLINE_MAX_BYTES = 350 * 1024;
export const DEFAULT_CHUNK_BYTES = 350 * 1024;
export const DEFAULT_ORPHAN_TTL_SECONDS = 14 * 24 * 3600;

const CHUNK_WRITE_CONCURRENCY = 8;

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
 *      cut short, the next read of that version or the next commit finishes it.
 */
export function createDynamoStore(options: DynamoStoreOptions): Store {
  const { client, tableName } = options;
  const inlineMaxBytes = options.inlineMaxBytes ?? DEFAULT_INLINE_MAX_BYTES;
  const chunkBytes = options.chunkBytes ?? DEFAULT_CHUNK_BYTES;
  const orphanTtlSeconds = options.orphanTtlSeconds ?? DEFAULT_ORPHAN_TTL_SECONDS;
  const now = options.now ?? Date.now;
  const newUploadId = options.uploadId ?? randomUUID;
  const ttlAttribute = TABLE_SCHEMA.ttlAttribute;
  const deadlineMs = options.deadlineMs ?? DEFAULT_STORE_DEADLINE_MS;
  const retryPause = options.retryPause ?? ((attempt: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.min(1_000, 25 * 2 ** attempt))));

  /** Every store call goes through here: a deadline across the SDK's retries, failures as "unavailable". */
  function send<I extends ServiceInputTypes, O extends ServiceOutputTypes>(what: string, command: DynamoCommand<I, O>): Promise<O> {
    return guarded(what, () => withinDeadline(what, deadlineMs, (abortSignal) => client.send(command, { abortSignal })));
  }

  const digestIo: DigestIo = {
    tableName,
    batchGet: (command) => send("read digests", command),
    put: (command) => send("write digest", command),
    delete: (command) => send("delete digest", command),
    maxBytes: options.digestMaxBytes ?? DEFAULT_INLINE_MAX_BYTES,
    pause: retryPause,
  };

  async function queryAll(what: string, input: Omit<QueryCommandInput, "TableName">): Promise<Item[]> {
    const items: Item[] = [];
    let start: Item | undefined;
    do {
      const page = await send(what, new QueryCommand({ ...input, TableName: tableName, ExclusiveStartKey: start }));
      items.push(...(page.Items ?? []));
      start = page.LastEvaluatedKey;
    } while (start);
    return items;
  }

  /** The head item for a selector; `withBody` also fetches an inline body. */
  async function findHead(ref: WorkbookRef, selector: VersionSelector, withBody: boolean): Promise<Item | undefined> {
    const attributes = withBody ? [...HEAD_METADATA_ATTRIBUTES, "body"] : [...HEAD_METADATA_ATTRIBUTES];
    const proj = projection(attributes);
    if (typeof selector === "number") {
      const result = await send("get version", 
          new GetItemCommand({
            TableName: tableName,
            Key: { pk: { S: workbookPk(ref) }, sk: { S: versionSk(selector) } },
            ConsistentRead: true,
            ...proj,
          }),
        );
      return result.Item;
    }
    const keyCondition = {
      KeyConditionExpression: "pk = :pk AND begins_with(sk, :v)",
      ExpressionAttributeValues: { ":pk": { S: workbookPk(ref) }, ":v": { S: VERSION_PREFIX } } as Item,
    };
    if (selector === "latest") {
      const result = await send("query latest version", 
          new QueryCommand({
            TableName: tableName,
            ...keyCondition,
            ScanIndexForward: false,
            Limit: 1,
            ConsistentRead: true,
            ...proj,
          }),
        );
      return result.Items?.[0];
    }
    // As of an instant: newest first, filtered by time; the filter applies after Limit, so page on.
    let start: Item | undefined;
    do {
      const page = await send("query version as of", 
          new QueryCommand({
            TableName: tableName,
            KeyConditionExpression: keyCondition.KeyConditionExpression,
            FilterExpression: "#created <= :asOf",
            ExpressionAttributeNames: { ...proj.ExpressionAttributeNames, "#created": "createdAt" },
            ExpressionAttributeValues: { ...keyCondition.ExpressionAttributeValues, ":asOf": { S: selector.asOf } },
            ProjectionExpression: proj.ProjectionExpression,
            ScanIndexForward: false,
            Limit: 25,
            ConsistentRead: true,
            ExclusiveStartKey: start,
          }),
        );
      const found = page.Items?.[0];
      if (found) return found;
      start = page.LastEvaluatedKey;
    } while (start);
    return undefined;
  }

  async function readChunks(record: VersionRecord): Promise<Uint8Array> {
    if (record.layout.kind !== "chunked") throw new Error("not a chunked version");
    const { uploadId, chunkCount } = record.layout;
    const items = await queryAll("read chunks", {
      KeyConditionExpression: "pk = :pk",
      ExpressionAttributeValues: { ":pk": { S: chunkPk(uploadId) } },
      ConsistentRead: true,
    });
    if (items.length !== chunkCount) {
      throw new StoreIntegrityError(
        `version ${record.version} of ${record.team}/${record.workbook} has ${items.length} of ${chunkCount} chunks`,
      );
    }
    const chunks = items.map((item) => {
      const data = item.data;
      if (data && "B" in data && data.B instanceof Uint8Array) return data.B;
      throw new StoreIntegrityError("chunk without data");
    });
    try {
      return await fromChunks(chunks);
    } catch (error) {
      throw new StoreIntegrityError(`version ${record.version} of ${record.team}/${record.workbook} does not decompress`, {
        cause: error,
      });
    }
  }

  async function pin(record: VersionRecord): Promise<void> {
    if (record.layout.kind !== "chunked") return;
    const { uploadId, chunkCount } = record.layout;
    const indexes = Array.from({ length: chunkCount }, (_, i) => i);
    await Promise.all(
      indexes.map((i) =>
        send("pin chunk", 
            new UpdateItemCommand({
              TableName: tableName,
              Key: { pk: { S: chunkPk(uploadId) }, sk: { S: chunkSk(i) } },
              UpdateExpression: "REMOVE #ttl",
              ExpressionAttributeNames: { "#ttl": ttlAttribute },
            }),
          ),
      ),
    );
    await send("pin head", 
        new UpdateItemCommand({
          TableName: tableName,
          Key: { pk: { S: workbookPk(record) }, sk: { S: versionSk(record.version) } },
          UpdateExpression: "REMOVE unpinned",
          ConditionExpression: "attribute_exists(pk)",
        }),
      );
  }

  async function writeChunks(uploadId: string, chunks: readonly Uint8Array[]): Promise<void> {
    const expiresAt = Math.floor(now() / 1000) + orphanTtlSeconds;
    let next = 0;
    async function worker(): Promise<void> {
      while (next < chunks.length) {
        const index = next++;
        const data = chunks[index];
        if (!data) continue;
        await send("write chunk", 
            new PutItemCommand({
              TableName: tableName,
              Item: {
                pk: { S: chunkPk(uploadId) },
                sk: { S: chunkSk(index) },
                type: { S: "chunk" },
                data: { B: data },
                [ttlAttribute]: { N: String(expiresAt) },
              },
            }),
          );
      }
    }
    await Promise.all(Array.from({ length: Math.min(CHUNK_WRITE_CONCURRENCY, chunks.length) }, worker));
  }

  async function deleteChunks(uploadId: string, count: number): Promise<void> {
    await Promise.allSettled(
      Array.from({ length: count }, (_, i) =>
        send("delete chunk", new DeleteItemCommand({ TableName: tableName, Key: { pk: { S: chunkPk(uploadId) }, sk: { S: chunkSk(i) } } })),
      ),
    );
  }

  async function latestRecord(ref: WorkbookRef): Promise<{ record: VersionRecord; unpinned: boolean } | undefined> {
    const item = await findHead(ref, "latest", false);
    return item ? { record: versionFromItem(item), unpinned: isUnpinned(item) } : undefined;
  }

  /** One page of the org-wide index (gsi1) under a sort-key prefix; one extra item tells whether more follow. */
  async function orgIndexPage<T, C>(
    what: string,
    org: string,
    prefix: string,
    page: { limit: number; start: Item | undefined; newestFirst: boolean },
    decode: (item: Item) => T,
    cursorOf: (last: T) => C,
  ): Promise<Page<T, C>> {
    const result = await send(what, 
        new QueryCommand({
          TableName: tableName,
          IndexName: TABLE_SCHEMA.index.name,
          KeyConditionExpression: "gsi1pk = :org AND begins_with(gsi1sk, :prefix)",
          ExpressionAttributeValues: { ":org": { S: orgGsiPk(org) }, ":prefix": { S: prefix } },
          ScanIndexForward: !page.newestFirst,
          Limit: page.limit + 1,
          ExclusiveStartKey: page.start,
        }),
      );
    const items = (result.Items ?? []).map(decode);
    const shown = items.slice(0, page.limit);
    const last = shown[shown.length - 1];
    return { items: shown, next: items.length > page.limit && last !== undefined ? cursorOf(last) : undefined };
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
  async function replayOrConflict(input: NewVersion, head: Item | undefined): Promise<CommitOutcome> {
    if (head) {
      const headKey = idempotencyKeyOf(head);
      const sameBytes = sameBaseAndBytes(head, input);
      // A key names one request: with a key, only the head that request wrote is a replay.
      if (sameBytes && (input.idempotencyKey === undefined || input.idempotencyKey === headKey)) {
        const record = versionFromItem(head);
        if (isUnpinned(head)) await pin(record).catch(() => undefined);
        return { status: "committed", record, replayed: true };
      }
      const current = await latestRecord(input.ref);
      const reused = input.idempotencyKey !== undefined && input.idempotencyKey === headKey && !sameBytes;
      return { status: "conflict", current: current?.record, ...(reused ? { idempotencyKeyReused: true } : {}) };
    }
    const current = await latestRecord(input.ref);
    return { status: "conflict", current: current?.record };
  }

  const store: Store = {
    async commitVersion(input: NewVersion): Promise<CommitOutcome> {
      const { ref } = input;
      const latest = await latestRecord(ref);
      if ((latest?.record.version ?? null) !== input.baseVersion) {
        const next = (input.baseVersion ?? 0) + 1;
        // Only when version base+1 exists can it be this push, committed before.
        const head = latest && latest.record.version >= next ? await findHead(ref, next, false) : undefined;
        if (!head) return { status: "conflict", current: latest?.record };
        return replayOrConflict(input, head);
      }
      if (latest?.unpinned) await pin(latest.record);
      if (input.baseVersion === null) {
        try {
          await send("index workbook", 
              new PutItemCommand({
                TableName: tableName,
                Item: workbookIndexItem({ ...ref, createdAt: input.createdAt }),
                ConditionExpression: "attribute_not_exists(pk)",
              }),
            );
        } catch (error) {
          if (!isConditionFailure(error)) throw error;
        }
      }

      const version = (input.baseVersion ?? 0) + 1;
      const base = {
        org: ref.org,
        team: ref.team,
        workbook: ref.workbook,
        version,
        baseVersion: input.baseVersion,
        createdAt: input.createdAt,
        author: input.author,
        size: input.body.length,
        sha256: input.sha256,
        schemaVersion: input.schemaVersion,
        recordCounts: input.recordCounts,
      };
      // One fresh id per attempt: it names the chunks and marks the head as this attempt's.
      const commitId = newUploadId();
      let record: VersionRecord;
      let item: Item;
      if (input.body.length <= inlineMaxBytes) {
        record = { ...base, layout: { kind: "inline", storedBytes: input.body.length } };
        item = headItem(record, { body: input.body, commitId, idempotencyKey: input.idempotencyKey });
      } else {
        const { chunks, storedBytes } = await toChunks(input.body, chunkBytes);
        record = { ...base, layout: { kind: "chunked", encoding: "gzip", uploadId: commitId, chunkCount: chunks.length, storedBytes } };
        item = headItem(record, { unpinned: true, commitId, idempotencyKey: input.idempotencyKey });
        await writeChunks(commitId, chunks);
      }

      if (input.digest) await writeDigest(digestIo, record, input.digest, "overwrite");

      try {
        await send("commit version", 
            new PutItemCommand({ TableName: tableName, Item: item, ConditionExpression: "attribute_not_exists(pk)" }),
          );
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
        // Our own earlier attempt may have committed with only its answer lost: then this is a success.
        const there = await findHead(ref, version, false);
        const ours = there !== undefined && commitIdOf(there) === commitId;
        if (!ours) {
          // Another attempt's head won (maybe this very push sent twice): ours are orphans either way.
          if (record.layout.kind === "chunked") await deleteChunks(record.layout.uploadId, record.layout.chunkCount);
          if (input.digest) await deleteLosingDigest(digestIo, record, there ? versionFromItem(there) : undefined);
          return replayOrConflict(input, there);
        }
      }

      try {
        await pin(record);
      } catch {
        // Committed all the same; the head keeps `unpinned` and the next read or commit pins it.
      }
      return { status: "committed", record };
    },

    async getVersion(ref, selector) {
      const item = await findHead(ref, selector, false);
      return item ? versionFromItem(item) : undefined;
    },

    async getSnapshot(ref, selector): Promise<StoredSnapshot | undefined> {
      const item = await findHead(ref, selector, true);
      if (!item) return undefined;
      const record = versionFromItem(item);
      let body: Uint8Array;
      if (record.layout.kind === "inline") {
        body = inlineBody(item);
      } else {
        body = await readChunks(record);
        // Finishing an interrupted commit is a repair, not part of this read: a failure waits for the next one.
        if (isUnpinned(item)) await pin(record).catch(() => undefined);
      }
      if (body.length !== record.size || sha256Hex(body) !== record.sha256) {
        throw new StoreIntegrityError(`version ${record.version} of ${record.team}/${record.workbook} fails its checksum`);
      }
      return { record, body };
    },

    getDigests: (records) => readDigests(digestIo, records),

    putDigest: (record, digest) => writeDigest(digestIo, record, digest, "if-stale"),

    async listVersions(ref, page): Promise<Page<VersionRecord, number>> {
      const high = page.before === undefined ? VERSION_SK_END : versionSk(page.before - 1);
      const proj = projection([...HEAD_METADATA_ATTRIBUTES]);
      const result = await send("list versions", 
          new QueryCommand({
            TableName: tableName,
            KeyConditionExpression: "pk = :pk AND sk BETWEEN :low AND :high",
            ExpressionAttributeValues: {
              ":pk": { S: workbookPk(ref) },
              ":low": { S: versionSk(1) },
              ":high": { S: high },
            },
            ScanIndexForward: false,
            // One extra tells whether another page exists, so the last page has no cursor.
            Limit: page.limit + 1,
            ConsistentRead: true,
            ...proj,
          }),
        );
      const items = (result.Items ?? []).map(versionFromItem);
      const more = items.length > page.limit;
      const shown = items.slice(0, page.limit);
      return { items: shown, next: more ? shown[shown.length - 1]?.version : undefined };
    },

    async listWorkbooks(org, page): Promise<Page<WorkbookRecord, WorkbookCursor>> {
      if (page.team !== undefined && page.after !== undefined && page.after.team !== page.team) {
        throw new Error("listWorkbooks: cursor belongs to another team");
      }
      const prefix = page.team === undefined ? WORKBOOK_GSI_PREFIX : `${WORKBOOK_GSI_PREFIX}${page.team}#`;
      const start: Item | undefined = page.after && {
        gsi1pk: { S: orgGsiPk(org) },
        gsi1sk: { S: workbookGsiSk(page.after.team, page.after.workbook) },
        pk: { S: workbookPk({ org, ...page.after }) },
        sk: { S: META_SK },
      };
      return orgIndexPage("list workbooks", org, prefix, { limit: page.limit, start, newestFirst: false }, workbookFromItem, (last) => ({
        team: last.team,
        workbook: last.workbook,
      }));
    },

    async createKey(record: KeyRecord): Promise<boolean> {
      try {
        await send("create key", 
            new PutItemCommand({
              TableName: tableName,
              Item: keyItem(record),
              ConditionExpression: "attribute_not_exists(pk)",
            }),
          );
        return true;
      } catch (error) {
        if (isConditionFailure(error)) return false;
        throw error;
      }
    },

    async getKey(id) {
      const result = await send("get key", 
          new GetItemCommand({
            TableName: tableName,
            Key: { pk: { S: keyPk(id) }, sk: { S: KEY_SK } },
            ConsistentRead: true,
          }),
        );
      return result.Item ? keyFromItem(result.Item) : undefined;
    },

    async listKeys(org, page): Promise<Page<KeyRecord, KeyCursor>> {
      const start: Item | undefined = page.after && {
        gsi1pk: { S: orgGsiPk(org) },
        gsi1sk: { S: keyGsiSk(page.after.createdAt, page.after.id) },
        pk: { S: keyPk(page.after.id) },
        sk: { S: KEY_SK },
      };
      return orgIndexPage("list keys", org, KEY_GSI_PREFIX, { limit: page.limit, start, newestFirst: true }, keyFromItem, (last) => ({
        createdAt: last.createdAt,
        id: last.id,
      }));
    },

    async revokeKey(org, id, at) {
      try {
        const result = await send("revoke key", 
            new UpdateItemCommand({
              TableName: tableName,
              Key: { pk: { S: keyPk(id) }, sk: { S: KEY_SK } },
              UpdateExpression: "SET revokedAt = if_not_exists(revokedAt, :at)",
              ConditionExpression: "attribute_exists(pk) AND org = :org",
              ExpressionAttributeValues: { ":at": { S: at }, ":org": { S: org } },
              ReturnValues: "ALL_NEW",
            }),
          );
        return result.Attributes ? keyFromItem(result.Attributes) : undefined;
      } catch (error) {
        if (isConditionFailure(error)) return undefined;
        throw error;
      }
    },

    async getOrgProfile(org) {
      const result = await send("get org profile", 
          new GetItemCommand({
            TableName: tableName,
            Key: { pk: { S: orgPk(org) }, sk: { S: PROFILE_SK } },
            ConsistentRead: true,
          }),
        );
      return result.Item ? orgProfileFromItem(result.Item) : undefined;
    },

    async putOrgProfile(record) {
      await send("put org profile", new PutItemCommand({ TableName: tableName, Item: orgProfileItem(record) }));
    },
  };
  return store;
}
