import { PutItemCommand } from "@aws-sdk/client-dynamodb";
import type { Store } from "../port";
import { type DynamoContext, getItem } from "./context";
import { orgPk, orgProfileFromItem, orgProfileItem, PROFILE_SK } from "./items";

/** The org-profile operations of the DynamoDB store: one item per org. */
export function dynamoOrgProfile(ctx: DynamoContext): Pick<Store, "getOrgProfile" | "putOrgProfile"> {
  return {
    async getOrgProfile(org) {
      return getItem(ctx, "get org profile", orgPk(org), PROFILE_SK, orgProfileFromItem);
    },

    async putOrgProfile(record) {
      await ctx.send("put org profile", new PutItemCommand({ TableName: ctx.tableName, Item: orgProfileItem(record) }));
    },
  };
}
