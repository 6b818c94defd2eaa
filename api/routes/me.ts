import { Hono } from "hono";
import type { AppEnv } from "../env";
import { methodNotAllowed, principalOf } from "./context";

/** Who the key is: lets a client check its settings with one call. */
export function meRoutes(): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get("/", (c) => {
    const p = principalOf(c);
    return c.json({ keyId: p.keyId, name: p.name, org: p.org, role: p.role, teams: [...p.teams] });
  });
  routes.all("/", methodNotAllowed(["GET"]));
  return routes;
}
