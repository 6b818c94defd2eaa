/**
 * The child side of `api-process.ts`: one API server (the app `npm start` serves) on the
 * benchmark's dynalite table, with its storage calls counted, answering the parent over IPC.
 * Started with `node --import tsx`; exits when the parent's channel closes.
 */
import { createApp } from "../../api/app";
import { createBackground } from "../../api/background";
import { listen } from "../../api/local/http-server";
import { createDynamoClient, createDynamoStore } from "../../api/store/dynamo";
import { countingStore, logCommands } from "../api/support/counting";
import type { ApiProcessReply, ApiProcessRequest, ApiProcessSettings } from "./api-process";

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";

const settings = JSON.parse(process.argv[2] ?? "{}") as ApiProcessSettings;
const client = createDynamoClient({ endpoint: settings.endpoint, maxAttempts: 2 });
const calls = countingStore(createDynamoStore({ client, tableName: settings.tableName }));
const dynamo = logCommands(client);
let now = new Date(settings.clock);
const background = createBackground((message, error) => process.stderr.write(`${message}: ${String(error)}\n`));
const server = await listen(
  createApp({
    store: calls.store,
    clock: () => now,
    log: () => undefined,
    limits: { reportCacheBytes: settings.reportCacheBytes, ...(settings.reportRebuildDelayMs !== undefined ? { reportRebuildDelayMs: settings.reportRebuildDelayMs } : {}) },
    ...(settings.release ? { release: settings.release, background } : {}),
  }),
  { port: 0, host: "127.0.0.1" },
);

function reply(message: ApiProcessReply): void {
  process.send?.(message);
}

process.on("message", (raw) => {
  const request = raw as ApiProcessRequest;
  switch (request.type) {
    case "reset":
      calls.reset();
      dynamo.reset();
      reply({ id: request.id, type: "done" });
      break;
    case "counts":
      reply({ id: request.id, type: "counts", port: calls.counts(), dynamo: dynamo.counts(), rssMb: process.memoryUsage().rss / 1024 / 1024 });
      break;
    case "idle":
      void background.idle().then(() => reply({ id: request.id, type: "done" }));
      break;
    case "clock":
      now = new Date(request.iso);
      reply({ id: request.id, type: "done" });
      break;
  }
});
process.on("disconnect", () => {
  void server.close().finally(() => process.exit(0));
});
reply({ id: 0, type: "ready", origin: server.origin });
