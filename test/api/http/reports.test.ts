import * as XLSX from "@e965/xlsx";
import fc from "fast-check";
import { request as httpRequest } from "node:http";
import { gunzipSync } from "node:zlib";
import { DeleteItemCommand } from "@aws-sdk/client-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIGEST_VERSION } from "../../../shared/report/digest/index";
import { createApp } from "../../../api/app";
import { type HttpServer, listen } from "../../../api/local/http-server";
import { SHEET_NAMES } from "../../../report-files/render-xlsx";
import type { Store } from "../../../api/store/port";
import { addDays, DEMO_AS_OF, demoHistory, type DemoWorkbookHistory } from "../../../shared/demo/index";
import { parseSnapshot } from "../../../shared/model/parse-snapshot";
import { buildDualConformanceReport, csvTableIds, OrgProfile, renderCompactJson, reportTables, type DualConformanceReport } from "../../../shared/report/index";
import { DEMO_PROFILE } from "../../shared/report/demo-input";
import { type CommandLog, countingStore, logCommands, type StoreCalls } from "../support/counting";
import { startTestDb, type TestDb } from "../support/dynamo";
import { call, expectProblem, storeKey } from "../support/http-api";

/**
 * The consolidated report over real HTTP on dynalite: the demo organisation's three teams (5×5,
 * 3×3 and 4×4 matrices), each pushed in three versions at known times, reported on by keys of
 * every role, in every format, as of several dates, with every storage read counted.
 */
const ORG = "acme";
const ORG_NAME = "Northwind Financial";
const REPORT = "/v1/reports/dual-conformance";
/** When each of the three versions was pushed; the report's clock is noon of the as-of date. */
const PUSHED_AT = [`${addDays(DEMO_AS_OF, -180)}T09:00:00.000Z`, `${addDays(DEMO_AS_OF, -90)}T09:00:00.000Z`, `${DEMO_AS_OF}T08:00:00.000Z`];

let db: TestDb;
let store: Store;
let tableName: string;
let calls: StoreCalls;
let dynamo: CommandLog;
let server: HttpServer;
let now = new Date(PUSHED_AT[0] as string);
let admin: string;
let history: DemoWorkbookHistory[];
/** Whether each team's version (index 0–2) was stored chunked. */
const chunked = new Map<string, boolean[]>();

beforeAll(async () => {
  db = await startTestDb();
  // A low inline limit, so one demo workbook (≈46 KB) is stored gzipped in chunks and the others inline.
  ({ store, tableName } = await db.table({ inlineMaxBytes: 42_000 }));
  calls = countingStore(store);
  dynamo = logCommands(db.client);
  const app = createApp({ store: calls.store, clock: () => now, log: () => undefined });
  server = await listen(app, { port: 0, host: "127.0.0.1" });
  admin = await storeKey(store, "org-admin", { org: ORG, name: "Seeder" });
  history = demoHistory({ asOf: DEMO_AS_OF });
  for (const book of history) {
    const flags: boolean[] = [];
    for (const [index, snapshot] of book.versions.entries()) {
      now = new Date(PUSHED_AT[index] as string);
      const response = await call(server.origin, "POST", `/v1/teams/${book.team}/workbooks/${book.workbook}/versions`, {
        key: admin,
        json: snapshot,
        headers: index > 0 ? { "if-match": `"v${index}"` } : {},
      });
      expect(response.status).toBe(201);
      flags.push(((await response.json()) as { compressed: boolean }).compressed);
    }
    chunked.set(book.team, flags);
  }
  now = new Date(`${DEMO_AS_OF}T12:00:00.000Z`);
});
afterAll(async () => {
  await server.close();
  await db.close();
});

