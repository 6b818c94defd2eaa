import { Hono } from "hono";
import type { ResolvedDeps } from "../deps";
import type { AppEnv } from "../env";
import { docsPage } from "../openapi/docs-page";
import { openApiDocument } from "../openapi/document";
import { type Contract, operation } from "../openapi/operation";
import { json, problems } from "../openapi/responses";
import { StoreUnavailableError } from "../store/port";
import * as z from "zod";
import { methodNotAllowed } from "./context";

/** A well-formed key id that is never issued in practice (ids are random); only the read matters. */
const READINESS_PROBE_KEY_ID = "0000000000000000";

/**
 * Routes that need no key: the index, health, readiness, the OpenAPI document and the docs page. The document
 * is generated, on first request, from `contract`: every operation the app has declared by then.
 */
export function metaRoutes(deps: ResolvedDeps, contract: Contract): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  let generated: { document: Record<string, unknown>; page: string } | undefined;
  const docs = () => {
    if (!generated) {
      const document = openApiDocument(contract, deps.limits);
      generated = { document, page: docsPage(document) };
    }
    return generated;
  };

  routes.get("/", (c) => c.json({ name: "Crosswalk API", docs: "/docs", openapi: "/v1/openapi.json" }));
  operation(routes, "", contract, {
    method: "get",
    path: "/v1/health",
    tags: ["meta"],
    operationId: "health",
    summary: "Liveness (no key needed; does not touch storage)",
    security: [],
    responses: { "200": { description: "Up.", content: json(z.object({ status: z.literal("ok") })) } },
  }, (c) => c.json({ status: "ok" }));
  operation(routes, "", contract, {
    method: "get",
    path: "/v1/ready",
    tags: ["meta"],
    operationId: "ready",
    summary: "Readiness (no key needed): the store answers a cheap read within its deadline",
    security: [],
    responses: {
      "200": { description: "Ready: the store answered.", content: json(z.object({ status: z.literal("ready") })) },
      ...problems("store-unavailable"),
    },
  }, async (c) => {
    try {
      // One key lookup by primary key: the cheapest read every store has. Its answer is irrelevant.
      await deps.store.getKey(READINESS_PROBE_KEY_ID);
    } catch (error) {
      // Any failure means not ready; the error handler logs it and answers 503 with Retry-After.
      throw error instanceof StoreUnavailableError ? error : new StoreUnavailableError("readiness probe failed", { cause: error });
    }
    return c.json({ status: "ready" }, 200, { "cache-control": "no-store" });
  });
  operation(routes, "", contract, {
    method: "get",
    path: "/v1/openapi.json",
    tags: ["meta"],
    operationId: "openapi",
    summary: "This document (no key needed)",
    security: [],
    responses: { "200": { description: "OpenAPI 3.1 document.", content: json({ type: "object" }) } },
  }, (c) => c.json(docs().document));
  routes.get("/docs", (c) =>
    c.html(docs().page, 200, {
      "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'",
    }),
  );
  for (const path of ["/", "/v1/health", "/v1/ready", "/v1/openapi.json", "/docs"]) routes.all(path, methodNotAllowed(["GET"]));
  return routes;
}
