/**
 * The API server in a process of its own, for the report benchmark: a Lambda instance holds only
 * its own heap, while the benchmark's process holds its inputs (tens of MB of snapshots) and, with
 * servers in-process, every server's caches, which the collector would trace on each cold request.
 * The child counts its own storage calls (port methods and DynamoDB commands) and reports them over
 * IPC; it exits when the parent closes the channel, so it never outlives the benchmark.
 */
import { type ChildProcess, fork } from "node:child_process";
import { fileURLToPath } from "node:url";

export interface ApiProcessSettings {
  readonly endpoint: string;
  readonly tableName: string;
  readonly reportCacheBytes: number;
  /** The release the server belongs to: reports are stored for its other instances (none: not stored). */
  readonly release?: string;
  /** The server's wait before rebuilding a report after a change (its default when absent). */
  readonly reportRebuildDelayMs?: number;
  /** The server's clock, an ISO instant; `setClock` moves it. */
  readonly clock: string;
}

export type ApiProcessRequest = { id: number } & ({ type: "reset" } | { type: "counts" } | { type: "idle" } | { type: "clock"; iso: string });

export type ApiProcessReply =
  | { id: number; type: "ready"; origin: string }
  | { id: number; type: "done" }
  | { id: number; type: "counts"; port: Record<string, number>; dynamo: Record<string, number>; rssMb: number };

export interface ApiProcess {
  readonly origin: string;
  /** Forgets the storage calls counted so far. */
  reset(): Promise<void>;
  /** Storage calls since the last reset, and the process's resident memory. */
  counts(): Promise<{ port: Record<string, number>; dynamo: Record<string, number>; rssMb: number }>;
  setClock(iso: string): Promise<void>;
  /** Resolves once the server's work after its answers (reports rebuilt after a push) is done. */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

const CHILD = fileURLToPath(new URL("./api-process-child.ts", import.meta.url));

export async function startApiProcess(settings: ApiProcessSettings): Promise<ApiProcess> {
  const child: ChildProcess = fork(CHILD, [JSON.stringify(settings)], { execArgv: ["--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const waiting = new Map<number, { resolve: (reply: ApiProcessReply) => void; reject: (error: Error) => void }>();
  // A child that dies leaves no question unanswered: every pending one fails.
  child.once("exit", (code) => {
    for (const { reject } of waiting.values()) reject(new Error(`the API server's process exited (${code})`));
    waiting.clear();
  });
  child.on("message", (raw) => {
    const message = raw as ApiProcessReply;
    waiting.get(message.id)?.resolve(message);
    waiting.delete(message.id);
  });
  const origin = await new Promise<string>((resolve, reject) => {
    waiting.set(0, {
      resolve: (reply) => (reply.type === "ready" ? resolve(reply.origin) : reject(new Error(`the API server's process said ${reply.type}`))),
      reject,
    });
  });
  let next = 1;
  const ask = (request: Omit<ApiProcessRequest, "id"> & Record<string, unknown>): Promise<ApiProcessReply> =>
    new Promise((resolve, reject) => {
      if (!child.connected) return reject(new Error("the API server's process is gone"));
      const id = next++;
      waiting.set(id, { resolve, reject });
      child.send({ ...request, id });
    });
  return {
    origin,
    async reset() {
      await ask({ type: "reset" });
    },
    async counts() {
      const reply = await ask({ type: "counts" });
      if (reply.type !== "counts") throw new Error(`the API server's process answered ${reply.type} to counts`);
      return { port: reply.port, dynamo: reply.dynamo, rssMb: reply.rssMb };
    },
    async idle() {
      await ask({ type: "idle" });
    },
    async setClock(iso) {
      await ask({ type: "clock", iso });
    },
    async stop() {
      if (child.connected) child.disconnect();
      await exited;
    },
  };
}
