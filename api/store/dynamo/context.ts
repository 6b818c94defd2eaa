import type {
  $Command,
  DynamoDBClient,
  DynamoDBClientResolvedConfig,
  QueryCommandInput,
  ServiceInputTypes,
  ServiceOutputTypes,
} from "@aws-sdk/client-dynamodb";
import { GetItemCommand, QueryCommand } from "@aws-sdk/client-dynamodb";
import { withinDeadline } from "./deadline";
import { guarded } from "./errors";
import type { Item } from "./items";

export type DynamoCommand<I extends ServiceInputTypes, O extends ServiceOutputTypes> = $Command<
  I,
  O,
  DynamoDBClientResolvedConfig,
  ServiceInputTypes,
  ServiceOutputTypes
>;

/** Sends one command under the store's deadline, failures mapped to "unavailable". */
export type Send = <I extends ServiceInputTypes, O extends ServiceOutputTypes>(what: string, command: DynamoCommand<I, O>) => Promise<O>;

/** What every operation group of the DynamoDB store shares: the table, the one way to send, the clock. */
export interface DynamoContext {
  readonly tableName: string;
  readonly send: Send;
  readonly now: () => number;
}

/** Every store call goes through here: a deadline across the SDK's retries, failures as "unavailable". */
export function deadlineSend(client: DynamoDBClient, deadlineMs: number): Send {
  return (what, command) => guarded(what, () => withinDeadline(what, deadlineMs, (abortSignal) => client.send(command, { abortSignal })));
}

/** Every item of a query, following its pages. */
export async function queryAll(ctx: DynamoContext, what: string, input: Omit<QueryCommandInput, "TableName">): Promise<Item[]> {
  const items: Item[] = [];
  let start: Item | undefined;
  do {
    const page = await ctx.send(what, new QueryCommand({ ...input, TableName: ctx.tableName, ExclusiveStartKey: start }));
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}

/** One item by its key, read consistently; undefined when there is none. */
export async function getItem<T>(ctx: DynamoContext, what: string, pk: string, sk: string, decode: (item: Item) => T): Promise<T | undefined> {
  const result = await ctx.send(what, new GetItemCommand({ TableName: ctx.tableName, Key: { pk: { S: pk }, sk: { S: sk } }, ConsistentRead: true }));
  return result.Item ? decode(result.Item) : undefined;
}
