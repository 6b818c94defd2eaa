import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * API keys look like `cwk_<id>_<secret>`: a visible prefix, a 16-character id that names the
 * stored record (so checking a key is one read), and 32 random bytes. Only the SHA-256 of the
 * whole key is stored — a fast hash is enough because the key itself is high-entropy.
 */
const KEY_PREFIX = "cwk_";
const KEY_PATTERN = /^cwk_([a-z0-9]{16})_[A-Za-z0-9_-]{43}$/;
const ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

/**
 * What a bearer key may be, as the authenticator reads it (RFC 6750's token68 characters, at most
 * 256 of them). One rule for every key: one an operator supplies must pass it too, or it could
 * never log in.
 */
export const KEY_CHARACTERS = "A-Za-z0-9._~+/=-";
export const MAX_KEY_LENGTH = 256;
const PRESENTABLE_KEY = new RegExp(`^[${KEY_CHARACTERS}]{1,${MAX_KEY_LENGTH}}$`);

export function isPresentableKey(key: string): boolean {
  return PRESENTABLE_KEY.test(key);
}

export function generateApiKey(random: (size: number) => Uint8Array = randomBytes): string {
  const idBytes = random(16);
  let id = "";
  for (const byte of idBytes) id += ID_ALPHABET[byte % ID_ALPHABET.length];
  const secret = Buffer.from(random(32)).toString("base64url");
  return `${KEY_PREFIX}${id}_${secret}`;
}

export function hashApiKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

/**
 * The record id a presented key would be stored under. Keys in our format carry it; any other
 * string (a bootstrap key chosen by an operator) gets one derived from its hash.
 */
export function keyIdOf(key: string, hash: (key: string) => string = hashApiKey): string {
  const match = KEY_PATTERN.exec(key);
  return match?.[1] ?? `h${hash(key).slice(0, 15)}`;
}

/** What a key list shows so people can tell keys apart without seeing them. */
export function keyDisplayPrefix(id: string): string {
  return id.startsWith("h") && id.length === 16 ? `(operator-supplied key ${id})` : `${KEY_PREFIX}${id}_…`;
}

export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, "utf8");
  const right = Buffer.from(b, "utf8");
  return left.length === right.length && timingSafeEqual(left, right);
}
