import { PutItemCommand } from "@aws-sdk/client-dynamodb";
import type { Page, Store, WorkbookCursor, WorkbookRecord, WorkbookRef } from "../port";
import type { DynamoContext } from "./context";
import { isConditionFailure } from "./errors";
import { type Item, META_SK, orgGsiPk, WORKBOOK_GSI_PREFIX, workbookFromItem, workbookGsiSk, workbookIndexItem, workbookPk } from "./items";
import { orgIndexPage } from "./org-index";

/** Puts the workbook's entry in the org-wide index; idempotent (an existing entry is left as it is). */
export async function indexWorkbook(ctx: DynamoContext, ref: WorkbookRef, createdAt: string): Promise<void> {
  try {
    await ctx.send("index workbook", 
        new PutItemCommand({
          TableName: ctx.tableName,
          Item: workbookIndexItem({ ...ref, createdAt }),
          ConditionExpression: "attribute_not_exists(pk)",
        }),
      );
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
}

/** Where a page of the org's workbook index starts: the sort-key prefix (one team or all) and the cursor as a start key. */
export function workbookIndexRange(org: string, page: Parameters<Store["listWorkbooks"]>[1]): { prefix: string; start: Item | undefined } {
  if (page.team !== undefined && page.after !== undefined && page.after.team !== page.team) {
    throw new Error("listWorkbooks: cursor belongs to another team");
  }
  const prefix = page.team === undefined ? WORKBOOK_GSI_PREFIX : `${WORKBOOK_GSI_PREFIX}${page.team}#`;
  const start: Item | undefined = page.after && {
    gsi1pk: { S: orgGsiPk(org) },
    gsi1sk: { S: workbookGsiSk(page.after.team, page.after.workbook) },
    pk: { S: workbookPk({ org, ...page.after }) },
    sk: { S: META_SK },
  };
  return { prefix, start };
}

export const workbookCursor = (last: WorkbookRef): WorkbookCursor => ({ team: last.team, workbook: last.workbook });

export async function listWorkbooks(
  ctx: DynamoContext,
  org: string,
  page: Parameters<Store["listWorkbooks"]>[1],
): Promise<Page<WorkbookRecord, WorkbookCursor>> {
  const { prefix, start } = workbookIndexRange(org, page);
  return orgIndexPage(ctx, "list workbooks", org, prefix, { limit: page.limit, start, newestFirst: false }, workbookFromItem, workbookCursor);
}
