import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LocalServer, startLocal } from "../../../api/local/server";
import { ApiClient, ApiError, type FetchLike } from "../../../shared/api/client";
import { demoSnapshots } from "../../../shared/demo/demo-snapshots";
import { parseSnapshot } from "../../../shared/model/parse-snapshot";

/** A fetch that answers from a table of handlers, recording what was asked. */
function stubFetch(handler: (url: string, init: RequestInit | undefined) => Response | Promise<Response>) {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  const fetch: FetchLike = async (url, init) => {
    calls.push({ url, init });
    return handler(url, init);
  };
  return { fetch, calls };
}

const problem = (status: number, body: object) => new Response(JSON.stringify({ status, ...body }), { status, headers: { "content-type": "application/problem+json" } });

describe("the API client against a stub", () => {
  it("sends the key as a bearer token and the base version as If-Match", async () => {
    const { fetch, calls } = stubFetch(() => problem(409, { type: "version-conflict", title: "version conflict", detail: "version 4 is newer than 3", currentVersion: 4, current: null }));
    const client = new ApiClient({ baseUrl: "https://api.example.org/", key: " cwk_x " }, fetch);
    const snapshot = parseSnapshot(demoSnapshots()[0]);
    if (!snapshot.success) throw new Error("demo");
    const error = await client.push("credit-risk", "ai-conformance", snapshot.snapshot, '"v3"').catch((e: unknown) => e);
    expect(calls[0]?.url).toBe("https://api.example.org/v1/teams/credit-risk/workbooks/ai-conformance/versions");
    const headers = calls[0]?.init?.headers as Record<string, string>;
    expect(headers.authorization).toBe("Bearer cwk_x");
    expect(headers["if-match"]).toBe('"v3"');
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(409);
    expect((error as ApiError).problem?.currentVersion).toBe(4);
    expect((error as ApiError).message).toBe("Version conflict: version 4 is newer than 3");
  });

  it("sends an Idempotency-Key only when the push is given one", async () => {
    const { fetch, calls } = stubFetch(() => problem(503, { title: "Storage unavailable" }));
    const client = new ApiClient({ baseUrl: "http://x", key: "k" }, fetch);
    const snapshot = parseSnapshot(demoSnapshots()[0]);
    if (!snapshot.success) throw new Error("demo");
    await client.push("credit-risk", "ai-conformance", snapshot.snapshot, '"v3"', "push-7f3a").catch(() => undefined);
    await client.push("credit-risk", "ai-conformance", snapshot.snapshot, '"v3"').catch(() => undefined);
    const sent = calls.map((call) => (call.init?.headers as Record<string, string>)["idempotency-key"]);
    expect(sent).toEqual(["push-7f3a", undefined]);
  });

  it("turns problem+json into a readable message with the bad fields", async () => {
    const { fetch } = stubFetch(() => problem(422, { title: "invalid body", errors: [{ in: "body", pointer: "/risks/0/id", message: "id must not be empty" }] }));
    const error = (await new ApiClient({ baseUrl: "http://x", key: "k" }, fetch).me().catch((e: unknown) => e)) as ApiError;
    expect(error.message).toBe("Invalid body — /risks/0/id: id must not be empty");
    expect(error.offline).toBe(false);
  });

  it("says the API cannot be reached, and marks that and a 503 as worth retrying", async () => {
    const down = new ApiClient({ baseUrl: "http://127.0.0.1:9", key: "k" }, () => Promise.reject(new TypeError("Failed to fetch")));
    const error = (await down.me().catch((e: unknown) => e)) as ApiError;
    expect(error.message).toContain("Cannot reach the API at http://127.0.0.1:9 (Failed to fetch)");
    expect(error.offline).toBe(true);
    const busy = new ApiClient({ baseUrl: "http://x", key: "k" }, async () => problem(503, { title: "store unavailable" }));
    expect(((await busy.me().catch((e: unknown) => e)) as ApiError).offline).toBe(true);
  });

  it("refuses an answer it does not understand instead of passing it on", async () => {
    const { fetch } = stubFetch(() => new Response("<html>proxy login</html>", { status: 200 }));
    await expect(new ApiClient({ baseUrl: "http://x", key: "k" }, fetch).me()).rejects.toThrow(/not JSON/);
    const odd = stubFetch(() => Response.json({ hello: "world" }));
    await expect(new ApiClient({ baseUrl: "http://x", key: "k" }, odd.fetch).me()).rejects.toThrow(/does not understand/);
  });

  it("checks its settings before calling", async () => {
    const { fetch, calls } = stubFetch(() => Response.json({}));
    await expect(new ApiClient({ baseUrl: "ftp://x", key: "k" }, fetch).me()).rejects.toThrow(/must start with https/);
    await expect(new ApiClient({ baseUrl: "http://x", key: "" }, fetch).me()).rejects.toThrow(/No API key/);
    expect(calls).toEqual([]);
  });

  it("asks for the consolidated report as JSON, for the teams and date given", async () => {
    const { fetch, calls } = stubFetch(() => problem(404, { title: "not found" }));
    await new ApiClient({ baseUrl: "http://x", key: "k" }, fetch).report({ teams: ["a", "b"], asOf: "2026-06-30" }).catch(() => undefined);
    expect(calls[0]?.url).toBe("http://x/v1/reports/dual-conformance?format=json&teams=a%2Cb&asOf=2026-06-30");
  });
});

