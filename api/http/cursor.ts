import type { z } from "zod";
import { fail } from "../problem";

/**
 * Page cursors are opaque to clients: base64url JSON of where the last page ended, validated on
 * the way back in and always combined with the caller's own org, so a forged cursor can at worst
 * skip ahead within what the caller may already read.
 */
export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value), "utf8").toString("base64url");
}

export function decodeCursor<S extends z.ZodType>(schema: S, cursor: string): z.output<S> {
  let parsed: unknown;
  try {
    if (!/^[A-Za-z0-9_-]{1,512}$/.test(cursor)) throw new Error("bad alphabet");
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    parsed = undefined;
  }
  const result = schema.safeParse(parsed);
  if (!result.success) {
    fail("invalid-request", "the cursor is not one this API issued", {
      errors: [{ in: "query", pointer: "cursor", message: "not a valid cursor" }],
    });
  }
  return result.data;
}
