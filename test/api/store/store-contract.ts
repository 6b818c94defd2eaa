import { describe, expect, it } from "vitest";
import { sha256Hex } from "../../../api/store/dynamo/chunks";
import type { DigestBytes, KeyRecord, NewVersion, OrgProfileRecord, Store, StoredReport, VersionRecord, WorkbookRef } from "../../../api/store/port";

const encoder = new TextEncoder();
const ref: WorkbookRef = { org: "acme", team: "claims", workbook: "register" };

export function newVersion(baseVersion: number | null, text: string, at = "2025-01-01T00:00:00.000Z", where = ref): NewVersion {
  const body = encoder.encode(text);
  return {
    ref: where,
    baseVersion,
    createdAt: at,
    author: { keyId: "k1", name: "tester" },
    body,
    sha256: sha256Hex(body),
    schemaVersion: 1,
    recordCounts: { risks: 1 },
  };
}

export const digestOf = (text: string, digestVersion = 1): DigestBytes => ({ digestVersion, body: encoder.encode(text) });
const textOf = (digest: DigestBytes | undefined): string | undefined => (digest ? new TextDecoder().decode(digest.body) : undefined);

async function committed(store: Store, version: NewVersion): Promise<VersionRecord> {
  const outcome = await store.commitVersion(version);
  if (outcome.status !== "committed") throw new Error(`expected a commit, got ${outcome.status}`);
  return outcome.record;
}

const key = (id: string, org = "acme", createdAt = "2025-01-01T00:00:00.000Z"): KeyRecord => ({
  id,
  org,
  name: `key ${id}`,
  role: "team-editor",
  teams: ["a", "b"],
  hash: sha256Hex(encoder.encode(id)),
  createdAt,
  createdBy: "bootstrap",
  revokedAt: null,
});

/**
 * What every implementation of the storage port must do, whatever keeps the data: run against
 * the DynamoDB adapter (on dynalite) and the memory store, so the memory store the round-trip
 * tests and `serve --memory` use cannot drift from the one production runs.
 */
