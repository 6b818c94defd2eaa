import { fail } from "../problem";

export interface BodyLimits {
  /** Largest body accepted, in bytes. */
  readonly maxBodyBytes: number;
  /** Deepest nesting of arrays and objects accepted. */
  readonly maxJsonDepth: number;
}

export interface JsonBody {
  /** The body exactly as received. */
  readonly bytes: Uint8Array;
  readonly value: unknown;
}

/** `application/json`, optionally with `charset=utf-8`; nothing else. */
export function isJsonMediaType(header: string | undefined): boolean {
  if (!header) return false;
  const [type = "", ...params] = header.split(";").map((part) => part.trim().toLowerCase());
  if (type !== "application/json") return false;
  return params.every((p) => p === "" || p.replace(/\s+/g, "") === "charset=utf-8" || p.replace(/\s+/g, "") === 'charset="utf-8"');
}

/**
 * Reads and parses a JSON request body defensively: media type, size (declared and actual),
 * UTF-8, nesting depth before parsing, JSON syntax, and `__proto__` keys — each failure a
 * 4xx problem, never an exception that escapes as a 500.
 */
export async function readJsonBody(request: Request, limits: BodyLimits): Promise<JsonBody> {
  if (!isJsonMediaType(request.headers.get("content-type") ?? undefined)) {
    fail("unsupported-media-type", "send the body as Content-Type: application/json (UTF-8)", {}, { accept: "application/json" });
  }
  const declared = request.headers.get("content-length");
  if (declared !== null && Number(declared) > limits.maxBodyBytes) {
    fail("payload-too-large", `the body is ${declared} bytes; the limit is ${limits.maxBodyBytes}`, { limit: limits.maxBodyBytes });
  }
  const bytes = await readCapped(request, limits.maxBodyBytes);
  if (bytes.length === 0) fail("malformed-json", "the body is empty");

  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    fail("malformed-json", "the body is not valid UTF-8");
  }
  if (text.charCodeAt(0) === 0xfeff) fail("malformed-json", "the body starts with a byte order mark; send plain UTF-8");

  const depth = maxDepth(text, limits.maxJsonDepth);
  if (depth > limits.maxJsonDepth) {
    fail("nesting-too-deep", `arrays and objects nest more than ${limits.maxJsonDepth} levels deep`, { limit: limits.maxJsonDepth });
  }

  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : "invalid JSON";
    fail("malformed-json", `the body is not valid JSON: ${reason}`);
  }

  const pointer = findProtoKey(value);
  if (pointer !== undefined) {
    fail("forbidden-property", "`__proto__` is not allowed as a property name", {
      errors: [{ in: "body", pointer, message: "`__proto__` is not allowed as a property name" }],
    });
  }
  return { bytes, value };
}

async function readCapped(request: Request, max: number): Promise<Uint8Array> {
  const stream = request.body;
  if (!stream) return new Uint8Array(0);
  const reader = stream.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > max) {
      await reader.cancel().catch(() => undefined);
      fail("payload-too-large", `the body exceeds the limit of ${max} bytes`, { limit: max });
    }
    parts.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  return bytes;
}

/** Deepest nesting in a JSON text, stopping early once past `stopAt` (strings are skipped). */
export function maxDepth(text: string, stopAt: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c) i++; // backslash: skip the escaped character
      else if (ch === 0x22) inString = false;
    } else if (ch === 0x22) {
      inString = true;
    } else if (ch === 0x5b || ch === 0x7b) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > stopAt) return deepest;
      }
    } else if (ch === 0x5d || ch === 0x7d) {
      depth--;
    }
  }
  return deepest;
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

/** JSON Pointer of the first `__proto__` key, if any (iterative: depth is already bounded). */
export function findProtoKey(root: unknown): string | undefined {
  const stack: Array<{ value: unknown; pointer: string }> = [{ value: root, pointer: "" }];
  while (stack.length > 0) {
    const { value, pointer } = stack.pop() as { value: unknown; pointer: string };
    if (typeof value !== "object" || value === null) continue;
    if (Array.isArray(value)) {
      value.forEach((item, i) => stack.push({ value: item, pointer: `${pointer}/${i}` }));
      continue;
    }
    for (const key of Object.keys(value)) {
      const child = `${pointer}/${escapePointer(key)}`;
      if (key === "__proto__") return child;
      stack.push({ value: (value as Record<string, unknown>)[key], pointer: child });
    }
  }
  return undefined;
}

export { escapePointer };
