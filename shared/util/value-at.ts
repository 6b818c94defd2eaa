/** The value at a path of keys inside a parsed record (`["suggestions", "accepted"]`), or undefined. */
export function valueAt(record: unknown, path: readonly string[]): unknown {
  let at = record;
  for (const key of path) {
    if (at === null || typeof at !== "object") return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}
