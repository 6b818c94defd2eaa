import { PutItemCommand, UpdateItemCommand } from "@aws-sdk/client-dynamodb";
import type { KeyCursor, KeyRecord, Page, Store } from "../port";
import { type DynamoContext, getItem } from "./context";
import { isConditionFailure } from "./errors";
import { type Item, KEY_GSI_PREFIX, KEY_SK, keyFromItem, keyGsiSk, keyItem, keyPk, orgGsiPk } from "./items";
import { orgIndexPage } from "./org-index";

/** The API-key operations of the DynamoDB store. */
export function dynamoKeys(ctx: DynamoContext): Pick<Store, "createKey" | "getKey" | "listKeys" | "revokeKey"> {
  return {
    async createKey(record: KeyRecord): Promise<boolean> {
      try {
        await ctx.send("create key", 
            new PutItemCommand({
              TableName: ctx.tableName,
              Item: keyItem(record),
              ConditionExpression: "attribute_not_exists(pk)",
            }),
          );
        return true;
      } catch (error) {
        if (isConditionFailure(error)) return false;
        throw error;
      }
    },

    async getKey(id) {
      return getItem(ctx, "get key", keyPk(id), KEY_SK, keyFromItem);
    },

    async listKeys(org, page): Promise<Page<KeyRecord, KeyCursor>> {
      const start: Item | undefined = page.after && {
        gsi1pk: { S: orgGsiPk(org) },
        gsi1sk: { S: keyGsiSk(page.after.createdAt, page.after.id) },
        pk: { S: keyPk(page.after.id) },
        sk: { S: KEY_SK },
      };
      return orgIndexPage(ctx, "list keys", org, KEY_GSI_PREFIX, { limit: page.limit, start, newestFirst: true }, keyFromItem, (last) => ({
        createdAt: last.createdAt,
        id: last.id,
      }));
    },

    async revokeKey(org, id, at) {
      try {
        const result = await ctx.send("revoke key", 
            new UpdateItemCommand({
              TableName: ctx.tableName,
              Key: { pk: { S: keyPk(id) }, sk: { S: KEY_SK } },
              UpdateExpression: "SET revokedAt = if_not_exists(revokedAt, :at)",
              ConditionExpression: "attribute_exists(pk) AND org = :org",
              ExpressionAttributeValues: { ":at": { S: at }, ":org": { S: org } },
              ReturnValues: "ALL_NEW",
            }),
          );
        return result.Attributes ? keyFromItem(result.Attributes) : undefined;
      } catch (error) {
        if (isConditionFailure(error)) return undefined;
        throw error;
      }
    },
  };
}
