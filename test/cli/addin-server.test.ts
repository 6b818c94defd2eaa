import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer, type Server } from "node:net";
import type { AddressInfo } from "node:net";
import { AddinPortInUseError, type AddinServer, addinBuildIsStale, startAddinServer } from "../../cli/addin-server";

/** Holds a free port (chosen by the system) so the pane's server meets a clash. */
async function occupyPort(): Promise<{ port: number; release: () => Promise<void> }> {
  const blocker: Server = createServer();
  await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
  return { port: (blocker.address() as AddressInfo).port, release: () => new Promise((resolve) => blocker.close(() => resolve())) };
}

let dist: string;
let server: AddinServer;

beforeAll(async () => {
  dist = await mkdtemp(join(tmpdir(), "crosswalk-addin-"));
  await writeFile(join(dist, "taskpane.html"), "<!doctype html><title>pane</title>");
  await mkdir(join(dist, "assets"));
  await writeFile(join(dist, "assets", "app.js"), "console.log(1)");
  server = await startAddinServer({ port: 0, dist, config: { apiUrl: "http://localhost:8787", apiKey: "cwk_test", org: "demo" } });
});

afterAll(async () => {
  await server.close();
});

describe("the local task-pane server", () => {
  it("serves the built pane and its assets", async () => {
    const page = await fetch(server.taskpaneUrl);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toMatch(/text\/html/);
    expect(await page.text()).toContain("<title>pane</title>");
    const js = await fetch(`${server.url}/assets/app.js`);
    expect(js.headers.get("content-type")).toMatch(/javascript/);
  });

  it("sends / to the task pane", async () => {
    const res = await fetch(`${server.url}/`, { redirect: "manual" });
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("/taskpane.html");
  });

  it("tells the preview pane where the local API is", async () => {
    const res = await fetch(`${server.url}/local-config.json`);
    expect(await res.json()).toEqual({ apiUrl: "http://localhost:8787", apiKey: "cwk_test", org: "demo" });
  });

  it("serves nothing outside the build folder", async () => {
    for (const path of ["/../package.json", "/%2e%2e/package.json", "/assets/../../package.json", "/missing.js"]) {
      const res = await fetch(`${server.url}${path}`);
      expect(res.status, path).toBe(404);
    }
  });

  it("calls a build stale when the pane was never built", () => {
    expect(addinBuildIsStale(join(dist, "nowhere"))).toBe(true);
  });
});

describe("the task-pane server's port", () => {
  it("moves on to the next free port when the one asked for is taken and fallbacks are allowed", async () => {
    const taken = await occupyPort();
    try {
      const pane = await startAddinServer({ port: taken.port, dist, tryNextPorts: 20 });
      try {
        expect(pane.requestedPort).toBe(taken.port);
        expect(pane.port).toBeGreaterThan(taken.port);
        expect((await fetch(pane.taskpaneUrl)).status).toBe(200);
      } finally {
        await pane.close();
      }
    } finally {
      await taken.release();
    }
  });

  it("says which port is taken when no fallback is allowed", async () => {
    const taken = await occupyPort();
    try {
      const attempt = startAddinServer({ port: taken.port, dist });
      await expect(attempt).rejects.toBeInstanceOf(AddinPortInUseError);
      await expect(attempt).rejects.toThrow(`port ${taken.port} is already in use`);
    } finally {
      await taken.release();
    }
  });
});
