import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { VersionCache } from "../../../api/report/version-cache";
import { indexedWorkbooks, readVersions } from "../../../api/report/sources";
import { snapshotFromStored } from "../../../api/report/stored-snapshot";
import type { Store, VersionRecord } from "../../../api/store/port";
import { demoSnapshots } from "../../../shared/demo/index";
import { parseSnapshot } from "../../../shared/model/parse-snapshot";
import { SNAPSHOT_SCHEMA_VERSION, type WorkbookSnapshot } from "../../../shared/model/snapshot";
import { countingStore } from "../support/counting";
import { startTestDb, type TestDb } from "../support/dynamo";

function record(overrides: Partial<VersionRecord> = {}): VersionRecord {
  return {
    org: "o",
    team: "t",
    workbook: "w",
    version: 1,
    baseVersion: null,
    createdAt: "2026-01-01T00:00:00.000Z",
    author: { keyId: "k", name: "n" },
    size: 100,
    sha256: "a".repeat(64),
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    recordCounts: {},
    layout: { kind: "inline", storedBytes: 100 },
    ...overrides,
  };
}

const [snapshotA, snapshotB] = demoSnapshots();

describe("VersionCache", () => {
  it("keys entries by org, workbook, version and checksum", () => {
    const cache = new VersionCache<WorkbookSnapshot>(1_000);
    cache.set(record(), snapshotA!);
    expect(cache.get(record())).toBe(snapshotA);
    for (const other of [{ org: "p" }, { team: "u" }, { workbook: "x" }, { version: 2 }, { sha256: "b".repeat(64) }]) {
      expect(cache.get(record(other)), JSON.stringify(other)).toBeUndefined();
    }
    expect({ hits: cache.hits, misses: cache.misses }).toEqual({ hits: 1, misses: 5 });
  });

  it("evicts the least recently used entries to stay within its byte budget, and skips what cannot fit", () => {
    const cache = new VersionCache<WorkbookSnapshot>(250);
    cache.set(record({ version: 1 }), snapshotA!);
    cache.set(record({ version: 2 }), snapshotA!);
    cache.get(record({ version: 1 })); // now version 2 is the least recently used
    cache.set(record({ version: 3 }), snapshotB!);
    expect([1, 2, 3].map((version) => cache.get(record({ version })) !== undefined)).toEqual([true, false, true]);
    expect(cache.bytes).toBe(200);
    cache.set(record({ version: 4, size: 251 }), snapshotB!);
    expect(cache.get(record({ version: 4, size: 251 }))).toBeUndefined();
    expect(cache.size).toBe(2);
  });
});

describe("snapshotFromStored", () => {
  it("parses a current snapshot once, and restores one of an older schema into the same model", () => {
    const bytes = new TextEncoder().encode(JSON.stringify(snapshotA));
    const parsed = parseSnapshot(JSON.parse(JSON.stringify(snapshotA)));
    if (!parsed.success) throw new Error("demo snapshot does not parse");
    expect(snapshotFromStored(bytes, SNAPSHOT_SCHEMA_VERSION)).toEqual(parsed.snapshot);
    expect(snapshotFromStored(bytes, SNAPSHOT_SCHEMA_VERSION - 1)).toEqual(parsed.snapshot);
  });
});

describe("reading report sources from the store", () => {
  let db: TestDb;
  let store: Store;

  beforeAll(async () => {
    db = await startTestDb();
    ({ store } = await db.table());
    const encoder = new TextEncoder();
    for (const [index, snapshot] of demoSnapshots().entries()) {
      const body = encoder.encode(JSON.stringify(snapshot));
      const outcome = await store.commitVersion({
        ref: { org: "o", team: snapshot.workbook.team, workbook: snapshot.workbook.name },
        baseVersion: null,
        createdAt: `2026-01-0${index + 1}T00:00:00.000Z`,
        author: { keyId: "k", name: "n" },
        body,
        sha256: createHash("sha256").update(body).digest("hex"),
        schemaVersion: SNAPSHOT_SCHEMA_VERSION,
        recordCounts: {},
      });
      expect(outcome.status).toBe("committed");
    }
  });
  afterAll(async () => {
    await db.close();
  });

  it("lists the whole index in one call, or one call per team", async () => {
    const calls = countingStore(store);
    expect((await indexedWorkbooks(calls.store, "o", undefined)).map((w) => w.team)).toEqual(["credit-risk", "customer-service", "people"]);
    expect(calls.counts()).toEqual({ listWorkbooks: 1 });
    calls.reset();
    expect((await indexedWorkbooks(calls.store, "o", ["people", "nobody"])).map((w) => w.team)).toEqual(["people"]);
    expect(calls.counts()).toEqual({ listWorkbooks: 2 });
    expect(await indexedWorkbooks(store, "other-org", undefined)).toEqual([]);
  });

  it("parses each version once: a second read of the same versions comes from the cache", async () => {
    const calls = countingStore(store);
    const cache = new VersionCache<WorkbookSnapshot>(10 * 1024 * 1024);
    const workbooks = await indexedWorkbooks(store, "o", undefined);
    const first = await readVersions(calls.store, workbooks, "latest", cache);
    const second = await readVersions(calls.store, workbooks, "latest", cache);
    expect(calls.counts()).toEqual({ getSnapshot: 6 });
    expect({ hits: cache.hits, misses: cache.misses, size: cache.size }).toEqual({ hits: 3, misses: 3, size: 3 });
    second.workbooks.forEach((w, i) => expect(w.snapshot).toBe(first.workbooks[i]?.snapshot));
    expect(first.workbooks.map((w) => [w.team, w.version, w.author, w.createdAt])).toEqual([
      ["credit-risk", 1, "n", "2026-01-01T00:00:00.000Z"],
      ["customer-service", 1, "n", "2026-01-02T00:00:00.000Z"],
      ["people", 1, "n", "2026-01-03T00:00:00.000Z"],
    ]);
  });

  it("skips workbooks with no version at the selected time", async () => {
    const workbooks = await indexedWorkbooks(store, "o", undefined);
    const read = await readVersions(store, workbooks, { asOf: "2026-01-02T12:00:00.000Z" }, undefined);
    expect(read.workbooks.map((w) => w.team)).toEqual(["credit-risk", "customer-service"]);
    expect(read.skipped.map((w) => w.team)).toEqual(["people"]);
  });
});
