import { createHash } from "node:crypto";
import { digestForPush } from "../report/digest-sources";
import { Hono } from "hono";
import { type Contract, operation } from "../openapi/operation";
import { bodyRef, BODY, COMMON, cursorParam, etagHeader, json, limitParam, problems, teamParam, workbookParam } from "../openapi/responses";
import * as z from "zod";
import type { ResolvedDeps } from "../deps";
import type { OrgReports } from "../report/org-reports";
import type { AppEnv } from "../env";
import { ifNoneMatchHits, parseIfMatch, versionEtag } from "../http/conditional";
import { decodeCursor, encodeCursor } from "../http/cursor";
import { escapePointer, readJsonBody } from "../http/json-body";
import { parseRequestPart } from "../http/validate";
import { fail } from "../problem";
import { isoInstantSchema, limitSchema, versionSelectorSchema } from "../../shared/api/ids";
import { diffResponseSchema, versionListSchema, versionSummarySchema, versionUrl } from "../../shared/api/version";
import { versionSummary } from "./version-summary";
import { checkSnapshot, diffStoredSnapshots } from "../snapshot";
import type { StoredSnapshot, VersionRecord, VersionSelector, WorkbookRef } from "../store/port";
import { methodNotAllowed, principalOf, requireTeamVisible, requireTeamWritable, workbookRef } from "./context";

const listQuerySchema = z.object({
  limit: limitSchema.optional(),
  cursor: z.string().optional(),
});
const versionCursorSchema = z.object({ before: z.number().int().min(2) });

const getQuerySchema = z.object({ asOf: isoInstantSchema.optional() });

const diffQuerySchema = z.object({
  from: versionSelectorSchema,
  to: versionSelectorSchema.optional().default("latest"),
});

function conflictExtras(current: VersionRecord | undefined) {
  return { currentVersion: current?.version ?? null, current: current ? versionSummary(current) : null };
}

const decoder = new TextDecoder();

function parseStored(snapshot: StoredSnapshot): unknown {
  return JSON.parse(decoder.decode(snapshot.body));
}

/** What an `Idempotency-Key` may hold: visible ASCII, as a header carries it without escaping. */
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

function parseIdempotencyKey(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!IDEMPOTENCY_KEY.test(value)) {
    fail("invalid-request", "Idempotency-Key must be 1–255 visible ASCII characters", {
      errors: [{ in: "header", pointer: "Idempotency-Key", message: "1–255 visible ASCII characters (no spaces)" }],
    });
  }
  return value;
}

export const WORKBOOK_PATH = "/v1/teams/{team}/workbooks/{workbook}";

const versionParam = {
  name: "version",
  in: "path" as const,
  required: true,
  description: "A version number, or `latest`.",
  schema: { type: "string" as const, pattern: "^(latest|[1-9][0-9]{0,9})$" },
};

/** Versions of one workbook, mounted at /v1/teams/:team/workbooks/:workbook. */
export function versionRoutes(deps: ResolvedDeps, contract: Contract, reports: Pick<OrgReports, "changed">): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  listVersionsOperation(routes, deps, contract);
  pushVersionOperation(routes, deps, contract, reports);
  getVersionOperation(routes, deps, contract);
  diffVersionsOperation(routes, deps, contract);

  routes.all("/versions", methodNotAllowed(["GET", "POST"]));
  routes.all("/versions/:version", methodNotAllowed(["GET"]));
  routes.all("/diff", methodNotAllowed(["GET"]));
  return routes;
}

/** GET …/versions: a page of versions, newest first. */
function listVersionsOperation(routes: Hono<AppEnv>, deps: ResolvedDeps, contract: Contract): void {
  const { store, limits } = deps;
  operation(routes, WORKBOOK_PATH, contract, {
    method: "get",
    path: `${WORKBOOK_PATH}/versions`,
    tags: ["versions"],
    operationId: "listVersions",
    summary: "List versions, newest first",
    description: "Author, time, size and record counts of each version, newest first, in pages.",
    parameters: [teamParam, workbookParam, limitParam, cursorParam],
    responses: { "200": { description: "A page of versions.", content: json(versionListSchema) }, ...problems(...COMMON, "not-found") },
  }, async (c) => {
    const ref = workbookRef(c);
    requireTeamVisible(principalOf(c), ref.team);
    const query = parseRequestPart(listQuerySchema, c.req.query(), "query");
    const before = query.cursor === undefined ? undefined : decodeCursor(versionCursorSchema, query.cursor).before;
    const page = await store.listVersions(ref, { limit: query.limit ?? limits.defaultPageSize, before });
    if (page.items.length === 0 && before === undefined) fail("not-found", "no such workbook");
    return c.json({
      items: page.items.map(versionSummary),
      nextCursor: page.next === undefined ? null : encodeCursor({ before: page.next }),
    });
  });
}

