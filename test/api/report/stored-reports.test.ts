import * as XLSX from "@e965/xlsx";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../../api/app";
import { type Background, createBackground } from "../../../api/background";
import type { LogEvent } from "../../../api/deps";
import type { Store } from "../../../api/store/port";
import { addDays, DEMO_AS_OF, demoSnapshots } from "../../../shared/demo/index";
import { DEMO_PROFILE } from "../../shared/report/demo-input";
import { countingStore } from "../support/counting";
import { startTestDb, type TestDb } from "../support/dynamo";
import { storeKey } from "../support/http-api";

/**
 * Reports stored for other instances of the same release: a fresh instance answers the report
 * another one built without reading a digest, byte for byte, in every format; anything that
 * changes the report (a push, the profile, the as-of date, the scope, the release) builds anew;
 * and a store that fails to keep or give one costs a build, never an answer.
 */
const REPORT = "/v1/reports/dual-conformance";
const clock = () => new Date(`${DEMO_AS_OF}T12:00:00.000Z`);

let db: TestDb;
let store: Store;
let admin: string;

/** An API instance with no memory cache (a fresh Lambda instance), optionally of a release and with work after its answers. */
function instance(release?: string, wrap: (store: Store) => Store = (s) => s, log: (event: LogEvent) => void = () => undefined, background?: Background) {
  const counted = countingStore(wrap(store));
  const app = createApp({ store: counted.store, clock, log, limits: { reportCacheBytes: 0 }, ...(release ? { release } : {}), ...(background ? { background } : {}) });
  const get = async (query = "", headers: Record<string, string> = {}, key = admin) => {
    const response = await app.request(`${REPORT}${query}`, { headers: { authorization: `Bearer ${key}`, "accept-encoding": "gzip", ...headers } });
    const raw = new Uint8Array(await response.arrayBuffer());
    const body = response.headers.get("content-encoding") === "gzip" ? gunzipSync(raw) : Buffer.from(raw);
    return { response, body, text: body.toString("utf8") };
  };
  return { app, get, calls: counted };
}

/** Pushes a new version on top of the newest (`base` undefined) or of the base given. */
async function push(team: string, snapshot: unknown, given?: number | null, app = createApp({ store, clock, log: () => undefined })): Promise<void> {
  const base = given !== undefined ? given : ((await store.getVersion({ org: "acme", team, workbook: "ai-conformance" }, "latest"))?.version ?? null);
  const response = await app.request(`/v1/teams/${team}/workbooks/ai-conformance/versions`, {
    method: "POST",
    headers: { authorization: `Bearer ${admin}`, "content-type": "application/json", ...(base === null ? {} : { "if-match": `"v${base}"` }) },
    body: JSON.stringify(snapshot),
  });
  expect(response.status).toBe(201);
}

beforeAll(async () => {
  db = await startTestDb();
  ({ store } = await db.table());
  admin = await storeKey(store, "org-admin", { name: "Seeder" });
  for (const snapshot of demoSnapshots({ asOf: DEMO_AS_OF })) await push(snapshot.workbook.team, snapshot, null);
  const app = createApp({ store, clock, log: () => undefined });
  const profile = await app.request("/v1/org/profile", {
    method: "PUT",
    headers: { authorization: `Bearer ${admin}`, "content-type": "application/json" },
    body: JSON.stringify({ name: "Northwind Financial", ...DEMO_PROFILE }),
  });
  expect(profile.status).toBe(200);
});
afterAll(async () => {
  await db.close();
});

