import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import type { Store } from "../../../api/store/port";

export interface StoreCalls {
  readonly store: Store;
  /** Calls per port method since the last reset. */
  counts(): Record<string, number>;
  reset(): void;
}

/** The store port wrapped so every call is counted by method name. */
export function countingStore(inner: Store): StoreCalls {
  let counts: Record<string, number> = {};
  const store = new Proxy(inner, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== "function" || typeof property !== "string") return value;
      return (...args: unknown[]) => {
        counts[property] = (counts[property] ?? 0) + 1;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { store, counts: () => ({ ...counts }), reset: () => void (counts = {}) };
}

export interface SentCommand {
  readonly name: string;
  /** The index a query ran on, if any. */
  readonly index?: string;
}

export interface CommandLog {
  readonly commands: () => readonly SentCommand[];
  /** Commands per name (`QueryCommand@gsi1` for index queries). */
  counts(): Record<string, number>;
  reset(): void;
}

/** Records every command the DynamoDB client sends, as the adapter sees storage. */
export function logCommands(client: DynamoDBClient): CommandLog {
  let sent: SentCommand[] = [];
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const input = args.input as { IndexName?: string };
      sent.push({ name: context.commandName ?? "unknown", ...(input.IndexName ? { index: input.IndexName } : {}) });
      return next(args);
    },
    { step: "initialize" },
  );
  return {
    commands: () => sent,
    counts: () => {
      const out: Record<string, number> = {};
      for (const c of sent) {
        const key = c.index ? `${c.name}@${c.index}` : c.name;
        out[key] = (out[key] ?? 0) + 1;
      }
      return out;
    },
    reset: () => void (sent = []),
  };
}
