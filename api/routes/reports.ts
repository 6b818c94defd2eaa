import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import type { RouteConfig } from "@asteasolutions/zod-to-openapi";
import { Hono } from "hono";
import { type Contract, operation } from "../openapi/operation";
import { COMMON, problems } from "../openapi/responses";
import { FORMAT_MEDIA_TYPE } from "../../shared/report/render/index";
import { canSeeTeam, isOrgRole, type Principal } from "../auth/principal";
import type { ResolvedDeps } from "../deps";
import type { AppEnv } from "../env";
import { ifNoneMatchHits } from "../http/conditional";
import { zodFields } from "../http/validate";
import { fail, type ProblemField } from "../problem";
import { renderReportFile } from "../../report-files/render-file";
import { SnapshotCache } from "../report/snapshot-cache";
import { indexedWorkbooks, readVersions } from "../report/sources";
import { splitOrgProfile } from "../../shared/api/org-profile";
import { orgProfileDocument } from "./stored-org-profile";
import { MAX_REPORT_TEAMS, REPORT_FORMATS, type ReportFormat, type ReportQuery, reportQuerySchema } from "../../shared/api/report";
import type { VersionSelector, WorkbookRecord } from "../store/port";
import { buildDualConformanceReport } from "../../shared/report/build-report";
import type { ReportInput } from "../../shared/report/input";
import { csvTableIds } from "../../shared/report/render/csv";
import { renderJson } from "../../shared/report/render/json";
import { methodNotAllowed, principalOf } from "./context";

/** The CSP of the HTML report itself: inline styles and SVG, nothing fetched, nothing run. */
const HTML_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** A report follows the newest versions and the key's scope: revalidate every time, never share. */
const REPORT_CACHE_CONTROL = "private, no-cache";

const QUERY_PARAMETERS = new Set(Object.keys(reportQuerySchema.shape));

function queryOf(c: { req: { query(): Record<string, string>; queries(name: string): string[] | undefined } }): ReportQuery {
  const raw: Record<string, string> = { ...c.req.query() };
  // `teams=a&teams=b` reads like `teams=a,b`.
  const teams = c.req.queries("teams");
  if (teams && teams.length > 1) raw.teams = teams.join(",");
  const unknown: ProblemField[] = Object.keys(raw)
    .filter((name) => !QUERY_PARAMETERS.has(name))
    .map((name) => ({
      in: "query",
      pointer: name,
      message: `unknown parameter; expected ${[...QUERY_PARAMETERS].join(", ")}${name === "team" ? " (did you mean teams?)" : ""}`,
    }));
  const parsed = reportQuerySchema.safeParse(raw);
  if (!parsed.success || unknown.length > 0) {
    fail("invalid-request", "invalid query parameter", {
      errors: [...(parsed.success ? [] : zodFields(parsed.error, "query")), ...unknown],
    });
  }
  return parsed.data;
}

/**
 * The workbooks a report for this key covers: every team of an org-wide key, the key's own teams
 * for a team key, or the teams named — where a team outside the key's scope is reported exactly
 * like one that does not exist (no workbook in the index), all of them at once, so the answer
 * says nothing about which is which.
 */
async function workbooksInScope(deps: ResolvedDeps, principal: Principal, requested: readonly string[] | undefined): Promise<WorkbookRecord[]> {
  const { store } = deps;
  if (requested === undefined) {
    return indexedWorkbooks(store, principal.org, isOrgRole(principal.role) ? undefined : [...principal.teams].sort());
  }
  const visible = requested.filter((team) => canSeeTeam(principal, team));
  const found = await indexedWorkbooks(store, principal.org, visible);
  const present = new Set(found.map((w) => w.team));
  const unknown = requested.filter((team) => !present.has(team));
  if (unknown.length > 0) {
    fail("not-found", `no such team: ${unknown.join(", ")}`, {
      errors: unknown.map((team) => ({ in: "query" as const, pointer: "teams", message: `no such team: ${team}` })),
    });
  }
  return found;
}

/**
 * A validator of one representation: the report's JSON, the format and the content coding. Strong,
 * but weak for XLSX, whose bytes differ from one rendering to the next (zip timestamps).
 */
function reportEtag(json: string, format: ReportFormat, csvTable: string | undefined, gzip: boolean): string {
  const digest = createHash("sha256").update(json).digest("base64url").slice(0, 32);
  const tag = `"${digest}.${format}${csvTable ? `.${csvTable}` : ""}${gzip ? "+gzip" : ""}"`;
  return format === "xlsx" ? `W/${tag}` : tag;
}

