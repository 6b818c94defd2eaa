import type { MiddlewareHandler } from "hono";

/**
 * `Cache-Control: no-store` on every answer of a route: a key secret, or who a key is, must
 * never sit in a browser or proxy cache. Set after the handler so problem answers carry it too.
 */
export const noStore: MiddlewareHandler = async (c, next) => {
  await next();
  c.header("cache-control", "no-store");
};
