import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { keyIdOf } from "../../../api/auth/api-key";
import { call, snapshot, startTestApi, type TestApi } from "../support/http-api";

/**
 * Tenant isolation: every route, called with keys from another team of the same org and from
 * another org, never reads or changes what it must not — and cannot even tell it exists.
 */
let api: TestApi;
let acmeAdmin: string;
let alphaEditor: string;
let alphaEditorId: string;
const SECRET = "ACME-ALPHA-CONFIDENTIAL";
const markers: string[] = [];

const foreign: Record<string, string> = {};

beforeAll(async () => {
  api = await startTestApi();
  acmeAdmin = await api.key("org-admin");
  alphaEditor = await api.key("team-editor", { teams: ["alpha"] });
  alphaEditorId = keyIdOf(alphaEditor);
  for (let v = 1; v <= 2; v++) {
    const response = await call(api.origin, "POST", "/v1/teams/alpha/workbooks/wb/versions", {
      key: alphaEditor,
      json: snapshot("alpha", "wb", 0, { risks: [{ id: "R-1", title: `${SECRET} ${v}` }] }),
      headers: v > 1 ? { "if-match": `"v${v - 1}"` } : {},
    });
    expect(response.status).toBe(201);
    markers.push(((await response.json()) as { sha256: string }).sha256);
  }
  markers.push(SECRET, alphaEditorId, keyIdOf(acmeAdmin));
  foreign.betaEditor = await api.key("team-editor", { teams: ["beta"] });
  foreign.betaReader = await api.key("team-reader", { teams: ["beta"] });
  foreign.globexAdmin = await api.key("org-admin", { org: "globex" });
  foreign.globexAlphaEditor = await api.key("team-editor", { org: "globex", teams: ["alpha"] });
});
afterAll(async () => {
  await api.close();
});

interface Route {
  readonly name: string;
  /** Builds the request against a real target or a ghost that does not exist. */
  request(target: { team: string; workbook: string; keyId: string }): { method: string; path: string; json?: unknown; headers?: Record<string, string> };
}

const routes: Route[] = [
  { name: "list versions", request: (t) => ({ method: "GET", path: `/v1/teams/${t.team}/workbooks/${t.workbook}/versions` }) },
  { name: "get version 1", request: (t) => ({ method: "GET", path: `/v1/teams/${t.team}/workbooks/${t.workbook}/versions/1` }) },
  { name: "get latest", request: (t) => ({ method: "GET", path: `/v1/teams/${t.team}/workbooks/${t.workbook}/versions/latest` }) },
  {
    name: "get latest if-none-match",
    request: (t) => ({ method: "GET", path: `/v1/teams/${t.team}/workbooks/${t.workbook}/versions/latest`, headers: { "if-none-match": '"v2"' } }),
  },
  { name: "diff", request: (t) => ({ method: "GET", path: `/v1/teams/${t.team}/workbooks/${t.workbook}/diff?from=1&to=2` }) },
  {
    name: "push on top of v2",
    request: (t) => ({
      method: "POST",
      path: `/v1/teams/${t.team}/workbooks/${t.workbook}/versions`,
      json: snapshot(t.team, t.workbook, 0, { risks: [{ id: "X", title: "intruder" }] }),
      headers: { "if-match": '"v2"' },
    }),
  },
  { name: "list team workbooks", request: (t) => ({ method: "GET", path: `/v1/workbooks?team=${t.team}` }) },
  // The report names teams, not workbooks: the ghost is a team that does not exist.
  {
    name: "report on the team",
    request: (t) => ({ method: "GET", path: `/v1/reports/dual-conformance?teams=${t.workbook === "ghost" ? "ghost" : t.team}` }),
  },
  {
    name: "report on the team as CSV",
    request: (t) => ({ method: "GET", path: `/v1/reports/dual-conformance?format=csv&teams=${t.workbook === "ghost" ? "ghost" : t.team}` }),
  },
  { name: "get key", request: (t) => ({ method: "GET", path: `/v1/keys/${t.keyId}` }) },
  { name: "revoke key", request: (t) => ({ method: "DELETE", path: `/v1/keys/${t.keyId}` }) },
];

