import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DeleteItemCommand, GetItemCommand, QueryCommand, UpdateItemCommand } from "@aws-sdk/client-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDynamoClient, createDynamoStore } from "../../../api/store/dynamo";
import {
  type NewVersion,
  StoreIntegrityError,
  type VersionRecord,
  StoreUnavailableError,
  type WorkbookRef,
} from "../../../api/store/port";
import { describeStoreContract, digestOf, newVersion } from "./store-contract";
import {
  clientFailingAtHeadPut,
  clientFailingAtPointerUpdate,
  clientLosingHeadPutAnswer,
  clientLosingPointerUpdateAnswer,
  startTestDb,
  type TestDb,
} from "../support/dynamo";
import { logCommands } from "../support/counting";

const ref: WorkbookRef = { org: "acme", team: "claims", workbook: "register" };
const encoder = new TextEncoder();

/** Deterministic, poorly compressible text so chunking really produces several chunks. */
function noise(bytes: number, seed = 7): string {
  let x = seed;
  let out = "";
  while (out.length < bytes) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out += x.toString(36);
  }
  return JSON.stringify({ schemaVersion: 1, blob: out.slice(0, bytes) });
}

let db: TestDb;
beforeAll(async () => {
  db = await startTestDb();
});
afterAll(async () => {
  await db.close();
});

describeStoreContract("DynamoDB store", async () => (await db.table()).store);

describe("DynamoDB store: idempotent commits", () => {
  it("answers a push sent again with the version it created, marked replayed, and adds no version", async () => {
    const { store } = await db.table();
    await store.commitVersion(newVersion(null, "{}"));
    const first = await store.commitVersion(newVersion(1, '{"x":1}'));
    const again = await store.commitVersion(newVersion(1, '{"x":1}'));
    expect(first).toMatchObject({ status: "committed", record: { version: 2 } });
    expect(first.status === "committed" && first.replayed).toBeFalsy();
    expect(again).toMatchObject({ status: "committed", replayed: true, record: { version: 2, baseVersion: 1 } });
    expect((await store.listVersions(ref, { limit: 10 })).items.map((v) => v.version)).toEqual([2, 1]);
  });

  it("replays the version a push created even after others pushed on top of it", async () => {
    const { store } = await db.table();
    await store.commitVersion(newVersion(null, "{}"));
    await store.commitVersion(newVersion(1, '{"mine":1}'));
    await store.commitVersion(newVersion(2, '{"theirs":1}'));
    const again = await store.commitVersion(newVersion(1, '{"mine":1}'));
    expect(again).toMatchObject({ status: "committed", replayed: true, record: { version: 2 } });
    const other = await store.commitVersion(newVersion(1, '{"mine":2}'));
    expect(other).toMatchObject({ status: "conflict", current: { version: 3 } });
  });

  it("answers every one of concurrent identical pushes with the one version they made", async () => {
    const { store } = await db.table({ inlineMaxBytes: 1_000, chunkBytes: 2_000 });
    await store.commitVersion(newVersion(null, "{}"));
    const outcomes = await Promise.all(Array.from({ length: 6 }, () => store.commitVersion(newVersion(1, noise(9_000, 3)))));
    expect(outcomes.every((o) => o.status === "committed" && o.record.version === 2)).toBe(true);
    expect(outcomes.filter((o) => o.status === "committed" && o.replayed)).toHaveLength(5);
    const read = await store.getSnapshot(ref, 2);
    expect(read?.body.length).toBe(encoder.encode(noise(9_000, 3)).length);
    expect((await store.listVersions(ref, { limit: 10 })).items).toHaveLength(2);
  });

  it("replays a chunked push whose answer was lost when the client retries later", async () => {
    const { tableName } = await db.table();
    const options = { tableName, inlineMaxBytes: 1_000, chunkBytes: 2_000 };
    const lossy = clientLosingHeadPutAnswer(db.dynalite.endpoint, { maxAttempts: 1 });
    const sent = newVersion(null, noise(9_000, 4));
    // The head reached the store; the answer did not, and this client does not retry.
    await expect(createDynamoStore({ client: lossy.client, ...options }).commitVersion(sent)).rejects.toBeInstanceOf(StoreUnavailableError);
    lossy.client.destroy();
    const healthy = createDynamoStore({ client: db.client, ...options });
    expect(await healthy.commitVersion(sent)).toMatchObject({ status: "committed", replayed: true, record: { version: 1 } });
    const read = await healthy.getSnapshot(ref, 1);
    expect(Buffer.from(read?.body ?? []).equals(Buffer.from(sent.body))).toBe(true);
  });
});

