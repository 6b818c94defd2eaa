import * as XLSX from "@e965/xlsx";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../../api/app";
import { type Background, createBackground } from "../../../api/background";
import { type LogEvent, resolveDeps } from "../../../api/deps";
import { createOrgReports } from "../../../api/report/org-reports";
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

interface InstanceOptions {
  readonly wrap?: (store: Store) => Store;
  readonly log?: (event: LogEvent) => void;
  /** Where work after its answers runs; none: stores awaited, nothing rebuilt ahead. */
  readonly background?: Background;
  readonly clock?: () => Date;
  /** A memory cache of reports as well (by default none: a fresh Lambda instance). */
  readonly memory?: boolean;
  /** The wait before a rebuild after a change (default here 0). */
  readonly rebuildDelayMs?: number;
}

/** An API instance, optionally of a release. */
function instance(release?: string, options: InstanceOptions = {}) {
  const counted = countingStore((options.wrap ?? ((s) => s))(store));
  const app = createApp({
    store: counted.store,
    clock: options.clock ?? clock,
    log: options.log ?? (() => undefined),
    limits: { reportRebuildDelayMs: options.rebuildDelayMs ?? 0, ...(options.memory ? {} : { reportCacheBytes: 0 }) },
    ...(release ? { release } : {}),
    ...(options.background ? { background: options.background } : {}),
  });
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
    const cannotKeep = await instance("r5", { wrap: failing("putStoredReport"), log: (e) => events.push(e) }).get();
    expect(cannotKeep.response.status).toBe(200);
    expect(events.map((e) => e.message)).toEqual(["report not stored"]);
    const cannotGive = instance("r5", { wrap: failing("getStoredReport"), log: (e) => events.push(e) });
    const built = await cannotGive.get();
    expect(built.response.status).toBe(200);
    expect(built.text).toBe(cannotKeep.text);
    expect(cannotGive.calls.counts().getDigests).toBe(1);
    expect(events.map((e) => e.message)).toEqual(["report not stored", "stored report not read; building it"]);
  });
});

