import { QueryCommand } from "@aws-sdk/client-dynamodb";
import type { Page } from "../port";
import type { DynamoContext } from "./context";
import { type Item, orgGsiPk } from "./items";
import { TABLE_SCHEMA } from "./table";

/** One page of the org-wide index (gsi1) under a sort-key prefix; one extra item tells whether more follow. */
export async function orgIndexPage<T, C>(
  ctx: DynamoContext,
  what: string,
  org: string,
  prefix: string,
  page: { limit: number; start: Item | undefined; newestFirst: boolean },
  decode: (item: Item) => T,
  cursorOf: (last: T) => C,
): Promise<Page<T, C>> {
  const result = await ctx.send(what, 
      new QueryCommand({
        TableName: ctx.tableName,
        IndexName: TABLE_SCHEMA.index.name,
        KeyConditionExpression: "gsi1pk = :org AND begins_with(gsi1sk, :prefix)",
        ExpressionAttributeValues: { ":org": { S: orgGsiPk(org) }, ":prefix": { S: prefix } },
        ScanIndexForward: !page.newestFirst,
        Limit: page.limit + 1,
        ExclusiveStartKey: page.start,
      }),
    );
  const items = (result.Items ?? []).map(decode);
  const shown = items.slice(0, page.limit);
  const last = shown[shown.length - 1];
  return { items: shown, next: items.length > page.limit && last !== undefined ? cursorOf(last) : undefined };
}
