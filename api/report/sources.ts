import type { ReportWorkbook } from "../../shared/report/input";
import type { Store, VersionSelector, WorkbookCursor, WorkbookRecord } from "../store/port";
import type { WorkbookSnapshot } from "../../shared/model/snapshot";
import type { VersionCache } from "./version-cache";
import { snapshotFromStored } from "./stored-snapshot";

/** Index entries asked for per page: one page covers a thousand workbooks (about 200 KB). */
const INDEX_PAGE_SIZE = 1_000;
/** Snapshot reads in flight at once. */
const READ_CONCURRENCY = 16;

/** `fn` over `items` with at most `limit` calls pending, results in input order. */
export async function mapConcurrent<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  async function worker(): Promise<void> {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index] as T);
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

async function allPages(store: Store, org: string, team: string | undefined): Promise<WorkbookRecord[]> {
  const found: WorkbookRecord[] = [];
  let after: WorkbookCursor | undefined;
  do {
    const page = await store.listWorkbooks(org, { limit: INDEX_PAGE_SIZE, team, after });
    found.push(...page.items);
    after = page.next;
  } while (after !== undefined);
  return found;
}

/**
 * The org's workbooks from the org-wide index: every one (`teams` undefined: one query per page of
 * the index), or those of the given teams (one query per team). Never a scan.
 */
export async function indexedWorkbooks(store: Store, org: string, teams: readonly string[] | undefined): Promise<WorkbookRecord[]> {
  if (teams === undefined) return allPages(store, org, undefined);
  const perTeam = await mapConcurrent(teams, READ_CONCURRENCY, (team) => allPages(store, org, team));
  return perTeam.flat();
}

export interface ReadVersions {
  readonly workbooks: ReportWorkbook[];
  /** Workbooks with no version at the selected time (created later, or a first push never committed). */
  readonly skipped: readonly WorkbookRecord[];
}

/**
 * The selected version of each workbook — `getSnapshot` is one query per workbook (one more for a
 * chunked snapshot) — parsed once into today's model, or taken from the cache when that exact
 * version was parsed before.
 */
export async function readVersions(
  store: Store,
  workbooks: readonly WorkbookRecord[],
  selector: VersionSelector,
  cache: VersionCache<WorkbookSnapshot> | undefined,
): Promise<ReadVersions> {
  const read = await mapConcurrent(workbooks, READ_CONCURRENCY, async (workbook): Promise<ReportWorkbook | undefined> => {
    const stored = await store.getSnapshot(workbook, selector);
    if (!stored) return undefined;
    const { record } = stored;
    let snapshot = cache?.get(record);
    if (!snapshot) {
      snapshot = snapshotFromStored(stored.body, record.schemaVersion);
      cache?.set(record, snapshot);
    }
    return {
      team: record.team,
      workbook: record.workbook,
      version: record.version,
      author: record.author.name,
      createdAt: record.createdAt,
      snapshot,
    };
  });
  const found: ReportWorkbook[] = [];
  const skipped: WorkbookRecord[] = [];
  read.forEach((entry, i) => {
    if (entry) found.push(entry);
    else skipped.push(workbooks[i] as WorkbookRecord);
  });
  return { workbooks: found, skipped };
}