/** The report the API must produce: the builder on the same versions, snapshots parsed as pushed. */
function expectedReport(options: { version?: number; teams?: readonly string[]; asOf?: string; profile?: boolean } = {}): DualConformanceReport {
  const index = (options.version ?? 3) - 1;
  const profile = options.profile === false ? undefined : OrgProfile.parse(DEMO_PROFILE);
  return buildDualConformanceReport({
    org: { id: ORG, name: options.profile === false ? ORG : ORG_NAME, ...(profile ? { profile } : {}) },
    asOf: options.asOf ?? DEMO_AS_OF,
    workbooks: history
      .filter((book) => options.teams === undefined || options.teams.includes(book.team))
      .map((book) => {
        const parsed = parseSnapshot(JSON.parse(JSON.stringify(book.versions[index])));
        if (!parsed.success) throw new Error("demo snapshot does not parse");
        return { team: book.team, workbook: book.workbook, version: index + 1, author: "Seeder", createdAt: PUSHED_AT[index] as string, snapshot: parsed.snapshot };
      }),
  });
}

async function get(query: string, key = admin, headers: Record<string, string> = {}): Promise<Response> {
  return call(server.origin, "GET", `${REPORT}${query}`, { key, headers });
}

/** A GET through node:http, to see the headers fetch hides (transfer-encoding) and the body as sent. */
function rawGet(origin: string, path: string, headers: Record<string, string>): Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(new URL(`${origin}${path}`), { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
    });
    request.on("error", reject);
    request.end();
  });
}

describe("without an org profile", () => {
  it("reports all teams, says the profile is absent, and leaves the programme view empty", async () => {
    const response = await get("");
    expect(response.status).toBe(200);
    expect(response.headers.get("crosswalk-org-profile")).toBe("absent");
    const text = await response.text();
    expect(text).toBe(renderCompactJson(expectedReport({ profile: false })));
    const report = JSON.parse(text) as DualConformanceReport;
    expect(report.programme.certification.reason).toBe("no organisation profile given");
    expect(report.org).toEqual({ id: ORG, name: ORG });
  });
});

