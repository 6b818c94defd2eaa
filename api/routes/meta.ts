import { Hono } from "hono";
import type { ResolvedDeps } from "../deps";
import type { AppEnv } from "../env";
import { docsPage } from "../openapi/docs-page";
import { openApiDocument } from "../openapi/document";
import { methodNotAllowed } from "./context";

/** Routes that need no key: the index, health, the OpenAPI document and the docs page. */
export function metaRoutes(deps: ResolvedDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  const document = openApiDocument(deps.limits);
  const page = docsPage(document);

  routes.get("/", (c) => c.json({ name: "Crosswalk API", docs: "/docs", openapi: "/v1/openapi.json" }));
  routes.get("/v1/health", (c) => c.json({ status: "ok" }));
  routes.get("/v1/openapi.json", (c) => c.json(document));
  routes.get("/docs", (c) =>
    c.html(page, 200, {
      "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'",
    }),
  );
  for (const path of ["/", "/v1/health", "/v1/openapi.json", "/docs"]) routes.all(path, methodNotAllowed(["GET"]));
  return routes;
}
