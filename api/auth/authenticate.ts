import type { MiddlewareHandler } from "hono";
import { fail } from "../problem";
import type { Store } from "../store/port";
import type { AppEnv } from "../env";
import { KEY_CHARACTERS, keyIdOf, MAX_KEY_LENGTH, sameHash } from "./api-key";

const BEARER = new RegExp(`^Bearer[ ]+([${KEY_CHARACTERS}]{1,${MAX_KEY_LENGTH}})[ ]*$`, "i");

/**
 * Bearer-key authentication: one consistent read of the key record, a constant-time hash
 * comparison, and a 401 (with `WWW-Authenticate`) for anything missing, unknown or revoked.
 */
export function authenticate(store: Store, hashKey: (key: string) => string): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const header = c.req.header("authorization");
    const challenge = { "www-authenticate": 'Bearer realm="crosswalk"' };
    if (!header) fail("unauthorized", "send an API key as `Authorization: Bearer <key>`", {}, challenge);
    const match = BEARER.exec(header);
    if (!match?.[1]) fail("unauthorized", "the Authorization header is not `Bearer <key>`", {}, challenge);
    const key = match[1];
    const hash = hashKey(key);
    const record = await store.getKey(keyIdOf(key, hashKey));
    if (!record || !sameHash(record.hash, hash)) fail("unauthorized", "unknown API key", {}, challenge);
    if (record.revokedAt !== null) fail("unauthorized", "this API key has been revoked", {}, challenge);
    c.set("principal", { keyId: record.id, name: record.name, org: record.org, role: record.role, teams: record.teams });
    await next();
  };
}