describe("DynamoDB store: large snapshots", () => {
  it("gzips and chunks a large snapshot and reads it back byte-identical", async () => {
    const { store, tableName } = await db.table({ inlineMaxBytes: 10_000, chunkBytes: 4_000 });
    const text = noise(60_000);
    const outcome = await store.commitVersion(newVersion(null, text));
    if (outcome.status !== "committed") throw new Error("expected a commit");
    const layout = outcome.record.layout;
    expect(layout.kind).toBe("chunked");
    expect(layout.kind === "chunked" && layout.chunkCount).toBeGreaterThan(3);
    const read = await store.getSnapshot(ref, 1);
    expect(new TextDecoder().decode(read?.body)).toBe(text);

    // Committed chunks are pinned: no TTL left on any of them.
    if (layout.kind !== "chunked") throw new Error("expected chunks");
    const chunks = await db.client.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: "pk = :pk",
        ExpressionAttributeValues: { ":pk": { S: `UP#${layout.uploadId}` } },
      }),
    );
    expect(chunks.Items).toHaveLength(layout.chunkCount);
    expect(chunks.Items?.every((i) => i.expiresAt === undefined)).toBe(true);
  });

  it("deletes the chunks of a commit that lost the race", async () => {
    let uploads = 0;
    const { store, tableName } = await db.table({ inlineMaxBytes: 1_000, chunkBytes: 2_000, uploadId: () => `up-${++uploads}` });
    await store.commitVersion(newVersion(null, "{}"));
    const outcomes = await Promise.all([store.commitVersion(newVersion(1, noise(9_000, 1))), store.commitVersion(newVersion(1, noise(9_000, 2)))]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(["committed", "conflict"]);
    const winner = outcomes.find((o) => o.status === "committed");
    const winnerUpload = winner?.status === "committed" && winner.record.layout.kind === "chunked" ? winner.record.layout.uploadId : "";
    const loserUpload = winnerUpload === "up-1" ? "up-2" : "up-1";
    const left = await db.client.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: "pk = :pk",
        ExpressionAttributeValues: { ":pk": { S: `UP#${loserUpload}` } },
      }),
    );
    expect(left.Items).toHaveLength(0);
  });

  it.each([
    ["chunked", 9_000],
    ["inline", 500],
  ])("commits a %s version whose head put answer was lost, keeping every chunk", async (_layout, bytes) => {
    const { tableName } = await db.table();
    const lossy = clientLosingHeadPutAnswer(db.dynalite.endpoint);
    const store = createDynamoStore({ client: lossy.client, tableName, inlineMaxBytes: 1_000, chunkBytes: 2_000 });
    const sent = newVersion(null, noise(bytes));
    const outcome = await store.commitVersion(sent);
    expect(lossy.lost()).toBe(1);
    expect(outcome).toMatchObject({ status: "committed", record: { version: 1, sha256: sent.sha256 } });
    lossy.client.destroy();

    const healthy = createDynamoStore({ client: db.client, tableName });
    const read = await healthy.getSnapshot(ref, "latest");
    expect(read?.record.version).toBe(1);
    expect(Buffer.from(read?.body ?? []).equals(Buffer.from(sent.body))).toBe(true);
    // The next push builds on it as usual.
    expect((await healthy.commitVersion(newVersion(1, noise(bytes, 8)))).status).toBe("committed");
  });

  it("leaves only TTL-marked chunks and no version when the head put fails", async () => {
    const faulty = clientFailingAtHeadPut(db.dynalite.endpoint);
    const { tableName } = await db.table();
    const store = createDynamoStore({ client: faulty, tableName, inlineMaxBytes: 1_000, chunkBytes: 2_000, uploadId: () => "orphan" });
    await expect(store.commitVersion(newVersion(null, noise(9_000)))).rejects.toBeInstanceOf(StoreUnavailableError);
    faulty.destroy();

    const healthy = createDynamoStore({ client: db.client, tableName });
    expect(await healthy.getVersion(ref, "latest")).toBeUndefined();
    const orphans = await db.client.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: "pk = :pk",
        ExpressionAttributeValues: { ":pk": { S: "UP#orphan" } },
      }),
    );
    expect(orphans.Items?.length).toBeGreaterThan(0);
    expect(orphans.Items?.every((i) => Number(i.expiresAt?.N) > Date.now() / 1000)).toBe(true);
  });

  it("finishes pinning an interrupted commit when the version is next read", async () => {
    const { store, tableName } = await db.table({ inlineMaxBytes: 1_000, chunkBytes: 2_000, uploadId: () => "pin-me" });
    await store.commitVersion(newVersion(null, noise(9_000)));
    // Simulate a commit cut short after the head: put the TTL and the flag back.
    await db.client.send(
      new UpdateItemCommand({
        TableName: tableName,
        Key: { pk: { S: "UP#pin-me" }, sk: { S: "C#00000" } },
        UpdateExpression: "SET expiresAt = :t",
        ExpressionAttributeValues: { ":t": { N: "1" } },
      }),
    );
    const headKey = { pk: { S: "WB#acme#claims#register" }, sk: { S: "V#0000000001" } };
    await db.client.send(
      new UpdateItemCommand({ TableName: tableName, Key: headKey, UpdateExpression: "SET unpinned = :t", ExpressionAttributeValues: { ":t": { BOOL: true } } }),
    );
    await store.getSnapshot(ref, "latest");
    const chunk = await db.client.send(new GetItemCommand({ TableName: tableName, Key: { pk: { S: "UP#pin-me" }, sk: { S: "C#00000" } } }));
    expect(chunk.Item?.expiresAt).toBeUndefined();
    const head = await db.client.send(new GetItemCommand({ TableName: tableName, Key: headKey }));
    expect(head.Item?.unpinned).toBeUndefined();
  });

  it("refuses to return bytes that fail their checksum", async () => {
    const { store, tableName } = await db.table({ inlineMaxBytes: 1_000, chunkBytes: 2_000, uploadId: () => "tamper" });
    await store.commitVersion(newVersion(null, noise(9_000)));
    const good = await db.client.send(new GetItemCommand({ TableName: tableName, Key: { pk: { S: "UP#tamper" }, sk: { S: "C#00001" } } }));
    const other = await db.client.send(new GetItemCommand({ TableName: tableName, Key: { pk: { S: "UP#tamper" }, sk: { S: "C#00000" } } }));
    // Swap two chunks: every byte is still there, in the wrong order.
    await db.client.send(
      new UpdateItemCommand({
        TableName: tableName,
        Key: { pk: { S: "UP#tamper" }, sk: { S: "C#00000" } },
        UpdateExpression: "SET #d = :d",
        ExpressionAttributeNames: { "#d": "data" },
        ExpressionAttributeValues: { ":d": good.Item?.data ?? { NULL: true } },
      }),
    );
    await db.client.send(
      new UpdateItemCommand({
        TableName: tableName,
        Key: { pk: { S: "UP#tamper" }, sk: { S: "C#00001" } },
        UpdateExpression: "SET #d = :d",
        ExpressionAttributeNames: { "#d": "data" },
        ExpressionAttributeValues: { ":d": other.Item?.data ?? { NULL: true } },
      }),
    );
    await expect(store.getSnapshot(ref, 1)).rejects.toBeInstanceOf(StoreIntegrityError);
  });
});

