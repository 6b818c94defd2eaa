import { BatchGetItemCommand, type BatchGetItemCommandOutput, type KeysAndAttributes } from "@aws-sdk/client-dynamodb";
import { StoreUnavailableError } from "../port";
import { mapConcurrent } from "../../../shared/util/map-concurrent";
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

/** Batches of 100 keys in flight at once: their round trips (and any backoff) overlap. */
const BATCHES_IN_FLIGHT = 4;

/**
 * Every item for these keys (consistent reads), in batches of 100, retrying what DynamoDB leaves
 * unprocessed (throttling, or an answer over its size limit: 16 MB, dynalite about 1.4 MB); only
 * the `attributes` named, when given. Items come back in no particular order.
 */
export async function batchGetAll(io: BatchGetIo, what: string, keys: readonly Item[], attributes?: readonly string[]): Promise<Item[]> {
  const proj = attributes ? projection(attributes) : {};
  const batches: Item[][] = [];
  for (let start = 0; start < keys.length; start += BATCH_GET_MAX_KEYS) batches.push(keys.slice(start, start + BATCH_GET_MAX_KEYS));
  const found = await mapConcurrent(batches, BATCHES_IN_FLIGHT, async (batch) => {
    const items: Item[] = [];
    let request: Record<string, KeysAndAttributes> | undefined = { [io.tableName]: { Keys: batch, ConsistentRead: true, ...proj } };
    for (let round = 0; request && Object.keys(request).length > 0; round++) {
      if (round > UNPROCESSED_ROUNDS) throw new StoreUnavailableError(`${what}: keys left unprocessed after retries`);
      if (round > 0) await io.pause(round);
      const answer: BatchGetItemCommandOutput = await io.batchGet(new BatchGetItemCommand({ RequestItems: request }));
      items.push(...(answer.Responses?.[io.tableName] ?? []));
      request = answer.UnprocessedKeys;
    }
    return items;
  });
  return found.flat();
}

/** A map key for an item's primary key. */
export const primaryKeyString = (item: Item): string => `${item.pk?.S}\u0000${item.sk?.S}`;
