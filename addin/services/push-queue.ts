/**
 * A push that could not reach the API (offline, or the API's store unavailable) waits here, in
 * the add-in's own storage so it survives closing the pane, and is tried again with growing
 * pauses until the API answers. One push waits at a time: a newer one replaces it. The user can
 * cancel it. When the API answers with a conflict the push stops waiting and says so.
 */
import { v4 as uuidv4 } from "uuid";
import { jsonEqual } from "../../shared/diff/json-equal";
import type { VersionSummary } from "../../shared/api/version";
import { parseSnapshot } from "../../shared/model/parse-snapshot";
import type { WorkbookSnapshot } from "../../shared/model/snapshot";
import { type ApiClient, ApiError } from "../../shared/api/client";
import { pushFailureWords } from "./api-words";
import type { KeyValueStore } from "./key-value-store";

export interface QueuedPush {
  readonly team: string;
  readonly workbook: string;
  readonly snapshot: WorkbookSnapshot;
  /** The ETag the push is sent against (absent for a workbook's first version). */
  readonly ifMatch?: string;
  /**
   * Names this push for every attempt (`Idempotency-Key`), so a retry after a lost answer gets the
   * version the earlier attempt made. Absent only in a push queued by an older add-in: then it is
   * given one before its next attempt.
   */
  readonly idempotencyKey?: string;
  readonly queuedAt: string;
  readonly attempts: number;
  /** When the next attempt is due (ISO time). */
  readonly nextAttemptAt?: string;
  readonly lastError?: string;
  /** waiting: will be retried; conflict / failed: stopped, for the user to decide. */
  readonly state: "waiting" | "conflict" | "failed";
}

export type QueueEvent =
  | { readonly kind: "pushed"; readonly version: number; readonly summary?: VersionSummary; readonly push: QueuedPush }
  | { readonly kind: "changed" };

export interface PushQueueDeps {
  readonly store: KeyValueStore;
  /** The client for the current settings (undefined when the API is not configured). */
  readonly client: () => ApiClient | undefined;
  readonly now: () => Date;
  /** Runs `task` after `ms`; returns a cancel function (setTimeout in the pane, a fake in tests). */
  readonly schedule: (task: () => void, ms: number) => () => void;
}

const STORE_KEY = "push-queue";
/** Pauses between attempts: 5 s, 15 s, 30 s, 1 min, 2 min, then every 5 min. */
export const RETRY_DELAYS_MS = [5_000, 15_000, 30_000, 60_000, 120_000, 300_000] as const;

export class PushQueue {
  readonly #deps: PushQueueDeps;
  readonly #listeners = new Set<(event: QueueEvent) => void>();
  #cancelTimer: (() => void) | undefined;
  #busy = false;

  constructor(deps: PushQueueDeps) {
    this.#deps = deps;
  }

  get pending(): QueuedPush | undefined {
    const raw = this.#deps.store.get(STORE_KEY);
    if (!raw) return undefined;
    try {
      const item = JSON.parse(raw) as QueuedPush;
      const snapshot = parseSnapshot(item.snapshot);
      return snapshot.success && typeof item.team === "string" && typeof item.workbook === "string" ? { ...item, snapshot: snapshot.snapshot } : undefined;
    } catch {
      return undefined;
    }
  }

  subscribe(listener: (event: QueueEvent) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Resumes a push left waiting when the pane was last closed. */
  start(): void {
    const item = this.pending;
    if (item?.state === "waiting") this.#schedule(item);
  }

  /**
   * Queues a push that could not be sent, replacing any waiting one. Pass the `idempotencyKey` the
   * failed attempt used, if any, so the retries continue its sequence; else a new one is made.
   */
  enqueue(push: { team: string; workbook: string; snapshot: WorkbookSnapshot; ifMatch?: string; idempotencyKey?: string }, error: string): QueuedPush {
    const item: QueuedPush = { ...push, idempotencyKey: push.idempotencyKey ?? uuidv4(), queuedAt: this.#deps.now().toISOString(), attempts: 1, lastError: error, state: "waiting" };
    this.#save(item);
    this.#schedule(item);
    return item;
  }

  cancel(): void {
    this.#cancelTimer?.();
    this.#cancelTimer = undefined;
    this.#deps.store.remove(STORE_KEY);
    this.#emit({ kind: "changed" });
  }

  /** Tries the waiting push now (also what the timer runs). */
  async retryNow(): Promise<void> {
    const pending = this.pending;
    if (!pending || this.#busy) return;
    // Saved before sending, so every later attempt (even after the pane reopens) reuses the key.
    const item = pending.idempotencyKey !== undefined ? pending : { ...pending, idempotencyKey: uuidv4() };
    if (item !== pending) this.#save(item);
    const client = this.#deps.client();
    if (!client) {
      this.#save({ ...item, state: "failed", lastError: "The API is not configured: enter its URL and key in Settings." });
      return;
    }
    this.#busy = true;
    this.#cancelTimer?.();
    this.#cancelTimer = undefined;
    try {
      const summary = await client.push(item.team, item.workbook, item.snapshot, item.ifMatch, item.idempotencyKey);
      this.#deps.store.remove(STORE_KEY);
      this.#emit({ kind: "pushed", version: summary.version, summary, push: item });
    } catch (error) {
      await this.#failed(client, item, error);
    } finally {
      this.#busy = false;
    }
  }

  async #failed(client: ApiClient, item: QueuedPush, error: unknown): Promise<void> {
    // Kept and shown in the pane's banner: plain words, never the API's HTTP wording.
    const message = pushFailureWords(error);
    if (error instanceof ApiError && error.offline) {
      const next = { ...item, attempts: item.attempts + 1, lastError: message };
      this.#save(next);
      this.#schedule(next, error.retryAfterSeconds);
      return;
    }
    if (error instanceof ApiError && (error.status === 409 || error.status === 428)) {
      // After a lost answer the push may have got through: then the newest version is ours.
      const latest = await client.latest(item.team, item.workbook).catch(() => undefined);
      if (latest && jsonEqual(latest.snapshot, item.snapshot)) {
        this.#deps.store.remove(STORE_KEY);
        this.#emit({ kind: "pushed", version: latest.version, push: item });
        return;
      }
      this.#save({ ...item, state: "conflict", lastError: message });
      return;
    }
    this.#save({ ...item, state: "failed", lastError: message });
  }

  /** The next attempt after the backoff step, or later when the API asked for more (`Retry-After`). */
  #schedule(item: QueuedPush, retryAfterSeconds?: number): void {
    this.#cancelTimer?.();
    const backoff = RETRY_DELAYS_MS[Math.min(item.attempts - 1, RETRY_DELAYS_MS.length - 1)] ?? 300_000;
    const delay = Math.max(backoff, (retryAfterSeconds ?? 0) * 1000);
    const due = new Date(this.#deps.now().getTime() + delay).toISOString();
    this.#save({ ...item, nextAttemptAt: due });
    this.#cancelTimer = this.#deps.schedule(() => void this.retryNow(), delay);
  }

  #save(item: QueuedPush): void {
    this.#deps.store.set(STORE_KEY, JSON.stringify(item));
    this.#emit({ kind: "changed" });
  }

  #emit(event: QueueEvent): void {
    for (const listener of this.#listeners) listener(event);
  }
}