describe("the report over HTTP", () => {
  beforeAll(async () => {
    const response = await call(server.origin, "PUT", "/v1/org/profile", { key: admin, json: { name: ORG_NAME, ...DEMO_PROFILE } });
    expect(response.status).toBe(200);
  });

  it("answers JSON equal, byte for byte, to buildDualConformanceReport on the latest versions", async () => {
    const response = await get("?format=json");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(`inline; filename="dual-conformance-${ORG}-${DEMO_AS_OF}.json"`);
    expect(response.headers.get("crosswalk-report-as-of")).toBe(DEMO_AS_OF);
    expect(response.headers.get("crosswalk-report-teams")).toBe("3");
    expect(response.headers.get("crosswalk-org-profile")).toBe("present");
    expect(response.headers.get("cache-control")).toBe("private, no-cache");
    const text = await response.text();
    expect(text).toBe(renderCompactJson(expectedReport()));
    const report = JSON.parse(text) as DualConformanceReport;
    expect(report.teams.map((t) => [t.team, t.version, t.matrix.likelihoodLevels])).toEqual([
      ["credit-risk", 3, 5],
      ["customer-service", 3, 3],
      ["people", 3, 4],
    ]);
    expect(report.programme.recommendation?.path).toBe("integrated-iso27001-iso42001");
  });

  it("defaults to JSON", async () => {
    const [plain, json] = await Promise.all([get(""), get("?format=json")]);
    expect(await plain.text()).toBe(await json.text());
  });

  const downloads = [
    ["csv", "text/csv; charset=utf-8", "csv"],
    ["md", "text/markdown; charset=utf-8", "md"],
    ["html", "text/html; charset=utf-8", "html"],
    ["oscal", "application/json", "oscal.json"],
    ["xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"],
  ] as const;
  for (const [format, mediaType, extension] of downloads) {
    it(`answers format=${format} as ${mediaType}, a download named .${extension}, with parsable content`, async () => {
      const response = await get(`?format=${format}`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe(mediaType);
      expect(response.headers.get("content-disposition")).toBe(`attachment; filename="dual-conformance-${ORG}-${DEMO_AS_OF}.${extension}"`);
      const bytes = Buffer.from(await response.arrayBuffer());
      const report = expectedReport();
      const titles = reportTables(report).map((t) => t.title);
      switch (format) {
        case "csv": {
          const text = bytes.toString("utf8");
          expect(text.startsWith("\uFEFF")).toBe(true);
          const headings = text.slice(1).split("\r\n").filter((line) => /^"?# /.test(line)).map((line) => line.replace(/^"?# |"$/g, ""));
          expect(headings).toEqual(titles);
          break;
        }
        case "md": {
          const text = bytes.toString("utf8");
          expect(text).toMatch(/^# /);
          expect(text).toContain(ORG_NAME);
          expect(text).toContain("credit-risk");
          break;
        }
        case "html": {
          const text = bytes.toString("utf8");
          expect(text).toMatch(/^<!doctype html>/i);
          expect(text.trimEnd()).toMatch(/<\/html>$/);
          expect(text).not.toContain("<script");
          expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
          break;
        }
        case "oscal": {
          const document = JSON.parse(bytes.toString("utf8")) as { "assessment-results": { results: unknown[] } };
          expect(document["assessment-results"].results).toHaveLength(3);
          break;
        }
        case "xlsx": {
          expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
          const workbook = XLSX.read(bytes);
          expect(workbook.SheetNames).toEqual(reportTables(report).map((t) => SHEET_NAMES[t.id]));
          const teams = XLSX.utils.sheet_to_json<Record<string, unknown>>(workbook.Sheets.Teams as XLSX.WorkSheet);
          expect(teams).toHaveLength(3);
          break;
        }
      }
    });
  }

  it("answers one CSV table alone with csvTable", async () => {
    const response = await get("?format=csv&csvTable=gaps");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="dual-conformance-${ORG}-${DEMO_AS_OF}-gaps.csv"`);
    const text = (await response.text()).replace(/^\uFEFF/, "");
    const gaps = reportTables(expectedReport()).find((t) => t.id === "gaps");
    expect(text.split("\r\n")[0]).toBe(gaps?.columns.map((c) => c.header).join(","));
    expect(text.split("\r\n").filter((line) => line !== "")).toHaveLength((gaps?.rows.length ?? 0) + 1);
  });
});

describe("ETag and If-None-Match", () => {
  it("gives the same strong ETag for the same report, 304 for it, and one ETag per format", async () => {
    const first = await get("?format=html");
    const etag = first.headers.get("etag") ?? "";
    // fetch asks for gzip, so this is the gzip representation's tag.
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{32}\.html\+gzip"$/);
    await first.arrayBuffer();
    const again = await get("?format=html");
    expect(again.headers.get("etag")).toBe(etag);
    await again.arrayBuffer();
    const cached = await get("?format=html", admin, { "if-none-match": etag });
    expect(cached.status).toBe(304);
    expect(cached.headers.get("etag")).toBe(etag);
    expect(await cached.text()).toBe("");
    const json = await get("?format=json");
    expect(json.headers.get("etag")).not.toBe(etag);
    expect(json.headers.get("etag")?.slice(0, 33)).toBe(etag.slice(0, 33));
    await json.arrayBuffer();
    expect((await get("?format=json", admin, { "if-none-match": etag })).status).toBe(200);
  });

  it("gzips text reports for clients that accept it, with their own ETag, and answers 304 to either coding's tag", async () => {
    const plain = await get("?format=json", admin, { "accept-encoding": "identity" });
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(plain.headers.get("vary")).toBe("Authorization, Accept-Encoding");
    const plainTag = plain.headers.get("etag") ?? "";
    expect(plainTag).toMatch(/^"[A-Za-z0-9_-]{32}\.json"$/);
    const text = await plain.text();
    expect(text).toBe(renderCompactJson(expectedReport()));
    const raw = await new Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
      const url = new URL(`${server.origin}${REPORT}?format=json`);
      const request = httpRequest(url, { headers: { authorization: `Bearer ${admin}`, "accept-encoding": "gzip" } }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
      });
      request.on("error", reject);
      request.end();
    });
    expect(raw.headers["content-encoding"]).toBe("gzip");
    expect(raw.headers.etag).toBe(plainTag.replace(/"$/, '+gzip"'));
    expect(raw.body.length).toBeLessThan(Buffer.byteLength(text) / 5);
    expect(gunzipSync(raw.body).toString("utf8")).toBe(text);
    expect((await get("?format=json", admin, { "if-none-match": plainTag })).status).toBe(304);
    expect((await get("?format=json", admin, { "if-none-match": String(raw.headers.etag), "accept-encoding": "identity" })).status).toBe(304);
    expect((await get("?format=json", admin, { "accept-encoding": "gzip;q=0" })).headers.get("etag")).toBe(plainTag);
  });

  it("says where the time went in Server-Timing", async () => {
    const response = await get("?format=html");
    expect(response.headers.get("server-timing")).toMatch(/^report;dur=[\d.]+, index;desc="3 workbooks", heads;dur=[\d.]+, digests;dur=[\d.]+;desc="\d+ cached \d+ read 0 rebuilt", parse;dur=[\d.]+, build;dur=[\d.]+(;desc="cached")?, render;dur=[\d.]+, gzip;dur=[\d.]+$/);
  });

  it("marks the XLSX ETag weak (its bytes carry zip timestamps) and still answers 304 for it", async () => {
    const first = await get("?format=xlsx");
    const etag = first.headers.get("etag") ?? "";
    expect(etag).toMatch(/^W\/"[A-Za-z0-9_-]{32}\.xlsx"$/);
    await first.arrayBuffer();
    expect((await get("?format=xlsx", admin, { "if-none-match": etag })).status).toBe(304);
  });
});

describe("scope", () => {
  it("gives a team key only its own teams, and an org-reader every team", async () => {
    const reader = await storeKey(store, "team-reader", { org: ORG, teams: ["people", "credit-risk"] });
    const own = (await (await get("", reader)).json()) as DualConformanceReport;
    expect(own.teams.map((t) => t.team)).toEqual(["credit-risk", "people"]);
    expect(JSON.stringify(own)).toBe(JSON.stringify(JSON.parse(renderCompactJson(expectedReport({ teams: ["credit-risk", "people"] })))));
    const orgReader = await storeKey(store, "org-reader", { org: ORG });
    expect(((await (await get("", orgReader)).json()) as DualConformanceReport).teams).toHaveLength(3);
  });

  it("narrows to the teams named, comma-separated or repeated", async () => {
    const comma = await (await get("?teams=people,customer-service")).text();
    expect(comma).toBe(renderCompactJson(expectedReport({ teams: ["people", "customer-service"] })));
    expect(await (await get("?teams=people&teams=customer-service")).text()).toBe(comma);
  });

  it("answers a team outside a team key's scope exactly like a team that does not exist", async () => {
    const reader = await storeKey(store, "team-reader", { org: ORG, teams: ["people"] });
    const foreign = await get("?teams=credit-risk", reader);
    const missing = await get("?teams=no-such-team", reader);
    const foreignProblem = await expectProblem(foreign, 404);
    const missingProblem = await expectProblem(missing, 404);
    expect(JSON.stringify(foreignProblem).replaceAll("credit-risk", "<team>")).toBe(JSON.stringify(missingProblem).replaceAll("no-such-team", "<team>"));
    expect(foreignProblem.errors).toEqual([{ in: "query", pointer: "teams", message: "no such team: credit-risk" }]);
    // Mixed with its own team, still 404 naming only the unknown one, and nothing of its own team leaks either.
    const mixed = await expectProblem(await get("?teams=people,credit-risk", reader), 404);
    expect(mixed.detail).toBe("no such team: credit-risk");
  });

  it("answers a key of another org as if the org had no such team, and with an empty report otherwise", async () => {
    const other = await storeKey(store, "org-admin", { org: "globex" });
    await expectProblem(await get("?teams=people", other), 404);
    const empty = (await (await get("", other)).json()) as DualConformanceReport;
    expect(empty.teams).toEqual([]);
    expect(empty.org).toEqual({ id: "globex", name: "globex" });
    expect(JSON.stringify(empty)).not.toContain(ORG_NAME);
  });
});

describe("asOf", () => {
  it("reports the versions as they stood at the end of that day", async () => {
    for (const [daysBack, version] of [[-90, 2], [-91, 1], [-180, 1]] as const) {
      const asOf = addDays(DEMO_AS_OF, daysBack);
      const response = await get(`?asOf=${asOf}`);
      expect(response.headers.get("crosswalk-report-as-of")).toBe(asOf);
      const text = await response.text();
      expect(text, `as of ${asOf}`).toBe(renderCompactJson(expectedReport({ version, asOf })));
    }
  });

  it("gives an empty report before the first version", async () => {
    const report = (await (await get(`?asOf=${addDays(DEMO_AS_OF, -181)}`)).json()) as DualConformanceReport;
    expect(report.teams).toEqual([]);
    expect(report.summary.teams).toBe(0);
  });

  it("treats today and later as the latest versions, dated as asked", async () => {
    const later = addDays(DEMO_AS_OF, 30);
    expect(await (await get(`?asOf=${later}`)).text()).toBe(renderCompactJson(expectedReport({ asOf: later })));
  });
});

describe("storage reads", () => {
  /** A second server on the same store with no caches, so every request reads what it needs. */
  let uncached: HttpServer;
  beforeAll(async () => {
    uncached = await listen(createApp({ store: calls.store, clock: () => now, log: () => undefined, limits: { reportCacheBytes: 0 } }), { port: 0, host: "127.0.0.1" });
  });
  afterAll(async () => {
    await uncached.close();
  });
  const getUncached = (query: string, headers: Record<string, string> = {}) => call(uncached.origin, "GET", `${REPORT}${query}`, { key: admin, headers });

  function counted(): void {
    calls.reset();
    dynamo.reset();
  }

  it("stores at least one demo workbook chunked (its snapshot is never read for a report)", () => {
    expect(history.filter((b) => chunked.get(b.team)?.[2]).length).toBeGreaterThan(0);
  });

  it("reads all teams with one index query carrying the newest versions, one probe and one batch of digests, never a head query, a snapshot or a Scan", async () => {
    counted();
    expect((await getUncached("")).status).toBe(200);
    expect(calls.counts()).toEqual({ getKey: 1, getOrgProfile: 1, listLatestVersions: 1, getDigests: 1 });
    expect(dynamo.counts()).toEqual({
      GetItemCommand: 2, // the key, the org profile
      "QueryCommand@gsi1": 1, // the org-wide workbook index, with each workbook's newest-version pointer
      BatchGetItemCommand: 2, // the probe that no pointer lags, then the three digests
    });
  });

  it("with the caches warm, reads no digest again, and after one team's push reads that one digest only", async () => {
    await get("");
    counted();
    expect((await get("")).status).toBe(200);
    expect(calls.counts()).toEqual({ getKey: 1, getOrgProfile: 1, listLatestVersions: 1 });

    const book = history[0]!;
    const latest = book.versions[book.versions.length - 1]!;
    const pushed = await call(server.origin, "POST", `/v1/teams/${book.team}/workbooks/${book.workbook}/versions`, {
      key: admin,
      json: { ...latest, workbook: { ...latest.workbook, owner: "someone new" } },
      headers: { "if-match": `"v${book.versions.length}"` },
    });
    expect(pushed.status).toBe(201);
    counted();
    const after = await get("");
    expect(after.status).toBe(200);
    expect(calls.counts()).toEqual({ getKey: 1, getOrgProfile: 1, listLatestVersions: 1, getDigests: 1 });
    expect(after.headers.get("server-timing")).toMatch(/digests;dur=[\d.]+;desc="2 cached 1 read 0 rebuilt"/);
  });

  it("reads one index query per named team, and answers a 304 from the same reads", async () => {
    const etag = (await getUncached("?teams=people,credit-risk")).headers.get("etag") ?? "";
    counted();
    expect((await getUncached("?teams=people,credit-risk", { "if-none-match": etag })).status).toBe(304);
    expect(calls.counts()).toEqual({ getKey: 1, getOrgProfile: 1, listLatestVersions: 2, getDigests: 1 });
    expect(dynamo.counts()["QueryCommand@gsi1"]).toBe(2);
    expect(dynamo.commands().some((c) => c.name === "ScanCommand")).toBe(false);
  });

  it("reads the digests of the versions as of a date (one metadata query per workbook)", async () => {
    counted();
    const response = await getUncached(`?asOf=${addDays(DEMO_AS_OF, -100)}`);
    expect(response.status).toBe(200);
    expect(calls.counts()).toEqual({ getKey: 1, getOrgProfile: 1, listWorkbooks: 1, getVersion: 3, getDigests: 1 });
    expect(dynamo.counts()).toEqual({ GetItemCommand: 2, "QueryCommand@gsi1": 1, QueryCommand: 3, BatchGetItemCommand: 1 });
  });
});

describe("digests rebuilt on read", () => {
  it("rebuilds a missing digest and one of an older DIGEST_VERSION from the snapshot, writes it back, and reports the same", async () => {
    const app = createApp({ store: calls.store, clock: () => now, log: () => undefined, limits: { reportCacheBytes: 0 } });
    const local = await listen(app, { port: 0, host: "127.0.0.1" });
    try {
      const before = await call(local.origin, "GET", REPORT, { key: admin });
      const etag = before.headers.get("etag");
      const workbooks = (await store.listWorkbooks(ORG, { limit: 10 })).items;
      const [first, second] = await Promise.all(workbooks.slice(0, 2).map((w) => store.getVersion(w, "latest")));
      // One digest gone (a version pushed before digests existed), one from an older digest shape.
      await db.client.send(new DeleteItemCommand({ TableName: tableName, Key: { pk: { S: `WB#${ORG}#${first!.team}#${first!.workbook}` }, sk: { S: `D#${String(first!.version).padStart(10, "0")}` } } }));
      await store.putDigest(second!, { digestVersion: DIGEST_VERSION - 1, body: new TextEncoder().encode("{}") });

      calls.reset();
      const rebuilt = await call(local.origin, "GET", REPORT, { key: admin });
      expect(rebuilt.status).toBe(200);
      expect(rebuilt.headers.get("etag")).toBe(etag);
      expect(rebuilt.headers.get("server-timing")).toMatch(/digests;dur=[\d.]+;desc="0 cached 1 read 2 rebuilt"/);
      expect(calls.counts()).toMatchObject({ getDigests: 1, getSnapshot: 2, putDigest: 2 });

      calls.reset();
      const again = await call(local.origin, "GET", REPORT, { key: admin });
      expect(again.headers.get("etag")).toBe(etag);
      expect(calls.counts().getSnapshot).toBeUndefined();
      expect(again.headers.get("server-timing")).toMatch(/digests;dur=[\d.]+;desc="0 cached 3 read 0 rebuilt"/);
    } finally {
      await local.close();
    }
  });
});

describe("sections and large answers", () => {
  it("answers only the sections asked for, with the envelope, equal to those of the whole report", async () => {
    const whole = (await (await get("")).json()) as Record<string, unknown>;
    const response = await get("?sections=summary,readiness");
    expect(response.status).toBe(200);
    const part = (await response.json()) as Record<string, unknown>;
    expect(Object.keys(part)).toEqual(["reportVersion", "kind", "org", "asOf", "summary", "readiness"]);
    expect(part.summary).toEqual(whole.summary);
    expect(part.readiness).toEqual(whole.readiness);
    expect(response.headers.get("etag")).not.toBe((await get("")).headers.get("etag"));
  });

  it("answers the whole JSON again with the same bytes and ETag, gzipped or not, after a selection of sections was asked for", async () => {
    const path = `${REPORT}`;
    const gz = { authorization: `Bearer ${admin}`, "accept-encoding": "gzip" };
    const plain = { authorization: `Bearer ${admin}`, "accept-encoding": "identity" };
    const first = await rawGet(server.origin, path, gz);
    const firstPlain = await rawGet(server.origin, path, plain);
    const part = await rawGet(server.origin, `${path}?sections=summary`, gz);
    const again = await rawGet(server.origin, path, gz);
    const againPlain = await rawGet(server.origin, path, plain);
    expect(gunzipSync(part.body).toString()).not.toBe(firstPlain.body.toString());
    expect(again.body.equals(first.body)).toBe(true);
    expect(again.headers.etag).toBe(first.headers.etag);
    expect(againPlain.body.equals(firstPlain.body)).toBe(true);
    expect(againPlain.headers.etag).toBe(firstPlain.headers.etag);
    expect(gunzipSync(again.body).equals(firstPlain.body)).toBe(true);
  });

  it("refuses an unknown section naming the sections, and sections with another format", async () => {
    const unknown = (await expectProblem(await get("?sections=summary,gaps,soa"), 400)).errors as { in: string; pointer: string; message: string }[];
    expect(unknown).toHaveLength(2);
    expect(unknown[0]).toMatchObject({ in: "query", pointer: "sections" });
    expect(unknown[0]?.message).toContain('no section "gaps" (it is part of readiness); expected any of teams, summary');
    expect(unknown[1]?.message).toContain('no section "soa" (it is part of iso42001)');
    expect((await expectProblem(await get("?sections=summary&format=html"), 400)).errors).toMatchObject([{ pointer: "sections" }]);
    expect((await expectProblem(await get("?sections=,"), 400)).errors).toMatchObject([{ pointer: "sections" }]);
  });

  it("streams a report above the streaming threshold in chunks: same bytes, same ETag, no 422", async () => {
    const app = createApp({ store: calls.store, clock: () => now, log: () => undefined, limits: { streamReportAboveBytes: 10_000 } });
    const local = await listen(app, { port: 0, host: "127.0.0.1" });
    try {
      const buffered = await get("", admin, { "accept-encoding": "identity" });
      const bufferedBody = await buffered.text();
      expect(bufferedBody.length).toBeGreaterThan(10_000);
      const { headers, body } = await rawGet(local.origin, `${REPORT}`, { authorization: `Bearer ${admin}`, "accept-encoding": "identity" });
      expect(headers["transfer-encoding"]).toBe("chunked");
      expect(headers["content-length"]).toBeUndefined();
      expect(headers.etag).toBe(buffered.headers.get("etag"));
      expect(body.toString("utf8")).toBe(bufferedBody);
    } finally {
      await local.close();
    }
  });
});

describe("bad requests", () => {
  it("refuses an unknown format, a bad date and an unknown parameter, naming each", async () => {
    const problem = await expectProblem(await get("?format=pdf&asOf=2026-02-30&team=people"), 400);
    expect(problem.errors).toEqual([
      { in: "query", pointer: "format", message: "expected one of json, csv, md, html, oscal, xlsx" },
      { in: "query", pointer: "asOf", message: "expected a calendar date written YYYY-MM-DD" },
      { in: "query", pointer: "team", message: "unknown parameter; expected format, teams, asOf, sections, csvTable (did you mean teams?)" },
    ]);
  });

  it("refuses bad team ids, csvTable without CSV and an unknown CSV table (listing the ids)", async () => {
    expect((await expectProblem(await get("?teams=People!"), 400)).errors).toMatchObject([{ in: "query", pointer: "teams.0" }]);
    expect((await expectProblem(await get("?teams=,"), 400)).errors).toMatchObject([{ in: "query", pointer: "teams" }]);
    expect((await expectProblem(await get("?csvTable=gaps"), 400)).errors).toMatchObject([{ pointer: "csvTable", message: "use with format=csv" }]);
    const unknown = await expectProblem(await get("?format=csv&csvTable=nope"), 400);
    expect(unknown.errors).toEqual([{ in: "query", pointer: "csvTable", message: `expected one of ${csvTableIds(expectedReport()).join(", ")}` }]);
  });

  it("never answers 5xx to any query string", async () => {
    const name = fc.constantFrom("format", "teams", "asOf", "csvTable", "sections", "team", "__proto__", "");
    const value = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom("csv", "xlsx", "people", "people,,credit-risk", "2026-02-29", "2028-02-29", "gaps", "summary,aiRmf", "%ZZ"));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(name, value), { maxLength: 4 }), async (pairs) => {
        const query = pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join("&");
        const response = await get(`?${query}`);
        await response.arrayBuffer();
        expect([200, 400, 404], query).toContain(response.status);
      }),
      { numRuns: 40 },
    );
  });

  it("answers 401 without a key and 405 to other methods", async () => {
    await expectProblem(await call(server.origin, "GET", REPORT), 401);
    const post = await call(server.origin, "POST", REPORT, { key: admin, json: {} });
    await expectProblem(post, 405);
    expect(post.headers.get("allow")).toBe("GET");
  });
});

