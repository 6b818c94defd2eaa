import type { RouteConfig } from "@asteasolutions/zod-to-openapi";
import { Hono } from "hono";
import { type Contract, operation } from "../openapi/operation";
import { COMMON, problems } from "../openapi/responses";
import { FORMAT_MEDIA_TYPE } from "../../shared/report/render/index";
import type { ResolvedDeps } from "../deps";
import type { AppEnv } from "../env";
import { ifNoneMatchHits } from "../http/conditional";
import { zodFields } from "../http/validate";
import { fail, type ProblemField } from "../problem";
import { renderReportFile } from "../../report-files/render-file";
import { type BuiltReport, gzipReport, jsonHash } from "../report/built-reports";
import type { OrgReports } from "../report/org-reports";
import { chunkedBody } from "../http/chunked-body";
import { MAX_REPORT_TEAMS, REPORT_FORMATS, type ReportFormat, type ReportQuery, reportQuerySchema } from "../../shared/api/report";
import type { DualConformanceReport } from "../../shared/report/report";
import { REPORT_SECTIONS, selectSections } from "../../shared/report/report-sections";
import { csvTableIds } from "../../shared/report/render/csv";
import { renderCompactJson } from "../../shared/report/render/json";
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
 * A validator of one representation: the report's JSON, the format and the content coding. Strong,
 * but weak for XLSX, whose bytes differ from one rendering to the next (zip timestamps).
 */
