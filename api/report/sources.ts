import type { ReportWorkbook } from "../../shared/report/input";
import type { Page, Store, VersionSelector, WorkbookCursor, WorkbookLatest, WorkbookRecord } from "../store/port";
import type { WorkbookSnapshot } from "../../shared/model/snapshot";
import type { VersionCache } from "./version-cache";
import { snapshotFromStored } from "./stored-snapshot";
import { mapConcurrent } from "../../shared/util/map-concurrent";

/** Index entries asked for per page: one page covers a thousand workbooks (about 200 KB). */
const INDEX_PAGE_SIZE = 1_000;
/** Snapshot reads in flight at once. */
const READ_CONCURRENCY = 16;

/** Every page of one listing of the org-wide index (all of it, or one team's). */
async function allPages<T>(
  list: (page: { limit: number; team: string | undefined; after: WorkbookCursor | undefined }) => Promise<Page<T, WorkbookCursor>>,
  team: string | undefined,
): Promise<T[]> {
  const found: T[] = [];
  let after: WorkbookCursor | undefined;
  do {
    const page = await list({ limit: INDEX_PAGE_SIZE, team, after });
    found.push(...page.items);
    after = page.next;
  } while (after !== undefined);
  return found;
}

/** All of the org's index (`teams` undefined: one query per page), or the given teams' (one query per team). */
async function byTeams<T>(
  teams: readonly string[] | undefined,
  list: (page: { limit: number; team: string | undefined; after: WorkbookCursor | undefined }) => Promise<Page<T, WorkbookCursor>>,
): Promise<T[]> {
  if (teams === undefined) return allPages(list, undefined);
  const perTeam = await mapConcurrent(teams, READ_CONCURRENCY, (team) => allPages(list, team));
  return perTeam.flat();
}

/**
 * The org's workbooks from the org-wide index: every one (`teams` undefined: one query per page of
 * the index), or those of the given teams (one query per team). Never a scan.
 */
export function indexedWorkbooks(store: Store, org: string, teams: readonly string[] | undefined): Promise<WorkbookRecord[]> {
  return byTeams(teams, (page) => store.listWorkbooks(org, page));
}

/** The same workbooks, each with its newest committed version, read with the index (`listLatestVersions`). */
export function indexedLatest(store: Store, org: string, teams: readonly string[] | undefined): Promise<WorkbookLatest[]> {
  return byTeams(teams, (page) => store.listLatestVersions(org, page));
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
