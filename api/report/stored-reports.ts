import { createHash } from "node:crypto";
import { DIGEST_VERSION } from "../../shared/report/digest/index";
import { REPORT_VERSION } from "../../shared/report/report";

/**
 * How long a stored report is kept. Its key names the as-of date and the exact versions, so it
 * is never stale for its key; the TTL only bounds storage (a report of 200 teams is about 450 KB
 * gzipped, one per org, scope, as-of date and set of versions asked for).
 */
export const STORED_REPORT_TTL_SECONDS = 7 * 24 * 60 * 60;

/**
 * The key a report is stored under: the in-memory key (org, as-of date, stored profile, exact
 * versions: `BuiltReports.key`) plus the release that built it and the report and digest
 * versions, so that a deploy never answers with a report that older code built.
 */
export function storedReportKey(release: string, builtKey: string): string {
  return createHash("sha256").update(JSON.stringify([release, REPORT_VERSION, DIGEST_VERSION, builtKey])).digest("base64url");
}
