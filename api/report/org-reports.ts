import { type Principal, canSeeTeam, isOrgRole } from "../auth/principal";
import type { Background } from "../background";
import type { ResolvedDeps } from "../deps";
import { fail } from "../problem";
import { orgProfileDocument } from "../store/stored-org-profile";
import type { StoredReport, VersionSelector } from "../store/port";
import { splitOrgProfile } from "../../shared/api/org-profile";
import { buildReportFromDigests, type WorkbookDigest } from "../../shared/report/digest/index";
import { type BuiltReport, BuiltReports, builtReport, gzipReport, jsonHash, storedBuiltReport } from "./built-reports";
import { type FoundVersions, findVersions, readDigests } from "./digest-sources";
import { STORED_REPORT_TTL_SECONDS, storedReportKey } from "./stored-reports";
import { VersionCache } from "./version-cache";

/** What an API instance keeps between reports: parsed digests and the last few reports built. */
interface ReportCaches {
  readonly digests: VersionCache<WorkbookDigest> | undefined;
  readonly reports: BuiltReports | undefined;
}

/**
 * The consolidated reports of an API instance: built for a key from digests (or taken as another
 * instance of the release stored them), and rebuilt after a change so that the next request finds
 * them ready.
 */
export interface OrgReports {
  /** The report for this key, of these teams (all it can see when undefined), as of this date. */
  reportFor(principal: Principal, teams: readonly string[] | undefined, asOf: string): Promise<ReportSources>;
  /**
   * After a push or a profile change made at `at` (an ISO instant): the org-wide report of today
   * (what an org key's plain request asks for) is rebuilt and stored in the background, so that
   * the first request after the change, on any instance of the release, reads it instead of
   * building. The rebuild waits `limits.reportRebuildDelayMs` first and is left to a later change
   * when one has been committed since (on this instance or any other: a bulk push rebuilds once,
   * after its last version); on one instance, changes during a rebuild make exactly one more.
   * Only with a release (reports are stored) and a place to run in the background.
   */
  changed(org: string, at: string): void;
  /** The org-wide report of today built and stored now; throws when it cannot be stored (the daily schedule's entry, api/lambda.ts `refreshHandler`). */
  refresh(org: string): Promise<void>;
}

export function createOrgReports(deps: ResolvedDeps): OrgReports {
  const { limits } = deps;
  const caches: ReportCaches = {
    digests: limits.reportCacheBytes > 0 ? new VersionCache<WorkbookDigest>(limits.reportCacheBytes) : undefined,
    reports: limits.reportCacheBytes > 0 ? new BuiltReports(limits.reportCacheBytes) : undefined,
  };
  const rebuild = (org: string, since: string | undefined) => rebuildOrgReport(deps, org, since, caches);
  const background = deps.release !== undefined ? deps.background : undefined;
  return {
    reportFor: (principal, teams, asOf) => reportFrom(deps, principal, teams, asOf, caches, "after-answer"),
    refresh: (org) => rebuild(org, undefined),
    changed: background ? refresher(background, limits.reportRebuildDelayMs, rebuild) : () => undefined,
  };
}

/** How many failed rebuilds in a row are retried while changes keep coming; then the failure is reported. */
const MAX_REBUILD_FAILURES = 3;

/**
 * Coalesces changes per org on this instance: a rebuild starts once no change has come for a
 * whole wait (so a burst is rebuilt once, after its last change), one runs at a time, and a change
 * during the build makes one more.
 */
function refresher(background: Background, delayMs: number, rebuild: (org: string, since: string) => Promise<void>): (org: string, at: string) => void {
  const pending = new Map<string, { again: boolean; since: string }>();
  return (org, at) => {
    const current = pending.get(org);
    if (current) {
      current.again = true;
      if (at > current.since) current.since = at;
      return;
    }
    const state = { again: false, since: at };
    pending.set(org, state);
    background.run(`rebuilding the report of ${org}`, async () => {
      let failures = 0;
      try {
        do {
          do {
            state.again = false;
            if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
          } while (state.again);
          try {
            await rebuild(org, state.since);
            failures = 0;
          } catch (error) {
            // A change that came meanwhile is still owed its rebuild; otherwise the failure is reported.
            if (!state.again || ++failures >= MAX_REBUILD_FAILURES) throw error;
          }
        } while (state.again);
      } finally {
        pending.delete(org);
      }
    });
  };
}

