import { UpdateItemCommand } from "@aws-sdk/client-dynamodb";
import { mapConcurrent } from "../../../shared/util/map-concurrent";
import type { Page, Store, VersionRecord, WorkbookCursor, WorkbookLatest } from "../port";
import { type BatchGetIo, batchGetAll } from "./batch-get";
import type { DynamoContext } from "./context";
import { isConditionFailure } from "./errors";
import { latestRecord } from "./heads";
import { type Item, latestHeadValue, latestOfIndexItem, META_SK, versionSk, workbookFromItem, workbookPk } from "./items";
import { orgIndexPage } from "./org-index";
import { workbookCursor, workbookIndexRange } from "./workbooks";

/** Head queries in flight at once for workbooks whose pointer lags or is missing. */
const QUERY_CONCURRENCY = 16;

/**
 * Moves the workbook's newest-version pointer (on its index entry) to this committed version,
 * never back. Called only after the head put succeeded, so the pointer never names an uncommitted
 * version. Idempotent: when the SDK retries an update whose answer was lost, or a later version's
 * pointer is already there, the condition fails and nothing changes.
 */
export async function advanceLatestPointer(ctx: DynamoContext, record: VersionRecord): Promise<void> {
  try {
    await ctx.send(
      "advance newest-version pointer",
      new UpdateItemCommand({
        TableName: ctx.tableName,
        Key: { pk: { S: workbookPk(record) }, sk: { S: META_SK } },
        UpdateExpression: "SET latest = :v, latestHead = :head",
        ConditionExpression: "attribute_exists(pk) AND (attribute_not_exists(latest) OR latest < :v)",
        ExpressionAttributeValues: { ":v": { N: String(record.version) }, ":head": latestHeadValue(record) },
      }),
    );
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
}

interface IndexEntry {
  readonly workbook: WorkbookLatest["workbook"];
  readonly pointer: VersionRecord | undefined;
}

/**
 * The workbooks whose pointer lags: version pointer+1 exists. One consistent, batched probe of the
 * version after each pointer, projecting the key alone; heads are dense (n+1 is only committed on
 * top of n), so when pointer+1 is absent the pointer is the newest.
 */
async function laggingPointers(io: BatchGetIo, entries: readonly IndexEntry[]): Promise<Set<string>> {
  const keys = entries.flatMap(({ workbook, pointer }): Item[] =>
    pointer ? [{ pk: { S: workbookPk(workbook) }, sk: { S: versionSk(pointer.version + 1) } }] : [],
  );
  if (keys.length === 0) return new Set();
  const found = await batchGetAll(io, "probe newest versions", keys, ["pk", "sk"]);
  return new Set(found.map((item) => item.pk?.S ?? ""));
}

/**
 * `Store.listLatestVersions`: one page of the org index, whose entries carry the pointer; one
 * batched probe; a head query (and a pointer repair) only for a workbook whose pointer lags or
 * that has none yet (pushed before pointers existed).
 */
export async function listLatestVersions(
  ctx: DynamoContext,
  probeIo: BatchGetIo,
  org: string,
  page: Parameters<Store["listLatestVersions"]>[1],
): Promise<Page<WorkbookLatest, WorkbookCursor>> {
  const { prefix, start } = workbookIndexRange(org, page);
  const index = await orgIndexPage(
    ctx,
    "list workbooks",
    org,
    prefix,
    { limit: page.limit, start, newestFirst: false },
    (item): IndexEntry => ({ workbook: workbookFromItem(item), pointer: latestOfIndexItem(item) }),
    (last) => workbookCursor(last.workbook),
  );
  const lagging = await laggingPointers(probeIo, index.items);
  const items = await mapConcurrent(index.items, QUERY_CONCURRENCY, async ({ workbook, pointer }): Promise<WorkbookLatest> => {
    if (pointer && !lagging.has(workbookPk(workbook))) return { workbook, latest: pointer };
    const found = await latestRecord(ctx, workbook);
    // A repair, not part of this read: a failure leaves the next report the same query.
    if (found) await advanceLatestPointer(ctx, found.record).catch(() => undefined);
    return { workbook, latest: found?.record };
  });
  return { items, next: index.next };
}
