import { type Principal, canSeeTeam, isOrgRole } from "../auth/principal";
import type { Background } from "../background";
import type { ResolvedDeps } from "../deps";
import { fail } from "../problem";
import { orgProfileDocument } from "../routes/stored-org-profile";
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
   * After a push or a profile change: the org-wide report of today (what an org key's plain
   * request asks for) is built and stored in the background, so that the first request after the
   * change, on any instance of the release, reads it instead of building. At most one rebuild per
   * org at a time; changes meanwhile make one more. Only with a release (reports are stored) and a
   * place to run in the background.
   */
  changed(org: string): void;
  /** The same rebuild now, awaited (the daily schedule's entry, api/lambda.ts `refreshHandler`); stores only with a release. */
  refresh(org: string): Promise<void>;
}

export function createOrgReports(deps: ResolvedDeps): OrgReports {
  const { limits } = deps;
  const caches: ReportCaches = {
    digests: limits.reportCacheBytes > 0 ? new VersionCache<WorkbookDigest>(limits.reportCacheBytes) : undefined,
    reports: limits.reportCacheBytes > 0 ? new BuiltReports(limits.reportCacheBytes) : undefined,
  };
  const reportFor: OrgReports["reportFor"] = (principal, teams, asOf) => reportFrom(deps, principal, teams, asOf, caches);
  const refresh = (org: string) => refreshOrgReport(deps, org, reportFor);
  const background = deps.release !== undefined ? deps.background : undefined;
  return { reportFor, refresh, changed: background ? refresher(background, refresh) : () => undefined };
}

/** Coalesces changes per org: one rebuild running, one more if anything changed meanwhile. */
function refresher(background: Background, refresh: (org: string) => Promise<void>): (org: string) => void {
  const again = new Map<string, boolean>();
  return (org) => {
    if (again.has(org)) {
      again.set(org, true);
      return;
    }
    again.set(org, false);
    background.run(`report refresh of ${org}`, async () => {
      try {
        do {
          again.set(org, false);
          await refresh(org);
        } while (again.get(org));
      } finally {
        again.delete(org);
      }
    });
  };
}

/** The org-wide report of today, as an org-reader key's plain request would have it built and stored. */
async function refreshOrgReport(deps: ResolvedDeps, org: string, reportFor: OrgReports["reportFor"]): Promise<void> {
  const principal: Principal = { keyId: "report-refresh", name: "report refresh", org, role: "org-reader", teams: [] };
  await reportFor(principal, undefined, deps.clock().toISOString().slice(0, 10));
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
  const storedKey = deps.release !== undefined && !caches.reports?.get(key) ? storedReportKey(deps.release, key) : undefined;
  if (storedKey) {
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
  if (cached) return { built: cached, profilePresent: profile !== undefined, reads: `${sources}, build;dur=0;desc="cached"` };
  const building = performance.now();
  const report = buildReportFromDigests({ org: { id: principal.org, name: name ?? principal.org, ...(profile ? { profile } : {}) }, asOf, digests });
  const built = builtReport(report);
  caches.reports?.set(key, built);
  const timing = `${sources}, build;dur=${(performance.now() - building).toFixed(1)}`;
  if (!storedKey) return { built, profilePresent: profile !== undefined, reads: timing };
  const storing = performance.now();
  await storeReport(deps, principal.org, storedKey, built);
  return { built, profilePresent: profile !== undefined, reads: `${timing}, stored;dur=${(performance.now() - storing).toFixed(1)};desc="written"` };
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

/** Keeps the report for other instances; a failure only costs them a build, so it is logged, not answered. */
async function storeReport(deps: ResolvedDeps, org: string, storedKey: string, built: BuiltReport): Promise<void> {
  const gzipped = (built.memo.gzip ??= gzipReport(built.json()));
  try {
    await deps.store.putStoredReport(org, storedKey, { gzipped, hash: built.memo.hash ?? jsonHash(built.json()), teams: built.teams, jsonLength: built.jsonLength }, STORED_REPORT_TTL_SECONDS);
  } catch (error) {
    deps.log({ level: "warn", message: "report not stored", error });
  }
}