/**
 * The org-wide report of today, as an org-reader key's plain request would have it, built and
 * stored (a failure to store is thrown). With `since`, the instant the change it follows was
 * committed: a version stamped after it was pushed after that commit, so that push's own rebuild
 * will see this change too, and this one stops after the index read.
 */
async function rebuildOrgReport(deps: ResolvedDeps, org: string, since: string | undefined, caches: ReportCaches): Promise<void> {
  if (since !== undefined) {
    const { records } = await findVersions(deps.store, org, undefined, "latest");
    if (records.some((record) => record.createdAt > since)) return;
  }
  const principal: Principal = { keyId: "report-rebuild", name: "report rebuild", org, role: "org-reader", teams: [] };
  await reportFrom(deps, principal, undefined, deps.clock().toISOString().slice(0, 10), caches, "now");
}

/**
 * The versions a report for this key covers, one per workbook: every team of an org-wide key, the
 * key's own teams for a team key, or the teams named — where a team outside the key's scope is reported exactly
 * like one that does not exist (no workbook in the index), all of them at once, so the answer
 * says nothing about which is which.
 */
async function versionsInScope(
  deps: ResolvedDeps,
  principal: Principal,
  requested: readonly string[] | undefined,
  selector: VersionSelector,
): Promise<FoundVersions> {
  const { store } = deps;
  if (requested === undefined) {
    return findVersions(store, principal.org, isOrgRole(principal.role) ? undefined : [...principal.teams].sort(), selector);
  }
  const visible = requested.filter((team) => canSeeTeam(principal, team));
  const found = await findVersions(store, principal.org, visible, selector);
  const present = new Set([...found.records, ...found.skipped].map((w) => w.team));
  const unknown = requested.filter((team) => !present.has(team));
  if (unknown.length > 0) {
    fail("not-found", `no such team: ${unknown.join(", ")}`, {
      errors: unknown.map((team) => ({ in: "query" as const, pointer: "teams", message: `no such team: ${team}` })),
    });
  }
  return found;
}

export interface ReportSources {
  readonly built: BuiltReport;
  readonly profilePresent: boolean;
  /** Storage reads behind this report, for Server-Timing and the bench. */
  readonly reads: string;
}

/**
 * The report for this key and query, from digests: one index query that carries the newest
 * versions (and a batched probe that they are the newest; as of a date, one metadata lookup per
 * workbook), one batched read of the digests not cached — then built, or taken built when these
 * exact versions were reported on before.
 */
