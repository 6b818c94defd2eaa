/**
 * The report pulled through the API, over loopback HTTP, each API server in a process of its own
 * (as a Lambda instance is: see api-process.ts) against dynalite in another (as DynamoDB is a
 * service of its own: see dynalite-process.ts), side by
 * side in one run: the demo organisation (3 teams), 200 teams × 500 risks (pushed over HTTP, so
 * each push writes its digest) and 1,000 teams × 200 risks (seeded through the store with the
 * digests a push writes, as 1,000 HTTP pushes take long; the report still goes over HTTP,
 * streamed). Storage reads of each request are counted at the port and as DynamoDB commands, in the server's process.
 */
import { createPrng, DEMO_AS_OF, demoHistory, syntheticSnapshot } from "../../shared/demo/index";
import { matrixPreset } from "../../shared/scoring/index";
import { mapConcurrent } from "../../shared/util/map-concurrent";
import { DEMO_PROFILE } from "../shared/report/demo-input";
import type { Store } from "../../api/store/port";
import { startTestDb, type TestDb } from "../api/support/dynamo";
import { storeKey } from "../api/support/http-api";
import { digestForPush } from "../../api/report/digest-sources";
import { sha256Hex } from "../../api/store/dynamo/chunks";
import { countRecords } from "../../shared/diff/count-records";
import type { Benchmark } from "./benchmark";
import { type ApiProcess, startApiProcess } from "./api-process";
import { startDynaliteProcess } from "./dynalite-process";

const REPORT = "/v1/reports/dual-conformance";

interface Env {
  readonly db: TestDb;
  /** The benchmark's own store on the table: API keys and the 1,000-team seeding. */
  readonly store: Store;
  readonly key: string;
  /**
   * API servers on the same table, each in a process of its own: `cached` (memory caches, reports
   * stored), `uncached` (no memory cache, nothing stored: every request builds, the issue's
   * measure) and `stored` (no memory cache, reports stored: a fresh instance of the release).
   */
  readonly servers: Record<"cached" | "uncached" | "stored", ApiProcess>;
}

async function startEnv(clock: string): Promise<Env> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
  const db = await startTestDb({ server: startDynaliteProcess });
  const { store, tableName } = await db.table();
  const key = await storeKey(store, "org-admin", { org: "bench" });
  const endpoint = db.dynalite.endpoint;
  const [cached, uncached, stored] = await Promise.all([
    startApiProcess({ endpoint, tableName, clock, reportCacheBytes: 256 * 1024 * 1024, release: "bench" }),
    startApiProcess({ endpoint, tableName, clock, reportCacheBytes: 0 }),
    startApiProcess({ endpoint, tableName, clock, reportCacheBytes: 0, release: "bench" }),
  ]);
  return { db, store, key, servers: { cached, uncached, stored } };
}

async function push(env: Env, team: string, workbook: string, body: string, base: number | null): Promise<void> {
  const headers: Record<string, string> = { authorization: `Bearer ${env.key}`, "content-type": "application/json" };
  if (base !== null) headers["if-match"] = `"v${base}"`;
  const response = await fetch(`${env.servers.cached.origin}/v1/teams/${team}/workbooks/${workbook}/versions`, { method: "POST", headers, body });
  if (response.status !== 201) throw new Error(`push ${team}: ${response.status} ${await response.text()}`);
}

async function setProfile(env: Env): Promise<void> {
  const response = await fetch(`${env.servers.cached.origin}/v1/org/profile`, {
    method: "PUT",
    headers: { authorization: `Bearer ${env.key}`, "content-type": "application/json" },
    body: JSON.stringify({ name: "Bench Org", ...DEMO_PROFILE }),
  });
  if (response.status !== 200) throw new Error(`profile: ${response.status}`);
}

interface Pull {
  readonly ms: number;
  readonly bytes: number;
  readonly status: number;
  readonly etag: string;
  readonly reads: string;
  /** The server's own split: sources (index + reads + parse), build, render, gzip. */
  readonly timing: string;
  /** Bytes on the wire (gzip when the format is text). */
  readonly wire: string;
  /** The server process's resident memory after the request. */
  readonly rssMb: number;
}

