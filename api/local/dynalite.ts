import type { AddressInfo } from "node:net";
import dynalite from "dynalite";

export interface DynaliteServer {
  /** http://127.0.0.1:PORT */
  readonly endpoint: string;
  readonly port: number;
  /** Stops answering (connections refused) — the store is "down". */
  stop(): Promise<void>;
  /** Listens again on the same port; with a `path`, the data is still there. */
  start(): Promise<void>;
}

export interface DynaliteOptions {
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  readonly host?: string;
  /** LevelDB folder for data that survives restarts; in memory when omitted. */
  readonly path?: string;
}

/** A DynamoDB-compatible server in this process, for the local API and the integration tests. */
export async function startDynalite(options: DynaliteOptions = {}): Promise<DynaliteServer> {
  const host = options.host ?? "127.0.0.1";
  const server = dynalite({
    createTableMs: 0,
    deleteTableMs: 0,
    updateTableMs: 0,
    ...(options.path ? { path: options.path } : {}),
  });
  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, host, () => {
        server.off("error", reject);
        resolve();
      });
    });
  await listen(options.port ?? 0);
  const port = (server.address() as AddressInfo).port;
  let running = true;
  return {
    endpoint: `http://${host}:${port}`,
    port,
    async stop() {
      if (!running) return;
      running = false;
      const closed = new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
      server.closeAllConnections();
      await closed;
    },
    async start() {
      if (running) return;
      await listen(port);
      running = true;
    },
  };
}
