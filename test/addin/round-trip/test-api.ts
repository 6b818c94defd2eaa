/**
 * The real Crosswalk API (`createApp`) on the memory store, behind an injected `fetch`, for the
 * pane's component tests: whatever the pane sees — ETags, If-Match, 409/428, problem+json,
 * pagination, the report — is what the API itself answers. The org is "demo" with the demo
 * profile (so reports carry its name); the clock starts at 2026-06-30 08:00 UTC and moves a minute
 * per reading. `down` makes every call fail as a browser does offline; `unavailable` makes the
 * store fail, so the API answers its own 503; `noReport` sends the report request to a path no
 * API serves, as an API without the report route would answer it.
 */
import { createApp } from "../../../api/app";
import { hashApiKey, keyIdOf } from "../../../api/auth/api-key";
import { ensureBootstrapKey } from "../../../api/bootstrap";
import { demoOrgProfile } from "../../../api/local/demo-seed";
import { createMemoryStore } from "../../../api/store/memory/memory-store";
import { type Store, StoreUnavailableError } from "../../../api/store/port";
import { parseSnapshot } from "../../../shared/model/parse-snapshot";
import type { WorkbookSnapshot } from "../../../shared/model/snapshot";

export const KEY = "cwk_test_key_of_the_pane";
const ORG = "demo";
const ADMIN = "Test admin";

export interface RecordedCall {
  readonly method: string;
  readonly path: string;
  readonly ifMatch?: string;
  readonly idempotencyKey?: string;
}

export interface StoredVersion {
  readonly version: number;
  readonly snapshot: WorkbookSnapshot;
}

/** A store that fails every call while `failing()` says so, as a store the API cannot reach. */
function switchableStore(store: Store, failing: () => boolean): Store {
  return new Proxy(store, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        if (failing()) return Promise.reject(new StoreUnavailableError("the test switched the store off"));
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

export class TestApi {
  readonly calls: RecordedCall[] = [];
  down = false;
  unavailable = false;
  noReport = false;
  readonly #store = createMemoryStore();
  readonly #ready: Promise<void>;
  #clock = Date.parse("2026-06-30T08:00:00Z");
  readonly #app = createApp({
    store: switchableStore(this.#store, () => this.unavailable),
    clock: () => new Date((this.#clock += 60_000)),
    log: () => undefined,
  });

  constructor() {
    this.#ready = this.#setUp();
  }

  async #setUp(): Promise<void> {
    await ensureBootstrapKey(this.#store, { key: KEY, org: ORG, name: ADMIN, now: () => new Date(this.#clock) });
    // Straight into the store: a test may switch the store off before its first request.
    const now = new Date(this.#clock);
    await this.#store.putOrgProfile({ org: ORG, document: demoOrgProfile(now), updatedAt: now.toISOString(), updatedBy: { keyId: "bootstrap", name: ADMIN } });
  }

  /** The key of a team member named `author` (an org-admin, made on first use). */
  async #keyOf(author: string): Promise<string> {
    if (author === ADMIN) return KEY;
    const key = `cwk_test_key_of_${author.toLowerCase().replace(/[^a-z0-9]/g, "-")}`;
    const id = keyIdOf(key);
    if (!(await this.#store.getKey(id))) {
      await this.#store.createKey({ id, org: ORG, name: author, role: "org-admin", teams: [], hash: hashApiKey(key), createdAt: new Date(this.#clock).toISOString(), createdBy: "bootstrap", revokedAt: null });
    }
    return key;
  }

  /** Pushes `snapshot` through the API as the next version of its workbook, by `author`. */
  async seed(snapshot: WorkbookSnapshot, author = "Seeder"): Promise<number> {
    await this.#ready;
    const { team, name: workbook } = snapshot.workbook;
    const current = await this.#store.getVersion({ org: ORG, team, workbook }, "latest");
    const headers: Record<string, string> = { authorization: `Bearer ${await this.#keyOf(author)}`, "content-type": "application/json" };
    if (current) headers["if-match"] = `"v${current.version}"`;
    const response = await this.#app.request(`/v1/teams/${team}/workbooks/${workbook}/versions`, { method: "POST", headers, body: JSON.stringify(snapshot) });
    if (response.status !== 201) throw new Error(`test API: seeding ${team}/${workbook} answered ${response.status} ${await response.text()}`);
    return ((await response.json()) as { version: number }).version;
  }

  /** Every version of a workbook as stored, oldest first. */
  async versions(team: string, workbook: string): Promise<StoredVersion[]> {
    const ref = { org: ORG, team, workbook };
    const latest = await this.#store.getVersion(ref, "latest");
    const out: StoredVersion[] = [];
    for (let version = 1; version <= (latest?.version ?? 0); version++) {
      const stored = await this.#store.getSnapshot(ref, version);
      const parsed = parseSnapshot(JSON.parse(new TextDecoder().decode(stored?.body)));
      if (!parsed.success) throw new Error(`test API: version ${version} of ${team}/${workbook} does not parse`);
      out.push({ version, snapshot: parsed.snapshot });
    }
    return out;
  }

  readonly fetch = async (input: string, init?: RequestInit): Promise<Response> => {
    await this.#ready;
    const url = new URL(input);
    const method = init?.method ?? "GET";
    const headers = new Headers(init?.headers);
    const ifMatch = headers.get("if-match") ?? undefined;
    const idempotencyKey = headers.get("idempotency-key") ?? undefined;
    this.calls.push({ method, path: `${url.pathname}${url.search}`, ...(ifMatch ? { ifMatch } : {}), ...(idempotencyKey ? { idempotencyKey } : {}) });
    if (this.down) throw new TypeError("Failed to fetch");
    const path = this.noReport && url.pathname === "/v1/reports/dual-conformance" ? "/v1/reports/none-here" : url.pathname;
    return this.#app.request(`${path}${url.search}`, init);
  };
}
