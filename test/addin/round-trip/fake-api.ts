/**
 * A stub of the Crosswalk API for the pane's component tests, behind a fake `fetch`: versions per
 * team workbook with If-Match, the version list with cursors, diffs, `/v1/me` and the consolidated
 * report, answering as the real API does (problem+json errors, ETag and Crosswalk-Version headers).
 * `down` makes every call fail as a browser does offline; `unavailable` answers 503.
 */
import type { FetchLike } from "../../../addin/services/api-client";
import { diffSnapshots } from "../../../shared/diff/diff-snapshots";
import { countRecords } from "../../../shared/diff/count-records";
import { parseSnapshot } from "../../../shared/model/parse-snapshot";
import type { WorkbookSnapshot } from "../../../shared/model/snapshot";
import { buildDualConformanceReport } from "../../../shared/report/build-report";

export const KEY = "cwk_test_key";

interface Version {
  readonly version: number;
  readonly snapshot: WorkbookSnapshot;
  readonly createdAt: string;
  readonly author: string;
}

export class FakeApi {
  readonly workbooks = new Map<string, Version[]>();
  readonly calls: { method: string; path: string; ifMatch?: string }[] = [];
  down = false;
  unavailable = false;
  /** Answer the report route with 404, as an API without it would. */
  noReport = false;
  private clock = Date.parse("2026-06-30T08:00:00Z");

  seed(snapshot: WorkbookSnapshot, author = "Seeder"): number {
    return this.add(snapshot.workbook.team, snapshot.workbook.name, snapshot, author);
  }

  versions(team: string, workbook: string): Version[] {
    return this.workbooks.get(`${team}/${workbook}`) ?? [];
  }

  private add(team: string, workbook: string, snapshot: WorkbookSnapshot, author: string): number {
    const list = this.versions(team, workbook);
    const version = list.length + 1;
    this.clock += 60_000;
    list.push({ version, snapshot, createdAt: new Date(this.clock).toISOString(), author });
    this.workbooks.set(`${team}/${workbook}`, list);
    return version;
  }

  readonly fetch: FetchLike = async (input, init) => {
    const url = new URL(input);
    const method = init?.method ?? "GET";
    const headers = new Headers(init?.headers);
    const ifMatch = headers.get("if-match") ?? undefined;
    this.calls.push({ method, path: `${url.pathname}${url.search}`, ...(ifMatch ? { ifMatch } : {}) });
    if (this.down) throw new TypeError("Failed to fetch");
    if (this.unavailable) return problem(503, "store-unavailable", "store unavailable", "the database cannot be reached; nothing was written");
    if (headers.get("authorization") !== `Bearer ${KEY}`) return problem(401, "unauthorized", "unauthorized", "unknown API key");
    const path = url.pathname;
    if (path === "/v1/me") return json({ keyId: "k1", name: "Test admin", org: "demo", role: "org-admin", teams: [] });
    if (path === "/v1/reports/dual-conformance") {
      if (this.noReport) return problem(404, "not-found", "not found", `no route ${path}`);
      const workbooks = [...this.workbooks.values()].flatMap((list) => {
        const last = list[list.length - 1];
        return last ? [{ team: last.snapshot.workbook.team, workbook: last.snapshot.workbook.name, version: last.version, createdAt: last.createdAt, author: last.author, snapshot: last.snapshot }] : [];
      });
      return json(buildDualConformanceReport({ org: { id: "demo", name: "Northwind Financial" }, asOf: url.searchParams.get("asOf") ?? "2026-06-30", workbooks }));
    }
    const m = /^\/v1\/teams\/([^/]+)\/workbooks\/([^/]+)\/(versions|diff)(?:\/([^/]+))?$/.exec(path);
    if (!m) return problem(404, "not-found", "not found", `no route ${path}`);
    const [, team = "", workbook = "", kind, which] = m;
    const list = this.versions(team, workbook);
    if (kind === "diff") {
      const from = list[Number(url.searchParams.get("from")) - 1];
      const to = list[Number(url.searchParams.get("to") ?? list.length) - 1];
      if (!from || !to) return problem(404, "not-found", "not found", "no such version");
      return json({ team, workbook, from: { version: from.version, etag: `"v${from.version}"` }, to: { version: to.version, etag: `"v${to.version}"` }, changes: diffSnapshots(from.snapshot, to.snapshot) });
    }
    if (method === "POST") {
      const parsed = parseSnapshot(JSON.parse(String(init?.body)));
      if (!parsed.success) return problem(422, "invalid-body", "invalid body", "the snapshot is not valid");
      const current = list.length;
      const conflict = { currentVersion: current || null, current: null };
      if (current > 0 && !ifMatch) return problem(428, "precondition-required", "precondition required", "send If-Match", conflict);
      if (ifMatch && ifMatch !== `"v${current}"`) return problem(409, "version-conflict", "version conflict", `version ${current} is the newest; you sent ${ifMatch}`, conflict);
      const version = this.add(team, workbook, parsed.snapshot, "Test admin");
      return json(this.summary(team, workbook, list[version - 1] ?? this.versions(team, workbook)[version - 1]!), 201, { etag: `"v${version}"` });
    }
    if (which === undefined) {
      const limit = Number(url.searchParams.get("limit") ?? 50);
      const start = Number(url.searchParams.get("cursor") ?? 0);
      const newest = [...list].reverse();
      const items = newest.slice(start, start + limit).map((v) => this.summary(team, workbook, v));
      return list.length === 0 ? problem(404, "not-found", "not found", "no such workbook") : json({ items, nextCursor: start + limit < newest.length ? String(start + limit) : null });
    }
    const version = which === "latest" ? list[list.length - 1] : list[Number(which) - 1];
    if (!version) return problem(404, "not-found", "not found", "no such version");
    return json(version.snapshot, 200, { etag: `"v${version.version}"`, "crosswalk-version": String(version.version) });
  };

  private summary(team: string, workbook: string, v: Version) {
    return {
      team,
      workbook,
      version: v.version,
      etag: `"v${v.version}"`,
      baseVersion: v.version > 1 ? v.version - 1 : null,
      createdAt: v.createdAt,
      author: { keyId: "k1", name: v.author },
      size: 100,
      storedBytes: 100,
      compressed: false,
      sha256: "0".repeat(64),
      schemaVersion: 1,
      recordCounts: countRecords(v.snapshot),
      url: `/v1/teams/${team}/workbooks/${workbook}/versions/${v.version}`,
    };
  }
}

function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });
}

function problem(status: number, type: string, title: string, detail: string, extra: object = {}): Response {
  return new Response(JSON.stringify({ type, title, status, detail, ...extra }), { status, headers: { "content-type": "application/problem+json" } });
}
