import { spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import { serveStatic } from "@hono/node-server/serve-static";
import { Hono } from "hono";

/** The checkout's root: the nearest folder above this file with a package.json (the CLI also runs bundled, from dist/cli/chunks/). */
function packageRoot(from: string): string {
  let dir = resolve(from, "..");
  while (!existsSync(join(dir, "package.json")) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

const ROOT = packageRoot(fileURLToPath(import.meta.url));
const ADDIN_DIST = join(ROOT, "dist", "addin");
export const DEFAULT_ADDIN_PORT = 3000;

/** What the preview pane may read to talk to the local API without being configured by hand. */
export interface LocalAddinConfig {
  readonly apiUrl: string;
  readonly apiKey: string;
  readonly org: string;
}

export interface AddinServer {
  readonly url: string;
  readonly taskpaneUrl: string;
  readonly port: number;
  /** The port asked for; differs from `port` when it was taken and a later one was free. */
  readonly requestedPort: number;
  close(): Promise<void>;
}

/** The port (and every later one tried) is taken. */
export class AddinPortInUseError extends Error {
  override readonly name = "AddinPortInUseError";
}

/**
 * Serves the built task pane (dist/addin) over plain http for browser preview, plus
 * `/local-config.json` with the local API's URL and key. Only for the local server: it binds to
 * loopback, and the config is same-origin JSON that other sites cannot read.
 */
export async function startAddinServer(options: {
  readonly port?: number;
  readonly host?: string;
  readonly dist?: string;
  readonly config?: LocalAddinConfig;
  /** When the port is taken, try this many next ones (3001, 3002 …) before giving up. Default 0. */
  readonly tryNextPorts?: number;
}): Promise<AddinServer> {
  const dist = options.dist ?? ADDIN_DIST;
  const app = new Hono();
  app.get("/local-config.json", (c) => (options.config ? c.json(options.config) : c.notFound()));
  app.get("/", (c) => c.redirect("/taskpane.html"));
  app.use("/*", serveStatic({ root: relative(process.cwd(), dist) || "." }));
  app.notFound((c) => c.text("not found", 404));
  const host = options.host ?? "127.0.0.1";
  const requestedPort = options.port ?? DEFAULT_ADDIN_PORT;
  const attempt = (port: number) =>
    new Promise<ReturnType<typeof serve>>((resolveServer, reject) => {
      const s = serve({ fetch: app.fetch, port, hostname: host }, () => resolveServer(s));
      s.once("error", reject);
    });
  const tries = requestedPort === 0 ? 0 : Math.max(0, options.tryNextPorts ?? 0);
  let server: ReturnType<typeof serve> | undefined;
  for (let k = 0; server === undefined; k++) {
    try {
      server = await attempt(requestedPort + k);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EADDRINUSE") throw error;
      if (k >= tries || requestedPort + k >= 65535) {
        const which = k === 0 ? `port ${requestedPort} is` : `ports ${requestedPort}–${requestedPort + k} are`;
        throw new AddinPortInUseError(`${which} already in use on ${host}`);
      }
    }
  }
  const { port } = server.address() as AddressInfo;
  const url = `http://${host === "127.0.0.1" ? "localhost" : host}:${port}`;
  return {
    url,
    taskpaneUrl: `${url}/taskpane.html`,
    port,
    requestedPort,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** True when dist/addin is missing or older than any source it is built from. */
export function addinBuildIsStale(dist = ADDIN_DIST): boolean {
  const built = join(dist, "taskpane.html");
  if (!existsSync(built)) return true;
  const builtAt = statSync(built).mtimeMs;
  return ["addin", "shared"].some((dir) => newestMtime(join(ROOT, dir)) > builtAt);
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds the add-in in a child process (the build sets NODE_ENV and loads Vite; keep that out of the server). */
export function buildAddinInChild(onOutput: (text: string) => void): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [join(ROOT, "node_modules", "tsx", "dist", "cli.mjs"), join(ROOT, "scripts", "addin", "build.ts")], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    child.on("error", fail);
    child.on("close", (code) => {
      if (code === 0) done();
      else {
        onOutput(output);
        fail(new Error(`the add-in build failed (exit ${code})`));
      }
    });
  });
}
