import { finished } from "node:stream/promises";
import { Hono } from "hono";
import { handle, type LambdaContext, type LambdaEvent, streamHandle } from "hono/aws-lambda";
import { Resource } from "sst/resource";
import { createApp } from "./app";
import { type Background, createBackground } from "./background";
import { resolveDeps } from "./deps";
import { createOrgReports } from "./report/org-reports";
import { ensureBootstrapKey, OrgMismatchError } from "./bootstrap";
import { type LambdaConfig, lambdaConfig } from "./lambda-config";
import { fitLambdaResult } from "./lambda-response";
import { problem, PROBLEM_MEDIA_TYPE } from "./problem";
import { createDynamoClient, createDynamoStore } from "./store/dynamo";
import type { Store } from "./store/port";

/**
 * AWS Lambda entries. `streamHandler` is what infra/stack.ts deploys: the function URL in
 * RESPONSE_STREAM mode, so answers are streamed and not held to the 6 MB of a buffered result
 * (a report of a thousand teams goes out whole). `handler` is the buffered entry, for API Gateway
 * HTTP API (payload 2.0) or a function URL in BUFFERED mode; hono/aws-lambda also understands v1
 * and ALB events. Nothing is created at module load: the first invocation builds the client, store
 * and app, and later ones on the same instance reuse them.
 */
type Handler = ReturnType<typeof handle>;
type Mode = "buffered" | "stream";

function linked(resource: string, field: string): string | undefined {
  try {
    const value = (Resource as unknown as Record<string, Record<string, unknown> | undefined>)[resource]?.[field];
    return typeof value === "string" ? value : undefined;
  } catch {
    // Not running under SST links (tests, other deployments): environment variables only.
    return undefined;
  }
}

interface Instance {
  readonly app: { fetch: (request: Request, env?: unknown) => Response | Promise<Response> };
  readonly handler: Handler;
  readonly store: Store;
  readonly config: LambdaConfig;
  /** Work started by an answer (the org's report rebuilt after a push); the streaming entry waits for it. */
  readonly background: Background | undefined;
}

let instance: Instance | undefined;
let bootstrapped = false;
/** Why this instance refuses to serve: its configuration contradicts the table's. */
let refused: string | undefined;

function build(mode: Mode): Instance {
  const config = lambdaConfig(process.env, linked);
  const client = createDynamoClient({ endpoint: config.dynamoEndpoint });
  const store = createDynamoStore({
    client,
    tableName: config.tableName,
    ...(config.storeDeadlineMs ? { deadlineMs: config.storeDeadlineMs } : {}),
  });
  // Only the streaming entry can finish work after its answer has gone (see streamHandler).
  const background =
    mode === "stream" && config.release ? createBackground((message, error) => console.error(JSON.stringify({ level: "warn", message, error: String(error) })), "deferred") : undefined;
  const app = createApp({
    store,
    corsOrigins: config.corsOrigins,
    ...(config.release ? { release: config.release } : {}),
    ...(background ? { background } : {}),
    limits: {
      ...(config.maxBodyBytes ? { maxBodyBytes: config.maxBodyBytes } : {}),
      maxResponseBytes: mode === "stream" ? config.maxStreamedResponseBytes : config.maxResponseBytes,
    },
  });
  return { app, handler: handle(app), store, config, background };
}

/** Creates the bootstrap admin key once per instance; retried on the next request if the store was down. */
async function bootstrap(current: Instance): Promise<void> {
  if (bootstrapped || !current.config.adminKey) return;
  try {
    await ensureBootstrapKey(current.store, { key: current.config.adminKey, org: current.config.org });
    bootstrapped = true;
  } catch (error) {
    if (error instanceof OrgMismatchError) {
      refused = error.message;
      return;
    }
    console.error(JSON.stringify({ level: "error", message: "bootstrap admin key not ensured", error: String(error) }));
  }
}

function misconfigured(message: string) {
  console.error(JSON.stringify({ level: "error", message }));
  return {
    statusCode: 500,
    headers: { "content-type": PROBLEM_MEDIA_TYPE },
    body: JSON.stringify(problem("internal", "the API is not configured correctly; the fault has been logged")),
    isBase64Encoded: false,
  };
}

