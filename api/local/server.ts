import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { createApp } from "../app";
import { createBackground } from "../background";
import { generateApiKey } from "../auth/api-key";
import { ensureBootstrapKey } from "../bootstrap";
import type { AppDeps } from "../deps";
import { createDynamoClient, createDynamoStore, ensureTable, parseStoreDeadline } from "../store/dynamo";
import { createMemoryStore } from "../store/memory/memory-store";
import type { Store } from "../store/port";
import { demoOrgProfile, demoWorkbooks } from "./demo-seed";
import { lockDataDir } from "./data-lock";
import { type DynaliteServer, startDynalite } from "./dynalite";
import { type HttpServer, listen } from "./http-server";

export interface LocalOptions {
  /** Default 8787; 0 picks a free port. */
  readonly port?: number;
  /** Default 127.0.0.1: the API is for this machine unless asked otherwise. */
  readonly host?: string;
  /** Where dynalite keeps its data and the generated admin key; null keeps everything in memory (the memory store). Default `.crosswalk/data`. */
  readonly dataDir?: string | null;
  /** Seed the demo org when it has no workbooks yet. Default true. */
  readonly seed?: boolean;
  /** The org of the bootstrap admin key (and the demo). Default `demo`. */
  readonly org?: string;
  /** Environment to read CROSSWALK_ADMIN_KEY from. Default process.env. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Extra app deps (limits, clock, CORS origins…). */
  readonly app?: Omit<AppDeps, "store">;
  /**
   * Use this DynamoDB-compatible endpoint (DynamoDB Local, LocalStack, AWS) instead of the embedded
   * dynalite; the table is created when missing. The data folder then only keeps the admin key.
   */
  readonly dynamodb?: { readonly endpoint: string; readonly table?: string };
}

export interface LocalServer {
  /** http://localhost:PORT */
  readonly url: string;
  readonly docsUrl: string;
  readonly adminKey: string;
  /** Where the admin key came from. */
  readonly adminKeySource: "env" | "stored" | "generated";
  readonly org: string;
  /** Absolute data folder, or null when in memory. */
  readonly dataDir: string | null;
  /** Where the data lives when it is not the embedded store: the endpoint and table. */
  readonly dynamodb: { readonly endpoint: string; readonly table: string } | null;
  /** Number of demo versions pushed by this start (0 when the org already had data or seeding is off). */
  readonly seededVersions: number;
  readonly store: Store;
  close(): Promise<void>;
}

export const DEFAULT_PORT = 8787;
export const DEFAULT_DATA_DIR = join(".crosswalk", "data");
export const DEFAULT_TABLE_NAME = "crosswalk";
const ADMIN_KEY_FILE = "admin-key";

async function resolveAdminKey(
  dataDir: string | null,
  env: Readonly<Record<string, string | undefined>>,
): Promise<{ key: string; source: LocalServer["adminKeySource"] }> {
  const fromEnv = env.CROSSWALK_ADMIN_KEY?.trim();
  if (fromEnv) return { key: fromEnv, source: "env" };
  if (dataDir) {
    try {
      const stored = (await readFile(join(dataDir, ADMIN_KEY_FILE), "utf8")).trim();
      if (stored) return { key: stored, source: "stored" };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
  }
  const key = generateApiKey();
  if (dataDir) await writeFile(join(dataDir, ADMIN_KEY_FILE), `${key}\n`, { mode: 0o600 });
  return { key, source: "generated" };
}

/** Pushes the demo versions and the org profile through the API itself, so they are validated like any request. */
async function seedDemo(app: ReturnType<typeof createApp>, adminKey: string): Promise<number> {
  let pushed = 0;
  for (const book of demoWorkbooks()) {
    let etag: string | null = null;
    for (const snapshot of book.versions) {
      const headers: Record<string, string> = { authorization: `Bearer ${adminKey}`, "content-type": "application/json" };
      if (etag) headers["if-match"] = etag;
      const response = await app.request(`/v1/teams/${book.team}/workbooks/${book.workbook}/versions`, {
        method: "POST",
        headers,
        body: JSON.stringify(snapshot),
      });
      if (response.status !== 201) {
        throw new Error(`seeding ${book.team}/${book.workbook} failed: ${response.status} ${await response.text()}`);
      }
      etag = response.headers.get("etag");
      pushed++;
    }
  }
  const profile = await app.request("/v1/org/profile", {
    method: "PUT",
    headers: { authorization: `Bearer ${adminKey}`, "content-type": "application/json" },
    body: JSON.stringify(demoOrgProfile()),
  });
  if (profile.status !== 200) throw new Error(`seeding the demo org profile failed: ${profile.status} ${await profile.text()}`);
  return pushed;
}

/**
 * The DynamoDB store of the local API: on `external` (any DynamoDB-compatible endpoint, AWS
 * credentials from the environment), or on dynalite in this process with its data under `dataDir`
 * (surviving restarts). The table is created when missing.
 */
async function openDynamoStore(
  where: { external: { endpoint: string; table: string } | null; dataDir: string | null; deadlineMs: number | undefined },
  cleanups: Array<() => Promise<void>>,
): Promise<Store> {
  const { external, dataDir, deadlineMs } = where;
  let endpoint: string;
  if (external) {
    endpoint = external.endpoint;
  } else {
    if (dataDir) cleanups.push(await lockDataDir(dataDir));
    const dynalite: DynaliteServer = await startDynalite(dataDir ? { path: join(dataDir, "dynamo") } : {});
    cleanups.push(() => dynalite.stop());
    endpoint = dynalite.endpoint;
  }
  const tableName = external?.table ?? DEFAULT_TABLE_NAME;
  const client = createDynamoClient({ endpoint, ...(external ? { credentials: "environment" as const } : {}) });
  cleanups.push(async () => client.destroy());
  try {
    await ensureTable(client, tableName);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      external
        ? `could not open table ${tableName} at ${endpoint} (is the endpoint up, and are AWS credentials set for it?): ${reason}`
        : `could not open the local database in ${dataDir ?? "memory"} (is another crosswalk server using it?): ${reason}`,
    );
  }
  return createDynamoStore({ client, tableName, ...(deadlineMs ? { deadlineMs } : {}) });
}