describe("DynamoDB store: outages", () => {
  it("throws StoreUnavailableError while the server is down and works again after it returns", async () => {
    const dir = await mkdtemp(join(tmpdir(), "crosswalk-store-"));
    const local = await startTestDb({ path: dir, maxAttempts: 1 });
    try {
      const { store } = await local.table();
      await store.commitVersion(newVersion(null, "{}"));
      await local.dynalite.stop();
      await expect(store.commitVersion(newVersion(1, "{}"))).rejects.toBeInstanceOf(StoreUnavailableError);
      await expect(store.getVersion(ref, "latest")).rejects.toBeInstanceOf(StoreUnavailableError);
      await local.dynalite.start();
      expect((await store.getVersion(ref, "latest"))?.version).toBe(1);
      expect((await store.commitVersion(newVersion(1, "{}"))).status).toBe("committed");
    } finally {
      await local.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("DynamoDB store: report digests", () => {
  it("never answers the digest of a push whose head put failed, and the next push's digest replaces it", async () => {
    const faulty = clientFailingAtHeadPut(db.dynalite.endpoint);
    const { tableName } = await db.table();
    const failing = createDynamoStore({ client: faulty, tableName });
    await expect(failing.commitVersion({ ...newVersion(null, '{"failed":1}'), digest: digestOf("orphan") })).rejects.toBeInstanceOf(StoreUnavailableError);
    faulty.destroy();

    const healthy = createDynamoStore({ client: db.client, tableName });
    expect(await healthy.getVersion(ref, "latest")).toBeUndefined();
    // The orphan is there, but belongs to no head: a version committed without a digest does not see it.
    const orphan = await db.client.send(new GetItemCommand({ TableName: tableName, Key: { pk: { S: "WB#acme#claims#register" }, sk: { S: "D#0000000001" } } }));
    expect(orphan.Item?.type?.S).toBe("digest");
    const outcome = await healthy.commitVersion(newVersion(null, '{"other":1}', "2025-01-02T00:00:00.000Z"));
    expect(outcome.status).toBe("committed");
    if (outcome.status !== "committed") return;
    expect(await healthy.getDigests([outcome.record])).toEqual([undefined]);
    // A rebuild for the committed version replaces the orphan.
    await healthy.putDigest(outcome.record, digestOf("rebuilt"));
    const [rebuilt] = await healthy.getDigests([outcome.record]);
    expect(new TextDecoder().decode(rebuilt?.body)).toBe("rebuilt");
  });

  it("stores a digest larger than one item in parts and reads it back whole, in one more batched read", async () => {
    const { tableName } = await db.table();
    const client = createDynamoClient({ endpoint: db.dynalite.endpoint, maxAttempts: 1 });
    const log = logCommands(client);
    const store = createDynamoStore({ client, tableName, digestPartBytes: 1_000 });
    const big = noise(20_000, 11); // poorly compressible: several parts of 1,000 bytes gzipped
    const small = "small";
    const bigOutcome = await store.commitVersion({ ...newVersion(null, "{}"), digest: digestOf(big) });
    const smallOutcome = await store.commitVersion({ ...newVersion(null, "{}", undefined, { ...ref, team: "other" }), digest: digestOf(small) });
    if (bigOutcome.status !== "committed" || smallOutcome.status !== "committed") throw new Error("expected commits");
    const first = await db.client.send(new GetItemCommand({ TableName: tableName, Key: { pk: { S: "WB#acme#claims#register" }, sk: { S: "D#0000000001" } } }));
    expect(Number(first.Item?.parts?.N)).toBeGreaterThan(3);
    log.reset();
    const read = await store.getDigests([bigOutcome.record, smallOutcome.record]);
    expect(read.map((d) => (d ? new TextDecoder().decode(d.body) : undefined))).toEqual([big, small]);
    expect(log.counts()).toEqual({ BatchGetItemCommand: 2 });
    client.destroy();
  });

  it("answers no digest when a part is missing or from another write, and a rebuild restores it", async () => {
    const { tableName } = await db.table();
    const store = createDynamoStore({ client: db.client, tableName, digestPartBytes: 1_000 });
    const big = noise(20_000, 12);
    const outcome = await store.commitVersion({ ...newVersion(null, "{}"), digest: digestOf(big) });
    if (outcome.status !== "committed") throw new Error("expected a commit");
    const part = { pk: { S: "WB#acme#claims#register" }, sk: { S: "D#0000000001#002" } };
    // Another write's part in its place (a losing push of the same version number wrote it).
    await db.client.send(new UpdateItemCommand({ TableName: tableName, Key: part, UpdateExpression: "SET sha256 = :other", ExpressionAttributeValues: { ":other": { S: "0".repeat(64) } } }));
    expect(await store.getDigests([outcome.record])).toEqual([undefined]);
    await store.putDigest(outcome.record, digestOf(big, 2));
    expect(new TextDecoder().decode((await store.getDigests([outcome.record]))[0]?.body)).toBe(big);
    await db.client.send(new DeleteItemCommand({ TableName: tableName, Key: part }));
    expect(await store.getDigests([outcome.record])).toEqual([undefined]);
  });

  it("retries the keys BatchGetItem leaves unprocessed", async () => {
    const { store: writer, tableName } = await db.table();
    const records: VersionRecord[] = [];
    for (const team of ["a", "b", "c"]) {
      const outcome = await writer.commitVersion({ ...newVersion(null, `{"t":"${team}"}`, undefined, { ...ref, team }), digest: digestOf(team) });
      if (outcome.status === "committed") records.push(outcome.record);
    }
    // A client that answers the first BatchGetItem with every key unprocessed, as a throttled table does.
    const client = createDynamoClient({ endpoint: db.dynalite.endpoint });
    let batches = 0;
    client.middlewareStack.add(
      (next, context) => async (args) => {
        if (context.commandName !== "BatchGetItemCommand") return next(args);
        batches++;
        if (batches > 1) return next(args);
        const input = args.input as { RequestItems: Record<string, unknown> };
        return { output: { $metadata: {}, Responses: { [tableName]: [] }, UnprocessedKeys: input.RequestItems }, response: {} } as never;
      },
      { step: "initialize" },
    );
    const pauses: number[] = [];
    const store = createDynamoStore({ client, tableName, retryPause: async (attempt) => void pauses.push(attempt) });
    const digests = await store.getDigests(records);
    client.destroy();
    expect(digests.map((d) => (d ? new TextDecoder().decode(d.body) : undefined))).toEqual(["a", "b", "c"]);
    expect(batches).toBe(2);
    expect(pauses).toEqual([1]);
  });
});

describe("DynamoDB store: stored reports", () => {
  const stored = (text: string) => ({ gzipped: encoder.encode(text), hash: "h", teams: 2, jsonLength: 99 });
  const decoded = (report: { gzipped: Uint8Array } | undefined) => (report ? new TextDecoder().decode(report.gzipped) : undefined);

  it("stores a report larger than one item in parts, expiring by TTL, and reads it back whole in one GetItem and one batched read", async () => {
    const { tableName } = await db.table();
    const client = createDynamoClient({ endpoint: db.dynalite.endpoint, maxAttempts: 1 });
    const log = logCommands(client);
    const store = createDynamoStore({ client, tableName, digestPartBytes: 1_000, now: () => Date.parse("2026-09-30T12:00:00Z") });
    const big = noise(5_500, 13);
    await store.putStoredReport("acme", "key-1", stored(big), 3_600);
    const first = await db.client.send(new GetItemCommand({ TableName: tableName, Key: { pk: { S: "RPT#acme" }, sk: { S: "R#key-1" } } }));
    expect(Number(first.Item?.parts?.N)).toBe(6);
    expect(Number(first.Item?.expiresAt?.N)).toBe(Date.parse("2026-09-30T13:00:00Z") / 1000);
    log.reset();
    expect(decoded(await store.getStoredReport("acme", "key-1"))).toBe(big);
    expect(log.counts()).toEqual({ GetItemCommand: 1, BatchGetItemCommand: 1 });
    client.destroy();
  });

  it("answers nothing once expired, or when a part is missing, from another write or altered", async () => {
    const { tableName } = await db.table();
    let now = Date.parse("2026-09-30T12:00:00Z");
    const store = createDynamoStore({ client: db.client, tableName, digestPartBytes: 1_000, now: () => now });
    const big = noise(3_500, 14);
    const part = { pk: { S: "RPT#acme" }, sk: { S: "R#key-2#002" } };
    const reset = () => store.putStoredReport("acme", "key-2", stored(big), 3_600);

    await reset();
    now += 3_600_000; // DynamoDB deletes expired items late; a read must not answer them meanwhile
    expect(await store.getStoredReport("acme", "key-2")).toBeUndefined();
    now -= 3_600_000;
    expect(decoded(await store.getStoredReport("acme", "key-2"))).toBe(big);

    await db.client.send(new DeleteItemCommand({ TableName: tableName, Key: part }));
    expect(await store.getStoredReport("acme", "key-2")).toBeUndefined();

    await reset();
    await db.client.send(new UpdateItemCommand({ TableName: tableName, Key: part, UpdateExpression: "SET sha256 = :other", ExpressionAttributeValues: { ":other": { S: "0".repeat(64) } } }));
    expect(await store.getStoredReport("acme", "key-2")).toBeUndefined();

    await reset();
    await db.client.send(new UpdateItemCommand({ TableName: tableName, Key: part, UpdateExpression: "SET body = :other", ExpressionAttributeValues: { ":other": { B: encoder.encode("x".repeat(1_000)) } } }));
    expect(await store.getStoredReport("acme", "key-2")).toBeUndefined();

    await reset();
    expect(decoded(await store.getStoredReport("acme", "key-2"))).toBe(big);
  });
});

describe("DynamoDB store: the newest-version pointer", () => {
  /** The pointer as the workbook's index entry holds it (undefined: none). */
  async function pointerOf(tableName: string, where: WorkbookRef = ref): Promise<number | undefined> {
    const { Item } = await db.client.send(
      new GetItemCommand({ TableName: tableName, Key: { pk: { S: `WB#${where.org}#${where.team}#${where.workbook}` }, sk: { S: "META" } }, ConsistentRead: true }),
    );
    return Item?.latest?.N === undefined ? undefined : Number(Item.latest.N);
  }

  /** A store on its own client whose commands are logged. */
  function loggedStore(tableName: string) {
    const client = createDynamoClient({ endpoint: db.dynalite.endpoint, maxAttempts: 1 });
    return { store: createDynamoStore({ client, tableName }), log: logCommands(client), client };
  }

  it("reads the newest versions with the index and one batched probe, no head query", async () => {
    const { store, tableName } = await db.table();
    const other = { ...ref, team: "people" };
    await store.commitVersion(newVersion(null, "{}"));
    await store.commitVersion(newVersion(1, '{"x":1}'));
    await store.commitVersion(newVersion(null, "{}", undefined, other));
    expect([await pointerOf(tableName), await pointerOf(tableName, other)]).toEqual([2, 1]);
    const logged = loggedStore(tableName);
    const page = await logged.store.listLatestVersions(ref.org, { limit: 10 });
    expect(page.items.map((e) => e.latest?.version)).toEqual([2, 1]);
    expect(logged.log.counts()).toEqual({ "QueryCommand@gsi1": 1, BatchGetItemCommand: 1 });
    logged.client.destroy();
  });

  it("finds a version committed after a crash before its pointer moved, and repairs the pointer", async () => {
    const { store, tableName } = await db.table();
    await store.commitVersion(newVersion(null, "{}"));
    const crashing = clientFailingAtPointerUpdate(db.dynalite.endpoint);
    // The head put is the commit point: the push is committed though its pointer update failed.
    const second = await createDynamoStore({ client: crashing, tableName }).commitVersion(newVersion(1, '{"x":1}'));
    crashing.destroy();
    expect(second).toMatchObject({ status: "committed", record: { version: 2 } });
    expect(await pointerOf(tableName)).toBe(1);

    const logged = loggedStore(tableName);
    const [entry] = (await logged.store.listLatestVersions(ref.org, { limit: 10 })).items;
    expect(entry?.latest).toEqual(second.status === "committed" ? second.record : undefined);
    // The probe of version 2 hit, so this one workbook's head was queried and its pointer repaired.
    expect(logged.log.counts()).toMatchObject({ "QueryCommand@gsi1": 1, BatchGetItemCommand: 1, QueryCommand: 1, UpdateItemCommand: 1 });
    expect(await pointerOf(tableName)).toBe(2);
    logged.log.reset();
    await logged.store.listLatestVersions(ref.org, { limit: 10 });
    expect(logged.log.counts()).toEqual({ "QueryCommand@gsi1": 1, BatchGetItemCommand: 1 });
    logged.client.destroy();
  });

  it("moves the pointer once when the SDK retries an update whose answer was lost", async () => {
    const { tableName } = await db.table();
    const lossy = clientLosingPointerUpdateAnswer(db.dynalite.endpoint);
    const store = createDynamoStore({ client: lossy.client, tableName });
    await store.commitVersion(newVersion(null, "{}"));
    const second = await store.commitVersion(newVersion(1, '{"x":1}'));
    expect(lossy.lost()).toBe(1);
    expect(second).toMatchObject({ status: "committed", record: { version: 2 } });
    expect(await pointerOf(tableName)).toBe(2);
    expect((await store.listLatestVersions(ref.org, { limit: 10 })).items.map((e) => e.latest?.version)).toEqual([2]);
    lossy.client.destroy();
  });

  it("never names a version whose head put failed", async () => {
    const { store, tableName } = await db.table();
    await store.commitVersion(newVersion(null, "{}"));
    const failing = clientFailingAtHeadPut(db.dynalite.endpoint);
    await expect(createDynamoStore({ client: failing, tableName }).commitVersion(newVersion(1, '{"x":1}'))).rejects.toBeInstanceOf(StoreUnavailableError);
    failing.destroy();
    expect(await pointerOf(tableName)).toBe(1);
    expect((await store.listLatestVersions(ref.org, { limit: 10 })).items.map((e) => e.latest?.version)).toEqual([1]);
    // A first push that failed leaves an index entry without a version.
    const fresh = { ...ref, workbook: "never" };
    const failingFirst = clientFailingAtHeadPut(db.dynalite.endpoint);
    await expect(createDynamoStore({ client: failingFirst, tableName }).commitVersion(newVersion(null, "{}", undefined, fresh))).rejects.toBeInstanceOf(StoreUnavailableError);
    failingFirst.destroy();
    const entries = (await store.listLatestVersions(ref.org, { limit: 10 })).items;
    expect(entries.map((e) => [e.workbook.workbook, e.latest?.version])).toEqual([
      ["never", undefined],
      ["register", 1],
    ]);
  });

  it("queries a workbook pushed before pointers existed, once, and gives it a pointer", async () => {
    const { store, tableName } = await db.table();
    await store.commitVersion(newVersion(null, "{}"));
    await store.commitVersion(newVersion(1, '{"x":1}'));
    await db.client.send(
      new UpdateItemCommand({
        TableName: tableName,
        Key: { pk: { S: `WB#${ref.org}#${ref.team}#${ref.workbook}` }, sk: { S: "META" } },
        UpdateExpression: "REMOVE latest, latestHead",
      }),
    );
    const logged = loggedStore(tableName);
    expect((await logged.store.listLatestVersions(ref.org, { limit: 10 })).items.map((e) => e.latest?.version)).toEqual([2]);
    expect(logged.log.counts()).toEqual({ "QueryCommand@gsi1": 1, QueryCommand: 1, UpdateItemCommand: 1 });
    expect(await pointerOf(tableName)).toBe(2);
    logged.client.destroy();
  });

  it("never moves the pointer back: an older version's update after a newer one changes nothing", async () => {
    const { store, tableName } = await db.table();
    await store.commitVersion(newVersion(null, "{}"));
    await store.commitVersion(newVersion(1, '{"x":1}'));
    await store.commitVersion(newVersion(2, '{"x":2}'));
    // Version 1 sent again: a replay, which re-advances its own pointer (to no effect here).
    expect(await store.commitVersion(newVersion(null, "{}"))).toMatchObject({ status: "committed", replayed: true, record: { version: 1 } });
    expect(await pointerOf(tableName)).toBe(3);
  });
});
