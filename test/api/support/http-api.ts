import { createApp } from "../../../api/app";
import { emptySnapshot } from "../../../shared/model/snapshot";
import { generateApiKey, hashApiKey, keyIdOf } from "../../../api/auth/api-key";
import type { AppDeps } from "../../../api/deps";
import { type HttpServer, listen } from "../../../api/local/http-server";
import type { DynamoStoreOptions } from "../../../api/store/dynamo";
import type { Role, Store } from "../../../api/store/port";
import { startTestDb, type TestDb } from "./dynamo";

export interface TestApi {
  readonly origin: string;
  readonly store: Store;
  readonly db: TestDb;
  /** A new key stored directly in the table; returns the bearer key. */
  key(role: Role, options?: { org?: string; teams?: string[]; name?: string }): Promise<string>;
  close(): Promise<void>;
}

export const ORG = "acme";

/** The API over real HTTP on an ephemeral port, on dynalite in this process. */
export async function startTestApi(
  options: {
    db?: TestDb;
    path?: string;
    app?: Omit<AppDeps, "store">;
    store?: Partial<Omit<DynamoStoreOptions, "client" | "tableName">>;
  } = {},
): Promise<TestApi> {
  const db = options.db ?? (await startTestDb(options.path ? { path: options.path } : {}));
  const { store } = await db.table(options.store);
  const app = createApp({ log: () => undefined, ...options.app, store });
  const server: HttpServer = await listen(app, { port: 0, host: "127.0.0.1" });
  return {
    origin: server.origin,
    store,
    db,
    key: (role, keyOptions) => storeKey(store, role, keyOptions),
    async close() {
      await server.close();
      if (!options.db) await db.close();
    },
  };
}

let keyCounter = 0;

/** A new key written straight to the store (as a bootstrap would); returns the bearer key. */
export async function storeKey(
  store: Store,
  role: Role,
  { org = ORG, teams = [], name }: { org?: string; teams?: string[]; name?: string } = {},
): Promise<string> {
  const key = generateApiKey();
  keyCounter++;
  await store.createKey({
    id: keyIdOf(key),
    org,
    name: name ?? `${role} ${keyCounter}`,
    role,
    teams,
    hash: hashApiKey(key),
    createdAt: new Date(Date.UTC(2025, 0, 1, 0, 0, 0, keyCounter)).toISOString(),
    createdBy: "test",
    revokedAt: null,
  });
  return key;
}

export interface CallOptions {
  readonly key?: string;
  readonly json?: unknown;
  readonly body?: BodyInit;
  readonly headers?: Record<string, string>;
}

/** fetch against the test server with a bearer key and an optional JSON body. */
export async function call(origin: string, method: string, path: string, options: CallOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.key) headers.authorization = `Bearer ${options.key}`;
  let body = options.body;
  if (options.json !== undefined) {
    body = JSON.stringify(options.json);
    headers["content-type"] ??= "application/json";
  }
  return fetch(`${origin}${path}`, { method, headers, body: body ?? null });
}

/** A valid snapshot (shared model) of `team`/`workbook` with `risks` simple risks. */
export function snapshot(team: string, workbook: string, risks = 1, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ...emptySnapshot({ team, name: workbook }),
    risks: Array.from({ length: risks }, (_, i) => ({ id: `R-${i + 1}`, title: `Risk ${i + 1}` })),
    ...extra,
  };
}

/** The shape every error must have: problem+json, no stack trace, status matching. */
export async function expectProblem(response: Response, status: number): Promise<Record<string, unknown>> {
  const text = await response.text();
  if (response.status !== status) {
    throw new Error(`expected ${status}, got ${response.status}: ${text}`);
  }
  if (!response.headers.get("content-type")?.startsWith("application/problem+json")) {
    throw new Error(`expected problem+json, got ${response.headers.get("content-type")}: ${text}`);
  }
  if (/\n\s+at |node_modules|\.ts:\d+/.test(text)) throw new Error(`problem leaks a stack trace: ${text}`);
  const body = JSON.parse(text) as Record<string, unknown>;
  if (body.status !== status || typeof body.type !== "string" || typeof body.title !== "string") {
    throw new Error(`not an RFC 9457 problem: ${text}`);
  }
  return body;
}