/** One report request, timed from the client, with its storage reads. */
async function pull(env: Env, server: keyof Env["servers"], query: string, headers: Record<string, string> = {}): Promise<Pull> {
  await env.servers[server].reset();
  const start = performance.now();
  const response = await fetch(`${env.servers[server].origin}${REPORT}${query}`, { headers: { authorization: `Bearer ${env.key}`, ...headers } });
  const body = await response.arrayBuffer();
  const ms = performance.now() - start;
  if (response.status !== 200 && response.status !== 304) throw new Error(`report ${query}: ${response.status} ${Buffer.from(body).toString()}`);
  const { port, dynamo: commands, rssMb } = await env.servers[server].counts();
  const reads = `port ${Object.entries(port).map(([k, v]) => `${k} ${v}`).join(", ")}; DynamoDB ${Object.entries(commands).map(([k, v]) => `${k} ${v}`).join(", ")}${commands.ScanCommand ? "" : ", no Scan"}`;
  const timing = (response.headers.get("server-timing") ?? "").replace(/;dur=/g, " ").replace(/(\d+)\.\d/g, "$1 ms");
  const wire = response.headers.get("content-encoding") === "gzip" ? "gzip" : "identity";
  return { ms, bytes: body.byteLength, status: response.status, etag: response.headers.get("etag") ?? "", reads, timing, wire, rssMb };
}