/** POST …/versions: validate the snapshot and commit it as version n+1. */
function pushVersionOperation(routes: Hono<AppEnv>, deps: ResolvedDeps, contract: Contract, reports: Pick<OrgReports, "changed">): void {
  const { store, limits } = deps;
  operation(routes, WORKBOOK_PATH, contract, {
    method: "post",
    path: `${WORKBOOK_PATH}/versions`,
    tags: ["versions"],
    operationId: "pushVersion",
    summary: "Push a new version",
    description: "The body is the snapshot. It is validated (a field the model does not know is refused, 422, one error per field), stored exactly as sent, and becomes version n+1 if `If-Match` still names the newest version n.",
    parameters: [
      teamParam,
      workbookParam,
      { name: "If-Match", in: "header", description: 'ETag of the version this snapshot was based on, e.g. `"v3"`. Omit only for the first version.', schema: { type: "string" } },
      {
        name: "Idempotency-Key",
        in: "header",
        description: "Optional: 1–255 visible ASCII characters naming this push. Sent again with the same snapshot and base, the version that push made is answered (`Idempotent-Replayed: true`); with another snapshot, 422 `idempotency-key-reused`. Without it, the same snapshot on the same base is recognised by its SHA-256.",
        schema: { type: "string", pattern: IDEMPOTENCY_KEY.source },
      },
    ],
    request: { body: bodyRef("Snapshot") },
    responses: {
      "201": {
        description: "The new version.",
        headers: {
          ETag: etagHeader,
          Location: { description: "Path of the new version.", schema: { type: "string" } },
          "Idempotent-Replayed": { description: "`true` when this push had been committed before (its answer was lost, or it was sent twice): the version it made, which may no longer be the newest.", schema: { type: "string" } },
        },
        content: json(versionSummarySchema),
      },
      ...problems(...COMMON, ...BODY, "forbidden", "not-found", "version-conflict", "idempotency-key-reused", "precondition-required"),
    },
  }, async (c) => {
    const ref = workbookRef(c);
    requireTeamWritable(principalOf(c), ref.team);
    const ifMatch = parseIfMatch(c.req.header("if-match"));
    const idempotencyKey = parseIdempotencyKey(c.req.header("idempotency-key"));
    // No early refusal without If-Match: a first push sent again (its answer lost) must reach the
    // store to be recognised as the version it made; a blind overwrite is refused after the commit.
    const body = await readJsonBody(c.req.raw, limits);
    const check = checkSnapshot(body.value, ref);
    if (!check.ok) {
      fail("invalid-body", "the snapshot failed validation", {
        errors: check.issues.map((issue) => ({
          in: "body" as const,
          pointer: issue.path.map((p) => `/${escapePointer(String(p))}`).join(""),
          message: issue.message,
        })),
      });
    }
    const principal = principalOf(c);
    const createdAt = deps.clock().toISOString();
    // The version's contribution to the consolidated report, stored before the commit point.
    const digest = digestForPush({ team: ref.team, workbook: ref.workbook, version: (ifMatch ?? 0) + 1, author: principal.name, createdAt, snapshot: check.snapshot });
    const outcome = await store.commitVersion({
      ref,
      baseVersion: ifMatch ?? null,
      createdAt,
      digest,
      author: { keyId: principal.keyId, name: principal.name },
      body: body.bytes,
      sha256: createHash("sha256").update(body.bytes).digest("hex"),
      schemaVersion: check.schemaVersion,
      recordCounts: check.recordCounts,
      ...(idempotencyKey !== undefined ? { idempotencyKey } : {}),
    });
    if (outcome.status === "conflict") {
      const current = outcome.current;
      if (outcome.idempotencyKeyReused) {
        fail("idempotency-key-reused", "this Idempotency-Key named another snapshot pushed on the same base; use a new key for a new push", conflictExtras(current));
      }
      if (ifMatch === undefined && current) {
        fail(
          "precondition-required",
          `workbook has version ${current.version}; send If-Match: ${versionEtag(current.version)} naming the version you started from`,
          conflictExtras(current),
        );
      }
      fail(
        "version-conflict",
        current
          ? `version ${current.version} is the newest, not ${ifMatch ?? "none"}: fetch it, merge, and push again with If-Match: ${versionEtag(current.version)}`
          : `the workbook has no versions; push the first one without If-Match`,
        conflictExtras(current),
      );
    }
    const summary = versionSummary(outcome.record);
    // Read after the commit: a version stamped later was pushed after this one was committed.
    reports.changed(ref.org, deps.clock().toISOString());
    return c.json(summary, 201, { etag: summary.etag, location: summary.url, ...(outcome.replayed ? { "idempotent-replayed": "true" } : {}) });
  });
}

