import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { gunzipSync } from "node:zlib";
import * as XLSX from "@e965/xlsx";
import { QueryCommand } from "@aws-sdk/client-dynamodb";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { lambdaConfig } from "../../api/lambda-config";
import { LAMBDA_MAX_RESULT_BYTES } from "../../api/lambda-response";
import { AWS_MAX_BODY_BYTES } from "../../infra/stack";
import { startTestDb, type TestDb } from "./support/dynamo";
import { snapshot } from "./support/http-api";

type Event = Record<string, unknown> & {
  headers: Record<string, string>;
  requestContext: { http: { method: string; path: string } } & Record<string, unknown>;
};
type Result = { statusCode: number; headers?: Record<string, string>; body: string; isBase64Encoded: boolean };

const fixtures = join(import.meta.dirname, "fixtures", "lambda");
const template = (name: string): Event => JSON.parse(readFileSync(join(fixtures, name), "utf8")) as Event;

function event(
  kind: "http-api-v2.json" | "function-url.json",
  method: string,
  path: string,
  options: { query?: string; headers?: Record<string, string>; body?: string; base64?: boolean } = {},
): Event {
  const e = template(kind);
  e.rawPath = path;
  e.rawQueryString = options.query ?? "";
  e.queryStringParameters = options.query ? Object.fromEntries(new URLSearchParams(options.query)) : undefined;
  e.requestContext.http.method = method;
  e.requestContext.http.path = path;
  e.headers = { ...e.headers, ...options.headers };
  if (options.body !== undefined) {
    e.body = options.base64 ? Buffer.from(options.body).toString("base64") : options.body;
    e.isBase64Encoded = options.base64 ?? false;
    e.headers["content-length"] = String(Buffer.byteLength(options.body));
  }
  return e;
}


interface Streamed {
  readonly metadata: { statusCode: number; headers: Record<string, string> };
  readonly body: Buffer;
}

/**
 * The response-streaming entry under a stand-in for the `awslambda` global Lambda's Node runtime
 * provides (streamifyResponse, HttpResponseStream.from), collecting what it writes.
 */
async function streamingEntry(): Promise<{ stream: (e: Event) => Promise<Streamed>; restore: () => void }> {
  const global = globalThis as { awslambda?: unknown };
  const before = global.awslambda;
  const restore = () => {
    if (before === undefined) delete global.awslambda;
    else global.awslambda = before;
  };
  global.awslambda = {
    streamifyResponse: (fn: unknown) => fn,
    HttpResponseStream: { from: (stream: PassThrough & { metadata?: unknown }, metadata: unknown) => Object.assign(stream, { metadata }) },
  };
  vi.resetModules();
  const { streamHandler } = await import("../../api/lambda");
  if (!streamHandler) {
    restore();
    throw new Error("no streaming entry although awslambda is defined");
  }
  {
    const entry = streamHandler as unknown as (e: Event, stream: PassThrough, context: unknown) => Promise<void>;
    const stream = async (e: Event): Promise<Streamed> => {
      const stream = new PassThrough() as PassThrough & { metadata?: Streamed["metadata"] };
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      const ended = new Promise((resolve) => stream.on("end", resolve));
      await entry(e, stream, {});
      await ended;
      if (!stream.metadata) throw new Error("no response metadata written");
      return { metadata: stream.metadata, body: Buffer.concat(chunks) };
    };
    return { stream, restore };
  }
}

const ADMIN_KEY = "lambda-bootstrap-admin-key-0123456789";
let db: TestDb;
let invoke: (e: Event) => Promise<Result>;
const saved = { ...process.env };

beforeAll(async () => {
  db = await startTestDb();
  const { tableName } = await db.table();
  Object.assign(process.env, {
    CROSSWALK_TABLE: tableName,
    CROSSWALK_DYNAMODB_ENDPOINT: db.dynalite.endpoint,
    CROSSWALK_ADMIN_KEY: ADMIN_KEY,
    CROSSWALK_ORG: "lambda-org",
    AWS_REGION: "eu-west-1",
  });
  vi.resetModules();
  const { handler } = await import("../../api/lambda");
  invoke = (e) => handler(e as never) as Promise<Result>;
});
afterAll(async () => {
  process.env = saved;
  await db.close();
});

