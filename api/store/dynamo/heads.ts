import { GetItemCommand, QueryCommand } from "@aws-sdk/client-dynamodb";
import type { Page, Store, VersionRecord, VersionSelector, WorkbookRef } from "../port";
import type { DynamoContext } from "./context";
import {
  HEAD_METADATA_ATTRIBUTES,
  type Item,
  isUnpinned,
  projection,
  VERSION_PREFIX,
  VERSION_SK_END,
  versionFromItem,
  versionSk,
  workbookPk,
} from "./items";

/** The head item for a selector; `withBody` also fetches an inline body. */
export async function findHead(
  ctx: DynamoContext,
  ref: WorkbookRef,
  selector: VersionSelector,
  withBody: boolean,
): Promise<Item | undefined> {
  const attributes = withBody ? [...HEAD_METADATA_ATTRIBUTES, "body"] : [...HEAD_METADATA_ATTRIBUTES];
  const proj = projection(attributes);
  if (typeof selector === "number") {
    const result = await ctx.send("get version", 
        new GetItemCommand({
          TableName: ctx.tableName,
          Key: { pk: { S: workbookPk(ref) }, sk: { S: versionSk(selector) } },
          ConsistentRead: true,
          ...proj,
        }),
      );
    return result.Item;
  }
  const keyCondition = {
    KeyConditionExpression: "pk = :pk AND begins_with(sk, :v)",
    ExpressionAttributeValues: { ":pk": { S: workbookPk(ref) }, ":v": { S: VERSION_PREFIX } } as Item,
  };
  if (selector === "latest") {
    const result = await ctx.send("query latest version", 
        new QueryCommand({
          TableName: ctx.tableName,
          ...keyCondition,
          ScanIndexForward: false,
          Limit: 1,
          ConsistentRead: true,
          ...proj,
        }),
      );
    return result.Items?.[0];
  }
  return findHeadAsOf(ctx, selector.asOf, keyCondition, proj);
}

/** As of an instant: newest first, filtered by time; the filter applies after Limit, so page on. */
async function findHeadAsOf(
  ctx: DynamoContext,
  asOf: string,
  keyCondition: { KeyConditionExpression: string; ExpressionAttributeValues: Item },
  proj: ReturnType<typeof projection>,
): Promise<Item | undefined> {
  let start: Item | undefined;
  do {
    const page = await ctx.send("query version as of", 
        new QueryCommand({
          TableName: ctx.tableName,
          KeyConditionExpression: keyCondition.KeyConditionExpression,
          FilterExpression: "#created <= :asOf",
          ExpressionAttributeNames: { ...proj.ExpressionAttributeNames, "#created": "createdAt" },
          ExpressionAttributeValues: { ...keyCondition.ExpressionAttributeValues, ":asOf": { S: asOf } },
          ProjectionExpression: proj.ProjectionExpression,
          ScanIndexForward: false,
          Limit: 25,
          ConsistentRead: true,
          ExclusiveStartKey: start,
        }),
      );
    const found = page.Items?.[0];
    if (found) return found;
    start = page.LastEvaluatedKey;
  } while (start);
  return undefined;
}

export async function latestRecord(
  ctx: DynamoContext,
  ref: WorkbookRef,
): Promise<{ record: VersionRecord; unpinned: boolean } | undefined> {
  const item = await findHead(ctx, ref, "latest", false);
  return item ? { record: versionFromItem(item), unpinned: isUnpinned(item) } : undefined;
}

export async function listVersions(
  ctx: DynamoContext,
  ref: WorkbookRef,
  page: Parameters<Store["listVersions"]>[1],
): Promise<Page<VersionRecord, number>> {
  const high = page.before === undefined ? VERSION_SK_END : versionSk(page.before - 1);
  const proj = projection([...HEAD_METADATA_ATTRIBUTES]);
  const result = await ctx.send("list versions", 
      new QueryCommand({
        TableName: ctx.tableName,
        KeyConditionExpression: "pk = :pk AND sk BETWEEN :low AND :high",
        ExpressionAttributeValues: {
          ":pk": { S: workbookPk(ref) },
          ":low": { S: versionSk(1) },
          ":high": { S: high },
        },
        ScanIndexForward: false,
        // One extra tells whether another page exists, so the last page has no cursor.
        Limit: page.limit + 1,
        ConsistentRead: true,
        ...proj,
      }),
    );
  const items = (result.Items ?? []).map(versionFromItem);
  const more = items.length > page.limit;
  const shown = items.slice(0, page.limit);
  return { items: shown, next: more ? shown[shown.length - 1]?.version : undefined };
}