function reportEtag(jsonHash: string, format: ReportFormat, csvTable: string | undefined, gzip: boolean): string {
  const tag = `"${jsonHash}.${format}${csvTable ? `.${csvTable}` : ""}${gzip ? "+gzip" : ""}"`;
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
    "Reading costs one index query (per 1,000 workbooks; per team with `teams=` or a team key), one metadata query per workbook and one batched read of the workbooks' report digests (computed at push; 100 a call), never a scan and never a whole snapshot — but for a version pushed before digests existed, whose digest is rebuilt once from its snapshot and stored; the org profile is one more read. Digests and built reports are cached in memory by version id, so after one team's push only that team's digest is read again.",
    "Large answers are streamed (chunked over HTTP; Lambda response streaming on the function URL), so no report the key is entitled to is refused for its size on AWS below the streaming limit (20 MB after gzip). Ask for less with `sections` and `teams`.",
    "A team in `teams` that the key cannot see is answered exactly like a team that does not exist: 404, listing every such team in `errors`.",
    "The ETag is the SHA-256 of the report's JSON and the format, so `If-None-Match` gives 304 when nothing in the report changed, whatever the format; it is strong for every format but XLSX, whose bytes differ from one rendering to the next (weak there). Headers `Crosswalk-Report-As-Of`, `Crosswalk-Report-Teams` (team workbooks in the report) and `Crosswalk-Org-Profile` (`present` or `absent`) say what went in.",
  ].join("\n\n"),
  parameters: [
    {
      name: "format",
      in: "query",
      description: "`json` (default; the report model, as compact JSON), `csv` (every table, or one with `csvTable`; formula-injection safe), `md`, `html` (one standalone printable page), `oscal` (OSCAL 1.1.2 assessment-results), `xlsx` (one sheet per table). All but `json` come as an attachment with a file name.",
      schema: { type: "string", enum: [...REPORT_FORMATS], default: "json" },
    },
    {
      name: "teams",
      in: "query",
      description: `Only these teams: comma-separated ids (or the parameter repeated), at most ${MAX_REPORT_TEAMS}. Default: every team the key can see.`,
      schema: { type: "string" },
    },
    { name: "asOf", in: "query", description: "A calendar date, `YYYY-MM-DD`: report the versions as they stood at the end of that day (UTC).", schema: { type: "string", format: "date" } },
    {
      name: "sections",
      in: "query",
      description: `With \`format=json\`: only these top-level sections, comma-separated (${REPORT_SECTIONS.join(", ")}); the envelope (\`reportVersion\`, \`kind\`, \`org\`, \`asOf\`) always comes. An unknown name is a 400 listing the names (the gaps are in \`readiness\`, the SoA in \`iso42001\`).`,
      schema: { type: "string" },
    },
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

function checkQuery(query: ReportQuery): void {
  if (query.csvTable !== undefined && query.format !== "csv") {
    fail("invalid-request", "csvTable only applies to format=csv", {
      errors: [{ in: "query", pointer: "csvTable", message: "use with format=csv" }],
    });
  }
  if (query.sections !== undefined && query.format !== "json") {
    fail("invalid-request", "sections only applies to format=json", {
      errors: [{ in: "query", pointer: "sections", message: "use with format=json (the other formats render the whole report)" }],
    });
  }
}

function checkCsvTable(report: DualConformanceReport, csvTable: string | undefined): void {
  if (csvTable === undefined) return;
  const ids = csvTableIds(report);
  if (!ids.includes(csvTable)) {
    fail("invalid-request", `no CSV table ${csvTable}`, {
      errors: [{ in: "query", pointer: "csvTable", message: `expected one of ${ids.join(", ")}` }],
    });
  }
}

/** The answer's body in the asked format, with its media type and file extension (`json`: the JSON given, "" when a kept gzip stands in for it). */
async function renderAnswer(built: BuiltReport, query: ReportQuery, json: string): Promise<{ mediaType: string; extension: string; body: string | Uint8Array }> {
  if (query.format === "json") return { mediaType: "application/json; charset=utf-8", extension: "json", body: json };
  return renderReportFile(built.report(), query.format, query.csvTable !== undefined ? { csvTable: query.csvTable } : {});
}

/** The consolidated report, mounted at /v1/reports. */
export function reportRoutes(deps: ResolvedDeps, contract: Contract, reports: OrgReports): Hono<AppEnv> {
  const { limits } = deps;
  const routes = new Hono<AppEnv>();

  operation(routes, "/v1/reports", contract, DUAL_CONFORMANCE_REPORT, async (c) => {
    const principal = principalOf(c);
    const query = queryOf(c);
    checkQuery(query);
    const asOf = query.asOf ?? deps.clock().toISOString().slice(0, 10);

    const started = performance.now();
    const { built, profilePresent, reads } = await reports.reportFor(principal, query.teams, asOf);
    if (query.csvTable !== undefined) checkCsvTable(built.report(), query.csvTable);
    const selection = query.sections ? renderCompactJson(selectSections(built.report(), query.sections)) : undefined;
    const json = (): string => selection ?? built.json();
    // The whole report's encodings are kept with it; a selection's are made for this answer.
    const memo: BuiltReport["memo"] = selection !== undefined ? { hash: jsonHash(selection) } : built.memo;
    const hash = (memo.hash ??= jsonHash(json()));
    const ready = performance.now();
    // XLSX is a zip already; every other format is text.
    const gzip = query.format !== "xlsx" && acceptsGzip(c.req.header("accept-encoding"));
    const etag = reportEtag(hash, query.format, query.csvTable, gzip);
    const timing = [`report;dur=${(ready - started).toFixed(1)}`, reads];
    const headers: Record<string, string> = {
      etag,
      "cache-control": REPORT_CACHE_CONTROL,
      vary: "Authorization, Accept-Encoding",
      "crosswalk-report-as-of": asOf,
      "crosswalk-report-teams": String(built.teams),
      "crosswalk-org-profile": profilePresent ? "present" : "absent",
    };
    const ifNoneMatch = c.req.header("if-none-match");
    // A client may hold the other coding's tag; either means it has this report.
    if (ifNoneMatchHits(ifNoneMatch, etag) || ifNoneMatchHits(ifNoneMatch, reportEtag(hash, query.format, query.csvTable, !gzip))) {
      return c.body(null, 304, { ...headers, "server-timing": timing.join(", ") });
    }

    // The whole JSON's gzip is kept with the report: a repeated answer neither encodes nor compresses.
    const keptGzip = gzip && query.format === "json" ? memo.gzip : undefined;
    const rendered = await renderAnswer(built, query, keptGzip ? "" : json());
    const filename = `dual-conformance-${principal.org}-${asOf}${query.csvTable ? `-${query.csvTable}` : ""}.${rendered.extension}`;
    headers["content-type"] = rendered.mediaType;
    headers["content-disposition"] = `${query.format === "json" ? "inline" : "attachment"}; filename="${filename}"`;
    if (query.format === "html") headers["content-security-policy"] = HTML_CSP;
    let body: Uint8Array = keptGzip ?? (typeof rendered.body === "string" ? new TextEncoder().encode(rendered.body) : new Uint8Array(rendered.body));
    const renderedAt = performance.now();
    timing.push(`render;dur=${(renderedAt - ready).toFixed(1)}`);
    if (gzip) {
      // Text reports shrink 5–25× (a 200-team JSON report: 6 MB → 0.45 MB).
      body = keptGzip ?? gzipReport(body);
      if (query.format === "json") memo.gzip = body;
      headers["content-encoding"] = "gzip";
      timing.push(`gzip;dur=${(performance.now() - renderedAt).toFixed(1)}`);
    }
    if (body.byteLength > limits.maxResponseBytes) {
      fail(
        "report-too-large",
        `The ${query.format} report for ${built.teams} team workbooks is ${body.byteLength} bytes; this deployment returns at most ${limits.maxResponseBytes}. ${gzip ? "" : "Send Accept-Encoding: gzip, or "}ask for less (sections=…, teams=…), or another format.`,
        { size: body.byteLength, limit: limits.maxResponseBytes },
      );
    }
    headers["server-timing"] = timing.join(", ");
    if (body.byteLength > limits.streamReportAboveBytes) return c.body(chunkedBody(body), 200, headers);
    return c.body(body as Uint8Array<ArrayBuffer>, 200, headers);
  });

  routes.all("/dual-conformance", methodNotAllowed(["GET"]));
  return routes;
}