const auth = { authorization: `Bearer ${ADMIN_KEY}` };

describe("the Lambda entry", () => {
  for (const kind of ["http-api-v2.json", "function-url.json"] as const) {
    describe(kind, () => {
      const team = `t-${kind.startsWith("http") ? "api" : "url"}`;
      const wb = `/v1/teams/${team}/workbooks/w/versions`;
      const first = JSON.stringify(snapshot(team, "w", 1));
      const second = JSON.stringify(snapshot(team, "w", 2));

      it("authenticates with the bootstrap admin key it created on first use", async () => {
        const result = await invoke(event(kind, "GET", "/v1/me", { headers: auth }));
        expect(result.statusCode).toBe(200);
        expect(JSON.parse(result.body)).toMatchObject({ org: "lambda-org", role: "org-admin" });
      });

      it("pushes a snapshot and returns 201 with ETag and Location", async () => {
        const result = await invoke(
          event(kind, "POST", wb, { headers: { ...auth, "content-type": "application/json" }, body: first }),
        );
        expect(result.statusCode).toBe(201);
        expect(result.headers?.etag).toBe('"v1"');
        expect(result.headers?.location).toBe(`${wb}/1`);
      });

      it("accepts a base64-encoded body, as function URLs send binary-typed payloads", async () => {
        const result = await invoke(
          event(kind, "POST", wb, {
            headers: { ...auth, "content-type": "application/json", "if-match": '"v1"' },
            body: second,
            base64: true,
          }),
        );
        expect(result.statusCode).toBe(201);
        expect(JSON.parse(result.body)).toMatchObject({ version: 2, recordCounts: { risks: 2 } });
      });

      it("returns the snapshot as stored, and 304 for a current ETag", async () => {
        const latest = await invoke(event(kind, "GET", `${wb}/latest`, { headers: auth }));
        expect(latest.statusCode).toBe(200);
        const body = latest.isBase64Encoded ? Buffer.from(latest.body, "base64").toString() : latest.body;
        expect(body).toBe(second);
        const cached = await invoke(event(kind, "GET", `${wb}/latest`, { headers: { ...auth, "if-none-match": '"v2"' } }));
        expect(cached.statusCode).toBe(304);
      });

      it("reads the query string", async () => {
        const result = await invoke(event(kind, "GET", wb, { headers: auth, query: "limit=1" }));
        expect(result.statusCode).toBe(200);
        const list = JSON.parse(result.body) as { items: unknown[]; nextCursor: string | null };
        expect(list.items).toHaveLength(1);
        expect(list.nextCursor).not.toBeNull();
      });

      it("serves the consolidated report: gzipped when asked, XLSX base64-encoded", async () => {
        const json = await invoke(event(kind, "GET", "/v1/reports/dual-conformance", { headers: auth, query: `teams=${team}` }));
        expect(json.statusCode).toBe(200);
        // The function-URL fixture sends `accept-encoding: gzip, deflate, br`; the HTTP API one sends none.
        const gzipped = kind === "function-url.json";
        expect(json.headers?.["content-encoding"]).toBe(gzipped ? "gzip" : undefined);
        expect(json.isBase64Encoded).toBe(gzipped);
        const text = gzipped ? gunzipSync(Buffer.from(json.body, "base64")).toString("utf8") : json.body;
        expect(JSON.parse(text)).toMatchObject({ kind: "dual-conformance", org: { id: "lambda-org" }, teams: [{ team, version: 2 }] });
        const xlsx = await invoke(event(kind, "GET", "/v1/reports/dual-conformance", { headers: auth, query: `format=xlsx&teams=${team}` }));
        expect(xlsx.statusCode).toBe(200);
        expect(xlsx.isBase64Encoded).toBe(true);
        expect(xlsx.headers?.["content-disposition"]).toMatch(/^attachment; filename="dual-conformance-lambda-org-\d{4}-\d{2}-\d{2}\.xlsx"$/);
        expect(XLSX.read(Buffer.from(xlsx.body, "base64")).SheetNames).toContain("Teams");
      });

      it("routes a path with a doubled slash, as a base URL ending in / gives", async () => {
        const result = await invoke(event(kind, "GET", "//v1/me", { headers: auth }));
        expect(result.statusCode).toBe(200);
        expect(JSON.parse(result.body)).toMatchObject({ org: "lambda-org" });
      });

      it("answers errors as problem+json", async () => {
        const result = await invoke(event(kind, "GET", "/v1/me", {}));
        expect(result.statusCode).toBe(401);
        expect(result.headers?.["content-type"]).toBe("application/problem+json");
        const malformed = await invoke(event(kind, "POST", wb, { headers: { ...auth, "content-type": "application/json", "if-match": '"v2"' }, body: "{" }));
        expect(malformed.statusCode).toBe(400);
      });

      it("answers a CORS preflight from the task pane", async () => {
        const result = await invoke(
          event(kind, "OPTIONS", wb, {
            headers: { origin: "https://d111111abcdef8.cloudfront.net", "access-control-request-method": "POST" },
          }),
        );
        expect(result.statusCode).toBe(204);
        expect(result.headers?.["access-control-allow-origin"]).toBe("*");
      });
    });
  }

  describe("a version larger than a function URL can return", () => {
    const wb = "/v1/teams/t-big/workbooks/w/versions";
    // Within the deployed body limit, but quotes count twice once escaped into the result's JSON.
    const text = '"no", '.repeat(5_000);
    const big = JSON.stringify(snapshot("t-big", "w", 1, { risks: Array.from({ length: 120 }, (_, i) => ({ id: `R-${i + 1}`, title: `Risk ${i + 1}`, description: text })) }));

    beforeAll(async () => {
      expect(Buffer.byteLength(big)).toBeLessThan(AWS_MAX_BODY_BYTES);
      expect(Buffer.byteLength(JSON.stringify(big))).toBeGreaterThan(LAMBDA_MAX_RESULT_BYTES);
      const pushed = await invoke(event("function-url.json", "POST", wb, { headers: { ...auth, "content-type": "application/json" }, body: big }));
      expect(pushed.statusCode).toBe(201);
    });

    it("is answered gzipped when the client accepts gzip", async () => {
      const result = await invoke(event("function-url.json", "GET", `${wb}/latest`, { headers: auth }));
      expect(result.statusCode).toBe(200);
      expect(result.headers?.["content-encoding"]).toBe("gzip");
      expect(result.isBase64Encoded).toBe(true);
      expect(Buffer.byteLength(JSON.stringify(result))).toBeLessThanOrEqual(LAMBDA_MAX_RESULT_BYTES);
      expect(gunzipSync(Buffer.from(result.body, "base64")).toString("utf8")).toBe(big);
    });

    it("is streamed whole by the response-streaming entry, without gzip, and so is the report", async () => {
      const { stream, restore } = await streamingEntry();
      try {
        const version = await stream(event("function-url.json", "GET", `${wb}/latest`, { headers: { ...auth, "accept-encoding": "identity" } }));
        expect(version.metadata.statusCode).toBe(200);
        expect(version.metadata.headers["content-encoding"]).toBeUndefined();
        expect(version.body.toString("utf8")).toBe(big);
        expect(Buffer.byteLength(JSON.stringify(big))).toBeGreaterThan(LAMBDA_MAX_RESULT_BYTES);

        const report = await stream(event("function-url.json", "GET", "/v1/reports/dual-conformance", { headers: { ...auth, "accept-encoding": "identity" } }));
        expect(report.metadata.statusCode).toBe(200);
        expect(report.metadata.headers["access-control-allow-origin"]).toBe("*");
        expect((JSON.parse(report.body.toString("utf8")) as { teams: { team: string }[] }).teams.map((t) => t.team)).toContain("t-big");
      } finally {
        restore();
      }
    });

    it("gets a readable problem+json with CORS headers, not AWS's own 502, when gzip is refused", async () => {
      const result = await invoke(event("function-url.json", "GET", `${wb}/latest`, { headers: { ...auth, "accept-encoding": "identity" } }));
      expect(result.statusCode).toBe(422);
      expect(result.headers?.["content-type"]).toBe("application/problem+json");
      expect(result.headers?.["access-control-allow-origin"]).toBe("*");
      expect(result.isBase64Encoded).toBe(false);
      const body = JSON.parse(result.body) as Record<string, unknown>;
      expect(body).toMatchObject({ type: "/docs#problem-response-too-large", status: 422, limit: LAMBDA_MAX_RESULT_BYTES, instance: `${wb}/latest` });
      expect(body.size).toBeGreaterThan(LAMBDA_MAX_RESULT_BYTES);
      expect(body.detail).toMatch(/Accept-Encoding: gzip/);
    });
  });

  it("with a release, rebuilds and stores the org's report after a push before the streamed invocation ends", async () => {
    process.env.CROSSWALK_RELEASE = "lambda-test-release";
    const { stream, restore } = await streamingEntry();
    const storedReports = async () => {
      const found = await db.client.send(
        new QueryCommand({ TableName: process.env.CROSSWALK_TABLE, KeyConditionExpression: "pk = :pk", ExpressionAttributeValues: { ":pk": { S: "RPT#lambda-org" } } }),
      );
      return (found.Items ?? []).filter((item) => item.type?.S === "report").length;
    };
    try {
      const before = await storedReports();
      const pushed = await stream(
        event("function-url.json", "POST", "/v1/teams/t-release/workbooks/w/versions", { headers: { ...auth, "content-type": "application/json" }, body: JSON.stringify(snapshot("t-release", "w", 2)) }),
      );
      expect(pushed.metadata.statusCode).toBe(201);
      // The invocation returned: the rebuild it started after answering is done, not frozen half-way.
      expect(await storedReports()).toBe(before + 1);
    } finally {
      delete process.env.CROSSWALK_RELEASE;
      restore();
    }
  });

  it("stores the org's report of the day from the daily schedule's entry, and refuses without a release", async () => {
    const storedReports = async () => {
      const found = await db.client.send(
        new QueryCommand({ TableName: process.env.CROSSWALK_TABLE, KeyConditionExpression: "pk = :pk", ExpressionAttributeValues: { ":pk": { S: "RPT#lambda-org" } } }),
      );
      return (found.Items ?? []).filter((item) => item.type?.S === "report").length;
    };
    vi.resetModules();
    const { refreshHandler } = await import("../../api/lambda");
    await expect(refreshHandler()).rejects.toThrow(/CROSSWALK_RELEASE/);
    process.env.CROSSWALK_RELEASE = "lambda-daily-release";
    try {
      const before = await storedReports();
      expect(await refreshHandler()).toEqual({ org: "lambda-org", asOf: new Date().toISOString().slice(0, 10) });
      expect(await storedReports()).toBe(before + 1);
    } finally {
      delete process.env.CROSSWALK_RELEASE;
    }
  });

  it("refuses to serve when the configured org differs from the one the table records", async () => {
    const org = process.env.CROSSWALK_ORG;
    process.env.CROSSWALK_ORG = "another-org";
    vi.resetModules();
    const { handler } = await import("../../api/lambda");
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      for (const path of ["/v1/health", "/v1/me"]) {
        const result = (await handler(event("function-url.json", "GET", path, { headers: auth }) as never)) as Result;
        expect(result.statusCode).toBe(500);
        expect(result.headers?.["content-type"]).toBe("application/problem+json");
        expect(result.body).not.toContain("lambda-org");
      }
      const logged = errors.mock.calls.map((call) => String(call[0]));
      expect(logged.some((line) => line.includes('belongs to org \\"lambda-org\\"') && line.includes("another-org"))).toBe(true);
    } finally {
      errors.mockRestore();
      process.env.CROSSWALK_ORG = org;
    }
  });

  it("answers a 500 problem, not a crash, when it is not configured", async () => {
    const table = process.env.CROSSWALK_TABLE;
    delete process.env.CROSSWALK_TABLE;
    vi.resetModules();
    const { handler } = await import("../../api/lambda");
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const result = (await handler(event("function-url.json", "GET", "/v1/health") as never)) as Result;
      expect(result.statusCode).toBe(500);
      expect(result.headers?.["content-type"]).toBe("application/problem+json");
      expect(errors).toHaveBeenCalled();
    } finally {
      errors.mockRestore();
      process.env.CROSSWALK_TABLE = table;
    }
  });
});

