import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../api/app";
import { ensureBootstrapKey } from "../../api/bootstrap";
import type { Store } from "../../api/store/port";
import { startTestDb, type TestDb } from "./support/dynamo";

let db: TestDb;
let store: Store;
beforeAll(async () => {
  db = await startTestDb();
  ({ store } = await db.table());
});
afterAll(async () => {
  await db.close();
});

describe("the bootstrap admin key", () => {
  it.each([
    ["too short", "short-key"],
    ["with a space", "an admin key with spaces in it"],
    ["with a character no bearer header can carry", "admin-key-0123456789-ключ"],
    ["with a quote", 'admin-key-0123456789"x'],
    ["longer than 256 characters", "k".repeat(257)],
  ])("is refused at start-up when %s, saying what a key may be", async (_why, key) => {
    await expect(ensureBootstrapKey(store, { key, org: "acme" })).rejects.toThrow(/20–256 characters of A–Z, a–z, 0–9 and \. _ ~ \+ \/ = -/);
  });

  it("is accepted when the authenticator would accept it, and then logs in", async () => {
    const key = `Op3rator+Key/${"x".repeat(230)}==`;
    expect(key.length).toBeLessThanOrEqual(256);
    await ensureBootstrapKey(store, { key, org: "acme" });
    const app = createApp({ store, log: () => undefined });
    const me = await app.request("/v1/me", { headers: { authorization: `Bearer ${key}` } });
    expect(me.status).toBe(200);
  });
});
