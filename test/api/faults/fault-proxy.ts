import { createConnection, createServer, type Server, type Socket } from "node:net";
import type { AddressInfo } from "node:net";

/**
 * What the proxy does to a request it is told to hit:
 * - `refuse`: nothing listens any more (connections refused) — the store is down;
 * - `blackhole`: connections are accepted and requests swallowed, never answered — a silent store;
 * - `cut`: the connection is cut mid-request (the proxy has read it, the store never gets it
 *   whole — a store applies only whole requests, and dynalite would throw on a torn one);
 * - `drop-answer`: the whole request reaches the store (which applies it), the answer is thrown
 *   away and the client's connection reset — the answer was lost.
 */
export type Fault = "pass" | "refuse" | "blackhole" | "cut" | "drop-answer";

export interface FaultProxy {
  /** http://127.0.0.1:PORT, for the DynamoDB client. */
  readonly endpoint: string;
  /** Applies `fault` to every request for which `hits` (given the request's head and body as text) holds. */
  set(fault: Fault, hits?: (request: string) => boolean): Promise<void>;
  /** Requests the current fault has hit. */
  hits(): number;
  close(): Promise<void>;
}

/** One complete HTTP/1.1 request at the start of `buffer`, or undefined while it is still arriving. */
function firstRequest(buffer: Buffer): Buffer | undefined {
  const headEnd = buffer.indexOf("\r\n\r\n");
  if (headEnd < 0) return undefined;
  const head = buffer.subarray(0, headEnd).toString("latin1");
  const length = Number(/\r\ncontent-length:\s*(\d+)/i.exec(head)?.[1] ?? 0);
  const total = headEnd + 4 + length;
  return buffer.length >= total ? buffer.subarray(0, total) : undefined;
}

/**
 * A TCP proxy in front of a DynamoDB endpoint that injects faults, request by request. It reads
 * whole HTTP requests (the SDK sends one at a time per connection), so a fault can aim at one
 * kind of request, e.g. the version-head PutItem that is the commit point.
 */
export async function startFaultProxy(upstreamPort: number): Promise<FaultProxy> {
  let fault: Fault = "pass";
  let hits: (request: string) => boolean = () => true;
  let hitCount = 0;
  const sockets = new Set<Socket>();
  let server: Server = createServer();
  let port = 0;

  function track(socket: Socket): Socket {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => socket.destroy());
    return socket;
  }

  function onConnection(client: Socket): void {
    track(client);
    const upstream = track(createConnection({ port: upstreamPort, host: "127.0.0.1" }));
    let pending = Buffer.alloc(0);
    let waiting = false;
    upstream.on("data", (data: Buffer) => {
      if (!client.destroyed) client.write(data);
    });
    upstream.on("close", () => client.destroy());
    client.on("close", () => upstream.destroy());
    client.on("data", (data: Buffer) => {
      pending = Buffer.concat([pending, data]);
      if (waiting) return;
      const request = firstRequest(pending);
      if (!request) return;
      pending = pending.subarray(request.length);
      const hit = fault !== "pass" && hits(request.toString("utf8"));
      if (!hit) {
        upstream.write(request);
        return;
      }
      hitCount++;
      if (fault === "blackhole") {
        waiting = true;
      } else if (fault === "cut") {
        client.destroy();
        upstream.destroy();
      } else if (fault === "drop-answer") {
        waiting = true;
        // The store has applied the request once it starts answering; only then is the answer lost.
        upstream.removeAllListeners("data");
        upstream.once("data", () => {
          client.destroy();
          upstream.destroy();
        });
        upstream.write(request);
      } else {
        client.destroy();
      }
    });
  }

  async function listen(): Promise<void> {
    server = createServer(onConnection);
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => {
        server.off("error", reject);
        resolve();
      });
    });
    port = (server.address() as AddressInfo).port;
  }

  async function stopListening(): Promise<void> {
    if (!server.listening) return;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const socket of sockets) socket.destroy();
    await closed;
  }

  await listen();
  return {
    endpoint: `http://127.0.0.1:${port}`,
    async set(next, predicate = () => true) {
      // Connections made under the old fault carry on under it: start every fault afresh.
      for (const socket of sockets) socket.destroy();
      fault = next;
      hits = predicate;
      hitCount = 0;
      if (next === "refuse") await stopListening();
      else if (!server.listening) await listen();
    },
    hits: () => hitCount,
    close: stopListening,
  };
}