/**
 * The embedded API: dynalite in this process (data under `dataDir`, surviving restarts) and its
 * table, or any DynamoDB-compatible endpoint (`dynamodb`) — or, when `dataDir` is null and no
 * endpoint is named, the memory store (nothing kept, nothing to start) — then the
 * bootstrap admin key, the demo org on first run, and the API on localhost.
 * `npm start` and `crosswalk serve` call this; so can anything else that needs a local API.
 */
export async function startLocal(options: LocalOptions = {}): Promise<LocalServer> {
  const env = options.env ?? process.env;
  const org = options.org ?? "demo";
  const dataDir = options.dataDir === null ? null : resolve(options.dataDir ?? DEFAULT_DATA_DIR);
  // The SDK warns on Node 20 about its future support policy; a local server needs no such noise.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";

  const external = options.dynamodb ? { endpoint: options.dynamodb.endpoint, table: options.dynamodb.table ?? DEFAULT_TABLE_NAME } : null;
  const deadlineMs = parseStoreDeadline(env.CROSSWALK_STORE_DEADLINE_MS, "CROSSWALK_STORE_DEADLINE_MS");
  if (dataDir) await mkdir(external ? dataDir : join(dataDir, "dynamo"), { recursive: true });
  const cleanups: Array<() => Promise<void>> = [];
  const closeAll = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  };
  try {
    const store = external || dataDir ? await openDynamoStore({ external, dataDir, deadlineMs }, cleanups) : createMemoryStore();
    const admin = await resolveAdminKey(dataDir, env);
    await ensureBootstrapKey(store, { key: admin.key, org });
    // Stored reports are for many instances of one release; one local process needs only its memory, unless asked.
    const release = env.CROSSWALK_RELEASE?.trim();
    const background = release ? createBackground((message, error) => console.error(JSON.stringify({ level: "warn", message, error: String(error) }))) : undefined;
    const app = createApp({ ...(release ? { release, ...(background ? { background } : {}) } : {}), ...options.app, store });
    // Closing waits for work after answers (a report being rebuilt) before the store goes away.
    if (background) cleanups.push(() => background.idle());

    let seededVersions = 0;
    if (options.seed ?? true) {
      const existing = await store.listWorkbooks(org, { limit: 1 });
      if (existing.items.length === 0) seededVersions = await seedDemo(app, admin.key);
    }

    const http: HttpServer = await listen(app, { port: options.port ?? DEFAULT_PORT, host: options.host ?? "127.0.0.1" });
    cleanups.push(() => http.close());
    const loopback = options.host === undefined || options.host === "127.0.0.1" || options.host === "localhost";
    const url = loopback ? `http://localhost:${http.port}` : http.origin;
    return {
      url,
      docsUrl: `${url}/docs`,
      adminKey: admin.key,
      adminKeySource: admin.source,
      org,
      dataDir,
      dynamodb: external,
      seededVersions,
      store,
      close: closeAll,
    };
  } catch (error) {
    await closeAll();
    throw error;
  }
}