describe("the API client against the local API", () => {
  let server: LocalServer;
  let client: ApiClient;
  beforeAll(async () => {
    server = await startLocal({ port: 0, dataDir: null, seed: true, env: {} });
    client = new ApiClient({ baseUrl: server.url, key: server.adminKey });
  });
  afterAll(() => server.close());

  it("reads who the key is", async () => {
    expect(await client.me()).toMatchObject({ org: "demo", role: "org-admin" });
  });

  it("reads the newest version with its ETag, lists versions a page at a time and diffs two", async () => {
    const latest = await client.latest("credit-risk", "ai-conformance");
    expect(latest).toMatchObject({ version: 3, etag: '"v3"' });
    expect(latest?.snapshot.workbook.team).toBe("credit-risk");
    const page = await client.versions("credit-risk", "ai-conformance", { limit: 2 });
    expect(page.items.map((v) => v.version)).toEqual([3, 2]);
    const rest = await client.versions("credit-risk", "ai-conformance", { limit: 2, cursor: page.nextCursor ?? "" });
    expect(rest.items.map((v) => v.version)).toEqual([1]);
    expect(rest.nextCursor).toBeNull();
    const diff = await client.diff("credit-risk", "ai-conformance", 1, 3);
    expect(diff.changes.totals.added + diff.changes.totals.modified + diff.changes.totals.removed).toBeGreaterThan(0);
  });

  it("reads the consolidated report of every team as the report model", async () => {
    const report = await client.report();
    expect(report.reportVersion).toBe(1);
    expect(report.teams.map((t) => t.key).sort()).toEqual(["credit-risk", "customer-service", "people"]);
    const one = await client.report({ teams: ["people"] });
    expect(one.teams.map((t) => t.key)).toEqual(["people"]);
  });

  it("answers undefined for a workbook without versions, and pushes its first version without If-Match", async () => {
    expect(await client.latest("new-team", "wb")).toBeUndefined();
    const snapshot = parseSnapshot({ schemaVersion: 1, workbook: { team: "new-team", name: "wb" }, matrix: demoSnapshots()[0]?.matrix });
    if (!snapshot.success) throw new Error("snapshot");
    const pushed = await client.push("new-team", "wb", snapshot.snapshot);
    expect(pushed).toMatchObject({ version: 1, etag: '"v1"' });
    // The same first push sent again is its own version (a retry after a lost answer)…
    expect(await client.push("new-team", "wb", snapshot.snapshot)).toMatchObject({ version: 1 });
    // …another snapshot without If-Match is a blind overwrite, refused.
    const other = { ...snapshot.snapshot, workbook: { ...snapshot.snapshot.workbook, owner: "someone else" } };
    const again = (await client.push("new-team", "wb", other).catch((e: unknown) => e)) as ApiError;
    expect(again.status).toBe(428);
    expect(again.problem?.currentVersion).toBe(1);
  });
});
