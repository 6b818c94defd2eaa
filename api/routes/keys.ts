import { Hono } from "hono";
import { type Contract, operation } from "../openapi/operation";
import { bodyRef, BODY, COMMON, cursorParam, json, limitParam, problems } from "../openapi/responses";
import * as z from "zod";
import { keyIdOf } from "../auth/api-key";
import type { ResolvedDeps } from "../deps";
import type { AppEnv } from "../env";
import { decodeCursor, encodeCursor } from "../http/cursor";
import { noStore } from "../http/no-store";
import { readJsonBody } from "../http/json-body";
import { parseBody, parseRequestPart } from "../http/validate";
import { fail } from "../problem";
import { limitSchema } from "../../shared/api/ids";
import { createdKeySchema, createKeyRequestSchema, keyListSchema, keySummarySchema } from "../../shared/api/key";
import { keySummary } from "./key-summary";
import type { KeyRecord } from "../store/port";
import { methodNotAllowed, principalOf, requireOrgAdmin } from "./context";

const keyIdParamSchema = z.object({ id: z.string().regex(/^[a-z0-9]{16}$/, "not a key id") });
const listQuerySchema = z.object({ limit: limitSchema.optional(), cursor: z.string().optional() });
const keyCursorSchema = z.object({ createdAt: z.string().max(40), id: z.string().regex(/^[a-z0-9]{16}$/) });

/** API keys of the caller's org, mounted at /v1/keys. Every route needs an org-admin key. */
const KEYS = "/v1/keys";
const keyIdParam = { name: "id", in: "path" as const, required: true, description: "Key id.", schema: { type: "string" as const, pattern: "^[a-z0-9]{16}$" } };

export function keyRoutes(deps: ResolvedDeps, contract: Contract): Hono<AppEnv> {
  const { store, limits } = deps;
  const routes = new Hono<AppEnv>();
  routes.use("*", noStore);

  operation(routes, KEYS, contract, {
    method: "post",
    path: KEYS,
    tags: ["keys"],
    operationId: "createKey",
    summary: "Create an API key",
    description: "The response holds the key itself, once. Only its hash is stored.",
    request: { body: bodyRef("CreateKeyRequest") },
    responses: { "201": { description: "The new key.", content: json(createdKeySchema) }, ...problems(...COMMON, ...BODY, "forbidden") },
  }, async (c) => {
    const admin = principalOf(c);
    requireOrgAdmin(admin);
    const body = await readJsonBody(c.req.raw, limits);
    const request = parseBody(createKeyRequestSchema, body.value);
    // A fresh id collides with probability ~36^-16; one retry makes it unobservable.
    for (let attempt = 0; attempt < 2; attempt++) {
      const key = deps.generateKey();
      const record: KeyRecord = {
        id: keyIdOf(key, deps.hashKey),
        org: admin.org,
        name: request.name,
        role: request.role,
        teams: request.role === "org-admin" || request.role === "org-reader" ? [] : [...request.teams].sort(),
        hash: deps.hashKey(key),
        createdAt: deps.clock().toISOString(),
        createdBy: admin.keyId,
        revokedAt: null,
      };
      if (await store.createKey(record)) {
        return c.json({ ...keySummary(record), key }, 201, { location: `/v1/keys/${record.id}` });
      }
    }
    throw new Error("could not allocate a unique key id");
  });

  operation(routes, KEYS, contract, {
    method: "get",
    path: KEYS,
    tags: ["keys"],
    operationId: "listKeys",
    summary: "List the org's API keys",
    parameters: [limitParam, cursorParam],
    responses: { "200": { description: "A page of keys, newest first.", content: json(keyListSchema) }, ...problems(...COMMON, "forbidden") },
  }, async (c) => {
    const admin = principalOf(c);
    requireOrgAdmin(admin);
    const query = parseRequestPart(listQuerySchema, c.req.query(), "query");
    const after = query.cursor === undefined ? undefined : decodeCursor(keyCursorSchema, query.cursor);
    const page = await store.listKeys(admin.org, { limit: query.limit ?? limits.defaultPageSize, after });
    return c.json({
      items: page.items.map(keySummary),
      nextCursor: page.next === undefined ? null : encodeCursor(page.next),
    });
  });

  operation(routes, KEYS, contract, {
    method: "get",
    path: `${KEYS}/{id}`,
    tags: ["keys"],
    operationId: "getKey",
    summary: "Get one API key's record",
    parameters: [keyIdParam],
    responses: { "200": { description: "The key's record.", content: json(keySummarySchema) }, ...problems(...COMMON, "forbidden", "not-found") },
  }, async (c) => {
    const admin = principalOf(c);
    requireOrgAdmin(admin);
    const { id } = parseRequestPart(keyIdParamSchema, { id: c.req.param("id") }, "path");
    const record = await store.getKey(id);
    if (!record || record.org !== admin.org) fail("not-found", "no such key");
    return c.json(keySummary(record));
  });

  operation(routes, KEYS, contract, {
    method: "delete",
    path: `${KEYS}/{id}`,
    tags: ["keys"],
    operationId: "revokeKey",
    summary: "Revoke an API key",
    description: "Idempotent: revoking a revoked key returns its record unchanged.",
    parameters: [keyIdParam],
    responses: { "200": { description: "The revoked key's record.", content: json(keySummarySchema) }, ...problems(...COMMON, "forbidden", "not-found") },
  }, async (c) => {
    const admin = principalOf(c);
    requireOrgAdmin(admin);
    const { id } = parseRequestPart(keyIdParamSchema, { id: c.req.param("id") }, "path");
    const record = await store.revokeKey(admin.org, id, deps.clock().toISOString());
    if (!record) fail("not-found", "no such key");
    return c.json(keySummary(record));
  });

  routes.all("/", methodNotAllowed(["GET", "POST"]));
  routes.all("/:id", methodNotAllowed(["GET", "DELETE"]));
  return routes;
}

