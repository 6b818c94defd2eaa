import { describe, expect, it } from "vitest";
import { ApiClient } from "../../../shared/api/client";
import { memoryStore } from "../../../addin/services/key-value-store";
import { PushQueue, type QueueEvent, RETRY_DELAYS_MS } from "../../../addin/services/push-queue";
import { CONFLICT_WORDS, HTTP_VOCABULARY } from "../../../addin/services/api-words";
import { TestApi, KEY } from "../round-trip/test-api";
import { demo, ManualTimers } from "../round-trip/render-round-trip";

function setup() {
  const api = new TestApi();
  const timers = new ManualTimers();
  const store = memoryStore();
  const events: QueueEvent[] = [];
  const queue = new PushQueue({ store, client: () => new ApiClient({ baseUrl: "https://api.test", key: KEY }, api.fetch), now: () => new Date("2026-06-30T10:00:00Z"), schedule: timers.schedule });
  queue.subscribe((e) => events.push(e));
  return { api, timers, store, queue, events };
}

describe("PushQueue", () => {
  it("waits longer after each failed attempt, up to every 5 minutes", async () => {
    const { api, timers, queue } = setup();
    api.down = true;
    queue.enqueue({ team: "credit-risk", workbook: "ai-conformance", snapshot: demo() }, "offline");
    for (let i = 0; i < 7; i++) {
      const due = timers.tasks.filter((t) => !t.cancelled);
      expect(due.map((t) => t.ms)).toEqual([RETRY_DELAYS_MS[Math.min(i, RETRY_DELAYS_MS.length - 1)]]);
      timers.runDue();
      await new Promise((r) => setTimeout(r, 0));
    }
    expect(queue.pending).toMatchObject({ attempts: 8, state: "waiting", nextAttemptAt: "2026-06-30T10:05:00.000Z" });
  });

  it("waits as long as the API's Retry-After asks when that is longer than its own step", async () => {
    const { timers, store } = setup();
    const busy = async () => new Response(JSON.stringify({ status: 503, title: "Storage unavailable" }), { status: 503, headers: { "content-type": "application/problem+json", "retry-after": "90" } });
    const queue = new PushQueue({ store, client: () => new ApiClient({ baseUrl: "https://api.test", key: KEY }, busy), now: () => new Date("2026-06-30T10:00:00Z"), schedule: timers.schedule });
    queue.enqueue({ team: "credit-risk", workbook: "ai-conformance", snapshot: demo() }, "offline");
    await queue.retryNow();
    expect(timers.tasks.filter((t) => !t.cancelled).map((t) => t.ms)).toEqual([90_000]);
    expect(queue.pending).toMatchObject({ state: "waiting", nextAttemptAt: "2026-06-30T10:01:30.000Z" });
  });

  it("sends the same Idempotency-Key on every retry of one push, and a new one for the next push", async () => {
    const { api, timers, store } = setup();
    const sent: (string | null)[] = [];
    const recording = (input: string, init?: RequestInit) => {
      if (init?.method === "POST") sent.push(new Headers(init.headers).get("idempotency-key"));
      return api.fetch(input, init);
    };
    const queue = new PushQueue({ store, client: () => new ApiClient({ baseUrl: "https://api.test", key: KEY }, recording), now: () => new Date("2026-06-30T10:00:00Z"), schedule: timers.schedule });
    api.unavailable = true;
    const queued = queue.enqueue({ team: "credit-risk", workbook: "ai-conformance", snapshot: demo() }, "offline");
    await queue.retryNow();
    await queue.retryNow();
    api.unavailable = false;
    await queue.retryNow();
    expect(queue.pending).toBeUndefined();
    expect(sent).toHaveLength(3);
    expect(new Set(sent)).toEqual(new Set([queued.idempotencyKey]));
    expect(queued.idempotencyKey).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);

    const next = queue.enqueue({ team: "credit-risk", workbook: "ai-conformance", snapshot: demo(), ifMatch: '"v1"' }, "offline");
    expect(next.idempotencyKey).not.toBe(queued.idempotencyKey);
    const carried = queue.enqueue({ team: "credit-risk", workbook: "ai-conformance", snapshot: demo(), ifMatch: '"v1"', idempotencyKey: "first-attempt" }, "offline");
    expect(carried.idempotencyKey).toBe("first-attempt");
  });

  it("gives a push queued without a key (an older add-in) one before its next attempt, and keeps it", async () => {
    const { api, store, queue } = setup();
    api.unavailable = true;
    const { idempotencyKey: _dropped, ...older } = queue.enqueue({ team: "credit-risk", workbook: "ai-conformance", snapshot: demo() }, "offline");
    store.set("push-queue", JSON.stringify(older));
    await queue.retryNow();
    const given = queue.pending?.idempotencyKey;
    expect(given).toMatch(/^[0-9a-f-]{36}$/);
    await queue.retryNow();
    expect(queue.pending?.idempotencyKey).toBe(given);
  });

  it("takes a conflict naming its own snapshot as the lost answer of an attempt that got through", async () => {
    const { api, queue, events, store } = setup();
    const snapshot = demo();
    await api.seed(snapshot);
    queue.enqueue({ team: "credit-risk", workbook: "ai-conformance", snapshot }, "offline");
    await queue.retryNow();
    expect(events.find((e) => e.kind === "pushed")).toMatchObject({ kind: "pushed", version: 1 });
    expect(store.get("push-queue")).toBeUndefined();
    expect(await api.versions("credit-risk", "ai-conformance")).toHaveLength(1);
  });

  it("stops waiting on a real conflict, for the user to decide", async () => {
    const { api, queue, timers } = setup();
    await api.seed(demo(1));
    const snapshot = { ...demo(1), risks: [] };
    queue.enqueue({ team: "customer-service", workbook: "ai-conformance", snapshot }, "offline");
    await queue.retryNow();
    expect(queue.pending).toMatchObject({ state: "conflict" });
    // Said in plain words: the API's own answer names If-Match.
    expect(queue.pending?.lastError).toBe(CONFLICT_WORDS);
    expect(queue.pending?.lastError).not.toMatch(HTTP_VOCABULARY);
    expect(timers.tasks.filter((t) => !t.cancelled)).toEqual([]);
  });

  it("resumes a push left waiting when the pane was closed", async () => {
    const { store, api } = setup();
    const first = new PushQueue({ store, client: () => undefined, now: () => new Date("2026-06-30T10:00:00Z"), schedule: () => () => undefined });
    first.enqueue({ team: "credit-risk", workbook: "ai-conformance", snapshot: demo() }, "offline");
    const timers = new ManualTimers();
    const reopened = new PushQueue({ store, client: () => new ApiClient({ baseUrl: "https://api.test", key: KEY }, api.fetch), now: () => new Date(), schedule: timers.schedule });
    reopened.start();
    timers.runDue();
    await new Promise((r) => setTimeout(r, 0));
    await new Promise((r) => setTimeout(r, 0));
    expect(await api.versions("credit-risk", "ai-conformance")).toHaveLength(1);
    expect(store.get("push-queue")).toBeUndefined();
  });
});
