import * as z from "zod";
import type { Limits } from "../deps";
import { PROBLEM_TYPES, problemTypeUri } from "../problem";
import { SLUG_PATTERN } from "../../shared/api/ids";
import { createdKeySchema, createKeyRequestSchema, keyListSchema, keySummarySchema } from "../../shared/api/key";
import { meSchema } from "../../shared/api/me";
import { orgProfileDocumentSchema } from "../../shared/api/org-profile";
import { MAX_REPORT_TEAMS, REPORT_FORMATS } from "../../shared/api/report";
import { FORMAT_MEDIA_TYPE } from "../../shared/report/render/index";
import { conflictProblemSchema, problemSchema } from "../../shared/api/problem";
import { diffResponseSchema, snapshotDiffSchema, snapshotRequestSchema, versionListSchema, versionSummarySchema } from "../../shared/api/version";
import { workbookListSchema, workbookSummarySchema } from "../../shared/api/workbook";

type Json = Record<string, unknown>;

const ref = (id: string): Json => ({ $ref: `#/components/schemas/${id}` });

function componentSchemas(): Record<string, Json> {
  const registry = z.registry<{ id: string }>();
  registry.add(problemSchema, { id: "Problem" });
  registry.add(conflictProblemSchema, { id: "ConflictProblem" });
  registry.add(versionSummarySchema, { id: "VersionSummary" });
  registry.add(versionListSchema, { id: "VersionList" });
  registry.add(snapshotDiffSchema, { id: "SnapshotDiff" });
  registry.add(diffResponseSchema, { id: "Diff" });
  registry.add(keySummarySchema, { id: "KeySummary" });
  registry.add(createdKeySchema, { id: "CreatedKey" });
  registry.add(keyListSchema, { id: "KeyList" });
  registry.add(workbookSummarySchema, { id: "WorkbookSummary" });
  registry.add(workbookListSchema, { id: "WorkbookList" });
  registry.add(meSchema, { id: "Me" });
  registry.add(orgProfileDocumentSchema, { id: "OrgProfile" });
  const { schemas } = z.toJSONSchema(registry, { uri: (id) => `#/components/schemas/${id}` });
  const out: Record<string, Json> = {};
  for (const [id, schema] of Object.entries(schemas)) {
    const { $schema: _s, $id: _i, ...rest } = schema as Json;
    out[id] = rest;
  }
  for (const [id, schema] of [
    ["Snapshot", snapshotRequestSchema],
    ["CreateKeyRequest", createKeyRequestSchema],
    ["OrgProfileRequest", orgProfileDocumentSchema],
  ] as const) {
    const { $schema: _s, ...rest } = z.toJSONSchema(schema, { io: "input" }) as Json;
    out[id] = rest;
  }
  return out;
}

const json = (schema: Json) => ({ "application/json": { schema } });
const problemContent = (schema = ref("Problem")) => ({ "application/problem+json": { schema } });

function problems(...types: (keyof typeof PROBLEM_TYPES)[]): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const type of types) {
    const { status, title, when } = PROBLEM_TYPES[type];
    const key = String(status);
    const existing = out[key];
    const description = `${title} (\`${problemTypeUri(type)}\`): ${when}`;
    const schema = type === "version-conflict" || type === "precondition-required" ? ref("ConflictProblem") : ref("Problem");
    out[key] = existing
      ? { ...existing, description: `${String(existing.description)}\n\n${description}` }
      : { description, content: problemContent(schema) };
  }
  return out;
}

const COMMON = ["unauthorized", "invalid-request", "store-unavailable", "internal"] as const;
/** What any operation with a JSON body can answer about the body itself. */
const BODY = ["malformed-json", "nesting-too-deep", "forbidden-property", "payload-too-large", "unsupported-media-type", "invalid-body"] as const;

