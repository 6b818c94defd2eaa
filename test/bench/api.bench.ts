/**
 * API benchmarks: the Lambda bundle (size and cold start) and push/get latency over loopback
 * HTTP against dynalite in this process.
 */
import { spawnSync } from "node:child_process";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { createApp } from "../../api/app";
import { listen } from "../../api/local/http-server";
import { largeSnapshot } from "../api/fixtures/large-snapshot";
import { startTestDb } from "../api/support/dynamo";
import { storeKey } from "../api/support/http-api";
import { lambdaBuildOptions } from "../api/support/lambda-bundle";
import type { Benchmark } from "./benchmark";

const BUNDLE_BUDGET_BYTES = 1024 * 1024;

/** Bundles api/lambda.ts the way SST does for `nodejs: { format: "esm", minify: true }`. */
async function bundleLambda(): Promise<{ file: string; bytes: number; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), "crosswalk-lambda-"));
  const file = join(dir, "index.mjs");
  await build(lambdaBuildOptions(file));
  return { file, bytes: (await stat(file)).size, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Fresh Node processes importing the bundle: module init, then the first request (health). */
function coldStarts(file: string, runs: number): { init: number[]; first: number[] } {
  const script = `
    const t0 = performance.now();
    const { handler } = await import(${JSON.stringify(file)});
    const t1 = performance.now();
    const event = { version: "2.0", routeKey: "$default", rawPath: "/v1/health", rawQueryString: "", headers: { host: "x.lambda-url.eu-west-1.on.aws" },
      requestContext: { accountId: "anonymous", apiId: "x", domainName: "x.lambda-url.eu-west-1.on.aws", domainPrefix: "x",
        http: { method: "GET", path: "/v1/health", protocol: "HTTP/1.1", sourceIp: "127.0.0.1", userAgent: "bench" },
        requestId: "r", routeKey: "$default", stage: "$default", time: "", timeEpoch: 0 }, isBase64Encoded: false };
    const result = await handler(event);
    const t2 = performance.now();
    if (result.statusCode !== 200) throw new Error("health failed: " + JSON.stringify(result));
    process.stdout.write(JSON.stringify({ init: t1 - t0, first: t2 - t1 }));`;
  const init: number[] = [];
  const first: number[] = [];
  for (let i = 0; i < runs; i++) {
    const out = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
      env: { PATH: process.env.PATH ?? "", CROSSWALK_TABLE: "bench", AWS_REGION: "eu-west-1", AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true" },
      encoding: "utf8",
    });
    if (out.status !== 0) throw new Error(`cold start failed: ${out.stderr}`);
    const figures = JSON.parse(out.stdout) as { init: number; first: number };
    init.push(figures.init);
    first.push(figures.first);
  }
  return { init, first };
}

let lambdaFigures: Promise<{ bytes: number; init: number[]; first: number[] }> | undefined;

function lambda() {
  lambdaFigures ??= (async () => {
    const bundle = await bundleLambda();
    try {
      return { bytes: bundle.bytes, ...coldStarts(bundle.file, 9) };
    } finally {
      await bundle.cleanup();
    }
  })();
  return lambdaFigures;
}

/** Loopback latency: the API on an ephemeral port over dynalite, timed from a fetch client. */
async function latency<T>(run: (api: { origin: string; key: string }) => Promise<T>): Promise<T> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
  const db = await startTestDb();
  const { store } = await db.table();
  const key = await storeKey(store, "org-admin");
  const server = await listen(createApp({ store, log: () => undefined }), { port: 0, host: "127.0.0.1" });
  try {
    return await run({ origin: server.origin, key });
  } finally {
    await server.close();
    await db.close();
  }
}

async function timed(fn: () => Promise<Response>, expected: number): Promise<number> {
  const start = performance.now();
  const response = await fn();
  await response.arrayBuffer();
  const ms = performance.now() - start;
  if (response.status !== expected) throw new Error(`expected ${expected}, got ${response.status}`);
  return ms;
}

async function pushAndGet(origin: string, key: string, workbook: string, body: string, rounds: number) {
  const push: number[] = [];
  const get: number[] = [];
  const notModified: number[] = [];
  const path = `${origin}/v1/teams/bench/workbooks/${workbook}/versions`;
  for (let v = 0; v < rounds; v++) {
    const headers: Record<string, string> = { authorization: `Bearer ${key}`, "content-type": "application/json" };
    if (v > 0) headers["if-match"] = `"v${v}"`;
    push.push(await timed(() => fetch(path, { method: "POST", headers, body }), 201));
    get.push(await timed(() => fetch(`${path}/latest`, { headers: { authorization: `Bearer ${key}` } }), 200));
    notModified.push(
      await timed(() => fetch(`${path}/latest`, { headers: { authorization: `Bearer ${key}`, "if-none-match": `"v${v + 1}"` } }), 304),
    );
  }
  // The first round warms connections and code paths.
  return { push: push.slice(1), get: get.slice(1), notModified: notModified.slice(1) };
}

type Rounds = { push: number[]; get: number[]; notModified: number[] };
let smallRounds: Promise<Rounds> | undefined;
let largeRounds: Promise<Rounds> | undefined;
const small = () => (smallRounds ??= latency(({ origin, key }) => pushAndGet(origin, key, "small", smallBody, 31)));
const large = () => (largeRounds ??= latency(({ origin, key }) => pushAndGet(origin, key, "large", largeBody, 6)));
const smallBody = JSON.stringify(largeSnapshot(100, "bench", "small"));
const largeBody = JSON.stringify(largeSnapshot(5000, "bench", "large"));

export const benchmarks: Benchmark[] = [
  {
    name: "api: lambda bundle, minified ESM",
    unit: "KB",
    async run() {
      const { bytes } = await lambda();
      return { value: bytes / 1024, baseline: BUNDLE_BUDGET_BYTES / 1024, note: "budget 1 MB (ratio < 1 is within budget)" };
    },
  },
  {
    name: "api: lambda cold module init",
    unit: "ms",
    async run() {
      const { init } = await lambda();
      return { value: median(init), note: `median of ${init.length} fresh node ${process.version} processes importing the bundle` };
    },
  },
  {
    name: "api: lambda cold first request (health)",
    unit: "ms",
    async run() {
      const { first } = await lambda();
      return { value: median(first), note: "after init: builds client, store, app and OpenAPI doc, answers /v1/health" };
    },
  },
  {
    name: "api: push latency, 100 risks",
    unit: "ms",
    async run() {
      const r = await small();
      return { value: median(r.push), note: `median of ${r.push.length}; ${Math.round(smallBody.length / 1024)} KB body, loopback HTTP, dynalite` };
    },
  },
  {
    name: "api: get latest latency, 100 risks",
    unit: "ms",
    async run() {
      const r = await small();
      return { value: median(r.get), note: `median of ${r.get.length}` };
    },
  },
  {
    name: "api: 304 latency (If-None-Match)",
    unit: "ms",
    async run() {
      const r = await small();
      return { value: median(r.notModified), note: `median of ${r.notModified.length}` };
    },
  },
  {
    name: "api: push latency, 5,000 risks (gzip + chunks)",
    unit: "ms",
    async run() {
      const r = await large();
      return { value: median(r.push), note: `median of ${r.push.length}; ${(largeBody.length / 1024 / 1024).toFixed(1)} MB body` };
    },
  },
  {
    name: "api: get latest latency, 5,000 risks",
    unit: "ms",
    async run() {
      const r = await large();
      return { value: median(r.get), note: `median of ${r.get.length}` };
    },
  },
];
