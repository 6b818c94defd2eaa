import { parse, v5 } from "uuid";

/** The RFC 4122 URL namespace. */
export const URL_NAMESPACE = "6ba7b811-9dad-11d1-80b4-00c04fd430c8";

// TextEncoder is a web-platform global in every runtime Crosswalk runs in (browsers, Node, Lambda);
// shared/ compiles without DOM types, so it is typed here by the one method used.
const encoder = new (globalThis as unknown as { TextEncoder: new () => { encode(text: string): Uint8Array } }).TextEncoder();

const parsed = new Map<string, Uint8Array>();

/**
 * A name-based version 5 UUID (RFC 4122 §4.3): the same namespace and name always give the same
 * UUID, so documents built from the same content carry the same identifiers.
 *
 * The name is encoded here rather than by `uuid`, whose string path throws on a lone surrogate;
 * TextEncoder turns one into U+FFFD, as the previous hand-written encoder did.
 *
 * @example uuidV5(URL_NAMESPACE, "https://example.com") // "4fd35a71-71ef-5a55-a9d9-aa75c889a6d0"
 */
export function uuidV5(namespace: string, name: string): string {
  let bytes = parsed.get(namespace);
  if (!bytes) {
    bytes = parse(namespace);
    // Few namespaces are ever used (one per document); `uuid` would parse the string on every call.
    if (parsed.size < 64) parsed.set(namespace, bytes);
  }
  return v5(encoder.encode(name), bytes);
}
