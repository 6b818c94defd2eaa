import { Hono } from "hono";
import { type Contract, operation } from "../openapi/operation";
import { bodyRef, BODY, COMMON, json, problems } from "../openapi/responses";
import type { ResolvedDeps } from "../deps";
import type { OrgReports } from "../report/org-reports";
import type { AppEnv } from "../env";
import { readJsonBody } from "../http/json-body";
import { parseBody } from "../http/validate";
import { fail } from "../problem";
import { orgProfileDocumentSchema } from "../../shared/api/org-profile";
import { orgProfileDocument } from "../store/stored-org-profile";
import { methodNotAllowed, principalOf, requireOrgAdmin } from "./context";

/**
 * The caller's org, mounted at /v1/org. Its profile drives the report's programme view: any key of
 * the org may read it (every report shows it); only an org-admin may replace it.
 */
export function orgRoutes(deps: ResolvedDeps, contract: Contract, reports: Pick<OrgReports, "changed">): Hono<AppEnv> {
  const { store, limits } = deps;
  const routes = new Hono<AppEnv>();

  operation(routes, "/v1/org", contract, {
    method: "get",
    path: "/v1/org/profile",
    tags: ["org"],
    operationId: "getOrgProfile",
    summary: "The organisation's profile",
    description: "What the report's programme view is built from. Any key of the org may read it. 404 until an org-admin has set one.",
    responses: {
      "200": {
        description: "The profile, exactly as PUT accepts it back.",
        headers: { "Last-Modified": { description: "When it was last set.", schema: { type: "string" } } },
        content: json(orgProfileDocumentSchema),
      },
      ...problems(...COMMON, "not-found"),
    },
  }, async (c) => {
    const { org } = principalOf(c);
    const record = await store.getOrgProfile(org);
    if (!record) fail("not-found", "the organisation has no profile yet; an org-admin key sets one with PUT /v1/org/profile");
    return c.json(orgProfileDocument(record), 200, {
      "last-modified": new Date(record.updatedAt).toUTCString(),
      "cache-control": "private, no-cache",
    });
  });

  operation(routes, "/v1/org", contract, {
    method: "put",
    path: "/v1/org/profile",
    tags: ["org"],
    operationId: "putOrgProfile",
    summary: "Set the organisation's profile (org-admin)",
    description: "Replaces the whole profile (last writer wins). Fields left out take their defaults; unknown fields are refused with 422.",
    request: { body: bodyRef("OrgProfileRequest") },
    responses: { "200": { description: "The profile as stored, defaults filled in.", content: json(orgProfileDocumentSchema) }, ...problems(...COMMON, ...BODY, "forbidden") },
  }, async (c) => {
    const principal = principalOf(c);
    requireOrgAdmin(principal, "set the organisation profile");
    const body = await readJsonBody(c.req.raw, limits);
    const document = parseBody(orgProfileDocumentSchema, body.value);
    const updatedAt = deps.clock().toISOString();
    await store.putOrgProfile({ org: principal.org, document, updatedAt, updatedBy: { keyId: principal.keyId, name: principal.name } });
    reports.changed(principal.org, deps.clock().toISOString());
    return c.json(document, 200, { "last-modified": new Date(updatedAt).toUTCString() });
  });

  routes.all("/profile", methodNotAllowed(["GET", "PUT"]));
  return routes;
}
