import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startLocal } from "../../../api/local/server";
import { snapshot } from "../support/http-api";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "crosswalk-local-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const get = (url: string, key: string) => fetch(url, { headers: { authorization: `Bearer ${key}` } });

describe("startLocal", () => {
  it("seeds a demo org of three teams on first run and keeps a generated admin key with the data", async () => {
    const server = await startLocal({ port: 0, dataDir: dir, env: {} });
    try {
      expect(server.url).toMatch(/^http:\/\/localhost:\d+$/);
      expect(server.docsUrl).toBe(`${server.url}/docs`);
      expect(server.adminKeySource).toBe("generated");
      expect(server.seededVersions).toBeGreaterThanOrEqual(3);
      expect((await readFile(join(dir, "admin-key"), "utf8")).trim()).toBe(server.adminKey);
      expect((await stat(join(dir, "admin-key"))).mode & 0o077).toBe(0);

      const list = (await (await get(`${server.url}/v1/workbooks`, server.adminKey)).json()) as { items: Array<{ team: string; latest: { version: number } }> };
      expect(new Set(list.items.map((w) => w.team)).size).toBe(3);
      expect(list.items.some((w) => w.latest.version > 1)).toBe(true);
      expect((await fetch(server.docsUrl)).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it("keeps data and key across restarts and does not seed twice", async () => {
    const first = await startLocal({ port: 0, dataDir: dir, env: {} });
    const key = first.adminKey;
    const push = await fetch(`${first.url}/v1/teams/extra/workbooks/w/versions`, {
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
      body: JSON.stringify(snapshot("extra", "w")),
    });
    expect(push.status).toBe(201);
    await first.close();

    const second = await startLocal({ port: 0, dataDir: dir, env: {} });
    try {
      expect(second.adminKey).toBe(key);
      expect(second.adminKeySource).toBe("stored");
      expect(second.seededVersions).toBe(0);
      expect((await get(`${second.url}/v1/teams/extra/workbooks/w/versions/latest`, key)).status).toBe(200);
    } finally {
      await second.close();
    }
  });

  it("uses CROSSWALK_ADMIN_KEY when set and does not write it to disk", async () => {
    const key = "local-operator-key-0123456789";
    const server = await startLocal({ port: 0, dataDir: dir, seed: false, env: { CROSSWALK_ADMIN_KEY: key } });
    try {
      expect(server.adminKey).toBe(key);
      expect(server.adminKeySource).toBe("env");
      expect(server.seededVersions).toBe(0);
      const me = (await (await get(`${server.url}/v1/me`, key)).json()) as { role: string; org: string };
      expect(me).toMatchObject({ role: "org-admin", org: "demo" });
      await expect(stat(join(dir, "admin-key"))).rejects.toThrow();
      const list = (await (await get(`${server.url}/v1/workbooks`, key)).json()) as { items: unknown[] };
      expect(list.items).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it("refuses a second server on the same data folder with a clear message", async () => {
    const first = await startLocal({ port: 0, dataDir: dir, seed: false, env: {} });
    try {
      await expect(startLocal({ port: 0, dataDir: dir, env: {} })).rejects.toThrow(/already serves|another crosswalk server/);
      expect((await get(`${first.url}/v1/me`, first.adminKey)).status).toBe(200);
    } finally {
      await first.close();
    }
  });

  it("says which port is taken", async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      await expect(startLocal({ port, dataDir: null, seed: false, env: {} })).rejects.toThrow(`port ${port}`);
    } finally {
      blocker.close();
    }
  });

  it("runs entirely in memory when asked", async () => {
    const server = await startLocal({ port: 0, dataDir: null, env: {} });
    try {
      expect(server.dataDir).toBeNull();
      expect((await get(`${server.url}/v1/me`, server.adminKey)).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});
