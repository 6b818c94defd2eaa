import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { QueryCommand } from "@aws-sdk/client-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../../api/app";
import { listen } from "../../../api/local/http-server";
import { createDynamoStore } from "../../../api/store/dynamo";
import { largeSnapshot } from "../fixtures/large-snapshot";
import { clientFailingAtHeadPut, startTestDb, type TestDb } from "../support/dynamo";
import { call, expectProblem, snapshot, startTestApi, storeKey, type TestApi } from "../support/http-api";

describe("with the store stopped", () => {
  let dir: string;
  let db: TestDb;
  let api: TestApi;
  let admin: string;
  const path = "/v1/teams/ops/workbooks/register";

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "crosswalk-outage-"));
    // Data on disk, so stopping and restarting the server keeps it, as a real outage would.
    db = await startTestDb({ path: dir, maxAttempts: 2 });
    api = await startTestApi({ db });
    admin = await api.key("org-admin");
    expect((await call(api.origin, "POST", `${path}/versions`, { key: admin, json: snapshot("ops", "register") })).status).toBe(201);
  });
  afterAll(async () => {
    await api.close();
    await db.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("answers writes and reads with 503 problems and Retry-After, then recovers with nothing half-written", async () => {
    await db.dynalite.stop();

    const pushSmall = await call(api.origin, "POST", `${path}/versions`, { key: admin, json: snapshot("ops", "register", 2), headers: { "if-match": '"v1"' } });
    expect(pushSmall.headers.get("retry-after")).toBe("5");
    expect((await expectProblem(pushSmall, 503)).type).toBe("/docs#problem-store-unavailable");
    await expectProblem(
      await call(api.origin, "POST", `${path}/versions`, { key: admin, json: largeSnapshot(800, "ops", "register"), headers: { "if-match": '"v1"' } }),
      503,
    );
    await expectProblem(await call(api.origin, "POST", "/v1/keys", { key: admin, json: { name: "k", role: "org-reader" } }), 503);
    await expectProblem(await call(api.origin, "GET", `${path}/versions/latest`, { key: admin }), 503);
    // Even authentication needs the store: 503, not a misleading 401.
    await expectProblem(await call(api.origin, "GET", "/v1/me", { key: admin }), 503);
    // What needs no store still answers.
    expect((await call(api.origin, "GET", "/v1/health")).status).toBe(200);

    await db.dynalite.start();

    const list = await call(api.origin, "GET", `${path}/versions`, { key: admin });
    expect(((await list.json()) as { items: Array<{ version: number }> }).items.map((v) => v.version)).toEqual([1]);
    const keys = await call(api.origin, "GET", "/v1/keys", { key: admin });
    expect(((await keys.json()) as { items: unknown[] }).items).toHaveLength(1);
    const retry = await call(api.origin, "POST", `${path}/versions`, { key: admin, json: snapshot("ops", "register", 2), headers: { "if-match": '"v1"' } });
    expect(retry.status).toBe(201);
    expect(((await retry.json()) as { version: number }).version).toBe(2);
  });
});

describe("when the store fails between the chunks and the head", () => {
  it("answers 503, shows no new version, leaves only TTL-marked chunks, and the next push takes the number", async () => {
    const db = await startTestDb();
    const { tableName } = await db.table();
    const healthy = createDynamoStore({ client: db.client, tableName });
    const faulty = clientFailingAtHeadPut(db.dynalite.endpoint);
    const faultyStore = createDynamoStore({ client: faulty, tableName, uploadId: () => "cut-upload" });
    const faultyServer = await listen(createApp({ store: faultyStore, log: () => undefined }), { port: 0, host: "127.0.0.1" });
    const healthyServer = await listen(createApp({ store: healthy, log: () => undefined }), { port: 0, host: "127.0.0.1" });
    try {
      const key = await storeKey(healthy, "org-admin");
      const path = "/v1/teams/ops/workbooks/cut";
      expect((await call(healthyServer.origin, "POST", `${path}/versions`, { key, json: snapshot("ops", "cut") })).status).toBe(201);

      const big = largeSnapshot(1500, "ops", "cut");
      const cut = await call(faultyServer.origin, "POST", `${path}/versions`, { key, json: big, headers: { "if-match": '"v1"' } });
      await expectProblem(cut, 503);

      expect((await healthy.getVersion({ org: "acme", team: "ops", workbook: "cut" }, "latest"))?.version).toBe(1);
      const chunks = await db.client.send(
        new QueryCommand({
          TableName: tableName,
          KeyConditionExpression: "pk = :pk",
          ExpressionAttributeValues: { ":pk": { S: "UP#cut-upload" } },
        }),
      );
      expect(chunks.Items?.length).toBeGreaterThan(0);
      expect(chunks.Items?.every((item) => item.expiresAt?.N !== undefined)).toBe(true);

      const ok = await call(healthyServer.origin, "POST", `${path}/versions`, { key, json: big, headers: { "if-match": '"v1"' } });
      expect(ok.status).toBe(201);
      expect(((await ok.json()) as { version: number }).version).toBe(2);
    } finally {
      await faultyServer.close();
      await healthyServer.close();
      faulty.destroy();
      await db.close();
    }
  });
});