/** Expected status per route for each foreign key. */
const expected: Record<string, Record<string, number>> = {
  betaEditor: { "get key": 403, "revoke key": 403 },
  betaReader: { "get key": 403, "revoke key": 403 },
  globexAdmin: { "push on top of v2": 409, "list team workbooks": 200 },
  globexAlphaEditor: { "push on top of v2": 409, "list team workbooks": 200, "get key": 403, "revoke key": 403 },
};

const real = { team: "alpha", workbook: "wb", keyId: "" };
const ghost = { team: "alpha", workbook: "ghost", keyId: "zzzzzzzzzzzzzzzz" };

function withoutInstance(text: string): string {
  try {
    const { instance: _instance, ...rest } = JSON.parse(text) as Record<string, unknown>;
    return JSON.stringify(rest);
  } catch {
    return text;
  }
}

async function send(key: string, r: ReturnType<Route["request"]>) {
  const response = await call(api.origin, r.method, r.path, { key, ...(r.json ? { json: r.json } : {}), headers: r.headers ?? {} });
  const text = await response.text();
  return { status: response.status, text, type: response.headers.get("content-type") ?? "" };
}

describe("tenant isolation matrix", () => {
  for (const who of ["betaEditor", "betaReader", "globexAdmin", "globexAlphaEditor"]) {
    for (const route of routes) {
      const status = expected[who]?.[route.name] ?? 404;
      it(`${route.name} with a ${who} key: ${status}, indistinguishable from a missing target, no data leaked`, async () => {
        const key = foreign[who] as string;
        const onReal = await send(key, route.request({ ...real, keyId: alphaEditorId }));
        const onGhost = await send(key, route.request(ghost));
        expect(onReal.status).toBe(status);
        expect(onGhost.status).toBe(onReal.status);
        // The echo of the caller's own request path (`instance`) aside, real and ghost read the same.
        const realBody = withoutInstance(onReal.text).replaceAll(alphaEditorId, "<key>").replaceAll("/wb", "/<wb>").replaceAll("team: alpha", "team: <team>");
        const ghostBody = withoutInstance(onGhost.text).replaceAll(ghost.keyId, "<key>").replaceAll("/ghost", "/<wb>").replaceAll("team: ghost", "team: <team>");
        if (onReal.status >= 400) {
          expect(onReal.type).toContain("application/problem+json");
          expect(realBody).toBe(ghostBody);
        }
        for (const marker of markers) expect(withoutInstance(onReal.text)).not.toContain(marker);
      });
    }
  }

  it("reports on no team of another team or org", async () => {
    for (const who of ["betaEditor", "betaReader", "globexAdmin", "globexAlphaEditor"]) {
      for (const format of ["json", "csv", "md", "html", "oscal"]) {
        const report = await send(foreign[who] as string, { method: "GET", path: `/v1/reports/dual-conformance?format=${format}` });
        expect(report.status, `${who} ${format}`).toBe(200);
        for (const marker of markers) expect(report.text).not.toContain(marker);
        if (format === "json") expect((JSON.parse(report.text) as { teams: unknown[] }).teams).toEqual([]);
      }
    }
  });

  it("lists no workbook and no key of another team or org", async () => {
    for (const who of ["betaEditor", "betaReader", "globexAdmin", "globexAlphaEditor"]) {
      const workbooks = await send(foreign[who] as string, { method: "GET", path: "/v1/workbooks" });
      expect(workbooks.status).toBe(200);
      expect((JSON.parse(workbooks.text) as { items: unknown[] }).items).toEqual([]);
      for (const marker of markers) expect(workbooks.text).not.toContain(marker);
    }
    const keys = await send(foreign.globexAdmin as string, { method: "GET", path: "/v1/keys" });
    expect(keys.status).toBe(200);
    const items = (JSON.parse(keys.text) as { items: Array<{ id: string }> }).items;
    expect(items.map((k) => k.id).sort()).toEqual([keyIdOf(foreign.globexAdmin as string), keyIdOf(foreign.globexAlphaEditor as string)].sort());
  });

  it("creates keys only in the caller's own org", async () => {
    const created = await call(api.origin, "POST", "/v1/keys", {
      key: foreign.globexAdmin,
      json: { name: "globex alpha reader", role: "team-reader", teams: ["alpha"] },
    });
    expect(created.status).toBe(201);
    const newKey = ((await created.json()) as { key: string }).key;
    const read = await call(api.origin, "GET", "/v1/teams/alpha/workbooks/wb/versions/latest", { key: newKey });
    expect(read.status).toBe(404);
    const acmeKeys = await call(api.origin, "GET", "/v1/keys?limit=100", { key: acmeAdmin });
    expect(((await acmeKeys.json()) as { items: Array<{ id: string }> }).items.map((k) => k.id)).not.toContain(keyIdOf(newKey));
  });

  it("leaves the owner's data and keys exactly as they were", async () => {
    const list = await call(api.origin, "GET", "/v1/teams/alpha/workbooks/wb/versions", { key: alphaEditor });
    expect(list.status).toBe(200);
    const versions = ((await list.json()) as { items: Array<{ version: number; sha256: string }> }).items;
    expect(versions.map((v) => v.version)).toEqual([2, 1]);
    expect(versions.map((v) => v.sha256).reverse()).toEqual(markers.slice(0, 2));
    const me = await call(api.origin, "GET", "/v1/me", { key: alphaEditor });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ org: "acme", role: "team-editor", teams: ["alpha"] });
  });
});

