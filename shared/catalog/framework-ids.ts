/**
 * The importer's and validator's door to the id parser and the catalogs, so that the rest of
 * the code depends on three small functions rather than on how `shared/ids/` and
 * `shared/catalog/` are shaped.
 */
import { catalogItem, itemsOf } from "./catalogs";
import { type FrameworkId, type NamespacedId, namespaced } from "./framework";
import { type IdParseResult, parseId } from "../ids/parse";

export type { IdParseResult };

/** Reads one id of `framework` (a column's framework), forgiving about spelling; never throws. */
export function parseFrameworkId(input: unknown, framework: FrameworkId): IdParseResult {
  return parseId(input, { framework });
}

/**
 * A well-formed id that is not in the catalog ("A.5.99") is kept under its framework's prefix,
 * as typed, so validation can report it with a suggestion instead of the import dropping it.
 */
export function keepUnknownId(text: string, framework: FrameworkId): NamespacedId {
  return namespaced(framework, text.trim().replace(/\s+/g, " "));
}

/** The controls a Statement of Applicability must list for `framework` (Annex A), in order. */
export function requiredControls(framework: FrameworkId): readonly NamespacedId[] {
  if (framework === "iso42001") return itemsOf("iso42001", "control").map((item) => item.id);
  if (framework === "iso27001") return itemsOf("iso27001", "control").filter((i) => i.ref.startsWith("A.")).map((item) => item.id);
  return [];
}

/** Whether a namespaced id exists in its framework's catalog. */
export function idExists(id: string): boolean {
  return catalogItem(id) !== undefined;
}
