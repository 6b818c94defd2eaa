import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../../api/app";
import { type HttpServer, listen } from "../../../api/local/http-server";
import { createDynamoClient, createDynamoStore } from "../../../api/store/dynamo";
import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import type { Store } from "../../../api/store/port";
import { startTestDb, type TestDb } from "../support/dynamo";
import { call, expectProblem, snapshot, storeKey } from "../support/http-api";
import { type Fault, type FaultProxy, startFaultProxy } from "./fault-proxy";

/** Short, so the suite is fast; every answer must come within it plus slack for a loaded machine. */
const DEADLINE_MS = 1_500;
const ANSWER_BOUND_MS = DEADLINE_MS + 5_000;

const isHeadPut = (request: string) => /DynamoDB_\d+\.PutItem/.test(request) && request.includes('"type":{"S":"version"}');
const everything = () => true;

const FAULTS: ReadonlyArray<{ fault: Exclude<Fault, "pass">; aim: string; hits: (request: string) => boolean }> = [
  { fault: "refuse", aim: "every request", hits: everything },
  { fault: "blackhole", aim: "every request", hits: everything },
  { fault: "cut", aim: "the version head put", hits: isHeadPut },
  { fault: "drop-answer", aim: "the version head put", hits: isHeadPut },
];

const LAYOUTS = [
  { layout: "inline", risks: 1 },
  { layout: "chunked", risks: 200 },
] as const;

let db: TestDb;
let proxy: FaultProxy;
let client: DynamoDBClient;
let store: Store;
let server: HttpServer;
let admin: string;

beforeAll(async () => {
  db = await startTestDb();
  const { tableName } = await db.table();
  proxy = await startFaultProxy(db.dynalite.port);
  client = createDynamoClient({ endpoint: proxy.endpoint, maxAttempts: 2, requestTimeoutMs: DEADLINE_MS, connectionTimeoutMs: 500 });
  // Small inline limit and chunks, so the chunked case writes several chunks.
  store = createDynamoStore({ client, tableName, deadlineMs: DEADLINE_MS, inlineMaxBytes: 3_000, chunkBytes: 500 });
  server = await listen(createApp({ store, log: () => undefined }), { port: 0, host: "127.0.0.1" });
  admin = await storeKey(store, "org-admin");
});

afterAll(async () => {
  await server?.close();
  client?.destroy();
  await proxy?.close();
  await db?.close();
});

/** A request and how long its answer took. */
async function timed(method: string, path: string, options: Parameters<typeof call>[3] = {}): Promise<{ response: Response; ms: number }> {
  const started = performance.now();
  const response = await call(server.origin, method, path, { key: admin, ...options });
  // The body is part of the answer: wait for all of it.
  const copy = response.clone();
  await copy.arrayBuffer();
  return { response, ms: performance.now() - started };
}

async function versionsOf(path: string): Promise<number[]> {
  const list = await call(server.origin, "GET", `${path}/versions`, { key: admin });
  expect(list.status).toBe(200);
  return ((await list.json()) as { items: Array<{ version: number }> }).items.map((v) => v.version);
}

describe.each(FAULTS)("with the store's connection faulted ($fault on $aim)", ({ fault, hits }) => {
  it.each(LAYOUTS)("a $layout push is answered in time, loses nothing, shows nothing half-written, and a retry gets its version", async ({ layout, risks }) => {
    const workbook = `${fault}-${layout}`;
    const path = `/v1/teams/faults/workbooks/${workbook}`;
    await proxy.set("pass");
    expect((await call(server.origin, "POST", `${path}/versions`, { key: admin, json: snapshot("faults", workbook) })).status).toBe(201);
    const body = snapshot("faults", workbook, risks);

    await proxy.set(fault, hits);
    const push = await timed("POST", `${path}/versions`, { json: body, headers: { "if-match": '"v1"' } });
    expect(push.ms).toBeLessThan(ANSWER_BOUND_MS);
    // A refused connection never reaches the proxy to be counted, and cannot have committed.
    if (fault === "refuse") expect(push.response.status).toBe(503);
    else expect(proxy.hits()).toBeGreaterThan(0);
    if (push.response.status !== 201) {
      expect((await expectProblem(push.response, 503)).type).toBe("/docs#problem-store-unavailable");
      expect(push.response.headers.get("retry-after")).toMatch(/^\d+$/);
    }
    if (hits === everything) {
      // Reads and the report meet the same fault and answer 503 just as quickly.
      for (const target of [`${path}/versions/latest`, "/v1/reports/dual-conformance?format=json"]) {
        const read = await timed("GET", target);
        expect(read.ms).toBeLessThan(ANSWER_BOUND_MS);
        await expectProblem(read.response, 503);
      }
    }

    await proxy.set("pass");
    // Nothing half-visible: version 2 is there whole, or not at all.
    const after = await versionsOf(path);
    expect([[1], [2, 1]]).toContainEqual(after);
    if (after.includes(2)) {
      expect(await (await call(server.origin, "GET", `${path}/versions/2`, { key: admin })).json()).toEqual(body);
    }
    // The client retries the same push: it gets version 2 (made now, or made before and replayed).
    const retry = await call(server.origin, "POST", `${path}/versions`, { key: admin, json: body, headers: { "if-match": '"v1"' } });
    expect(retry.status).toBe(201);
    expect(((await retry.json()) as { version: number }).version).toBe(2);
    expect(await versionsOf(path)).toEqual([2, 1]);
    expect(await (await call(server.origin, "GET", `${path}/versions/2`, { key: admin })).json()).toEqual(body);
    expect((await store.getVersion({ org: "acme", team: "faults", workbook }, 2))?.layout.kind).toBe(layout);
    const report = await call(server.origin, "GET", "/v1/reports/dual-conformance?format=json&teams=faults", { key: admin });
    expect(report.status).toBe(200);
  });
});