describe("lambdaConfig", () => {
  const org = (resource: string, field: string) => (resource === "CrosswalkOrg" && field === "value" ? "acme" : undefined);
  const none = () => undefined;

  it("prefers environment variables and falls back to SST links", () => {
    const linked = (resource: string, field: string) => `${resource}.${field}`;
    expect(lambdaConfig({ CROSSWALK_TABLE: "t" }, linked)).toMatchObject({ tableName: "t", adminKey: "CrosswalkAdminKey.value", org: "CrosswalkOrg.value" });
    expect(lambdaConfig({ CROSSWALK_TABLE: "t", CROSSWALK_ADMIN_KEY: "k", CROSSWALK_ORG: "o" }, linked)).toMatchObject({ adminKey: "k", org: "o" });
    expect(lambdaConfig({ CROSSWALK_TABLE: "t" }, linked).maxResponseBytes).toBeLessThan(6 * 1024 * 1024 * 0.75);
    expect(lambdaConfig({ CROSSWALK_TABLE: "t", CROSSWALK_MAX_RESPONSE_BYTES: "1000" }, linked).maxResponseBytes).toBe(1000);
    expect(() => lambdaConfig({ CROSSWALK_TABLE: "t", CROSSWALK_MAX_RESPONSE_BYTES: "lots" }, linked)).toThrow(/CROSSWALK_MAX_RESPONSE_BYTES/);
    expect(lambdaConfig({ CROSSWALK_TABLE: "t" }, linked).storeDeadlineMs).toBeUndefined();
    expect(lambdaConfig({ CROSSWALK_TABLE: "t", CROSSWALK_STORE_DEADLINE_MS: "15000" }, linked).storeDeadlineMs).toBe(15_000);
    expect(() => lambdaConfig({ CROSSWALK_TABLE: "t", CROSSWALK_STORE_DEADLINE_MS: "forever" }, linked)).toThrow(/CROSSWALK_STORE_DEADLINE_MS/);
  });

  it("refuses to start without an org rather than inventing one", () => {
    expect(() => lambdaConfig({ CROSSWALK_TABLE: "t" }, none)).toThrow(/CrosswalkOrg/);
  });

  it("parses CORS origins and the body limit", () => {
    expect(lambdaConfig({ CROSSWALK_TABLE: "t", CROSSWALK_CORS_ORIGINS: "https://a.example, https://b.example" }, org).corsOrigins).toEqual([
      "https://a.example",
      "https://b.example",
    ]);
    expect(lambdaConfig({ CROSSWALK_TABLE: "t" }, org).corsOrigins).toBe("*");
    expect(lambdaConfig({ CROSSWALK_TABLE: "t", CROSSWALK_MAX_BODY_BYTES: "1000" }, org).maxBodyBytes).toBe(1000);
    expect(() => lambdaConfig({ CROSSWALK_TABLE: "t", CROSSWALK_MAX_BODY_BYTES: "lots" }, org)).toThrow();
  });

  it("refuses to start without a table", () => {
    expect(() => lambdaConfig({}, none)).toThrow(/CROSSWALK_TABLE/);
  });
});
