import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { type DynaliteServer, startDynalite } from "../../../api/local/dynalite";
import { createDynamoClient, createDynamoStore, type DynamoStoreOptions, ensureTable } from "../../../api/store/dynamo";
import type { Store } from "../../../api/store/port";

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";

export interface TestDb {
  readonly dynalite: DynaliteServer;
  readonly client: DynamoDBClient;
  /** A fresh table with its own store; tables isolate tests sharing one dynalite. */
  table(options?: Partial<Omit<DynamoStoreOptions, "client" | "tableName">>): Promise<{ store: Store; tableName: string }>;
  close(): Promise<void>;
}

let tableCounter = 0;

/**
 * dynalite on a random port (in memory, or under `path` to survive a stop/start), plus a client;
 * `server` starts it elsewhere (the report benchmark runs it in a process of its own).
 */
export async function startTestDb(options: { path?: string; maxAttempts?: number; server?: () => Promise<DynaliteServer> } = {}): Promise<TestDb> {
  const dynalite = options.server ? await options.server() : await startDynalite(options.path ? { path: options.path } : {});
  const client = createDynamoClient({ endpoint: dynalite.endpoint, maxAttempts: options.maxAttempts ?? 2 });
  return {
    dynalite,
    client,
    async table(storeOptions = {}) {
      const tableName = `crosswalk-test-${process.pid}-${++tableCounter}`;
      await ensureTable(client, tableName);
      return { store: createDynamoStore({ client, tableName, ...storeOptions }), tableName };
    },
    async close() {
      client.destroy();
      await dynalite.stop();
    },
  };
}

/**
 * A client on the same dynalite that loses the connection exactly when a version head is put —
 * after any chunks are written — to show what a crash at the commit point leaves behind.
 */
export function clientFailingAtHeadPut(endpoint: string): DynamoDBClient {
  const client = createDynamoClient({ endpoint, maxAttempts: 1 });
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const input = args.input as { Item?: Record<string, { S?: string }> };
      if (context.commandName === "PutItemCommand" && input.Item?.type?.S === "version") {
        throw Object.assign(new Error("socket hang up"), { code: "ECONNRESET" });
      }
      return next(args);
    },
    { step: "initialize" },
  );
  return client;
}

/**
 * A client on the same dynalite whose first version-head put reaches the store but whose answer is
 * lost (a reset after the write), so the SDK's retry meets its own committed head. `lost` counts
 * the answers dropped.
 */
export function clientLosingHeadPutAnswer(
  endpoint: string,
  options: { maxAttempts?: number } = {},
): { client: DynamoDBClient; lost: () => number } {
  const client = createDynamoClient({ endpoint, maxAttempts: options.maxAttempts ?? 3 });
  let dropped = 0;
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const input = args.input as { Item?: Record<string, { S?: string }> };
      const result = await next(args);
      if (context.commandName === "PutItemCommand" && input.Item?.type?.S === "version" && dropped === 0) {
        dropped++;
        // What the SDK sees when the connection drops after the store applied the write.
        throw Object.assign(new Error("socket hang up"), { name: "TimeoutError", code: "ECONNRESET", $metadata: {} });
      }
      return result;
    },
    // Inside the retry loop, so the SDK retries the put as it does after a real dropped answer.
    { step: "deserialize", name: "loseHeadPutAnswer" },
  );
  return { client, lost: () => dropped };
}

/** Is this the update that moves a workbook's newest-version pointer? */
function isPointerUpdate(commandName: string | undefined, input: unknown): boolean {
  const update = input as { UpdateExpression?: string; Key?: Record<string, { S?: string }> };
  return commandName === "UpdateItemCommand" && update.Key?.sk?.S === "META" && (update.UpdateExpression ?? "").includes("latest");
}

/**
 * A client on the same dynalite on which every newest-version pointer update fails after the head
 * put succeeded — what a crash between the commit point and the pointer leaves behind.
 */
export function clientFailingAtPointerUpdate(endpoint: string): DynamoDBClient {
  const client = createDynamoClient({ endpoint, maxAttempts: 1 });
  client.middlewareStack.add(
    (next, context) => async (args) => {
      if (isPointerUpdate(context.commandName, args.input)) throw Object.assign(new Error("socket hang up"), { code: "ECONNRESET" });
      return next(args);
    },
    { step: "initialize" },
  );
  return client;
}

/**
 * A client whose first pointer update reaches the store but whose answer is lost, so the SDK
 * retries it and the retry meets its own write. `lost` counts the answers dropped.
 */
export function clientLosingPointerUpdateAnswer(endpoint: string): { client: DynamoDBClient; lost: () => number } {
  const client = createDynamoClient({ endpoint, maxAttempts: 3 });
  let dropped = 0;
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const result = await next(args);
      if (isPointerUpdate(context.commandName, args.input) && dropped === 0) {
        dropped++;
        throw Object.assign(new Error("socket hang up"), { name: "TimeoutError", code: "ECONNRESET", $metadata: {} });
      }
      return result;
    },
    { step: "deserialize", name: "losePointerUpdateAnswer" },
  );
  return { client, lost: () => dropped };
}