describe("a new version", () => {
  it("changes the ETag when a team pushes a new version", async () => {
    const before = (await get("")).headers.get("etag") ?? "";
    const people = history.find((b) => b.team === "people") as DemoWorkbookHistory;
    const latest = people.versions[2] as { risks: Array<Record<string, unknown>> };
    const changed = { ...latest, risks: latest.risks.map((r, i) => (i === 0 ? { ...r, title: "Retitled risk" } : r)) };
    const push = await call(server.origin, "POST", "/v1/teams/people/workbooks/ai-conformance/versions", {
      key: admin,
      json: changed,
      headers: { "if-match": '"v3"' },
    });
    expect(push.status).toBe(201);
    const after = await get("");
    expect(after.headers.get("etag")).not.toBe(before);
    expect((await get("", admin, { "if-none-match": before })).status).toBe(200);
    const report = (await after.json()) as DualConformanceReport;
    expect(report.teams.find((t) => t.team === "people")?.version).toBe(4);
  });

  it("changes the ETag when the org profile changes", async () => {
    const before = (await get("")).headers.get("etag") ?? "";
    const put = await call(server.origin, "PUT", "/v1/org/profile", { key: admin, json: { ...DEMO_PROFILE, name: ORG_NAME, customerMix: "federal" } });
    expect(put.status).toBe(200);
    const after = await get("");
    expect(after.headers.get("etag")).not.toBe(before);
    expect(((await after.json()) as DualConformanceReport).org.profile?.customerMix).toBe("federal");
  });
});