async function reportFrom(
  deps: ResolvedDeps,
  principal: Principal,
  teams: readonly string[] | undefined,
  asOf: string,
  caches: ReportCaches,
  storing: StoreTiming,
): Promise<ReportSources> {
  const { store } = deps;
  const today = deps.clock().toISOString().slice(0, 10);
  // Nothing can have been pushed after today, so a date from today on is simply the latest.
  const selector: VersionSelector = asOf >= today ? "latest" : { asOf: `${asOf}T23:59:59.999Z` };
  const started = performance.now();
  const [{ records, skipped }, profileRecord] = await Promise.all([versionsInScope(deps, principal, teams, selector), store.getOrgProfile(principal.org)]);
  const headsDone = performance.now();
  const profileDocument = profileRecord ? orgProfileDocument(profileRecord) : undefined;
  const { name, profile } = profileDocument ? splitOrgProfile(profileDocument) : { name: undefined, profile: undefined };
  const workbooks = records.length + skipped.length;
  const key = BuiltReports.key(principal.org, asOf, profileRecord, records);

  // Another instance of this release may have built this very report: then no digest is read.
  const storedKey = deps.release !== undefined ? storedReportKey(deps.release, key) : undefined;
  if (storedKey && !caches.reports?.get(key)) {
    const stored = await storedReport(deps, principal.org, storedKey);
    if (stored) {
      const built = storedBuiltReport(stored);
      caches.reports?.set(key, built);
      const read = `index;desc="${workbooks} workbooks", heads;dur=${(headsDone - started).toFixed(1)}, stored;dur=${(performance.now() - headsDone).toFixed(1)};desc="read"`;
      return { built, profilePresent: profile !== undefined, reads: read };
    }
  }
  const digestsStarted = performance.now();
  const { digests, counts, parseMs } = await readDigests(store, records, caches.digests);
  const digestsDone = performance.now();
  const sources = `index;desc="${workbooks} workbooks", heads;dur=${(headsDone - started).toFixed(1)}, digests;dur=${(digestsDone - digestsStarted).toFixed(1)};desc="${counts.cached} cached ${counts.read} read ${counts.rebuilt} rebuilt", parse;dur=${parseMs.toFixed(1)}`;

  const cached = caches.reports?.get(key);
  if (cached) {
    // Kept in memory but not stored (its store failed, or it was built before): others still need it.
    const kept = storedKey && !cached.memo.stored ? `, stored;desc="${await keep(deps, principal.org, storedKey, cached, storing)}"` : "";
    return { built: cached, profilePresent: profile !== undefined, reads: `${sources}, build;dur=0;desc="cached"${kept}` };
  }
  const building = performance.now();
  const report = buildReportFromDigests({ org: { id: principal.org, name: name ?? principal.org, ...(profile ? { profile } : {}) }, asOf, digests });
  const built = builtReport(report);
  caches.reports?.set(key, built);
  const timing = `${sources}, build;dur=${(performance.now() - building).toFixed(1)}`;
  if (!storedKey) return { built, profilePresent: profile !== undefined, reads: timing };
  const keeping = performance.now();
  const how = await keep(deps, principal.org, storedKey, built, storing);
  return { built, profilePresent: profile !== undefined, reads: `${timing}, stored;dur=${(performance.now() - keeping).toFixed(1)};desc="${how}"` };
}

/** A report stored by any instance of this release, or undefined; a failing read is logged and the report built. */
async function storedReport(deps: ResolvedDeps, org: string, storedKey: string): Promise<StoredReport | undefined> {
  try {
    return await deps.store.getStoredReport(org, storedKey);
  } catch (error) {
    deps.log({ level: "warn", message: "stored report not read; building it", error });
    return undefined;
  }
}

/**
 * When a built report is stored: a request's `after-answer` (in the background when the entry
 * has one, so the answer does not wait for the write; else awaited, a failure logged), a
 * rebuild's `now` (awaited, a failure thrown).
 */
type StoreTiming = "after-answer" | "now";

/** Stores the report for other instances, as `storing` says; answers "queued", "written" or "not written". */
async function keep(deps: ResolvedDeps, org: string, storedKey: string, built: BuiltReport, storing: StoreTiming): Promise<string> {
  built.memo.stored = true;
  const write = () =>
    storeReport(deps, org, storedKey, built).catch((error: unknown) => {
      built.memo.stored = false;
      throw error;
    });
  if (storing === "now") {
    await write();
    return "written";
  }
  if (deps.background) {
    deps.background.run("storing the report", write);
    return "queued";
  }
  try {
    await write();
    return "written";
  } catch (error) {
    // A failure only costs the other instances a build, so it is logged, not answered.
    deps.log({ level: "warn", message: "report not stored", error });
    return "not written";
  }
}

async function storeReport(deps: ResolvedDeps, org: string, storedKey: string, built: BuiltReport): Promise<void> {
  const gzipped = (built.memo.gzip ??= gzipReport(built.json()));
  await deps.store.putStoredReport(org, storedKey, { gzipped, hash: built.memo.hash ?? jsonHash(built.json()), teams: built.teams, jsonLength: built.jsonLength }, STORED_REPORT_TTL_SECONDS);
}
