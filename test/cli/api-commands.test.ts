import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LocalServer, startLocal } from "../../api/local/server";
import { versionListSchema, versionSummarySchema } from "../../shared/api/version";
import { ListTablesCommand } from "@aws-sdk/client-dynamodb";
import { startDynalite } from "../../api/local/dynalite";
import { createDynamoClient } from "../../api/store/dynamo";
import { createServeCommand } from "../../cli/commands/serve";
import { main } from "../../cli/main";
import { snapshot } from "../api/support/http-api";
import { captureIo, untilPrinted } from "./capture-io";

let server: LocalServer;
let dir: string;
let env: Record<string, string>;

beforeAll(async () => {
  server = await startLocal({ port: 0, dataDir: null, seed: false, env: {} });
  dir = await mkdtemp(join(tmpdir(), "crosswalk-cli-"));
  env = { CROSSWALK_API: server.url, CROSSWALK_KEY: server.adminKey };
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, content: unknown): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, typeof content === "string" ? content : JSON.stringify(content));
  return path;
}

const snap = (workbook: string, n = 1, team = "cli") => snapshot(team, workbook, n);

describe("crosswalk push", () => {
  it("pushes a first version and prints one line", async () => {
    const io = captureIo(env);
    const code = await main(["push", await file("v1.json", snap("wb", 1)), "--team", "cli", "--workbook", "wb"], io);
    expect(io.err()).toBe("");
    expect(code).toBe(0);
    expect(io.out()).toMatch(/^pushed cli\/wb version 1 \(\d+ bytes, ETag "v1"\)\n$/);
  });

  it("prints the API's VersionSummary with --json", async () => {
    const io = captureIo(env);
    const code = await main(["push", await file("v2.json", snap("wb", 2)), "--team", "cli", "--workbook", "wb", "--base", "1", "--json"], io);
    expect(code).toBe(0);
    const version = versionSummarySchema.parse(JSON.parse(io.out()));
    expect(version).toMatchObject({ version: 2, baseVersion: 1, recordCounts: { risks: 2 } });
  });

  it("exits 3 with a hint when the workbook moved on (409) or --base is missing (428)", async () => {
    const stale = captureIo(env);
    expect(await main(["push", await file("s.json", snap("wb", 3)), "--team", "cli", "--workbook", "wb", "--base", "1"], stale)).toBe(3);
    expect(stale.err()).toContain("409");
    expect(stale.err()).toContain("--base 2");
    const blind = captureIo(env);
    expect(await main(["push", await file("s.json", snap("wb", 3)), "--team", "cli", "--workbook", "wb", "--json"], blind)).toBe(3);
    expect(JSON.parse(blind.out())).toMatchObject({ error: { status: 428, currentVersion: 2 } });
  });

  it("pushes on top of whatever is newest with --base latest", async () => {
    const io = captureIo(env);
    expect(await main(["push", await file("l.json", snap("wb", 4)), "--team", "cli", "--workbook", "wb", "--base", "latest", "--json"], io)).toBe(0);
    expect(JSON.parse(io.out())).toMatchObject({ version: 3, baseVersion: 2 });
    const fresh = captureIo(env);
    expect(await main(["push", await file("new.json", snap("new")), "--team", "cli", "--workbook", "new", "--base", "latest"], fresh)).toBe(0);
  });

  it("takes --api and --key over the environment", async () => {
    const io = captureIo({ CROSSWALK_API: "http://127.0.0.1:9", CROSSWALK_KEY: "wrong" });
    const code = await main(
      ["push", await file("k.json", snap("flags")), "--team", "cli", "--workbook", "flags", "--api", server.url, "--key", server.adminKey],
      io,
    );
    expect(code).toBe(0);
  });

  it("reports the server's validation problem with the bad fields", async () => {
    const io = captureIo(env);
    const code = await main(["push", await file("bad.json", { ...snap("bad"), risks: [{ title: "no id" }] }), "--team", "cli", "--workbook", "bad"], io);
    expect(code).toBe(1);
    expect(io.err()).toContain("422");
    expect(io.err()).toContain("/risks/0/id");
  });

  it("says clearly that a single-sheet file cannot be a workbook, and that a broken one cannot be read", async () => {
    const csv = captureIo(env);
    expect(await main(["push", await file("book.csv", "x"), "--team", "cli", "--workbook", "wb"], csv)).toBe(1);
    expect(csv.err()).toContain("holds one sheet, not a Crosswalk workbook");
    const broken = captureIo(env);
    expect(await main(["push", await file("book.xlsx", "x"), "--team", "cli", "--workbook", "wb"], broken)).toBe(1);
    expect(broken.err()).toContain("crosswalk import ");
  });

  it("rejects a file that is not JSON before sending it", async () => {
    const io = captureIo(env);
    expect(await main(["push", await file("broken.json", "{nope"), "--team", "cli", "--workbook", "wb"], io)).toBe(1);
    expect(io.err()).toContain("not valid UTF-8 JSON");
  });

  it("strips a byte order mark a Windows editor added", async () => {
    const io = captureIo(env);
    const code = await main(["push", await file("bom.json", `\uFEFF${JSON.stringify(snap("bom"))}`), "--team", "cli", "--workbook", "bom"], io);
    expect(io.err()).toBe("");
    expect(code).toBe(0);
  });

  it.each([
    [["push"], "exactly one snapshot file"],
    [["push", "a.json", "--team", "t", "--workbook", "w", "--base", "x"], "--base"],
    [["push", "a.json", "--team", "t", "--workbook", "w", "--frobnicate"], "frobnicate"],
  ])("exits 2 on usage errors: %j", async (argv, message) => {
    const io = captureIo(env);
    expect(await main(argv, io)).toBe(2);
    expect(io.err()).toContain(message);
  });

  it("takes the team and workbook from the snapshot when not given", async () => {
    const io = captureIo(env);
    expect(await main(["push", await file("named.json", snap("named")), "--json"], io)).toBe(0);
    expect(JSON.parse(io.out())).toMatchObject({ team: "cli", workbook: "named", version: 1 });
  });

  it("exits 2 when neither the flags nor the snapshot name the workbook", async () => {
    const io = captureIo(env);
    expect(await main(["push", await file("anon.json", { schemaVersion: 1 })], io)).toBe(2);
    expect(io.err()).toContain("--team and --workbook are required");
  });

  it("exits 2 without a key", async () => {
    const io = captureIo({});
    expect(await main(["push", "a.json", "--team", "t", "--workbook", "w"], io)).toBe(2);
    expect(io.err()).toContain("CROSSWALK_KEY");
  });

  it("sends a push once more with the same bytes and Idempotency-Key after a 503, and gets the version the first attempt made", async () => {
    // A proxy that forwards the first push (so it is committed) but answers 503: a lost answer.
    const seen: { key: string | undefined; body: string }[] = [];
    const readBody = async (request: IncomingMessage) => {
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString("utf8");
    };
    const proxy = createServer((request, response) => {
      void (async () => {
        const body = await readBody(request);
        const headers = Object.fromEntries(Object.entries(request.headers).filter(([name, value]) => typeof value === "string" && name !== "host" && name !== "content-length")) as Record<string, string>;
        const upstream = await fetch(`${server.url}${request.url ?? "/"}`, { method: request.method ?? "GET", headers, ...(body !== "" ? { body } : {}) });
        const answer = Buffer.from(await upstream.arrayBuffer());
        if (request.method === "POST") seen.push({ key: request.headers["idempotency-key"] as string | undefined, body });
        if (request.method === "POST" && seen.length === 1) {
          response.writeHead(503, { "content-type": "application/problem+json", "retry-after": "5" }).end(JSON.stringify({ status: 503, title: "Storage unavailable" }));
          return;
        }
        response.writeHead(upstream.status, Object.fromEntries(upstream.headers)).end(answer);
      })().catch(() => response.destroy());
    });
    await new Promise<void>((done) => proxy.listen(0, "127.0.0.1", done));
    try {
      const io = captureIo({ ...env, CROSSWALK_API: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}` });
      const code = await main(["push", await file("lost.json", snap("lost")), "--team", "cli", "--workbook", "lost", "--json"], io);
      expect(code, io.err()).toBe(0);
      expect(versionSummarySchema.parse(JSON.parse(io.out())).version).toBe(1);
      expect(seen).toHaveLength(2);
      expect(seen[0]?.key).toMatch(/^[0-9a-f-]{36}$/);
      expect(seen[1]).toEqual(seen[0]);
      expect(io.err()).toContain(`same Idempotency-Key ${seen[0]?.key}`);
      // The proxy said Retry-After: 5; the retry waited that long, not at once.
      expect(io.waits()).toEqual([5000]);
      const listed = versionListSchema.parse(await (await fetch(`${server.url}/v1/teams/cli/workbooks/lost/versions`, { headers: { authorization: `Bearer ${server.adminKey}` } })).json());
      expect(listed.items.map((v) => v.version)).toEqual([1]);
    } finally {
      await new Promise((done) => proxy.close(done));
    }
  });

  it("exits 1 saying the API cannot be reached", async () => {
    const io = captureIo({ CROSSWALK_API: "http://127.0.0.1:9", CROSSWALK_KEY: "k" });
    expect(await main(["push", await file("u.json", snap("w", 1, "t")), "--team", "t", "--workbook", "w"], io)).toBe(1);
    expect(io.err()).toContain("Cannot reach the API at http://127.0.0.1:9");
  });
});

describe("crosswalk versions", () => {
  beforeAll(async () => {
    for (let v = 1; v <= 3; v++) {
      const io = captureIo(env);
      const args = ["push", await file(`h${v}.json`, snap("history", v)), "--team", "cli", "--workbook", "history"];
      if (v > 1) args.push("--base", String(v - 1));
      expect(await main(args, io)).toBe(0);
    }
  });

  it("prints the API's list shape with --json, newest first", async () => {
    const io = captureIo(env);
    expect(await main(["versions", "--team", "cli", "--workbook", "history", "--json"], io)).toBe(0);
    const list = versionListSchema.parse(JSON.parse(io.out()));
    expect(list.items.map((v) => v.version)).toEqual([3, 2, 1]);
    expect(list.nextCursor).toBeNull();
  });

  it("pages with --limit and follows every page with --all", async () => {
    const one = captureIo(env);
    await main(["versions", "--team", "cli", "--workbook", "history", "--limit", "1", "--json"], one);
    expect(versionListSchema.parse(JSON.parse(one.out())).nextCursor).not.toBeNull();
    const all = captureIo(env);
    await main(["versions", "--team", "cli", "--workbook", "history", "--limit", "1", "--all", "--json"], all);
    const list = versionListSchema.parse(JSON.parse(all.out()));
    expect(list.items.map((v) => v.version)).toEqual([3, 2, 1]);
    expect(list.nextCursor).toBeNull();
  });

  it("prints a table by default", async () => {
    const io = captureIo(env);
    await main(["versions", "--team", "cli", "--workbook", "history"], io);
    const lines = io.out().trimEnd().split("\n");
    expect(lines[0]).toMatch(/^version\s+created\s+author\s+size\s+records$/);
    expect(lines[1]).toMatch(/^\s*3\s+\S+Z\s+bootstrap admin\s+[\d.]+ k?B\s+risks 3$/);
  });

  it("exits 1 with the problem for a workbook that does not exist", async () => {
    const io = captureIo(env);
    expect(await main(["versions", "--team", "cli", "--workbook", "missing"], io)).toBe(1);
    expect(io.err()).toContain("404");
  });

  it("exits 2 on a bad --limit", async () => {
    const io = captureIo(env);
    expect(await main(["versions", "--team", "cli", "--workbook", "history", "--limit", "500"], io)).toBe(2);
  });
});

describe("crosswalk serve", () => {
  it("serves until told to stop, printing the URL, docs and admin key", async () => {
    let stop: () => void = () => undefined;
    const stopped = new Promise<void>((resolve) => (stop = resolve));
    const serve = createServeCommand(() => stopped);
    const io = captureIo({});
    const running = serve.run(["--port", "0", "--memory", "--json", "--no-addin"], io);
    const info = JSON.parse(await untilPrinted(io, (out) => out.includes("\n"))) as { url: string; adminKey: string; docsUrl: string; seededVersions: number };
    expect(info.docsUrl).toBe(`${info.url}/docs`);
    expect(info.seededVersions).toBeGreaterThan(0);
    const me = await fetch(`${info.url}/v1/me`, { headers: { authorization: `Bearer ${info.adminKey}` } });
    expect(me.status).toBe(200);
    stop();
    expect(await running).toBe(0);
    await expect(fetch(`${info.url}/v1/health`)).rejects.toThrow();
  });

  it("prints a banner naming the docs and the key", async () => {
    let stop: () => void = () => undefined;
    const stopped = new Promise<void>((resolve) => (stop = resolve));
    const io = captureIo({ CROSSWALK_ADMIN_KEY: "banner-test-key-0123456789" });
    const running = createServeCommand(() => stopped).run(["--port", "0", "--memory", "--no-seed", "--no-addin"], io);
    await untilPrinted(io, (out) => out.includes("Ctrl+C"));
    expect(io.out()).toMatch(/Crosswalk API listening on http:\/\/localhost:\d+/);
    expect(io.out()).toContain("/docs");
    expect(io.out()).toContain("banner-test-key-0123456789  (from CROSSWALK_ADMIN_KEY)");
    stop();
    expect(await running).toBe(0);
  });

  it("exits 2 on bad options", async () => {
    const io = captureIo({});
    expect(await main(["serve", "--port", "99999"], io)).toBe(2);
    expect(await main(["serve", "--memory", "--data", "x"], io)).toBe(2);
    expect(await main(["serve", "--no-addin", "--addin-port", "3001"], io)).toBe(2);
    expect(await main(["serve", "--table", "t1", "--memory"], io)).toBe(2);
    expect(await main(["serve", "--dynamodb-endpoint", "localhost:8000", "--memory"], io)).toBe(2);
    expect(await main(["serve", "--dynamodb-endpoint", "http://localhost:8000", "--table", "a b"], io)).toBe(2);
  });

  it("runs against another DynamoDB endpoint and table, creating the table, and says so", async () => {
    const other = await startDynalite();
    let stop: () => void = () => undefined;
    const stopped = new Promise<void>((resolve) => (stop = resolve));
    try {
      const io = captureIo({});
      const args = ["--port", "0", "--memory", "--no-seed", "--no-addin", "--json", "--dynamodb-endpoint", other.endpoint, "--table", "elsewhere"];
      const running = createServeCommand(() => stopped).run(args, io);
      const info = JSON.parse(await untilPrinted(io, (out) => out.includes("\n"))) as { url: string; adminKey: string; dynamodb: unknown };
      expect(info.dynamodb).toEqual({ endpoint: other.endpoint, table: "elsewhere" });
      expect((await fetch(`${info.url}/v1/me`, { headers: { authorization: `Bearer ${info.adminKey}` } })).status).toBe(200);
      const client = createDynamoClient({ endpoint: other.endpoint });
      const tables = await client.send(new ListTablesCommand({}));
      client.destroy();
      expect(tables.TableNames).toContain("elsewhere");
      stop();
      expect(await running).toBe(0);
    } finally {
      stop();
      await other.stop();
    }
  });
});