describe("a report larger than the deployment can return", () => {
  it("answers a clear 422 problem naming the size and the limit, instead of a broken response", async () => {
    const small = createApp({ store, clock: () => now, log: () => undefined, limits: { maxResponseBytes: 10_000 } });
    const response = await small.request(`${REPORT}?format=html`, { headers: { authorization: `Bearer ${admin}` } });
    expect(response.status).toBe(422);
    expect(response.headers.get("content-type")).toMatch(/application\/problem\+json/);
    const body = (await response.json()) as { type: string; detail: string; size: number; limit: number };
    expect(body.type).toMatch(/report-too-large/);
    expect(body.limit).toBe(10_000);
    expect(body.size).toBeGreaterThan(10_000);
    expect(body.detail).toMatch(/teams=/);
  });
});

describe("the workbook list", () => {
  it("names each workbook's newest version from the index's pointers: one index query, one probe, no head query per workbook", async () => {
    calls.reset();
    dynamo.reset();
    const response = await call(server.origin, "GET", "/v1/workbooks", { key: admin });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { items: { team: string; latest: { version: number } | null }[] };
    const counts = { calls: calls.counts(), dynamo: dynamo.counts() };
    // What a head query per workbook answers (read after, on the uncounted store).
    const heads = await Promise.all(history.map(async (b) => [b.team, (await store.getVersion({ org: ORG, team: b.team, workbook: b.workbook }, "latest"))?.version]));
    expect(body.items.map((w) => [w.team, w.latest?.version])).toEqual(heads.sort());
    expect(counts.calls).toEqual({ getKey: 1, listLatestVersions: 1 });
    expect(counts.dynamo).toEqual({ GetItemCommand: 1, "QueryCommand@gsi1": 1, BatchGetItemCommand: 1 });
  });
});
