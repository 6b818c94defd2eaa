import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../api/app";
import type { LogEvent } from "../../api/deps";
import { PROBLEM_TYPES } from "../../api/problem";
import { keyListSchema, createdKeySchema, keySummarySchema } from "../../shared/api/key";
import { meSchema } from "../../shared/api/me";
import { problemSchema } from "../../shared/api/problem";
import { workbookListSchema } from "../../shared/api/workbook";
import { type Store, StoreIntegrityError, StoreUnavailableError } from "../../api/store/port";
import { createMemoryStore } from "../../api/store/memory/memory-store";
import { snapshot, storeKey } from "./support/http-api";

/** app.request() tests: the Hono app in-process, over the memory store (the HTTP suite runs on dynalite). */
let store: Store;
let admin: string;
let app: ReturnType<typeof createApp>;
const logged: LogEvent[] = [];
const fixedNow = new Date("2025-06-01T12:00:00.000Z");

beforeAll(async () => {
  store = createMemoryStore();
  admin = await storeKey(store, "org-admin");
  app = createApp({ store, clock: () => fixedNow, log: (e) => logged.push(e), limits: { maxBodyBytes: 4096 } });
});

const auth = (key = admin) => ({ authorization: `Bearer ${key}` });
const jsonHeaders = (key = admin) => ({ ...auth(key), "content-type": "application/json" });

/** A store whose every method fails the given way, to test error mapping alone. */
function failingStore(error: () => Error): Store {
  const fail = async () => {
    throw error();
  };
  return {
    commitVersion: fail,
    getVersion: fail,
    getSnapshot: fail,
    getDigests: fail,
    putDigest: fail,
    listVersions: fail,
    listWorkbooks: fail,
    listLatestVersions: fail,
    createKey: fail,
    getKey: fail,
    listKeys: fail,
    revokeKey: fail,
    getOrgProfile: fail,
    putOrgProfile: fail,
    getStoredReport: fail,
    putStoredReport: fail,
  };
}

