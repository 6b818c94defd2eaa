import { sha1, utf8 } from "./sha1";

/** The RFC 4122 URL namespace. */
export const URL_NAMESPACE = "6ba7b811-9dad-11d1-80b4-00c04fd430c8";

function parseUuid(uuid: string): Uint8Array {
  const hex = uuid.replace(/-/g, "");
  if (!/^[0-9a-fA-F]{32}$/.test(hex)) throw new RangeError(`not a UUID: ${uuid}`);
  const bytes = new Uint8Array(16);
  for (let i = 0; i < 16; i += 1) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, "0"));
const parsed = new Map<string, Uint8Array>();

function formatUuid(bytes: Uint8Array): string {
  let hex = "";
  for (let i = 0; i < 16; i += 1) hex += HEX[bytes[i]!];
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/**
 * A name-based version 5 UUID (RFC 4122 §4.3): the same namespace and name always give the same
 * UUID, so documents built from the same content carry the same identifiers.
 *
 * @example uuidV5(URL_NAMESPACE, "https://example.com") // "4fd35a71-71ef-5a55-a9d9-aa75c889a6d0"
 */
export function uuidV5(namespace: string, name: string): string {
  let ns = parsed.get(namespace);
  if (!ns) {
    ns = parseUuid(namespace);
    // Few namespaces are ever used; keep them parsed.
    if (parsed.size < 64) parsed.set(namespace, ns);
  }
  const data = utf8(name);
  const input = new Uint8Array(ns.length + data.length);
  input.set(ns);
  input.set(data, ns.length);
  const hash = sha1(input).slice(0, 16);
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  return formatUuid(hash);
}