describe("the org's report rebuilt after a change", () => {
  const people = () => demoSnapshots({ asOf: DEMO_AS_OF }).find((s) => s.workbook.team === "people")!;
  let cut = 2;
  /** Another version of the people team's workbook, pushed through this instance. */
  const pushPeople = (app: ReturnType<typeof instance>["app"]) => push("people", { ...people(), risks: people().risks.slice(cut++ % 10) }, undefined, app);
  const setProfile = (app: ReturnType<typeof instance>["app"], size: string) =>
    app.request("/v1/org/profile", {
      method: "PUT",
      headers: { authorization: `Bearer ${admin}`, "content-type": "application/json" },
      body: JSON.stringify({ name: "Northwind Financial", ...DEMO_PROFILE, size }),
    });
  /** A store whose first call of `method` waits for `release()` (and then fails when `fail` says so). */
  const holdingFirst = (method: "getDigests" | "putStoredReport", fail = false) => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let reached: () => void = () => undefined;
    const called = new Promise<void>((resolve) => (reached = resolve));
    let calls = 0;
    const wrap = (inner: Store): Store => ({
      ...inner,
      [method]: async (...args: unknown[]) => {
        if (calls++ === 0) {
          reached();
          await held;
          if (fail) throw new Error(`${method} failed once`);
        }
        return (inner[method] as (...a: unknown[]) => Promise<unknown>)(...args);
      },
    });
    return { wrap, release: () => release(), called };
  };

  it("is stored after a push, so a fresh instance's first request after it reads instead of building", async () => {
    const failures: string[] = [];
    const background = createBackground((message) => failures.push(message));
    const pusher = instance("r6", { background });
    expect((await pusher.get()).response.status).toBe(200);
    await pushPeople(pusher.app);
    await background.idle();
    expect(pusher.calls.counts()).toMatchObject({ putStoredReport: 2 });

    const fresh = instance("r6");
    const first = await fresh.get();
    expect(fresh.calls.counts().getDigests).toBeUndefined();
    expect(first.response.headers.get("server-timing")).toMatch(/stored;dur=[\d.]+;desc="read"/);
    expect(first.text).toBe((await instance().get()).text);
    expect(failures).toEqual([]);
  });

  it("answers before the report is stored when there is a place to store it after the answer", async () => {
    const background = createBackground(() => undefined);
    const held = holdingFirst("putStoredReport");
    const server = instance("r11", { wrap: held.wrap, background });
    // Were the answer to wait for the write, it would never come: the write is held until after it.
    const answered = await server.get("?format=json");
    expect(answered.response.status).toBe(200);
    expect(answered.response.headers.get("server-timing")).toMatch(/stored;dur=[\d.]+;desc="queued"/);
    await held.called;
    held.release();
    await background.idle();
    const fresh = instance("r11");
    expect((await fresh.get()).text).toBe(answered.text);
    expect(fresh.calls.counts().getDigests).toBeUndefined();
  });

  it("stores a report kept in memory on a later request when its first store failed", async () => {
    const events: LogEvent[] = [];
    const held = holdingFirst("putStoredReport", true);
    held.release();
    const server = instance("r12", { wrap: held.wrap, memory: true, log: (e) => events.push(e) });
    expect((await server.get()).response.headers.get("server-timing")).toMatch(/stored;dur=[\d.]+;desc="not written"/);
    expect(events.map((e) => e.message)).toEqual(["report not stored"]);
    const again = await server.get();
    expect(again.response.headers.get("server-timing")).toMatch(/build;dur=0;desc="cached", stored;desc="written"/);
    expect(server.calls.counts().putStoredReport).toBe(2);
    const fresh = instance("r12");
    await fresh.get();
    expect(fresh.calls.counts().getDigests).toBeUndefined();
  });

  it("rebuilds once for changes that come before its rebuild runs, a profile change among them", async () => {
    // Work waits until started, as on Lambda: every change arrives before the rebuild starts.
    const background = createBackground(() => undefined, "deferred");
    const pusher = instance("r7", { background });
    await pushPeople(pusher.app);
    await pushPeople(pusher.app);
    expect((await setProfile(pusher.app, "large")).status).toBe(200);
    background.start();
    await background.idle();
    expect(pusher.calls.counts().putStoredReport).toBe(1);
    const fresh = instance("r7");
    const first = await fresh.get();
    expect(fresh.calls.counts().getDigests).toBeUndefined();
    expect(first.text).toBe((await instance().get()).text);
    expect(JSON.parse(first.text).org.profile.size).toBe("large");
    expect((await setProfile(pusher.app, "medium")).status).toBe(200);
    background.start();
    await background.idle();
  });

  it("rebuilds once more when a change comes while it runs", async () => {
    const background = createBackground(() => undefined, "deferred");
    // The first rebuild's digest read (its versions already chosen) waits until two more pushes have come.
    const held = holdingFirst("getDigests");
    const pusher = instance("r10", { wrap: held.wrap, background });
    await pushPeople(pusher.app);
    background.start();
    await pushPeople(pusher.app);
    await pushPeople(pusher.app);
    held.release();
    await background.idle();
    // Two rebuilds for three pushes (each reads the index twice: is there a newer change? then the report's versions).
    expect(pusher.calls.counts().listLatestVersions).toBe(4);
    expect(pusher.calls.counts().putStoredReport).toBe(2);
    expect((await instance("r10").get()).text).toBe((await instance().get()).text);
  });

  it("still makes the rebuild owed to a change that came while a rebuild failed", async () => {
    const failures: string[] = [];
    const background = createBackground((message) => failures.push(message), "deferred");
    const held = holdingFirst("getDigests", true);
    const pusher = instance("r13", { wrap: held.wrap, background });
    await pushPeople(pusher.app);
    background.start();
    await pushPeople(pusher.app);
    held.release();
    await background.idle();
    expect(failures).toEqual([]);
    expect(pusher.calls.counts().putStoredReport).toBe(1);
    expect((await instance("r13").get()).text).toBe((await instance().get()).text);
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
    const pusher = instance("r8", { wrap: brokenDigests, background });
    await pushPeople(pusher.app);
    await background.idle();
    expect(failures).toEqual(["rebuilding the report of acme failed"]);
  });

  it("throws from a rebuild asked for directly (the daily schedule) when the report cannot be stored", async () => {
    const failing = (inner: Store): Store => ({
      ...inner,
      putStoredReport: async () => {
        throw new Error("throttled");
      },
    });
    const reports = createOrgReports(resolveDeps({ store: failing(store), clock, release: "r15", log: () => undefined }));
    await expect(reports.refresh("acme")).rejects.toThrow("throttled");
  });

  it("is not rebuilt without a release, nor without a place to run after the answer", async () => {
    const background = createBackground(() => undefined);
    const noRelease = instance(undefined, { background });
    await pushPeople(noRelease.app);
    const noBackground = instance("r9");
    await pushPeople(noBackground.app);
    await background.idle();
    expect(noRelease.calls.counts().putStoredReport).toBeUndefined();
    expect(noBackground.calls.counts().putStoredReport).toBeUndefined();
  });
  it("rebuilds a burst of changes on one instance once, after the last", async () => {
    const background = createBackground(() => undefined, "deferred");
    // A wait far longer than a push takes, so that the next two pushes come during it.
    const pusher = instance("r16", { background, rebuildDelayMs: 2_000 });
    await pushPeople(pusher.app);
    background.start();
    await pushPeople(pusher.app);
    await pushPeople(pusher.app);
    await background.idle();
    // One rebuild: one index read to see that no later push exists, one for the report's versions.
    expect(pusher.calls.counts()).toMatchObject({ listLatestVersions: 2, getStoredReport: 1, putStoredReport: 1 });
    expect((await instance("r16").get()).text).toBe((await instance().get()).text);
  });

  // Last: it leaves the people workbook's newest version stamped after the other tests' clock.
  it("leaves the rebuild to a later push made on another instance", async () => {
    const at = (time: string) => () => new Date(`${DEMO_AS_OF}T${time}.000Z`);
    const first = createBackground(() => undefined, "deferred");
    const second = createBackground(() => undefined, "deferred");
    const a = instance("r14", { background: first, clock: at("12:00:01") });
    const b = instance("r14", { background: second, clock: at("12:00:02") });
    await pushPeople(a.app);
    await pushPeople(b.app);
    second.start();
    await second.idle();
    first.start();
    await first.idle();
    expect(b.calls.counts().putStoredReport).toBe(1);
    // A read the index, saw B's newer version, and stopped there.
    expect(a.calls.counts()).toMatchObject({ listLatestVersions: 1 });
    expect(a.calls.counts().getDigests).toBeUndefined();
    expect(a.calls.counts().putStoredReport).toBeUndefined();
  });

});