/** The instance, built and bootstrapped, or why it cannot serve. */
async function ready(mode: Mode): Promise<{ instance: Instance } | { refusal: string }> {
  try {
    instance ??= build(mode);
  } catch (error) {
    return { refusal: error instanceof Error ? error.message : String(error) };
  }
  await bootstrap(instance);
  return refused ? { refusal: refused } : { instance };
}

export async function handler(event: LambdaEvent, context?: LambdaContext) {
  const state = await ready("buffered");
  if ("refusal" in state) return misconfigured(state.refusal);
  const result = await state.instance.handler(event, context);
  return fitLambdaResult(result, requestPath(event), { acceptEncoding: header(event, "accept-encoding") });
}

/** In front of the app for the streaming entry: builds it on first use, refuses when misconfigured. */
function streamingGate(): Hono {
  const gate = new Hono();
  gate.all("*", async (c) => {
    const state = await ready("stream");
    if ("refusal" in state) {
      const { statusCode, headers, body } = misconfigured(state.refusal);
      return new Response(body, { status: statusCode, headers });
    }
    return state.instance.app.fetch(c.req.raw, c.env);
  });
  return gate;
}

/**
 * The response-streaming entry (function URL `invokeMode: RESPONSE_STREAM`). Lambda's Node runtime
 * provides the `awslambda` global it is built on; elsewhere (tests, local) it is undefined. The
 * invocation lasts until this handler returns, so once the answer's stream has ended it starts
 * the work the answer queued (the report stored, or the org's report rebuilt after a push) and
 * waits for it: the client has its answer first, and the instance is not frozen mid-work.
 */
export const streamHandler = streamingEntry();

function streamingEntry() {
  const lambda = (globalThis as { awslambda?: { streamifyResponse?: unknown } }).awslambda;
  if (typeof lambda?.streamifyResponse !== "function") return undefined;
  type Streamed = (event: LambdaEvent, responseStream: unknown, context: LambdaContext) => Promise<void>;
  const streamify = lambda.streamifyResponse as (handler: Streamed) => Streamed;
  // hono's entry, itself marked for streaming: the runtime's mark leaves the function callable as it is.
  const answer = streamHandle(streamingGate()) as unknown as Streamed;
  return streamify(async (event, responseStream, context) => {
    await answer(event, responseStream, context);
    // hono returns once it has called end(); the work waits until the stream has flushed the answer.
    await finished(responseStream as NodeJS.WritableStream, { readable: false }).catch(() => undefined);
    instance?.background?.start();
    await instance?.background?.idle();
  });
}

/**
 * The daily schedule's entry (infra/stack.ts `CrosswalkDailyReport`, just after midnight UTC):
 * builds and stores the org's report of the new day, so that the day's first request reads it.
 * Throws when it cannot, so that the failed run shows in the schedule's metrics.
 */
export async function refreshHandler(): Promise<{ org: string; asOf: string }> {
  const config = lambdaConfig(process.env, linked);
  if (!config.release) throw new Error("no release: set CROSSWALK_RELEASE, without which no report is stored");
  const store = createDynamoStore({
    client: createDynamoClient({ endpoint: config.dynamoEndpoint }),
    tableName: config.tableName,
    ...(config.storeDeadlineMs ? { deadlineMs: config.storeDeadlineMs } : {}),
  });
  const deps = resolveDeps({ store, release: config.release });
  await createOrgReports(deps).refresh(config.org);
  return { org: config.org, asOf: deps.clock().toISOString().slice(0, 10) };
}

function header(event: LambdaEvent, name: string): string | undefined {
  const headers = (event as { headers?: Record<string, string | undefined> }).headers ?? {};
  const found = Object.keys(headers).find((k) => k.toLowerCase() === name);
  return found === undefined ? undefined : headers[found];
}

function requestPath(event: LambdaEvent): string {
  const e = event as { rawPath?: string; path?: string };
  return e.rawPath ?? e.path ?? "/";
}