const pathParam = (name: string, description: string): Json => ({
  name,
  in: "path",
  required: true,
  description,
  schema: { type: "string", pattern: SLUG_PATTERN.source },
});
const teamParam = pathParam("team", "Team id (lower-case letters, digits, `.`, `_`, `-`).");
const workbookParam = pathParam("workbook", "Workbook id.");
const limitParam: Json = {
  name: "limit",
  in: "query",
  description: "Page size, 1–100 (default 20).",
  schema: { type: "integer", minimum: 1, maximum: 100 },
};
const cursorParam: Json = {
  name: "cursor",
  in: "query",
  description: "`nextCursor` from the previous page.",
  schema: { type: "string" },
};
const etagHeader: Json = { description: 'The version\'s ETag, e.g. `"v3"`.', schema: { type: "string" } };

export const API_DESCRIPTION = `Crosswalk keeps versioned snapshots of each team's conformance workbook (NIST AI RMF 1.0 and ISO/IEC 42001) and serves their history.

**Resources.** An org has teams; a team has workbooks; a workbook has immutable, numbered versions, each holding a snapshot that was validated on the way in and is stored byte for byte as sent. Teams and workbooks come into being with their first push. The org is never in the URL: it is the org of the caller's key.

**Authentication.** Every \`/v1\` route except \`/v1/health\` and \`/v1/openapi.json\` needs \`Authorization: Bearer <key>\`. Keys look like \`cwk_<id>_<secret>\`; the server stores only their SHA-256 hash. Roles: **org-admin** (everything in its org, including keys), **org-reader** (read every team), **team-editor** (read and push its teams), **team-reader** (read its teams).

**403 or 404.** A team outside the key's scope — another team's workbook for a team key, anything of another org — is answered **404 Not Found**, exactly as if it did not exist, so a key cannot learn what other teams or orgs hold. Inside its scope, an action the role does not allow (a reader pushing, a non-admin managing keys) is **403 Forbidden**.

**Concurrency.** Push with \`If-Match\` naming the version you started from (its ETag, e.g. \`"v3"\`; omit it only for a workbook's first version). If someone pushed first you get **409** with \`currentVersion\`; without \`If-Match\` on an existing workbook, **428**. Of any number of concurrent pushes from the same base exactly one wins.

**Caching.** Versions carry an ETag; \`If-None-Match\` gives **304**.

**Reports.** \`GET /v1/reports/dual-conformance\` consolidates the newest version of every workbook the key can see (or the versions as of a date) into one NIST AI RMF + ISO/IEC 42001 report, as JSON, CSV, Markdown, HTML, OSCAL or XLSX. Reading all teams costs one index query plus one query per workbook, never a scan. The org's profile (\`/v1/org/profile\`) drives its programme view.

**Errors.** Every error is RFC 9457 \`application/problem+json\` with a \`type\` naming an entry below, and \`errors\` (with JSON Pointers) for validation failures. Never a stack trace.`;

