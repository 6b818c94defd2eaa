import type { RouteConfig } from "@asteasolutions/zod-to-openapi";
import type { Handler, Hono } from "hono";
import type { AppEnv } from "../env";

/** Every operation of the API, as its routes declared them; the OpenAPI document is generated from it. */
export type Contract = RouteConfig[];

/** `/v1/keys/{id}` → `/v1/keys/:id`. */
export function honoPath(openApiPath: string): string {
  return openApiPath.replace(/\{(\w+)\}/g, ":$1");
}

/**
 * Declares one operation once: its contract (method, path, parameters, bodies, responses, for the
 * document) and its handler, mounted on `routes` (a sub-app mounted at `mountedAt`, written in
 * OpenAPI syntax) at the same method and path. Requests are validated by the handler itself
 * (api/http), so every failure keeps the API's problem+json shapes and body limits.
 */
export function operation(routes: Hono<AppEnv>, mountedAt: string, contract: Contract, config: RouteConfig, handler: Handler<AppEnv>): void {
  if (!config.path.startsWith(mountedAt)) throw new Error(`${config.path} is not under ${mountedAt}`);
  contract.push(config);
  routes.on(config.method.toUpperCase(), honoPath(config.path.slice(mountedAt.length)) || "/", handler);
}
