import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { GetItemCommand, QueryCommand, UpdateItemCommand } from "@aws-sdk/client-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sha256Hex } from "../../../api/store/dynamo/chunks";
import { createDynamoStore } from "../../../api/store/dynamo";
import {
  type KeyRecord,
  type NewVersion,
  StoreIntegrityError,
  StoreUnavailableError,
  type WorkbookRef,
} from "../../../api/store/port";
import { clientFailingAtHeadPut, clientLosingHeadPutAnswer, startTestDb, type TestDb } from "../support/dynamo";

const encoder = new TextEncoder();
const ref: WorkbookRef = { org: "acme", team: "claims", workbook: "register" };

function newVersion(baseVersion: number | null, text: string, at = "2025-01-01T00:00:00.000Z", where = ref): NewVersion {
  const body = encoder.encode(text);
  return {
    ref: where,
    baseVersion,
    createdAt: at,
    author: { keyId: "k1", name: "tester" },
    body,
    sha256: sha256Hex(body),
    schemaVersion: 1,
    recordCounts: { risks: 1 },
  };
}

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

describe("DynamoDB store: versions", () => {
  it("commits version 1 without a base, then version 2 on top of it", async () => {
    const { store } = await db.table();
    const first = await store.commitVersion(newVersion(null, '{"schemaVersion":1}'));
    expect(first.status).toBe("committed");
    const second = await store.commitVersion(newVersion(1, '{"schemaVersion":1,"x":2}'));
    expect(second).toMatchObject({ status: "committed", record: { version: 2, baseVersion: 1 } });
    expect((await store.getVersion(ref, "latest"))?.version).toBe(2);
  });

  it("reports a conflict with the current version when the base is stale", async () => {
    const { store } = await db.table();
    await store.commitVersion(newVersion(null, "{}"));
    await store.commitVersion(newVersion(1, "{}"));
    const stale = await store.commitVersion(newVersion(1, '{"other":true}'));
    expect(stale.status).toBe("conflict");
    expect(stale.status === "conflict" && stale.current?.version).toBe(2);
  });

  it("reports a conflict when a base is named for a workbook that has no versions", async () => {
    const { store } = await db.table();
    const outcome = await store.commitVersion(newVersion(3, "{}"));
    expect(outcome).toEqual({ status: "conflict", current: undefined });
    expect(await store.getVersion(ref, "latest")).toBeUndefined();
  });

  it("lets exactly one of many concurrent commits from the same base win", async () => {
    const { store } = await db.table();
    await store.commitVersion(newVersion(null, "{}"));
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, (_, i) => store.commitVersion(newVersion(1, `{"n":${i}}`))),
    );
    expect(outcomes.filter((o) => o.status === "committed")).toHaveLength(1);
    expect(outcomes.filter((o) => o.status === "conflict")).toHaveLength(19);
    expect((await store.getVersion(ref, "latest"))?.version).toBe(2);
  });

  it("finds a version by number, the latest, and the newest as of an instant", async () => {
    const { store } = await db.table();
    await store.commitVersion(newVersion(null, '{"v":1}', "2025-01-01T00:00:00.000Z"));
    await store.commitVersion(newVersion(1, '{"v":2}', "2025-02-01T00:00:00.000Z"));
    await store.commitVersion(newVersion(2, '{"v":3}', "2025-03-01T00:00:00.000Z"));
    expect((await store.getVersion(ref, 2))?.createdAt).toBe("2025-02-01T00:00:00.000Z");
    expect(await store.getVersion(ref, 9)).toBeUndefined();
    expect((await store.getVersion(ref, { asOf: "2025-02-15T00:00:00.000Z" }))?.version).toBe(2);
    expect(await store.getVersion(ref, { asOf: "2024-12-31T00:00:00.000Z" })).toBeUndefined();
    const snap = await store.getSnapshot(ref, "latest");
    expect(new TextDecoder().decode(snap?.body)).toBe('{"v":3}');
  });

  it("lists versions newest first in pages, with no cursor after the last page", async () => {
    const { store } = await db.table();
    await store.commitVersion(newVersion(null, "{}"));
    for (let v = 1; v < 5; v++) await store.commitVersion(newVersion(v, "{}"));
    const first = await store.listVersions(ref, { limit: 2 });
    expect(first.items.map((r) => r.version)).toEqual([5, 4]);
    const second = await store.listVersions(ref, { limit: 2, before: first.next });
    expect(second.items.map((r) => r.version)).toEqual([3, 2]);
    const third = await store.listVersions(ref, { limit: 2, before: second.next });
    expect(third.items.map((r) => r.version)).toEqual([1]);
    expect(third.next).toBeUndefined();
  });
});

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

  it("replays the first version of a workbook pushed twice", async () => {
    const { store } = await db.table();
    await store.commitVersion(newVersion(null, '{"a":1}'));
    expect(await store.commitVersion(newVersion(null, '{"a":1}'))).toMatchObject({ status: "committed", replayed: true, record: { version: 1 } });
    expect(await store.commitVersion(newVersion(null, '{"a":2}'))).toMatchObject({ status: "conflict", current: { version: 1 } });
  });

  it("with an idempotency key, replays only the push that carried that key", async () => {
    const { store } = await db.table();
    await store.commitVersion(newVersion(null, "{}"));
    const keyed = (text: string, idempotencyKey: string): NewVersion => ({ ...newVersion(1, text), idempotencyKey });
    expect(await store.commitVersion(keyed('{"k":1}', "push-a"))).toMatchObject({ status: "committed", record: { version: 2 } });
    expect(await store.commitVersion(keyed('{"k":1}', "push-a"))).toMatchObject({ status: "committed", replayed: true, record: { version: 2 } });
    // Another request (another key) with the same bytes did not make version 2.
    const otherKey = await store.commitVersion(keyed('{"k":1}', "push-b"));
    expect(otherKey).toEqual({ status: "conflict", current: expect.objectContaining({ version: 2 }) });
    // The same key with other bytes is a client mistake, said so.
    expect(await store.commitVersion(keyed('{"k":2}', "push-a"))).toMatchObject({ status: "conflict", idempotencyKeyReused: true });
    // Without a key, the same bytes from the same base are a replay whatever key the head holds.
    expect(await store.commitVersion(newVersion(1, '{"k":1}'))).toMatchObject({ status: "committed", replayed: true });
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

describe("DynamoDB store: workbook index", () => {
  it("lists an org's workbooks across teams, per team, and in pages", async () => {
    const { store } = await db.table();
    const refs = [
      { org: "acme", team: "a", workbook: "w1" },
      { org: "acme", team: "a", workbook: "w2" },
      { org: "acme", team: "b", workbook: "w1" },
      { org: "other", team: "a", workbook: "w1" },
    ];
    for (const r of refs) await store.commitVersion(newVersion(null, "{}", undefined, r));
    await store.commitVersion(newVersion(1, "{}", undefined, refs[0]));
    const all = await store.listWorkbooks("acme", { limit: 10 });
    expect(all.items.map((w) => `${w.team}/${w.workbook}`)).toEqual(["a/w1", "a/w2", "b/w1"]);
    const teamA = await store.listWorkbooks("acme", { limit: 10, team: "a" });
    expect(teamA.items.map((w) => w.workbook)).toEqual(["w1", "w2"]);
    const page1 = await store.listWorkbooks("acme", { limit: 2 });
    expect(page1.next).toEqual({ team: "a", workbook: "w2" });
    const page2 = await store.listWorkbooks("acme", { limit: 2, after: page1.next });
    expect(page2.items.map((w) => `${w.team}/${w.workbook}`)).toEqual(["b/w1"]);
    expect(page2.next).toBeUndefined();
  });
});

describe("DynamoDB store: keys", () => {
  const key = (id: string, org = "acme", createdAt = "2025-01-01T00:00:00.000Z"): KeyRecord => ({
    id,
    org,
    name: `key ${id}`,
    role: "team-editor",
    teams: ["a", "b"],
    hash: sha256Hex(encoder.encode(id)),
    createdAt,
    createdBy: "bootstrap",
    revokedAt: null,
  });

  it("creates a key once, reads it back, and will not overwrite it", async () => {
    const { store } = await db.table();
    expect(await store.createKey(key("k1"))).toBe(true);
    expect(await store.createKey({ ...key("k1"), role: "org-admin" })).toBe(false);
    expect(await store.getKey("k1")).toEqual(key("k1"));
    expect(await store.getKey("nope")).toBeUndefined();
  });

  it("lists an org's keys newest first, in pages, and not another org's", async () => {
    const { store } = await db.table();
    await store.createKey(key("k1", "acme", "2025-01-01T00:00:00.000Z"));
    await store.createKey(key("k2", "acme", "2025-01-02T00:00:00.000Z"));
    await store.createKey(key("k3", "acme", "2025-01-03T00:00:00.000Z"));
    await store.createKey(key("x1", "other", "2025-01-04T00:00:00.000Z"));
    const first = await store.listKeys("acme", { limit: 2 });
    expect(first.items.map((k) => k.id)).toEqual(["k3", "k2"]);
    const second = await store.listKeys("acme", { limit: 2, after: first.next });
    expect(second.items.map((k) => k.id)).toEqual(["k1"]);
    expect(second.next).toBeUndefined();
  });

  it("revokes a key once (idempotent) and only within its own org", async () => {
    const { store } = await db.table();
    await store.createKey(key("k1"));
    expect(await store.revokeKey("other", "k1", "2025-02-01T00:00:00.000Z")).toBeUndefined();
    expect((await store.getKey("k1"))?.revokedAt).toBeNull();
    expect((await store.revokeKey("acme", "k1", "2025-02-01T00:00:00.000Z"))?.revokedAt).toBe("2025-02-01T00:00:00.000Z");
    expect((await store.revokeKey("acme", "k1", "2025-03-01T00:00:00.000Z"))?.revokedAt).toBe("2025-02-01T00:00:00.000Z");
    expect(await store.revokeKey("acme", "missing", "2025-02-01T00:00:00.000Z")).toBeUndefined();
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
