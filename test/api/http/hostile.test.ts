import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, expectProblem, snapshot, startTestApi, type TestApi } from "../support/http-api";

let api: TestApi;
let admin: string;
const push = "/v1/teams/t/workbooks/w/versions";

beforeAll(async () => {
  api = await startTestApi();
  admin = await api.key("org-admin");
});
afterAll(async () => {
  await api.close();
});

const raw = (body: BodyInit, headers: Record<string, string> = { "content-type": "application/json" }) => ({ key: admin, body, headers });

describe("hostile bodies get 4xx problems, never 5xx", () => {
  it.each([
    ["truncated JSON", '{"schemaVersion": 1, "risks": ['],
    ["trailing garbage", '{"schemaVersion":1} x'],
    ["single quotes", "{'schemaVersion': 1}"],
    ["NaN", '{"schemaVersion": NaN}'],
    ["empty body", ""],
    ["only whitespace", "   \n"],
  ])("malformed JSON (%s) → 400", async (_name, body) => {
    const problem = await expectProblem(await call(api.origin, "POST", push, raw(body)), 400);
    expect(problem.type).toBe("/docs#problem-malformed-json");
  });

  it("invalid UTF-8 → 400", async () => {
    const bytes = new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]);
    await expectProblem(await call(api.origin, "POST", push, raw(bytes)), 400);
  });

  it("a byte order mark → 400 saying so", async () => {
    const problem = await expectProblem(await call(api.origin, "POST", push, raw(`\uFEFF${JSON.stringify(snapshot("t", "w"))}`)), 400);
    expect(String(problem.detail)).toContain("byte order mark");
  });

  it.each([
    ["text/plain", "text/plain"],
    ["form data", "application/x-www-form-urlencoded"],
    ["json with latin-1 charset", "application/json; charset=iso-8859-1"],
    ["xml", "application/xml"],
  ])("wrong media type (%s) → 415", async (_name, type) => {
    const problem = await expectProblem(await call(api.origin, "POST", push, raw(JSON.stringify(snapshot("t", "w")), { "content-type": type })), 415);
    expect(problem.type).toBe("/docs#problem-unsupported-media-type");
  });

  it("no content type at all → 415", async () => {
    const response = await call(api.origin, "POST", push, { key: admin, body: new Blob([JSON.stringify(snapshot("t", "w"))]) });
    await expectProblem(response, 415);
  });

  it("accepts application/json with charset=utf-8", async () => {
    const response = await call(api.origin, "POST", "/v1/teams/t/workbooks/charset/versions", raw(JSON.stringify(snapshot("t", "charset")), { "content-type": "application/json; charset=UTF-8" }));
    expect(response.status).toBe(201);
  });

  it("a body over the default 10 MB limit → 413", async () => {
    const big = `{"schemaVersion":1,"pad":"${"x".repeat(10 * 1024 * 1024)}"}`;
    const problem = await expectProblem(await call(api.origin, "POST", push, raw(big)), 413);
    expect(problem.limit).toBe(10 * 1024 * 1024);
  });

  it("a chunked body with no Content-Length that grows past the limit → 413", async () => {
    const limited = await startTestApi({ db: api.db, app: { limits: { maxBodyBytes: 64 * 1024 } } });
    try {
      const key = await limited.key("org-admin");
      const url = new URL(`${limited.origin}${push}`);
      const status = await new Promise<{ status: number; type: string }>((resolve, reject) => {
        const req = httpRequest(
          { host: url.hostname, port: url.port, path: url.pathname, method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": "application/json", "transfer-encoding": "chunked" } },
          (res) => {
            res.resume();
            resolve({ status: res.statusCode ?? 0, type: String(res.headers["content-type"]) });
          },
        );
        req.on("error", reject);
        req.write('{"schemaVersion":1,"pad":"');
        for (let i = 0; i < 20; i++) req.write("y".repeat(8 * 1024));
        req.end('"}');
      });
      expect(status.status).toBe(413);
      expect(status.type).toContain("application/problem+json");
    } finally {
      await limited.close();
    }
  });

  it("deeply nested arrays (100,000 levels) → 400 without parsing", async () => {
    const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    const problem = await expectProblem(await call(api.origin, "POST", push, raw(deep)), 400);
    expect(problem.type).toBe("/docs#problem-nesting-too-deep");
  });

  it("deep nesting hidden inside a valid snapshot → 400", async () => {
    const deep = `{"schemaVersion":1,"x":${'{"a":'.repeat(65)}1${"}".repeat(65)}}`;
    await expectProblem(await call(api.origin, "POST", push, raw(deep)), 400);
  });

  it("brackets inside strings do not count as nesting", async () => {
    const body = JSON.stringify(snapshot("t", "strings", 0, { risks: [{ id: "R-1", title: "[".repeat(500) + '\\"{'.repeat(200) }] }));
    expect((await call(api.origin, "POST", "/v1/teams/t/workbooks/strings/versions", raw(body))).status).toBe(201);
  });

  it.each([
    ["top level", '{"schemaVersion":1,"__proto__":{"admin":true}}', "/__proto__"],
    ["in a record", '{"schemaVersion":1,"risks":[{"id":"R","__proto__":{"x":1}}]}', "/risks/0/__proto__"],
  ])("a __proto__ key (%s) → 400 pointing at it", async (_name, body, pointer) => {
    const problem = await expectProblem(await call(api.origin, "POST", push, raw(body)), 400);
    expect(problem.type).toBe("/docs#problem-forbidden-property");
    expect(problem.errors).toEqual([expect.objectContaining({ in: "body", pointer })]);
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });

  it("a __proto__ key in a key-creation body → 400", async () => {
    await expectProblem(await call(api.origin, "POST", "/v1/keys", raw('{"name":"x","role":"org-reader","__proto__":{"role":"org-admin"}}')), 400);
  });

  it("unknown fields and wrong types in a key-creation body → 422 with pointers", async () => {
    const problem = await expectProblem(
      await call(api.origin, "POST", "/v1/keys", { key: admin, json: { name: 5, role: "root", teams: "alpha", extra: true } }),
      422,
    );
    const pointers = (problem.errors as Array<{ pointer: string }>).map((e) => e.pointer);
    expect(pointers).toEqual(expect.arrayContaining(["/name", "/role", "/teams"]));
  });

  it("a snapshot that is not an object → 422", async () => {
    await expectProblem(await call(api.origin, "POST", push, raw("[1,2,3]")), 422);
    await expectProblem(await call(api.origin, "POST", push, raw('"hello"')), 422);
    await expectProblem(await call(api.origin, "POST", push, raw("null")), 422);
  });
});

