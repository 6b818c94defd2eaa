import { Hono } from "hono";
import { meSchema } from "../../shared/api/me";
import { type Contract, operation } from "../openapi/operation";
import { COMMON, json, problems } from "../openapi/responses";
import type { AppEnv } from "../env";
import { noStore } from "../http/no-store";
import { methodNotAllowed, principalOf } from "./context";

/** Who the key is: lets a client check its settings with one call. */
export function meRoutes(contract: Contract): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.use("*", noStore);
  operation(routes, "/v1/me", contract, {
    method: "get",
    path: "/v1/me",
    tags: ["meta"],
    operationId: "me",
    summary: "The calling key: org, role, teams",
    responses: { "200": { description: "The key.", content: json(meSchema) }, ...problems(...COMMON) },
  }, (c) => {
    const p = principalOf(c);
    return c.json({ keyId: p.keyId, name: p.name, org: p.org, role: p.role, teams: [...p.teams] });
  });
  routes.all("/", methodNotAllowed(["GET"]));
  return routes;
}