/** The OpenAPI 3.1 document served at /v1/openapi.json, built from the same zod schemas the routes use. */
export function openApiDocument(limits: Limits): Json {
  const versionsPath = "/v1/teams/{team}/workbooks/{workbook}";
  return {
    openapi: "3.1.0",
    info: {
      title: "Crosswalk API",
      version: "1.0.0",
      description: `${API_DESCRIPTION}\n\n**Limits.** Request bodies up to ${limits.maxBodyBytes} bytes, nested at most ${limits.maxJsonDepth} levels; no \`__proto__\` keys.`,
    },
    servers: [{ url: "/" }],
    security: [{ bearer: [] }],
    tags: [
      { name: "versions", description: "Push and read a workbook's versions." },
      { name: "workbooks", description: "The workbooks a key can see." },
      { name: "reports", description: "The consolidated dual-conformance report." },
      { name: "org", description: "The caller's organisation: its profile." },
      { name: "keys", description: "API keys (org-admin only)." },
      { name: "meta", description: "Health, this document, the caller." },
    ],
    paths: {
      [`${versionsPath}/versions`]: {
        parameters: [teamParam, workbookParam],
        get: {
          tags: ["versions"],
          operationId: "listVersions",
          summary: "List versions, newest first",
          description: "Author, time, size and record counts of each version, newest first, in pages.",
          parameters: [limitParam, cursorParam],
          responses: {
            "200": { description: "A page of versions.", content: json(ref("VersionList")) },
            ...problems(...COMMON, "not-found"),
          },
        },
        post: {
          tags: ["versions"],
          operationId: "pushVersion",
          summary: "Push a new version",
          description:
            "The body is the snapshot. It is validated, stored exactly as sent, and becomes version n+1 if `If-Match` still names the newest version n.",
          parameters: [
            {
              name: "If-Match",
              in: "header",
              description: 'ETag of the version this snapshot was based on, e.g. `"v3"`. Omit only for the first version.',
              schema: { type: "string" },
            },
          ],
          requestBody: { required: true, content: json(ref("Snapshot")) },
          responses: {
            "201": {
              description: "The new version.",
              headers: { ETag: etagHeader, Location: { description: "Path of the new version.", schema: { type: "string" } } },
              content: json(ref("VersionSummary")),
            },
            ...problems(...COMMON, ...BODY, "forbidden", "not-found", "version-conflict", "precondition-required"),
          },
        },
      },
      [`${versionsPath}/versions/{version}`]: {
        parameters: [
          teamParam,
          workbookParam,
          {
            name: "version",
            in: "path",
            required: true,
            description: "A version number, or `latest`.",
            schema: { type: "string", pattern: "^(latest|[1-9][0-9]{0,9})$" },
          },
        ],
        get: {
          tags: ["versions"],
          operationId: "getVersion",
          summary: "Get one version's snapshot, or the latest",
          description:
            "Returns the snapshot bytes exactly as pushed. `If-None-Match` with the current ETag gives 304. With `latest`, `asOf` picks the newest version committed at or before that instant.",
          parameters: [
            { name: "If-None-Match", in: "header", description: "ETag(s) the client holds.", schema: { type: "string" } },
            { name: "asOf", in: "query", description: "ISO 8601 instant (only with `latest`).", schema: { type: "string", format: "date-time" } },
          ],
          responses: {
            "200": {
              description: "The snapshot.",
              headers: {
                ETag: etagHeader,
                "Crosswalk-Version": { description: "The version number.", schema: { type: "integer" } },
                "Content-Location": { description: "For `latest`: the numbered version's path.", schema: { type: "string" } },
              },
              content: json(ref("Snapshot")),
            },
            "304": { description: "The client's copy is current.", headers: { ETag: etagHeader } },
            ...problems(...COMMON, "not-found"),
          },
        },
      },
      [`${versionsPath}/diff`]: {
        parameters: [teamParam, workbookParam],
        get: {
          tags: ["versions"],
          operationId: "diffVersions",
          summary: "Diff two versions",
          description: "Records added, removed and modified by id, with the changed fields.",
          parameters: [
            { name: "from", in: "query", required: true, description: "Version number or `latest`.", schema: { type: "string" } },
            { name: "to", in: "query", description: "Version number or `latest` (default).", schema: { type: "string" } },
          ],
          responses: {
            "200": { description: "The differences.", content: json(ref("Diff")) },
            ...problems(...COMMON, "not-found"),
          },
        },
      },
      "/v1/workbooks": {
        get: {
          tags: ["workbooks"],
          operationId: "listWorkbooks",
          summary: "List the workbooks the key can see",
          description: "From the org-wide index, ordered by team then workbook, each with its newest version.",
          parameters: [
            { name: "team", in: "query", description: "Only this team.", schema: { type: "string", pattern: SLUG_PATTERN.source } },
            limitParam,
            cursorParam,
          ],
          responses: {
            "200": { description: "A page of workbooks.", content: json(ref("WorkbookList")) },
            ...problems(...COMMON, "not-found"),
          },
        },
      },
      "/v1/reports/dual-conformance": {
        get: {
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
        },
      },
      "/v1/org/profile": {
        get: {
          tags: ["org"],
          operationId: "getOrgProfile",
          summary: "The organisation's profile",
          description: "What the report's programme view is built from. Any key of the org may read it. 404 until an org-admin has set one.",
          responses: {
            "200": {
              description: "The profile, exactly as PUT accepts it back.",
              headers: { "Last-Modified": { description: "When it was last set.", schema: { type: "string" } } },
              content: json(ref("OrgProfile")),
            },
            ...problems(...COMMON, "not-found"),
          },
        },
        put: {
          tags: ["org"],
          operationId: "putOrgProfile",
          summary: "Set the organisation's profile (org-admin)",
          description: "Replaces the whole profile (last writer wins). Fields left out take their defaults; unknown fields are refused with 422.",
          requestBody: { required: true, content: json(ref("OrgProfileRequest")) },
          responses: {
            "200": { description: "The profile as stored, defaults filled in.", content: json(ref("OrgProfile")) },
            ...problems(...COMMON, ...BODY, "forbidden"),
          },
        },
      },
      "/v1/keys": {
        get: {
          tags: ["keys"],
          operationId: "listKeys",
          summary: "List the org's API keys",
          parameters: [limitParam, cursorParam],
          responses: {
            "200": { description: "A page of keys, newest first.", content: json(ref("KeyList")) },
            ...problems(...COMMON, "forbidden"),
          },
        },
        post: {
          tags: ["keys"],
          operationId: "createKey",
          summary: "Create an API key",
          description: "The response holds the key itself, once. Only its hash is stored.",
          requestBody: { required: true, content: json(ref("CreateKeyRequest")) },
          responses: {
            "201": { description: "The new key.", content: json(ref("CreatedKey")) },
            ...problems(...COMMON, ...BODY, "forbidden"),
          },
        },
      },
      "/v1/keys/{id}": {
        parameters: [{ name: "id", in: "path", required: true, description: "Key id.", schema: { type: "string", pattern: "^[a-z0-9]{16}$" } }],
        get: {
          tags: ["keys"],
          operationId: "getKey",
          summary: "Get one API key's record",
          responses: {
            "200": { description: "The key's record.", content: json(ref("KeySummary")) },
            ...problems(...COMMON, "forbidden", "not-found"),
          },
        },
        delete: {
          tags: ["keys"],
          operationId: "revokeKey",
          summary: "Revoke an API key",
          description: "Idempotent: revoking a revoked key returns its record unchanged.",
          responses: {
            "200": { description: "The revoked key's record.", content: json(ref("KeySummary")) },
            ...problems(...COMMON, "forbidden", "not-found"),
          },
        },
      },
      "/v1/me": {
        get: {
          tags: ["meta"],
          operationId: "me",
          summary: "The calling key: org, role, teams",
          responses: { "200": { description: "The key.", content: json(ref("Me")) }, ...problems(...COMMON) },
        },
      },
      "/v1/health": {
        get: {
          tags: ["meta"],
          operationId: "health",
          summary: "Liveness (no key needed; does not touch storage)",
          security: [],
          responses: { "200": { description: "Up.", content: json({ type: "object", properties: { status: { const: "ok" } } }) } },
        },
      },
      "/v1/openapi.json": {
        get: {
          tags: ["meta"],
          operationId: "openapi",
          summary: "This document (no key needed)",
          security: [],
          responses: { "200": { description: "OpenAPI 3.1 document.", content: json({ type: "object" }) } },
        },
      },
    },
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", description: "An API key, `cwk_<id>_<secret>`." },
      },
      schemas: componentSchemas(),
    },
    "x-problem-types": Object.fromEntries(
      Object.entries(PROBLEM_TYPES).map(([type, p]) => [problemTypeUri(type as keyof typeof PROBLEM_TYPES), p]),
    ),
  };
}