export function describeStoreContract(name: string, freshStore: () => Promise<Store>): void {
  describe(`${name}: versions`, () => {
    it("commits version 1 without a base, then version 2 on top of it", async () => {
      const store = await freshStore();
      const first = await store.commitVersion(newVersion(null, '{"schemaVersion":1}'));
      expect(first).toMatchObject({
        status: "committed",
        record: { ...ref, version: 1, baseVersion: null, size: 19, schemaVersion: 1, recordCounts: { risks: 1 }, author: { keyId: "k1", name: "tester" } },
      });
      const second = await store.commitVersion(newVersion(1, '{"schemaVersion":1,"x":2}'));
      expect(second).toMatchObject({ status: "committed", record: { version: 2, baseVersion: 1 } });
      expect((await store.getVersion(ref, "latest"))?.version).toBe(2);
    });

    it("reports a conflict with the current version when the base is stale", async () => {
      const store = await freshStore();
      await store.commitVersion(newVersion(null, "{}"));
      await store.commitVersion(newVersion(1, "{}"));
      const stale = await store.commitVersion(newVersion(1, '{"other":true}'));
      expect(stale.status).toBe("conflict");
      expect(stale.status === "conflict" && stale.current?.version).toBe(2);
      const noBase = await store.commitVersion(newVersion(null, '{"first":false}'));
      expect(noBase.status === "conflict" && noBase.current?.version).toBe(2);
    });

    it("replays the first version of a workbook pushed twice", async () => {
      const store = await freshStore();
      await store.commitVersion(newVersion(null, '{"a":1}'));
      expect(await store.commitVersion(newVersion(null, '{"a":1}'))).toMatchObject({ status: "committed", replayed: true, record: { version: 1 } });
      expect(await store.commitVersion(newVersion(null, '{"a":2}'))).toMatchObject({ status: "conflict", current: { version: 1 } });
    });

    it("with an idempotency key, replays only the push that carried that key", async () => {
      const store = await freshStore();
      await store.commitVersion(newVersion(null, "{}"));
      const keyed = (text: string, idempotencyKey: string): NewVersion => ({ ...newVersion(1, text), idempotencyKey });
      expect(await store.commitVersion(keyed('{"k":1}', "push-a"))).toMatchObject({ status: "committed", record: { version: 2 } });
      expect(await store.commitVersion(keyed('{"k":1}', "push-a"))).toMatchObject({ status: "committed", replayed: true, record: { version: 2 } });
      // Another request (another key) with the same bytes did not make version 2.
      const otherKey = await store.commitVersion(keyed('{"k":1}', "push-b"));
      expect(otherKey).toEqual({ status: "conflict", current: expect.objectContaining({ version: 2 }) });
      // The same key with other bytes is a client mistake, said so.
      expect(await store.commitVersion(keyed('{"k":2}', "push-a"))).toMatchObject({ status: "conflict", idempotencyKeyReused: true });
      // Without a key, the same bytes from the same base are a replay whatever key the head holds.
      expect(await store.commitVersion(newVersion(1, '{"k":1}'))).toMatchObject({ status: "committed", replayed: true });
    });

    it("reports a conflict when a base is named for a workbook that has no versions", async () => {
      const store = await freshStore();
      const outcome = await store.commitVersion(newVersion(3, "{}"));
      expect(outcome).toEqual({ status: "conflict", current: undefined });
      expect(await store.getVersion(ref, "latest")).toBeUndefined();
      expect((await store.listWorkbooks("acme", { limit: 10 })).items).toEqual([]);
    });

    it("lets exactly one of many concurrent commits from the same base win", async () => {
      const store = await freshStore();
      await store.commitVersion(newVersion(null, "{}"));
      const outcomes = await Promise.all(Array.from({ length: 20 }, (_, i) => store.commitVersion(newVersion(1, `{"n":${i}}`))));
      expect(outcomes.filter((o) => o.status === "committed")).toHaveLength(1);
      expect(outcomes.filter((o) => o.status === "conflict")).toHaveLength(19);
      expect((await store.getVersion(ref, "latest"))?.version).toBe(2);
    });

    it("finds a version by number, the latest, and the newest as of an instant", async () => {
      const store = await freshStore();
      await store.commitVersion(newVersion(null, '{"v":1}', "2025-01-01T00:00:00.000Z"));
      await store.commitVersion(newVersion(1, '{"v":2}', "2025-02-01T00:00:00.000Z"));
      await store.commitVersion(newVersion(2, '{"v":3}', "2025-03-01T00:00:00.000Z"));
      expect((await store.getVersion(ref, 2))?.createdAt).toBe("2025-02-01T00:00:00.000Z");
      expect(await store.getVersion(ref, 9)).toBeUndefined();
      expect((await store.getVersion(ref, { asOf: "2025-02-15T00:00:00.000Z" }))?.version).toBe(2);
      expect((await store.getVersion(ref, { asOf: "2025-02-01T00:00:00.000Z" }))?.version).toBe(2);
      expect(await store.getVersion(ref, { asOf: "2024-12-31T00:00:00.000Z" })).toBeUndefined();
      const snap = await store.getSnapshot(ref, "latest");
      expect(new TextDecoder().decode(snap?.body)).toBe('{"v":3}');
      expect(await store.getSnapshot(ref, 4)).toBeUndefined();
      expect(await store.getSnapshot({ ...ref, workbook: "other" }, "latest")).toBeUndefined();
    });

    it("gives back the bytes exactly as committed, with their hash", async () => {
      const store = await freshStore();
      const sent = newVersion(null, '{ "spaced" :  "kept as sent", "é": 1 }');
      await store.commitVersion(sent);
      const read = await store.getSnapshot(ref, 1);
      expect(Buffer.from(read?.body ?? []).equals(Buffer.from(sent.body))).toBe(true);
      expect(read?.record).toMatchObject({ sha256: sent.sha256, size: sent.body.length });
    });

    it("keeps a committed version as it was when the caller changes what it sent or read", async () => {
      const store = await freshStore();
      const sent = newVersion(null, '{"v":1}');
      await store.commitVersion(sent);
      sent.body.fill(0);
      const read = await store.getSnapshot(ref, 1);
      read?.body.fill(0);
      expect(new TextDecoder().decode((await store.getSnapshot(ref, 1))?.body)).toBe('{"v":1}');
    });

    it("lists versions newest first in pages, with no cursor after the last page", async () => {
      const store = await freshStore();
      await store.commitVersion(newVersion(null, "{}"));
      for (let v = 1; v < 5; v++) await store.commitVersion(newVersion(v, "{}"));
      const first = await store.listVersions(ref, { limit: 2 });
      expect(first.items.map((r) => r.version)).toEqual([5, 4]);
      const second = await store.listVersions(ref, { limit: 2, before: first.next });
      expect(second.items.map((r) => r.version)).toEqual([3, 2]);
      const third = await store.listVersions(ref, { limit: 2, before: second.next });
      expect(third.items.map((r) => r.version)).toEqual([1]);
      expect(third.next).toBeUndefined();
      expect(await store.listVersions({ ...ref, team: "nobody" }, { limit: 2 })).toEqual({ items: [], next: undefined });
    });
  });

  describe(`${name}: workbook index`, () => {
    it("lists an org's workbooks across teams, per team, and in pages", async () => {
      const store = await freshStore();
      const refs = [
        { org: "acme", team: "a", workbook: "w1" },
        { org: "acme", team: "a", workbook: "w2" },
        { org: "acme", team: "a-b", workbook: "w0" },
        { org: "acme", team: "b", workbook: "w1" },
        { org: "other", team: "a", workbook: "w1" },
      ];
      for (const r of [...refs].reverse()) await store.commitVersion(newVersion(null, "{}", "2025-01-01T00:00:00.000Z", r));
      await store.commitVersion(newVersion(1, "{}", "2025-05-01T00:00:00.000Z", refs[0]));
      const all = await store.listWorkbooks("acme", { limit: 10 });
      expect(all.items.map((w) => `${w.team}/${w.workbook}`)).toEqual(["a/w1", "a/w2", "a-b/w0", "b/w1"]);
      expect(all.items[0]).toEqual({ org: "acme", team: "a", workbook: "w1", createdAt: "2025-01-01T00:00:00.000Z" });
      expect(all.next).toBeUndefined();
      const teamA = await store.listWorkbooks("acme", { limit: 10, team: "a" });
      expect(teamA.items.map((w) => w.workbook)).toEqual(["w1", "w2"]);
      const page1 = await store.listWorkbooks("acme", { limit: 2 });
      expect(page1.next).toEqual({ team: "a", workbook: "w2" });
      const page2 = await store.listWorkbooks("acme", { limit: 2, after: page1.next });
      expect(page2.items.map((w) => `${w.team}/${w.workbook}`)).toEqual(["a-b/w0", "b/w1"]);
      expect(page2.next).toBeUndefined();
    });
  });

  describe(`${name}: newest versions with the index`, () => {
    it("lists each workbook with the version getVersion(latest) answers, per team and in pages", async () => {
      const store = await freshStore();
      const refs = [
        { org: "acme", team: "a", workbook: "w1" },
        { org: "acme", team: "a", workbook: "w2" },
        { org: "acme", team: "b", workbook: "w1" },
        { org: "other", team: "a", workbook: "w1" },
      ];
      for (const r of refs) await committed(store, newVersion(null, "{}", "2025-01-01T00:00:00.000Z", r));
      await committed(store, newVersion(1, '{"v":2}', "2025-02-01T00:00:00.000Z", refs[0]));
      await committed(store, newVersion(2, '{"v":3}', "2025-03-01T00:00:00.000Z", refs[0]));
      await committed(store, newVersion(1, '{"v":2}', "2025-02-01T00:00:00.000Z", refs[2]));

      const all = await store.listLatestVersions("acme", { limit: 10 });
      expect(all.items.map(({ workbook, latest }) => `${workbook.team}/${workbook.workbook}@${latest?.version}`)).toEqual(["a/w1@3", "a/w2@1", "b/w1@2"]);
      for (const { workbook, latest } of all.items) expect(latest).toEqual(await store.getVersion(workbook, "latest"));
      expect(all.items.map((e) => e.workbook)).toEqual((await store.listWorkbooks("acme", { limit: 10 })).items);
      expect(all.next).toBeUndefined();

      const teamB = await store.listLatestVersions("acme", { limit: 10, team: "b" });
      expect(teamB.items.map((e) => e.latest?.version)).toEqual([2]);
      const page1 = await store.listLatestVersions("acme", { limit: 2 });
      expect(page1.next).toEqual({ team: "a", workbook: "w2" });
      const page2 = await store.listLatestVersions("acme", { limit: 2, after: page1.next });
      expect(page2.items.map((e) => `${e.workbook.team}/${e.workbook.workbook}@${e.latest?.version}`)).toEqual(["b/w1@2"]);
      expect(page2.next).toBeUndefined();
    });

    it("names no version of a push that lost, and the same newest after a push is replayed", async () => {
      const store = await freshStore();
      await committed(store, newVersion(null, "{}"));
      const second = await committed(store, newVersion(1, '{"x":1}'));
      expect((await store.commitVersion(newVersion(1, '{"x":"lost"}'))).status).toBe("conflict");
      expect(await store.commitVersion(newVersion(1, '{"x":1}'))).toMatchObject({ status: "committed", replayed: true });
      const [entry] = (await store.listLatestVersions(ref.org, { limit: 10 })).items;
      expect(entry?.latest).toEqual(second);
    });
  });

  describe(`${name}: keys`, () => {
    it("creates a key once, reads it back, and will not overwrite it", async () => {
      const store = await freshStore();
      expect(await store.createKey(key("k1"))).toBe(true);
      expect(await store.createKey({ ...key("k1"), role: "org-admin" })).toBe(false);
      expect(await store.getKey("k1")).toEqual(key("k1"));
      expect(await store.getKey("nope")).toBeUndefined();
    });

    it("lists an org's keys newest first, in pages, and not another org's", async () => {
      const store = await freshStore();
      await store.createKey(key("k1", "acme", "2025-01-01T00:00:00.000Z"));
      await store.createKey(key("k2", "acme", "2025-01-02T00:00:00.000Z"));
      await store.createKey(key("k3", "acme", "2025-01-03T00:00:00.000Z"));
      await store.createKey(key("x1", "other", "2025-01-04T00:00:00.000Z"));
      const first = await store.listKeys("acme", { limit: 2 });
      expect(first.items.map((k) => k.id)).toEqual(["k3", "k2"]);
      const second = await store.listKeys("acme", { limit: 2, after: first.next });
      expect(second.items.map((k) => k.id)).toEqual(["k1"]);
      expect(second.next).toBeUndefined();
    });

    it("revokes a key once (idempotent) and only within its own org", async () => {
      const store = await freshStore();
      await store.createKey(key("k1"));
      expect(await store.revokeKey("other", "k1", "2025-02-01T00:00:00.000Z")).toBeUndefined();
      expect((await store.getKey("k1"))?.revokedAt).toBeNull();
      expect((await store.revokeKey("acme", "k1", "2025-02-01T00:00:00.000Z"))?.revokedAt).toBe("2025-02-01T00:00:00.000Z");
      expect((await store.revokeKey("acme", "k1", "2025-03-01T00:00:00.000Z"))?.revokedAt).toBe("2025-02-01T00:00:00.000Z");
      expect((await store.getKey("k1"))?.revokedAt).toBe("2025-02-01T00:00:00.000Z");
      expect(await store.revokeKey("acme", "missing", "2025-02-01T00:00:00.000Z")).toBeUndefined();
    });
  });

  describe(`${name}: org profile`, () => {
    const profile = (org: string, name: string): OrgProfileRecord => ({
      org,
      document: { name, customerMix: "both", size: "medium", holdsIso27001: true },
      updatedAt: "2025-01-01T00:00:00.000Z",
      updatedBy: { keyId: "k1", name: "admin" },
    });

    it("has no profile until one is put, then the last one put, per org", async () => {
      const store = await freshStore();
      expect(await store.getOrgProfile("acme")).toBeUndefined();
      await store.putOrgProfile(profile("acme", "Acme"));
      await store.putOrgProfile(profile("other", "Other"));
      await store.putOrgProfile({ ...profile("acme", "Acme Ltd"), updatedAt: "2025-02-01T00:00:00.000Z" });
      expect(await store.getOrgProfile("acme")).toEqual({ ...profile("acme", "Acme Ltd"), updatedAt: "2025-02-01T00:00:00.000Z" });
      expect((await store.getOrgProfile("other"))?.document.name).toBe("Other");
    });
  });

  describe(`${name}: report digests`, () => {
    it("keeps the digest written with a version and answers it for that version only", async () => {
      const store = await freshStore();
      const v1 = await committed(store, { ...newVersion(null, '{"a":1}'), digest: digestOf('{"digest":1}') });
      const v2 = await committed(store, newVersion(1, '{"a":2}'));
      const [first, second] = await store.getDigests([v1, v2]);
      expect(first?.digestVersion).toBe(1);
      expect(textOf(first)).toBe('{"digest":1}');
      expect(second).toBeUndefined();
      // A record that is not what the store committed as that version (another push's bytes) gets nothing.
      expect(await store.getDigests([{ ...v1, sha256: "0".repeat(64) }])).toEqual([undefined]);
      expect(await store.getDigests([])).toEqual([]);
    });

    it("keeps the winner's digest when a push from the same base loses", async () => {
      const store = await freshStore();
      const winner = await committed(store, { ...newVersion(null, '{"w":1}'), digest: digestOf("winner") });
      const loser = await store.commitVersion({ ...newVersion(null, '{"l":1}'), digest: digestOf("loser") });
      expect(loser.status).toBe("conflict");
      expect((await store.getDigests([winner])).map(textOf)).toEqual(["winner"]);
    });

    it("stores a rebuilt digest once per digest version: missing or older is replaced, same is left alone", async () => {
      const store = await freshStore();
      const v1 = await committed(store, newVersion(null, '{"a":1}'));
      await store.putDigest(v1, digestOf("rebuilt", 1));
      expect((await store.getDigests([v1])).map(textOf)).toEqual(["rebuilt"]);
      await store.putDigest(v1, digestOf("again", 1));
      expect((await store.getDigests([v1])).map(textOf)).toEqual(["rebuilt"]);
      await store.putDigest(v1, digestOf("newer", 2));
      const [newer] = await store.getDigests([v1]);
      expect(newer?.digestVersion).toBe(2);
      expect(textOf(newer)).toBe("newer");
    });

    it("answers the digests of many workbooks in the order asked, past one batch of 100", async () => {
      const store = await freshStore();
      const records: VersionRecord[] = [];
      for (let i = 0; i < 105; i++) {
        const where = { ...ref, team: `team-${String(i).padStart(3, "0")}` };
        records.push(await committed(store, { ...newVersion(null, `{"i":${i}}`, undefined, where), digest: i % 7 === 0 ? undefined : digestOf(`d${i}`) }));
      }
      const reversed = [...records].reverse();
      const answers = (await store.getDigests(reversed)).map(textOf);
      expect(answers).toEqual(reversed.map((r) => (Number(r.team.slice(5)) % 7 === 0 ? undefined : `d${Number(r.team.slice(5))}`)));
    });
  });
  describe(`${name}: stored reports`, () => {
    const report = (text: string, teams = 3): StoredReport => ({ gzipped: encoder.encode(text), hash: `h-${text.length}`, teams, jsonLength: text.length * 10 });
    const plain = (stored: StoredReport | undefined) => stored && { ...stored, gzipped: new TextDecoder().decode(stored.gzipped) };

    it("answers a stored report whole under its org and key only, and the last one put for a key", async () => {
      const store = await freshStore();
      expect(await store.getStoredReport("acme", "k1")).toBeUndefined();
      await store.putStoredReport("acme", "k1", report("first"), 3_600);
      await store.putStoredReport("acme", "k2", report("second", 5), 3_600);
      expect(plain(await store.getStoredReport("acme", "k1"))).toEqual({ gzipped: "first", hash: "h-5", teams: 3, jsonLength: 50 });
      expect(plain(await store.getStoredReport("acme", "k2"))).toEqual({ gzipped: "second", hash: "h-6", teams: 5, jsonLength: 60 });
      expect(await store.getStoredReport("other-org", "k1")).toBeUndefined();
      await store.putStoredReport("acme", "k1", report("first again"), 3_600);
      expect(plain(await store.getStoredReport("acme", "k1"))?.gzipped).toBe("first again");
    });

    it("keeps its own copy: changing the bytes given or answered changes nothing stored", async () => {
      const store = await freshStore();
      const given = report("bytes");
      await store.putStoredReport("acme", "k", given, 3_600);
      given.gzipped.fill(0);
      const answered = await store.getStoredReport("acme", "k");
      answered?.gzipped.fill(0);
      expect(plain(await store.getStoredReport("acme", "k"))?.gzipped).toBe("bytes");
    });
  });
}