function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  return header.split(",").some((part) => {
    const [coding = "", ...params] = part.split(";").map((p) => p.trim().toLowerCase());
    if (coding !== "gzip" && coding !== "*") return false;
    const q = params.find((p) => p.startsWith("q="));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

/** The one report operation: what it takes, what it answers. */
const DUAL_CONFORMANCE_REPORT: RouteConfig = {
  method: "get",
  path: "/v1/reports/dual-conformance",
  tags: ["reports"],
  operationId: "getDualConformanceReport",
  summary: "The consolidated dual-conformance report",
  description: [
    "One report across the teams the key can see — every team of the org for an org-admin or org-reader key, the key's own teams for a team key — of where the organisation stands against NIST AI RMF 1.0 and ISO/IEC 42001:2023 at once, with an ISO/IEC 27001 overlay, risk posture on a common matrix, the programme view and readiness (see docs/report.md for every section and the method).",
    "Each team workbook contributes its newest version, or with `asOf` the newest version committed by the end of that day (UTC); a workbook with no version by then is left out. `asOf` is also the date against which things count as overdue (default: today, UTC).",
    "Reading costs one index query (per 1,000 workbooks; per team with `teams=` or a team key) and one query per workbook (one more for a snapshot over 350 KB), never a scan; the org profile is one more read.",
    "A team in `teams` that the key cannot see is answered exactly like a team that does not exist: 404, listing every such team in `errors`.",
    "The ETag is the SHA-256 of the report's JSON and the format, so `If-None-Match` gives 304 when nothing in the report changed, whatever the format; it is strong for every format but XLSX, whose bytes differ from one rendering to the next (weak there). Headers `Crosswalk-Report-As-Of`, `Crosswalk-Report-Teams` (team workbooks in the report) and `Crosswalk-Org-Profile` (`present` or `absent`) say what went in.",
  ].join("\n\n"),
  parameters: [
    {
      name: "format",
      in: "query",
      description: "`json` (default; the report model), `csv` (every table, or one with `csvTable`; formula-injection safe), `md`, `html` (one standalone printable page), `oscal` (OSCAL 1.1.2 assessment-results), `xlsx` (one sheet per table). All but `json` come as an attachment with a file name.",
      schema: { type: "string", enum: [...REPORT_FORMATS], default: "json" },
    },
    {
      name: "teams",
      in: "query",
      description: `Only these teams: comma-separated ids (or the parameter repeated), at most ${MAX_REPORT_TEAMS}. Default: every team the key can see.`,
      schema: { type: "string" },
    },
    { name: "asOf", in: "query", description: "A calendar date, `YYYY-MM-DD`: report the versions as they stood at the end of that day (UTC).", schema: { type: "string", format: "date" } },
    { name: "csvTable", in: "query", description: "With `format=csv`: one table alone, by id (e.g. `gaps`, `soa-controls`, `top-risks`); an unknown id is a 400 listing the ids.", schema: { type: "string" } },
    { name: "If-None-Match", in: "header", description: "The ETag of a report the client holds.", schema: { type: "string" } },
  ],
  responses: {
    "200": {
      description: "The report in the asked format.",
      headers: {
        ETag: { description: "SHA-256 of the report JSON, plus the format; weak (`W/`) for XLSX.", schema: { type: "string" } },
        "Content-Disposition": { description: "`attachment; filename=\"dual-conformance-<org>-<asOf>.<ext>\"` (`inline` for JSON).", schema: { type: "string" } },
        "Crosswalk-Report-As-Of": { description: "The report's as-of date.", schema: { type: "string", format: "date" } },
        "Crosswalk-Report-Teams": { description: "Team workbooks in the report.", schema: { type: "integer" } },
        "Crosswalk-Org-Profile": { description: "`present`, or `absent` (no programme view).", schema: { type: "string", enum: ["present", "absent"] } },
      },
      content: {
        [FORMAT_MEDIA_TYPE.json]: { schema: { type: "object", description: "The report model (`reportVersion`, `org`, `asOf`, `teams`, `summary`, `aiRmf`, `iso42001`, `iso27001`, `activities`, `riskPosture`, `programme`, `readiness`, `method`); also `format=oscal`, an OSCAL assessment-results document." } },
        [FORMAT_MEDIA_TYPE.csv]: { schema: { type: "string" } },
        [FORMAT_MEDIA_TYPE.md]: { schema: { type: "string" } },
        [FORMAT_MEDIA_TYPE.html]: { schema: { type: "string" } },
        [FORMAT_MEDIA_TYPE.xlsx]: { schema: { type: "string", contentMediaType: FORMAT_MEDIA_TYPE.xlsx } },
      },
    },
    "304": { description: "The client's copy is current.", headers: { ETag: { description: "As on 200.", schema: { type: "string" } } } },
    ...problems(...COMMON, "not-found"),
  },
};

/** The consolidated report, mounted at /v1/reports. */
export function reportRoutes(deps: ResolvedDeps, contract: Contract): Hono<AppEnv> {
  const { store } = deps;
  const cache = deps.limits.reportCacheBytes > 0 ? new SnapshotCache(deps.limits.reportCacheBytes) : undefined;
  const routes = new Hono<AppEnv>();

  operation(routes, "/v1/reports", contract, DUAL_CONFORMANCE_REPORT, async (c) => {
    const principal = principalOf(c);
    const query = queryOf(c);
    if (query.csvTable !== undefined && query.format !== "csv") {
      fail("invalid-request", "csvTable only applies to format=csv", {
        errors: [{ in: "query", pointer: "csvTable", message: "use with format=csv" }],
      });
    }
    const today = deps.clock().toISOString().slice(0, 10);
    const asOf = query.asOf ?? today;
    // Nothing can have been pushed after today, so a date from today on is simply the latest.
    const selector: VersionSelector = asOf >= today ? "latest" : { asOf: `${asOf}T23:59:59.999Z` };

    const started = performance.now();
    const [workbooks, profileRecord] = await Promise.all([
      workbooksInScope(deps, principal, query.teams),
      store.getOrgProfile(principal.org),
    ]);
    const { workbooks: versions } = await readVersions(store, workbooks, selector, cache);
    const profileDocument = profileRecord ? orgProfileDocument(profileRecord) : undefined;
    const { name, profile } = profileDocument ? splitOrgProfile(profileDocument) : { name: undefined, profile: undefined };

    const input: ReportInput = {
      org: { id: principal.org, name: name ?? principal.org, ...(profile ? { profile } : {}) },
      asOf,
      workbooks: versions,
    };
    const read = performance.now();
    const report = buildDualConformanceReport(input);
    if (query.csvTable !== undefined) {
      const ids = csvTableIds(report);
      if (!ids.includes(query.csvTable)) {
        fail("invalid-request", `no CSV table ${query.csvTable}`, {
          errors: [{ in: "query", pointer: "csvTable", message: `expected one of ${ids.join(", ")}` }],
        });
      }
    }
    const json = renderJson(report);
    const built = performance.now();
    // XLSX is a zip already; every other format is text.
    const gzip = query.format !== "xlsx" && acceptsGzip(c.req.header("accept-encoding"));
    const etag = reportEtag(json, query.format, query.csvTable, gzip);
    const timing = [`sources;dur=${(read - started).toFixed(1)}`, `build;dur=${(built - read).toFixed(1)}`];
    const headers: Record<string, string> = {
      etag,
      "cache-control": REPORT_CACHE_CONTROL,
      vary: "Authorization, Accept-Encoding",
      "crosswalk-report-as-of": asOf,
      "crosswalk-report-teams": String(report.teams.length),
      "crosswalk-org-profile": profile ? "present" : "absent",
    };
    const ifNoneMatch = c.req.header("if-none-match");
    // A client may hold the other coding's tag; either means it has this report.
    if (ifNoneMatchHits(ifNoneMatch, etag) || ifNoneMatchHits(ifNoneMatch, reportEtag(json, query.format, query.csvTable, !gzip))) {
      return c.body(null, 304, { ...headers, "server-timing": timing.join(", ") });
    }

    const rendered =
      query.format === "json"
        ? { mediaType: "application/json; charset=utf-8", extension: "json", body: json }
        : await renderReportFile(report, query.format, query.csvTable !== undefined ? { csvTable: query.csvTable } : {});
    const filename = `dual-conformance-${principal.org}-${asOf}${query.csvTable ? `-${query.csvTable}` : ""}.${rendered.extension}`;
    headers["content-type"] = rendered.mediaType;
    headers["content-disposition"] = `${query.format === "json" ? "inline" : "attachment"}; filename="${filename}"`;
    if (query.format === "html") headers["content-security-policy"] = HTML_CSP;
    let body: Uint8Array = typeof rendered.body === "string" ? new TextEncoder().encode(rendered.body) : new Uint8Array(rendered.body);
    const renderedAt = performance.now();
    timing.push(`render;dur=${(renderedAt - built).toFixed(1)}`);
    if (gzip) {
      // Text reports shrink 5–25× (a 200-team JSON report: 11 MB → 0.5 MB), which also keeps them
      // within what a Lambda function URL can return (6 MB).
      body = gzipSync(body);
      headers["content-encoding"] = "gzip";
      timing.push(`gzip;dur=${(performance.now() - renderedAt).toFixed(1)}`);
    }
    if (body.byteLength > deps.limits.maxResponseBytes) {
      fail(
        "report-too-large",
        `The ${query.format} report for ${report.teams.length} team workbooks is ${body.byteLength} bytes; this deployment returns at most ${deps.limits.maxResponseBytes}. Ask for fewer teams (teams=…)${gzip ? "" : " or send Accept-Encoding: gzip"}, or another format.`,
        { size: body.byteLength, limit: deps.limits.maxResponseBytes },
      );
    }
    headers["server-timing"] = timing.join(", ");
    return c.body(body as Uint8Array<ArrayBuffer>, 200, headers);
  });

  routes.all("/dual-conformance", methodNotAllowed(["GET"]));
  return routes;
}
