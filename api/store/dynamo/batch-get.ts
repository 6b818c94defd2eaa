import { BatchGetItemCommand, type BatchGetItemCommandOutput, type KeysAndAttributes } from "@aws-sdk/client-dynamodb";
import { StoreUnavailableError } from "../port";
import { type Item, projection } from "./items";

/** BatchGetItem takes at most 100 keys a call. */
export const BATCH_GET_MAX_KEYS = 100;
/** Rounds of retrying the keys DynamoDB left unprocessed (throttling, 16 MB answers) before giving up. */
const UNPROCESSED_ROUNDS = 8;

/** How a batched read reaches DynamoDB: the store's own `send` (deadline, error mapping). */
export interface BatchGetIo {
  readonly tableName: string;
  readonly batchGet: (command: BatchGetItemCommand) => Promise<BatchGetItemCommandOutput>;
  /** Waits before retrying unprocessed keys (exponential backoff; injectable for tests). */
  readonly pause: (attempt: number) => Promise<void>;
}

/**
 * Every item for these keys (consistent reads), in batches of 100, retrying what DynamoDB leaves
 * unprocessed; only the `attributes` named, when given. Items come back in no particular order.
 */
export async function batchGetAll(io: BatchGetIo, what: string, keys: readonly Item[], attributes?: readonly string[]): Promise<Item[]> {
  const found: Item[] = [];
  const proj = attributes ? projection(attributes) : {};
  for (let start = 0; start < keys.length; start += BATCH_GET_MAX_KEYS) {
    let request: Record<string, KeysAndAttributes> | undefined = {
      [io.tableName]: { Keys: keys.slice(start, start + BATCH_GET_MAX_KEYS), ConsistentRead: true, ...proj },
    };
    for (let round = 0; request && Object.keys(request).length > 0; round++) {
      if (round > UNPROCESSED_ROUNDS) throw new StoreUnavailableError(`${what}: keys left unprocessed after retries`);
      if (round > 0) await io.pause(round);
      const answer: BatchGetItemCommandOutput = await io.batchGet(new BatchGetItemCommand({ RequestItems: request }));
      found.push(...(answer.Responses?.[io.tableName] ?? []));
      request = answer.UnprocessedKeys;
    }
  }
  return found;
}

/** A map key for an item's primary key. */
export const primaryKeyString = (item: Item): string => `${item.pk?.S}\u0000${item.sk?.S}`;
