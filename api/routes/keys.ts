import { Hono } from "hono";
import * as z from "zod";
import { keyIdOf } from "../auth/api-key";
import type { ResolvedDeps } from "../deps";
import type { AppEnv } from "../env";
import { decodeCursor, encodeCursor } from "../http/cursor";
import { readJsonBody } from "../http/json-body";
import { parseBody, parseRequestPart } from "../http/validate";
import { fail } from "../problem";
import { limitSchema } from "../../shared/api/ids";
import { createKeyRequestSchema } from "../../shared/api/key";
import { keySummary } from "./key-summary";
import type { KeyRecord } from "../store/port";
import { methodNotAllowed, principalOf, requireOrgAdmin } from "./context";

const keyIdParamSchema = z.object({ id: z.string().regex(/^[a-z0-9]{16}$/, "not a key id") });
const listQuerySchema = z.object({ limit: limitSchema.optional(), cursor: z.string().optional() });
const keyCursorSchema = z.object({ createdAt: z.string().max(40), id: z.string().regex(/^[a-z0-9]{16}$/) });

/** API keys of the caller's org, mounted at /v1/keys. Every route needs an org-admin key. */
export function keyRoutes(deps: ResolvedDeps): Hono<AppEnv> {
  const { store, limits } = deps;
  const routes = new Hono<AppEnv>();

  routes.post("/", async (c) => {
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

  routes.get("/", async (c) => {
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

  routes.get("/:id", async (c) => {
    const admin = principalOf(c);
    requireOrgAdmin(admin);
    const { id } = parseRequestPart(keyIdParamSchema, { id: c.req.param("id") }, "path");
    const record = await store.getKey(id);
    if (!record || record.org !== admin.org) fail("not-found", "no such key");
    return c.json(keySummary(record));
  });

  routes.delete("/:id", async (c) => {
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