describe("public routes", () => {
  it("answers health without a key", async () => {
    const response = await app.request("/v1/health");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("answers ready without a key when the store answers, with no-store", async () => {
    const response = await app.request("/v1/ready");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ready" });
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("answers ready with 503 store-unavailable and Retry-After when the store fails, while health stays 200", async () => {
    for (const error of [() => new StoreUnavailableError("deadline"), () => new TypeError("socket hang up")]) {
      const down = createApp({ store: failingStore(error), log: () => undefined });
      const response = await down.request("/v1/ready");
      expect(response.status).toBe(503);
      expect(response.headers.get("retry-after")).toBe("5");
      expect(problemSchema.parse(await response.json()).type).toBe("/docs#problem-store-unavailable");
      expect((await down.request("/v1/health")).status).toBe(200);
    }
  });

  it("points the root at the docs", async () => {
    expect(await (await app.request("/")).json()).toMatchObject({ docs: "/docs", openapi: "/v1/openapi.json" });
  });

  it("answers a CORS preflight from the task pane without a key", async () => {
    const response = await app.request("/v1/teams/t/workbooks/w/versions", {
      method: "OPTIONS",
      headers: { origin: "https://localhost:3000", "access-control-request-method": "POST", "access-control-request-headers": "authorization,if-match" },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-headers")?.toLowerCase()).toContain("if-match");
  });

  it("exposes ETag to browsers", async () => {
    const response = await app.request("/v1/me", { headers: { ...auth(), origin: "https://localhost:3000" } });
    expect(response.headers.get("access-control-expose-headers")).toContain("ETag");
  });
});

describe("the OpenAPI document", () => {
  let doc: { paths: Record<string, Record<string, unknown>>; components: { schemas: Record<string, unknown> } } & Record<string, unknown>;
  beforeAll(async () => {
    doc = (await (await app.request("/v1/openapi.json")).json()) as typeof doc;
  });

  it("is OpenAPI 3.1 with the bearer scheme and the 403/404 rule in its description", () => {
    expect(doc.openapi).toBe("3.1.0");
    const description = String((doc.info as { description: string }).description);
    expect(description).toContain("**404 Not Found**");
    expect(description).toContain("**403 Forbidden**");
    expect(description).toContain("4096 bytes");
  });

  it("documents every route the app serves", () => {
    const documented = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.keys(item)
        .filter((k) => ["get", "post", "put", "delete"].includes(k))
        .map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ":$1")}`),
    );
    const served = app.routes
      .filter((r) => r.method !== "ALL" && r.path.startsWith("/v1"))
      .map((r) => `${r.method} ${r.path.replace(/\/$/, "")}`);
    expect(new Set(served)).toEqual(new Set(documented));
  });

  it("resolves every schema reference", () => {
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/(\w+)"/g)].map((m) => m[1] as string);
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of refs) expect(doc.components.schemas).toHaveProperty(ref);
  });

  it("lists every problem type", () => {
    expect(Object.keys(doc["x-problem-types"] as object)).toHaveLength(Object.keys(PROBLEM_TYPES).length);
  });
});

describe("the docs page", () => {
  it("is self-contained HTML with every operation and problem type, and no external assets", async () => {
    const response = await app.request("/docs");
    expect(response.headers.get("content-type")).toContain("text/html");
    expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
    const html = await response.text();
    for (const id of [
      "listVersions",
      "pushVersion",
      "getVersion",
      "diffVersions",
      "listWorkbooks",
      "createKey",
      "listKeys",
      "revokeKey",
      "getDualConformanceReport",
      "getOrgProfile",
      "putOrgProfile",
    ]) {
      expect(html).toContain(`id="op-${id}"`);
    }
    for (const type of Object.keys(PROBLEM_TYPES)) expect(html).toContain(`id="problem-${type}"`);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(html).not.toContain("<script");
  });
});

describe("keys through the app", () => {
  it("creates a key once (shown once), lists it without the secret, and revokes it", async () => {
    const created = await app.request("/v1/keys", { method: "POST", headers: jsonHeaders(), body: JSON.stringify({ name: "CI", role: "team-editor", teams: ["b", "a"] }) });
    expect(created.status).toBe(201);
    const key = createdKeySchema.parse(await created.json());
    expect(key.key).toMatch(/^cwk_[a-z0-9]{16}_[A-Za-z0-9_-]{43}$/);
    expect(key.teams).toEqual(["a", "b"]);
    expect(key.createdAt).toBe(fixedNow.toISOString());
    expect(created.headers.get("location")).toBe(`/v1/keys/${key.id}`);

    const me = meSchema.parse(await (await app.request("/v1/me", { headers: auth(key.key) })).json());
    expect(me).toEqual({ keyId: key.id, name: "CI", org: "acme", role: "team-editor", teams: ["a", "b"] });

    const list = await app.request("/v1/keys", { headers: auth() });
    const text = await list.text();
    expect(text).not.toContain(key.key);
    expect(keyListSchema.parse(JSON.parse(text)).items.map((k) => k.id)).toContain(key.id);

    const one = keySummarySchema.parse(await (await app.request(`/v1/keys/${key.id}`, { headers: auth() })).json());
    expect(one.prefix).toBe(`cwk_${key.id}_…`);

    const revoked = await app.request(`/v1/keys/${key.id}`, { method: "DELETE", headers: auth() });
    expect(keySummarySchema.parse(await revoked.json()).revokedAt).toBe(fixedNow.toISOString());
    expect((await app.request("/v1/me", { headers: auth(key.key) })).status).toBe(401);
  });

  it("sends Cache-Control: no-store with a key secret, the key list, one key, and /v1/me", async () => {
    const created = await app.request("/v1/keys", { method: "POST", headers: jsonHeaders(), body: JSON.stringify({ name: "cache", role: "org-reader" }) });
    expect(created.status).toBe(201);
    const { id } = createdKeySchema.parse(await created.json());
    const answers = [
      created,
      await app.request("/v1/keys", { headers: auth() }),
      await app.request(`/v1/keys/${id}`, { headers: auth() }),
      await app.request("/v1/me", { headers: auth() }),
    ];
    expect(answers.map((r) => r.status)).toEqual([201, 200, 200, 200]);
    expect(answers.map((r) => r.headers.get("cache-control"))).toEqual(["no-store", "no-store", "no-store", "no-store"]);
  });

  it("refuses key names with control characters (C0, C1, DEL), naming the field", async () => {
    for (const name of ["line\nbreak", "tab\there", "trailing\n", "bell\u0007", "del\u007f", "c1\u0085", "csi\u009b"]) {
      const response = await app.request("/v1/keys", { method: "POST", headers: jsonHeaders(), body: JSON.stringify({ name, role: "org-reader" }) });
      expect(response.status, JSON.stringify(name)).toBe(422);
      const problem = problemSchema.parse(await response.json());
      expect(problem.type).toBe("/docs#problem-invalid-body");
      expect(problem.errors).toEqual([expect.objectContaining({ in: "body", pointer: "/name", message: expect.stringContaining("control characters") })]);
    }
    const fine = await app.request("/v1/keys", { method: "POST", headers: jsonHeaders(), body: JSON.stringify({ name: "Zoë — CI ✓", role: "org-reader" }) });
    expect(fine.status).toBe(201);
  });

  it("never stores the key itself", async () => {
    const created = await app.request("/v1/keys", { method: "POST", headers: jsonHeaders(), body: JSON.stringify({ name: "x", role: "org-reader" }) });
    const { key, id } = createdKeySchema.parse(await created.json());
    const stored = await store.getKey(id);
    expect(JSON.stringify(stored)).not.toContain(key.slice(4));
  });
});

describe("limits and errors", () => {
  it("applies the configured body limit (here 4 KB) with a 413 problem", async () => {
    const response = await app.request("/v1/teams/t/workbooks/w/versions", {
      method: "POST",
      headers: jsonHeaders(),
      body: JSON.stringify(snapshot("t", "w", 200)),
    });
    expect(response.status).toBe(413);
    expect(problemSchema.parse(await response.json()).limit).toBe(4096);
  });

  it("trusts no Content-Length: a body longer than declared is still capped", async () => {
    const body = JSON.stringify(snapshot("t", "w", 200));
    const request = new Request("http://local/v1/teams/t/workbooks/w/versions", {
      method: "POST",
      headers: { ...jsonHeaders(), "content-length": "10" },
      body,
    });
    expect((await app.request(request)).status).toBe(413);
  });

  it("maps an unavailable store to 503 with Retry-After", async () => {
    const down = createApp({ store: failingStore(() => new StoreUnavailableError("down")), log: () => undefined });
    const response = await down.request("/v1/me", { headers: auth() });
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(response.headers.get("content-type")).toBe("application/problem+json");
  });

  it("answers an unexpected fault with a 500 problem carrying a request id, logs it, and shows no stack", async () => {
    const events: LogEvent[] = [];
    const broken = createApp({
      store: failingStore(() => new TypeError("Cannot read properties of undefined (reading 'x')")),
      log: (e) => events.push(e),
    });
    const response = await broken.request("/v1/me", { headers: auth() });
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).not.toContain("Cannot read properties");
    expect(text).not.toMatch(/\n\s+at /);
    const problem = problemSchema.parse(JSON.parse(text));
    expect(problem.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(events).toHaveLength(1);
    expect(events[0]?.requestId).toBe(problem.requestId);
  });

  it("reports stored data that fails its integrity check as a 500, not as missing", async () => {
    const corrupt = createApp({ store: failingStore(() => new StoreIntegrityError("checksum")), log: () => undefined });
    const response = await corrupt.request("/v1/me", { headers: auth() });
    expect(response.status).toBe(500);
    expect(String(problemSchema.parse(await response.json()).detail)).toContain("integrity");
  });

  it("never answers 5xx to any JSON a client might send", async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), async (value) => {
        const response = await app.request(`/v1/teams/fuzz/workbooks/w${++n}/versions`, {
          method: "POST",
          headers: jsonHeaders(),
          body: JSON.stringify(value),
        });
        expect(response.status).toBeLessThan(500);
        expect([201, 400, 413, 422]).toContain(response.status);
      }),
      { numRuns: 150 },
    );
  });

  it("never answers 5xx to arbitrary text bodies", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300 }), async (text) => {
        const response = await app.request("/v1/teams/fuzz/workbooks/text/versions", { method: "POST", headers: jsonHeaders(), body: text });
        expect(response.status).toBeGreaterThanOrEqual(400);
        expect(response.status).toBeLessThan(500);
      }),
      { numRuns: 200 },
    );
  });

  it("never answers 5xx to arbitrary path segments", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1, maxLength: 80 }), fc.string({ minLength: 1, maxLength: 80 }), async (team, version) => {
        const path = `/v1/teams/${encodeURIComponent(team)}/workbooks/w/versions/${encodeURIComponent(version)}`;
        const response = await app.request(path, { headers: auth() });
        expect(response.status).toBeLessThan(500);
      }),
      { numRuns: 150 },
    );
  });
});

describe("workbook listing", () => {
  it("pages across teams for a team key scoped to several teams", async () => {
    const key = await storeKey(store, "team-reader", { teams: ["w1", "w2", "w3"] });
    for (const team of ["w1", "w2", "w3"]) {
      for (const wb of ["a", "b"]) {
        const response = await app.request(`/v1/teams/${team}/workbooks/${wb}/versions`, {
          method: "POST",
          headers: jsonHeaders(),
          body: JSON.stringify(snapshot(team, wb)),
        });
        expect(response.status).toBe(201);
      }
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = cursor ? `?limit=4&cursor=${cursor}` : "?limit=4";
      const page = workbookListSchema.parse(await (await app.request(`/v1/workbooks${query}`, { headers: auth(key) })).json());
      seen.push(...page.items.map((w) => `${w.team}/${w.workbook}`));
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(seen).toEqual(["w1/a", "w1/b", "w2/a", "w2/b", "w3/a", "w3/b"]);
  });
});

describe("fields the snapshot model does not know", () => {
  it("refuses them with a 422 naming each one, and stores nothing", async () => {
    const path = "/v1/teams/extra-team/workbooks/register/versions";
    const sent = snapshot("extra-team", "register", 2, { note: "mine" });
    (sent.risks as Record<string, unknown>[])[1]!.colour = "red";
    (sent.workbook as Record<string, unknown>)["we ird/key"] = 1;
    const response = await app.request(path, { method: "POST", headers: jsonHeaders(), body: JSON.stringify(sent) });
    expect(response.status).toBe(422);
    const problem = problemSchema.parse(await response.json());
    expect(problem.type).toBe("/docs#problem-invalid-body");
    expect(problem.errors?.map((e) => e.pointer).sort()).toEqual(["/note", "/risks/1/colour", "/workbook/we ird~1key"]);
    expect(problem.errors?.[0]?.message).toContain("unknown field");
    expect(await store.listVersions({ org: "acme", team: "extra-team", workbook: "register" }, { limit: 1 })).toMatchObject({ items: [] });

    const clean = await app.request(path, { method: "POST", headers: jsonHeaders(), body: JSON.stringify(snapshot("extra-team", "register", 2)) });
    expect(clean.status).toBe(201);
  });
});

describe("pushing the same snapshot again (a lost answer, a retry)", () => {
  const path = "/v1/teams/retry-team/workbooks/register/versions";
  const push = (body: unknown, headers: Record<string, string> = {}) =>
    app.request(path, { method: "POST", headers: { ...jsonHeaders(), ...headers }, body: JSON.stringify(body) });

  it("answers the version the push made, saying it is a replay, for the first push and for later ones", async () => {
    const first = snapshot("retry-team", "register", 1);
    const made = await push(first);
    expect(made.status).toBe(201);
    expect(made.headers.get("idempotent-replayed")).toBeNull();
    const again = await push(first);
    expect(again.status).toBe(201);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(await again.json()).toMatchObject({ version: 1 });

    const second = snapshot("retry-team", "register", 2);
    expect((await push(second, { "if-match": '"v1"' })).status).toBe(201);
    const retried = await push(second, { "if-match": '"v1"' });
    expect(retried.status).toBe(201);
    expect(retried.headers.get("idempotent-replayed")).toBe("true");
    expect(await retried.json()).toMatchObject({ version: 2 });
    // Another snapshot on a stale base is still a conflict, and one without If-Match still 428.
    expect((await push(snapshot("retry-team", "register", 3), { "if-match": '"v1"' })).status).toBe(409);
    expect((await push(snapshot("retry-team", "register", 3))).status).toBe(428);
  });

  it("honours an Idempotency-Key: the same key with another snapshot is refused, a malformed key is a 400", async () => {
    const keyed = "/v1/teams/keyed-team/workbooks/register/versions";
    const send = (body: unknown, key: string) =>
      app.request(keyed, { method: "POST", headers: { ...jsonHeaders(), "idempotency-key": key }, body: JSON.stringify(body) });
    expect((await send(snapshot("keyed-team", "register", 1), "push-1")).status).toBe(201);
    const replay = await send(snapshot("keyed-team", "register", 1), "push-1");
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    const reused = await send(snapshot("keyed-team", "register", 5), "push-1");
    expect(reused.status).toBe(422);
    expect(await reused.json()).toMatchObject({ type: "/docs#problem-idempotency-key-reused" });
    const malformed = await send(snapshot("keyed-team", "register", 1), "has space");
    expect(malformed.status).toBe(400);
  });
});