describe("stored reports", () => {
  it("lets a fresh instance of the same release answer what another built: same bytes and ETag, no digest read", async () => {
    const builder = instance("r1");
    const built = await builder.get();
    expect(built.response.status).toBe(200);
    expect(built.response.headers.get("server-timing")).toMatch(/build;dur=[\d.]+, stored;dur=[\d.]+;desc="written"/);

    const fresh = instance("r1");
    const again = await fresh.get();
    expect(again.response.status).toBe(200);
    expect(again.text).toBe(built.text);
    expect(again.response.headers.get("etag")).toBe(built.response.headers.get("etag"));
    expect(again.response.headers.get("crosswalk-report-teams")).toBe("3");
    expect(again.response.headers.get("server-timing")).toMatch(/stored;dur=[\d.]+;desc="read"/);
    expect(fresh.calls.counts()).toEqual({ getKey: 1, getOrgProfile: 1, listLatestVersions: 1, getStoredReport: 1 });

    const notModified = await instance("r1").get("", { "if-none-match": built.response.headers.get("etag") ?? "" });
    expect(notModified.response.status).toBe(304);
  });

  it("answers every format, a selection of sections and an ungzipped JSON from a stored report exactly as from a build", async () => {
    await instance("r2").get();
    for (const query of ["?format=html", "?format=md", "?format=csv", "?format=csv&csvTable=gaps", "?format=oscal", "?sections=summary,readiness"]) {
      const fromStored = instance("r2");
      const stored = await fromStored.get(query);
      const built = await instance().get(query);
      expect(stored.response.status, query).toBe(200);
      expect(stored.text, query).toBe(built.text);
      expect(stored.response.headers.get("etag"), query).toBe(built.response.headers.get("etag"));
      expect(fromStored.calls.counts().getDigests, query).toBeUndefined();
    }
    const identity = await instance("r2").get("", { "accept-encoding": "identity" });
    expect(identity.response.headers.get("content-encoding")).toBeNull();
    expect(identity.text).toBe((await instance().get()).text);
    const xlsx = await instance("r2").get("?format=xlsx");
    const sheets = (bytes: Buffer) => {
      const book = XLSX.read(bytes);
      return book.SheetNames.map((name) => XLSX.utils.sheet_to_csv(book.Sheets[name]!));
    };
    expect(sheets(xlsx.body)).toEqual(sheets((await instance().get("?format=xlsx")).body));
  });

  it("builds anew for another as-of date, another scope, another release, and after a push", async () => {
    await instance("r3").get();
    const asOf = instance("r3");
    // A later date: the same versions, but overdue counted as of another day.
    expect((await asOf.get(`?asOf=${addDays(DEMO_AS_OF, 30)}`)).response.status).toBe(200);
    expect(asOf.calls.counts().getDigests).toBe(1);

    const team = await storeKey(store, "team-reader", { teams: ["people"] });
    const scoped = instance("r3");
    const narrow = await scoped.get("", {}, team);
    expect(narrow.response.headers.get("crosswalk-report-teams")).toBe("1");
    expect(scoped.calls.counts().getDigests).toBe(1);

    const other = instance("r4");
    await other.get();
    expect(other.calls.counts().getDigests).toBe(1);

    const before = await instance("r3").get();
    const people = demoSnapshots({ asOf: DEMO_AS_OF }).find((s) => s.workbook.team === "people")!;
    await push("people", { ...people, risks: people.risks.slice(1) }, 1);
    const after = instance("r3");
    const pushed = await after.get();
    expect(after.calls.counts().getDigests).toBe(1);
    expect(pushed.response.headers.get("etag")).not.toBe(before.response.headers.get("etag"));
    expect(pushed.text).toBe((await instance().get()).text);
  });

  it("answers when the store fails to keep or to give a report, and says so in the log", async () => {
    const events: LogEvent[] = [];
    const failing = (method: "getStoredReport" | "putStoredReport") => (inner: Store): Store => ({
      ...inner,
      [method]: async () => {
        throw new Error(`${method} is down`);
      },
    });
    const cannotKeep = await instance("r5", failing("putStoredReport"), (e) => events.push(e)).get();
    expect(cannotKeep.response.status).toBe(200);
    expect(events.map((e) => e.message)).toEqual(["report not stored"]);
    const cannotGive = instance("r5", failing("getStoredReport"), (e) => events.push(e));
    const built = await cannotGive.get();
    expect(built.response.status).toBe(200);
    expect(built.text).toBe(cannotKeep.text);
    expect(cannotGive.calls.counts().getDigests).toBe(1);
    expect(events.map((e) => e.message)).toEqual(["report not stored", "stored report not read; building it"]);
  });
});