describe("hostile URLs and headers get 4xx problems", () => {
  it.each([
    ["upper case team", "/v1/teams/Alpha/workbooks/w/versions", "team"],
    ["team too long", `/v1/teams/${"a".repeat(65)}/workbooks/w/versions`, "team"],
    ["encoded slash", "/v1/teams/a%2Fb/workbooks/w/versions", "team"],
    ["hash in workbook", "/v1/teams/a/workbooks/w%23x/versions", "workbook"],
    ["non-ASCII", "/v1/teams/%C3%A9quipe/workbooks/w/versions", "team"],
    ["leading dot", "/v1/teams/.hidden/workbooks/w/versions", "team"],
  ])("an invalid id (%s) → 400 naming the segment", async (_name, path, field) => {
    const problem = await expectProblem(await call(api.origin, "GET", path, { key: admin }), 400);
    expect(problem.errors).toEqual(expect.arrayContaining([expect.objectContaining({ in: "path", pointer: field })]));
  });

  it.each(["0", "-1", "abc", "1.5", "99999999999", "01"])("an invalid version %s → 400", async (version) => {
    await expectProblem(await call(api.origin, "GET", `/v1/teams/t/workbooks/w/versions/${version}`, { key: admin }), 400);
  });

  it.each(['"v1", "v2"', "W/\"v1\"", "*", "latest", '"v0"'])("an unusable If-Match %s → 400", async (value) => {
    const response = await call(api.origin, "POST", push, { key: admin, json: snapshot("t", "w"), headers: { "if-match": value } });
    await expectProblem(response, 400);
  });

  it.each(["limit=0", "limit=101", "limit=ten", "cursor=not-a-cursor", "cursor=eyJ4IjoxfQ"])("a bad list query (%s) → 400", async (query) => {
    await expectProblem(await call(api.origin, "GET", `/v1/workbooks?${query}`, { key: admin }), 400);
  });

  it("a bad diff query → 400", async () => {
    await expectProblem(await call(api.origin, "GET", "/v1/teams/t/workbooks/w/diff", { key: admin }), 400);
    await expectProblem(await call(api.origin, "GET", "/v1/teams/t/workbooks/w/diff?from=x", { key: admin }), 400);
  });

  it("a bad asOf → 400", async () => {
    await expectProblem(await call(api.origin, "GET", "/v1/teams/t/workbooks/w/versions/latest?asOf=yesterday", { key: admin }), 400);
    await expectProblem(await call(api.origin, "GET", "/v1/teams/t/workbooks/w/versions/1?asOf=2025-01-01T00:00:00Z", { key: admin }), 400);
  });

  it("a bad key id → 400", async () => {
    await expectProblem(await call(api.origin, "DELETE", "/v1/keys/NOT_AN_ID", { key: admin }), 400);
  });

  it.each([
    ["no Authorization", {}],
    ["Basic auth", { authorization: "Basic YWxhZGRpbjpvcGVuc2VzYW1l" }],
    ["empty bearer", { authorization: "Bearer " }],
    ["unknown key", { authorization: "Bearer cwk_aaaaaaaaaaaaaaaa_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" }],
    ["overlong key", { authorization: `Bearer ${"k".repeat(5000)}` }],
    ["junk characters", { authorization: "Bearer ../../etc/passwd" }],
  ])("%s → 401 with a Bearer challenge", async (_name, headers) => {
    const response = await call(api.origin, "GET", "/v1/me", { headers: headers as Record<string, string> });
    expect(response.headers.get("www-authenticate")).toContain("Bearer");
    await expectProblem(response, 401);
  });

  it("an unknown route → 404 problem, also without a key outside /v1", async () => {
    await expectProblem(await call(api.origin, "GET", "/v1/nothing/here", { key: admin }), 404);
    await expectProblem(await call(api.origin, "GET", "/wp-admin"), 404);
  });

  it("a wrong method → 405 problem with Allow", async () => {
    const response = await call(api.origin, "PUT", push, { key: admin, json: snapshot("t", "w") });
    expect(response.headers.get("allow")).toBe("GET, POST");
    await expectProblem(response, 405);
    await expectProblem(await call(api.origin, "PATCH", "/v1/keys", { key: admin }), 405);
  });
});