/** GET …/versions/{version}: the snapshot bytes as pushed, or 304. */
function getVersionOperation(routes: Hono<AppEnv>, deps: ResolvedDeps, contract: Contract): void {
  const { store } = deps;
  operation(routes, WORKBOOK_PATH, contract, {
    method: "get",
    path: `${WORKBOOK_PATH}/versions/{version}`,
    tags: ["versions"],
    operationId: "getVersion",
    summary: "Get one version's snapshot, or the latest",
    description: "Returns the snapshot bytes exactly as pushed. `If-None-Match` with the current ETag gives 304. With `latest`, `asOf` picks the newest version committed at or before that instant.",
    parameters: [
      teamParam,
      workbookParam,
      versionParam,
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
        content: json({ $ref: "#/components/schemas/Snapshot" }),
      },
      "304": { description: "The client's copy is current.", headers: { ETag: etagHeader } },
      ...problems(...COMMON, "not-found"),
    },
  }, async (c) => {
    const ref = workbookRef(c);
    requireTeamVisible(principalOf(c), ref.team);
    const { version } = parseRequestPart(z.object({ version: versionSelectorSchema }), { version: c.req.param("version") }, "path");
    const { asOf } = parseRequestPart(getQuerySchema, c.req.query(), "query");
    if (asOf !== undefined && version !== "latest") {
      fail("invalid-request", "asOf only applies to `latest`", {
        errors: [{ in: "query", pointer: "asOf", message: "use with /versions/latest" }],
      });
    }
    const selector: VersionSelector = asOf === undefined ? version : { asOf: new Date(asOf).toISOString() };
    const ifNoneMatch = c.req.header("if-none-match");

    let snapshot: StoredSnapshot | undefined;
    if (ifNoneMatch !== undefined) {
      // Conditional GET: answer 304 from the metadata alone, without reading the snapshot.
      const record = await store.getVersion(ref, selector);
      if (!record) fail("not-found", notFoundDetail(ref, version));
      if (ifNoneMatchHits(ifNoneMatch, versionEtag(record.version))) {
        return c.body(null, 304, { etag: versionEtag(record.version), "cache-control": cacheControl(version) });
      }
      snapshot = await store.getSnapshot(ref, record.version);
    } else {
      snapshot = await store.getSnapshot(ref, selector);
    }
    if (!snapshot) fail("not-found", notFoundDetail(ref, version));
    const { record } = snapshot;
    const headers: Record<string, string> = {
      "content-type": "application/json; charset=utf-8",
      etag: versionEtag(record.version),
      "last-modified": new Date(record.createdAt).toUTCString(),
      "crosswalk-version": String(record.version),
      "cache-control": cacheControl(version),
    };
    if (version === "latest") headers["content-location"] = versionUrl(record);
    return c.body(snapshot.body as Uint8Array<ArrayBuffer>, 200, headers);
  });
}

/** GET …/diff: records added, removed and modified between two versions. */
function diffVersionsOperation(routes: Hono<AppEnv>, deps: ResolvedDeps, contract: Contract): void {
  const { store } = deps;
  operation(routes, WORKBOOK_PATH, contract, {
    method: "get",
    path: `${WORKBOOK_PATH}/diff`,
    tags: ["versions"],
    operationId: "diffVersions",
    summary: "Diff two versions",
    description: "Records added, removed and modified by id, with the changed fields.",
    parameters: [
      teamParam,
      workbookParam,
      { name: "from", in: "query", required: true, description: "Version number or `latest`.", schema: { type: "string" } },
      { name: "to", in: "query", description: "Version number or `latest` (default).", schema: { type: "string" } },
    ],
    responses: { "200": { description: "The differences.", content: json(diffResponseSchema) }, ...problems(...COMMON, "not-found") },
  }, async (c) => {
    const ref = workbookRef(c);
    requireTeamVisible(principalOf(c), ref.team);
    const query = parseRequestPart(diffQuerySchema, c.req.query(), "query");
    const [from, to] = await Promise.all([store.getSnapshot(ref, query.from), store.getSnapshot(ref, query.to)]);
    if (!from) fail("not-found", notFoundDetail(ref, query.from));
    if (!to) fail("not-found", notFoundDetail(ref, query.to));
    return c.json({
      team: ref.team,
      workbook: ref.workbook,
      from: { version: from.record.version, etag: versionEtag(from.record.version) },
      to: { version: to.record.version, etag: versionEtag(to.record.version) },
      changes: diffStoredSnapshots(parseStored(from), parseStored(to)),
    });
  });
}

function notFoundDetail(ref: WorkbookRef, version: number | "latest"): string {
  return version === "latest"
    ? `workbook ${ref.team}/${ref.workbook} has no versions`
    : `no version ${version} of workbook ${ref.team}/${ref.workbook}`;
}

/** Numbered versions never change; `latest` must be revalidated. Both are per key (private). */
function cacheControl(version: number | "latest"): string {
  return version === "latest" ? "private, no-cache" : "private, max-age=31536000, immutable";
}