async function closeEnv(env: Env): Promise<void> {
  await Promise.all(Object.values(env.servers).map((server) => server.stop()));
  await env.db.close();
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function repeat(n: number, fn: () => Promise<Pull>): Promise<Pull[]> {
  const out: Pull[] = [];
  for (let i = 0; i < n; i++) out.push(await fn());
  return out;
}

// ---- the demo organisation: 3 teams, 3 versions each, with a profile -------------------------

interface DemoFigures {
  first: Pull;
  json: Pull[];
  html: Pull[];
  xlsxFirst: Pull;
  xlsx: Pull[];
  notModified: Pull[];
  asOf: Pull[];
}
let demo: Promise<DemoFigures> | undefined;

function demoFigures(): Promise<DemoFigures> {
  demo ??= (async () => {
    const env = await startEnv(`${DEMO_AS_OF}T08:00:00Z`);
    try {
      for (const book of demoHistory({ asOf: DEMO_AS_OF })) {
        for (const [i, snapshot] of book.versions.entries()) await push(env, book.team, book.workbook, JSON.stringify(snapshot), i === 0 ? null : i);
      }
      await setProfile(env);
      // The cached server rebuilds the org's report after pushes and the profile (in the background): let it finish first.
      await env.servers.cached.idle();
      await Promise.all(Object.values(env.servers).map((server) => server.setClock(`${DEMO_AS_OF}T12:00:00Z`)));
      const first = await pull(env, "cached", "?format=json");
      const json = await repeat(15, () => pull(env, "cached", "?format=json"));
      const html = await repeat(15, () => pull(env, "cached", "?format=html"));
      const xlsxFirst = await pull(env, "cached", "?format=xlsx");
      const xlsx = await repeat(9, () => pull(env, "cached", "?format=xlsx"));
      const etag = json[0]?.etag ?? "";
      const notModified = await repeat(15, () => pull(env, "cached", "?format=json", { "if-none-match": etag }));
      const asOf = await repeat(9, () => pull(env, "uncached", `?asOf=2026-06-01`));
      return { first, json, html, xlsxFirst, xlsx, notModified, asOf };
    } finally {
      await closeEnv(env);
    }
  })();
  return demo;
}

// ---- 200 teams × 500 risks ----------------------------------------------------------------------

const TEAMS = 200;
const RISKS = 500;

interface ScaleFigures {
  pushedMb: number;
  uncached: Pull[];
  cachedFirst: Pull;
  cached: Pull[];
  notModified: Pull[];
  xlsx: Pull;
  /** Fresh instances of the release (no memory cache) once the cached server has built and stored the report. */
  stored: Pull[];
  /** The cached server's rebuild after one team's push, in the background: push answered → rebuilt and stored. */
  refreshMs: number;
  /** The first request after that push, on a fresh instance (no memory cache): the report the rebuild stored. */
  afterPush: Pull;
  /** The same on the cached server (its memory holds the rebuilt report). */
  afterPushCached: Pull;
  sections: Pull;
  rssMb: number;
}
let scale: Promise<ScaleFigures> | undefined;

function scaleFigures(): Promise<ScaleFigures> {
  scale ??= (async () => {
    const env = await startEnv("2026-09-30T12:00:00Z");
    try {
      const random = createPrng(2026);
      const matrices = [matrixPreset("5x5"), matrixPreset("3x3"), matrixPreset("4x4")];
      const bodies = Array.from({ length: TEAMS }, (_, k) => {
        const team = `team-${String(k + 1).padStart(3, "0")}`;
        return { team, body: JSON.stringify(syntheticSnapshot({ team, risks: RISKS, random, matrix: matrices[k % 3]! })) };
      });
      const pushedMb = bodies.reduce((sum, b) => sum + b.body.length, 0) / 1024 / 1024;
      await mapConcurrent(bodies, 8, (b) => push(env, b.team, "ai-conformance", b.body, null));
      await setProfile(env);
      // The cached server rebuilds the org's report after pushes and the profile (in the background): let it finish first.
      await env.servers.cached.idle();
      const uncached = await repeat(3, () => pull(env, "uncached", "?format=json"));
      const cachedFirst = await pull(env, "cached", "?format=json");
      const cached = await repeat(3, () => pull(env, "cached", "?format=json"));
      const stored = await repeat(3, () => pull(env, "stored", "?format=json"));
      const notModified = await repeat(3, () => pull(env, "cached", "?format=json", { "if-none-match": cached[0]?.etag ?? "" }));
      const xlsx = await pull(env, "cached", "?format=xlsx");
      const again = syntheticSnapshot({ team: "team-001", risks: RISKS, random, matrix: matrices[0]! });
      await push(env, "team-001", "ai-conformance", JSON.stringify(again), 1);
      const pushed = performance.now();
      await env.servers.cached.idle();
      const refreshMs = performance.now() - pushed;
      const afterPush = await pull(env, "stored", "?format=json");
      const afterPushCached = await pull(env, "cached", "?format=json");
      const sections = await pull(env, "uncached", "?format=json&sections=summary,readiness");
      return { pushedMb, uncached, cachedFirst, cached, stored, notModified, xlsx, refreshMs, afterPush, afterPushCached, sections, rssMb: Math.max(...[...cached, afterPushCached].map((p) => p.rssMb)) };
    } finally {
      await closeEnv(env);
    }
  })();
  return scale;
}

// ---- 1,000 teams × 200 risks ------------------------------------------------------------------

const HUGE_TEAMS = 1_000;
const HUGE_RISKS = 200;

interface HugeFigures {
  seededMb: number;
  seedSeconds: number;
  uncached: Pull;
  identity: Pull;
  cached: Pull[];
  stored: Pull;
}
let huge: Promise<HugeFigures> | undefined;

/** What a push stores, written through the store directly: the version and its digest. */
async function seedDirect(env: Env, team: string, body: string, snapshot: Parameters<typeof countRecords>[0]): Promise<void> {
  const bytes = new TextEncoder().encode(body);
  const createdAt = "2026-09-29T12:00:00.000Z";
  const outcome = await env.store.commitVersion({
    ref: { org: "bench", team, workbook: "ai-conformance" },
    baseVersion: null,
    createdAt,
    author: { keyId: "seed", name: "seed" },
    body: bytes,
    sha256: sha256Hex(bytes),
    schemaVersion: snapshot.schemaVersion,
    recordCounts: countRecords(snapshot),
    digest: digestForPush({ team, workbook: "ai-conformance", version: 1, author: "seed", createdAt, snapshot }),
  });
  if (outcome.status !== "committed") throw new Error(`seed ${team}: ${outcome.status}`);
}

function hugeFigures(): Promise<HugeFigures> {
  huge ??= (async () => {
    const env = await startEnv("2026-09-30T12:00:00Z");
    try {
      const random = createPrng(1000);
      const matrices = [matrixPreset("5x5"), matrixPreset("3x3"), matrixPreset("4x4")];
      const started = performance.now();
      let seeded = 0;
      await mapConcurrent(Array.from({ length: HUGE_TEAMS }, (_, k) => k), 8, async (k) => {
        const team = `team-${String(k + 1).padStart(4, "0")}`;
        const snapshot = syntheticSnapshot({ team, risks: HUGE_RISKS, random, matrix: matrices[k % 3]! });
        const body = JSON.stringify(snapshot);
        seeded += body.length;
        await seedDirect(env, team, body, snapshot);
      });
      const seedSeconds = (performance.now() - started) / 1000;
      await setProfile(env);
      // The cached server rebuilds the org's report after pushes and the profile (in the background): let it finish first.
      await env.servers.cached.idle();
      const uncached = await pull(env, "uncached", "?format=json");
      const identity = await pull(env, "uncached", "?format=json", { "accept-encoding": "identity" });
      const cached = await repeat(3, () => pull(env, "cached", "?format=json"));
      const stored = await pull(env, "stored", "?format=json");
      return { seededMb: seeded / 1024 / 1024, seedSeconds, uncached, identity, cached, stored };
    } finally {
      await closeEnv(env);
    }
  })();
  return huge;
}

const ms = (pulls: Pull[]) => median(pulls.map((p) => p.ms));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

export const benchmarks: Benchmark[] = [
  {
    name: "report api: demo 3 teams, JSON, first request",
    unit: "ms",
    async run() {
      const f = await demoFigures();
      return { value: f.first.ms, note: `the first request, its report already rebuilt in the background after the pushes; ${kb(f.first.bytes)}; ${f.first.reads}` };
    },
  },
  {
    name: "report api: demo 3 teams, JSON",
    unit: "ms",
    async run() {
      const f = await demoFigures();
      return { value: ms(f.json), note: `median of ${f.json.length}, loopback; server: ${f.json[0]?.timing}; ${kb(f.json[0]?.bytes ?? 0)} (${f.json[0]?.wire}); ${f.json[0]?.reads}` };
    },
  },
  {
    name: "report api: demo 3 teams, HTML",
    unit: "ms",
    async run() {
      const f = await demoFigures();
      return { value: ms(f.html), note: `median of ${f.html.length}; ${kb(f.html[0]?.bytes ?? 0)}` };
    },
  },
  {
    name: "report api: demo 3 teams, XLSX",
    unit: "ms",
    async run() {
      const f = await demoFigures();
      return { value: ms(f.xlsx), note: `median of ${f.xlsx.length}; first ${f.xlsxFirst.ms.toFixed(0)} ms (loads exceljs); ${kb(f.xlsx[0]?.bytes ?? 0)}` };
    },
  },
  {
    name: "report api: demo 3 teams, 304",
    unit: "ms",
    async run() {
      const f = await demoFigures();
      return { value: ms(f.notModified), note: `median of ${f.notModified.length}; the report is rebuilt to compare, not rendered or sent` };
    },
  },
  {
    name: "report api: demo 3 teams, asOf, no cache",
    unit: "ms",
    async run() {
      const f = await demoFigures();
      return { value: ms(f.asOf), note: `median of ${f.asOf.length}; ${f.asOf[0]?.reads}` };
    },
  },
  {
    name: `report api: ${TEAMS} teams × ${RISKS} risks, JSON, no cache`,
    unit: "ms",
    async run() {
      const f = await scaleFigures();
      return { value: ms(f.uncached), note: `median of ${f.uncached.length}; ${f.pushedMb.toFixed(1)} MB of snapshots pushed; their digests read and parsed per request, no snapshot; server: ${f.uncached[0]?.timing}; report ${kb(f.uncached[0]?.bytes ?? 0)} (${f.uncached[0]?.wire}); ${f.uncached[0]?.reads}` };
    },
  },
  {
    name: `report api: ${TEAMS} teams × ${RISKS} risks, JSON, cached`,
    unit: "ms",
    async run() {
      const f = await scaleFigures();
      return { value: ms(f.cached), note: `median of ${f.cached.length} after a first request of ${f.cachedFirst.ms.toFixed(0)} ms (the server rebuilt the report in the background after the pushes); server: ${f.cached[0]?.timing}; ${f.cached[0]?.reads}; the cached server's process RSS ${f.rssMb.toFixed(0)} MB (each server and dynalite run in processes of their own)` };
    },
  },
  {
    name: `report api: ${TEAMS} teams × ${RISKS} risks, JSON, fresh instance, report stored`,
    unit: "ms",
    async run() {
      const f = await scaleFigures();
      return { value: ms(f.stored), note: `median of ${f.stored.length}: no memory cache, the report another instance of the release built and stored; server: ${f.stored[0]?.timing}; ${f.stored[0]?.reads}` };
    },
  },
  {
    name: `report api: ${TEAMS} teams × ${RISKS} risks, 304, cached`,
    unit: "ms",
    async run() {
      const f = await scaleFigures();
      return { value: ms(f.notModified), note: `median of ${f.notModified.length}` };
    },
  },
  {
    name: `report api: ${TEAMS} teams × ${RISKS} risks, JSON ÷ demo 3 teams, JSON`,
    unit: "×",
    async run() {
      const d = await demoFigures();
      const f = await scaleFigures();
      return { value: ms(f.cached) / ms(d.json), note: `cached servers both: ${ms(f.cached).toFixed(0)} ms ÷ ${ms(d.json).toFixed(1)} ms (target ≤ 10); uncached: ${(ms(f.uncached) / ms(d.json)).toFixed(0)} ×` };
    },
  },
  {
    name: `report api: ${TEAMS} teams × ${RISKS} risks, JSON, no cache ÷ demo 3 teams, JSON`,
    unit: "×",
    async run() {
      const d = await demoFigures();
      const f = await scaleFigures();
      return { value: ms(f.uncached) / ms(d.json), note: `the issue's measure (its baseline, about 150 ×, was the uncached request): ${ms(f.uncached).toFixed(0)} ms ÷ ${ms(d.json).toFixed(1)} ms (target ≤ 10)` };
    },
  },
  {
    name: `report api: ${TEAMS} teams × ${RISKS} risks, JSON, fresh instance, report stored ÷ demo 3 teams, JSON`,
    unit: "×",
    async run() {
      const d = await demoFigures();
      const f = await scaleFigures();
      return { value: ms(f.stored) / ms(d.json), note: `${ms(f.stored).toFixed(0)} ms ÷ ${ms(d.json).toFixed(1)} ms: what any instance answers once one has built the report for these versions and this date; the first request after a push or on a new day builds (the line above, and "after one team's push")` };
    },
  },
  {
    name: `report api: ${TEAMS} teams × ${RISKS} risks, JSON after one team's push, fresh instance`,
    unit: "ms",
    async run() {
      const f = await scaleFigures();
      return { value: f.afterPush.ms, note: `the first request after the push, on an instance with no memory cache: the report the cached server rebuilt and stored in the background (${f.refreshMs.toFixed(0)} ms from the push's answer to stored); server: ${f.afterPush.timing}; ${f.afterPush.reads}; on the cached server then: ${f.afterPushCached.ms.toFixed(0)} ms` };
    },
  },
  {
    name: `report api: ${TEAMS} teams × ${RISKS} risks, JSON after one team's push, fresh instance ÷ demo 3 teams, JSON`,
    unit: "×",
    async run() {
      const d = await demoFigures();
      const f = await scaleFigures();
      return { value: f.afterPush.ms / ms(d.json), note: `${f.afterPush.ms.toFixed(0)} ms ÷ ${ms(d.json).toFixed(1)} ms, once the rebuild after the push is done (${f.refreshMs.toFixed(0)} ms); a request sooner builds as "no cache" does` };
    },
  },
  {
    name: `report api: ${TEAMS} teams × ${RISKS} risks, sections=summary,readiness, no cache`,
    unit: "ms",
    async run() {
      const f = await scaleFigures();
      return { value: f.sections.ms, note: `${kb(f.sections.bytes)} (${f.sections.wire}); server: ${f.sections.timing}` };
    },
  },
  {
    name: `report api: ${HUGE_TEAMS} teams × ${HUGE_RISKS} risks, JSON, no cache`,
    unit: "ms",
    async run() {
      const f = await hugeFigures();
      return { value: f.uncached.ms, note: `${f.seededMb.toFixed(0)} MB of snapshots seeded through the store in ${f.seedSeconds.toFixed(0)} s; answered whole (streamed), ${kb(f.uncached.bytes)} (${f.uncached.wire}); server: ${f.uncached.timing}; ${f.uncached.reads}` };
    },
  },
  {
    name: `report api: ${HUGE_TEAMS} teams × ${HUGE_RISKS} risks, JSON without gzip, no cache`,
    unit: "ms",
    async run() {
      const f = await hugeFigures();
      return { value: f.identity.ms, note: `${kb(f.identity.bytes)} (${f.identity.wire}), streamed in chunks; server: ${f.identity.timing}` };
    },
  },
  {
    name: `report api: ${HUGE_TEAMS} teams × ${HUGE_RISKS} risks, JSON, cached`,
    unit: "ms",
    async run() {
      const f = await hugeFigures();
      return { value: ms(f.cached), note: `median of ${f.cached.length}; then a fresh instance, report stored: ${f.stored.ms.toFixed(0)} ms (${f.stored.timing}; ${f.stored.reads}); server: ${f.cached[0]?.timing}; ${f.cached[0]?.reads}; server RSS ${(f.cached.at(-1)?.rssMb ?? 0).toFixed(0)} MB` };
    },
  },
  {
    name: `report api: ${TEAMS} teams × ${RISKS} risks, XLSX`,
    unit: "ms",
    async run() {
      const f = await scaleFigures();
      return { value: f.xlsx.ms, note: `one request, caches warm; server: ${f.xlsx.timing}; ${kb(f.xlsx.bytes)}` };
    },
  },
];
