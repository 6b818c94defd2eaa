import { FRAMEWORKS, type FrameworkId } from "./framework";
import { itemsOf } from "./catalogs";
import type { ItemKind } from "./catalog-item";

/** Plural names for the counts `crosswalk catalog stats` prints. */
const PLURAL: Readonly<Record<ItemKind, string>> = {
  function: "functions",
  category: "categories",
  subcategory: "subcategories",
  clause: "clauses",
  objective: "objectives",
  theme: "themes",
  family: "families",
  control: "controls",
};

/** Items per kind for each framework, e.g. `{ "ai-rmf": { functions: 4, categories: 19, subcategories: 72 } }`. */
export function catalogCounts(): Record<FrameworkId, Record<string, number>> {
  const out = {} as Record<FrameworkId, Record<string, number>>;
  for (const framework of FRAMEWORKS) {
    const counts: Record<string, number> = {};
    for (const item of itemsOf(framework)) {
      const key = PLURAL[item.kind];
      counts[key] = (counts[key] ?? 0) + 1;
    }
    out[framework] = counts;
  }
  return out;
}