describe("roles inside their scope", () => {
  it("lets a team-reader read its team but answers 403 to a push", async () => {
    const reader = await api.key("team-reader", { teams: ["alpha"] });
    expect((await call(api.origin, "GET", "/v1/teams/alpha/workbooks/wb/versions/latest", { key: reader })).status).toBe(200);
    const push = await call(api.origin, "POST", "/v1/teams/alpha/workbooks/wb/versions", {
      key: reader,
      json: snapshot("alpha", "wb"),
      headers: { "if-match": '"v2"' },
    });
    expect(push.status).toBe(403);
  });

  it("lets an org-reader read every team but answers 403 to a push", async () => {
    const reader = await api.key("org-reader");
    expect((await call(api.origin, "GET", "/v1/teams/alpha/workbooks/wb/versions", { key: reader })).status).toBe(200);
    const push = await call(api.origin, "POST", "/v1/teams/beta/workbooks/new/versions", { key: reader, json: snapshot("beta", "new") });
    expect(push.status).toBe(403);
  });

  it("answers 403 to a non-admin managing keys", async () => {
    expect((await call(api.origin, "GET", "/v1/keys", { key: alphaEditor })).status).toBe(403);
    expect((await call(api.origin, "POST", "/v1/keys", { key: alphaEditor, json: { name: "x", role: "org-admin" } })).status).toBe(403);
  });

  it("rejects a revoked key with 401 from then on", async () => {
    const created = await call(api.origin, "POST", "/v1/keys", { key: acmeAdmin, json: { name: "temp", role: "org-reader" } });
    const { key, id } = (await created.json()) as { key: string; id: string };
    expect((await call(api.origin, "GET", "/v1/me", { key })).status).toBe(200);
    const revoked = await call(api.origin, "DELETE", `/v1/keys/${id}`, { key: acmeAdmin });
    expect(revoked.status).toBe(200);
    expect(((await revoked.json()) as { revokedAt: string | null }).revokedAt).not.toBeNull();
    expect((await call(api.origin, "GET", "/v1/me", { key })).status).toBe(401);
  });
});
