import { GetItemCommand, PutItemCommand } from "@aws-sdk/client-dynamodb";
import type { Store } from "../port";
import type { DynamoContext } from "./context";
import { orgPk, orgProfileFromItem, orgProfileItem, PROFILE_SK } from "./items";

/** The org-profile operations of the DynamoDB store: one item per org. */
export function dynamoOrgProfile(ctx: DynamoContext): Pick<Store, "getOrgProfile" | "putOrgProfile"> {
  return {
    async getOrgProfile(org) {
      const result = await ctx.send("get org profile", 
          new GetItemCommand({
            TableName: ctx.tableName,
            Key: { pk: { S: orgPk(org) }, sk: { S: PROFILE_SK } },
            ConsistentRead: true,
          }),
        );
      return result.Item ? orgProfileFromItem(result.Item) : undefined;
    },

    async putOrgProfile(record) {
      await ctx.send("put org profile", new PutItemCommand({ TableName: ctx.tableName, Item: orgProfileItem(record) }));
    },
  };
}