describe("the org's report rebuilt after a change", () => {
  const people = () => demoSnapshots({ asOf: DEMO_AS_OF }).find((s) => s.workbook.team === "people")!;

  it("is stored after a push, so a fresh instance's first request after it reads instead of building", async () => {
    const failures: string[] = [];
    const background = createBackground((message) => failures.push(message));
    const pusher = instance("r6", undefined, undefined, background);
    expect((await pusher.get()).response.status).toBe(200);
    await push("people", { ...people(), risks: people().risks.slice(2) }, undefined, pusher.app);
    await background.idle();
    expect(pusher.calls.counts()).toMatchObject({ putStoredReport: 2 });

    const fresh = instance("r6");
    const first = await fresh.get();
    expect(fresh.calls.counts().getDigests).toBeUndefined();
    expect(first.response.headers.get("server-timing")).toMatch(/stored;dur=[\d.]+;desc="read"/);
    expect(first.text).toBe((await instance().get()).text);
    expect(failures).toEqual([]);
  });

  it("rebuilds once for changes that come before its rebuild runs, a profile change among them", async () => {
    // Tasks wait until released, as when the instance is busy: every change arrives before the rebuild starts.
    const waiting: Array<() => Promise<void>> = [];
    const manual: Background = { run: (_what, task) => void waiting.push(task), idle: async () => undefined };
    const pusher = instance("r7", undefined, undefined, manual);
    await push("people", { ...people(), risks: people().risks.slice(3) }, undefined, pusher.app);
    await push("people", { ...people(), risks: people().risks.slice(4) }, undefined, pusher.app);
    const profile = await pusher.app.request("/v1/org/profile", {
      method: "PUT",
      headers: { authorization: `Bearer ${admin}`, "content-type": "application/json" },
      body: JSON.stringify({ name: "Northwind Financial", ...DEMO_PROFILE, size: "large" }),
    });
    expect(profile.status).toBe(200);
    expect(waiting).toHaveLength(1);
    await waiting[0]!();
    expect(pusher.calls.counts().putStoredReport).toBe(1);
    const fresh = instance("r7");
    const first = await fresh.get();
    expect(fresh.calls.counts().getDigests).toBeUndefined();
    expect(first.text).toBe((await instance().get()).text);
    expect(JSON.parse(first.text).org.profile.size).toBe("large");
  });

  it("rebuilds once more when a change comes while it runs", async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const waiting: Array<() => Promise<void>> = [];
    const manual: Background = { run: (_what, task) => void waiting.push(task), idle: async () => undefined };
    // The store holds the first rebuild's digest read (its versions already chosen) until two more pushes have come.
    let reads = 0;
    const holding = (inner: Store): Store => ({
      ...inner,
      getDigests: async (records) => {
        if (reads++ === 0) await held;
        return inner.getDigests(records);
      },
    });
    const pusher = instance("r10", holding, undefined, manual);
    await push("people", { ...people(), risks: people().risks.slice(8) }, undefined, pusher.app);
    const running = waiting[0]!();
    await push("people", { ...people(), risks: people().risks.slice(9) }, undefined, pusher.app);
    await push("people", { ...people(), risks: people().risks.slice(10) }, undefined, pusher.app);
    expect(waiting).toHaveLength(1);
    release();
    await running;
    // Two rebuilds for three pushes: the first of the versions it had chosen, one more for the two that came meanwhile.
    expect(pusher.calls.counts().listLatestVersions).toBe(2);
    expect(pusher.calls.counts().putStoredReport).toBe(2);
    expect((await instance("r10").get()).text).toBe((await instance().get()).text);
  });

  it("answers the push whatever becomes of the rebuild, and logs a failed one", async () => {
    const failures: string[] = [];
    const background = createBackground((message) => failures.push(message));
    const brokenDigests = (inner: Store): Store => ({
      ...inner,
      getDigests: async () => {
        throw new Error("digests are down");
      },
    });
    const pusher = instance("r8", brokenDigests, undefined, background);
    await push("people", { ...people(), risks: people().risks.slice(5) }, undefined, pusher.app);
    await background.idle();
    expect(failures).toEqual(["report refresh of acme failed"]);
  });

  it("is not rebuilt without a release, nor without a place to run after the answer", async () => {
    const background = createBackground(() => undefined);
    const noRelease = instance(undefined, undefined, undefined, background);
    await push("people", { ...people(), risks: people().risks.slice(6) }, undefined, noRelease.app);
    const noBackground = instance("r9");
    await push("people", { ...people(), risks: people().risks.slice(7) }, undefined, noBackground.app);
    await background.idle();
    expect(noRelease.calls.counts().putStoredReport).toBeUndefined();
    expect(noBackground.calls.counts().putStoredReport).toBeUndefined();
  });
});
