import { iso42001AnnexAControls, itemsOf } from "../catalog/catalogs";
import type { CatalogItem } from "../catalog/catalog-item";
import { assessableItems, coverage } from "../crosswalk/coverage";
import { defaultCrosswalk } from "../crosswalk/default-graph";
import type { Relationship } from "../crosswalk/relationship";
import { strength } from "../crosswalk/relationship";

/** One crosswalk target of an item, with the relationship of the best path to it. */
export interface Reach {
  readonly index: number;
  readonly relationship: Relationship;
}

/**
 * Everything the report needs from the catalogs and the crosswalk, computed once per process:
 * ordered item lists, id → position maps, and per-item crosswalk reach. Building the report then
 * never walks the graph per risk or per team (200 teams × 38 controls would mean 7,600 walks).
 */
export interface CatalogIndex {
  readonly functions: readonly CatalogItem[];
  readonly categories: readonly CatalogItem[];
  readonly subcategories: readonly CatalogItem[];
  readonly subcategoryIndex: ReadonlyMap<string, number>;
  /** Per subcategory: its function's position in `functions` and its category's in `categories`. */
  readonly functionOf: readonly number[];
  readonly categoryOf: readonly number[];
  /** Any AI RMF id (function, category, subcategory) → its function's position. */
  readonly aiRmfFunctionOf: ReadonlyMap<string, number>;
  readonly annexA: readonly CatalogItem[];
  readonly annexAIndex: ReadonlyMap<string, number>;
  /** ISO/IEC 42001 clauses by id (all levels). */
  readonly iso42001Clauses: ReadonlyMap<string, CatalogItem>;
  /** Per Annex A control: the AI RMF subcategories the crosswalk says it supports. */
  readonly controlToSubcategories: readonly (readonly Reach[])[];
  /** Assessable ISO/IEC 27001 items: leaf clauses, then Annex A controls. */
  readonly iso27001Items: readonly CatalogItem[];
  readonly iso27001Index: ReadonlyMap<string, number>;
  /** ISO/IEC 42001 id (clause or control) → the ISO/IEC 27001 items it gives evidence for. */
  readonly iso42001To27001: ReadonlyMap<string, readonly Reach[]>;
}

let cached: CatalogIndex | undefined;

export function catalogIndex(): CatalogIndex {
  cached ??= buildIndex();
  return cached;
}

function positions(items: readonly CatalogItem[]): Map<string, number> {
  return new Map(items.map((item, index) => [item.id, index]));
}

function buildIndex(): CatalogIndex {
  const graph = defaultCrosswalk();
  const functions = itemsOf("ai-rmf", "function");
  const categories = itemsOf("ai-rmf", "category");
  const subcategories = itemsOf("ai-rmf", "subcategory");
  const functionIndex = positions(functions);
  const categoryIndex = positions(categories);
  const subcategoryIndex = positions(subcategories);
  const categoryOf = subcategories.map((s) => categoryIndex.get(s.parent ?? "") ?? -1);
  const functionOf = categoryOf.map((c) => functionIndex.get(categories[c]?.parent ?? "") ?? -1);
  const aiRmfFunctionOf = new Map<string, number>();
  functions.forEach((f, index) => aiRmfFunctionOf.set(f.id, index));
  categories.forEach((c) => aiRmfFunctionOf.set(c.id, functionIndex.get(c.parent ?? "") ?? -1));
  subcategories.forEach((s, index) => aiRmfFunctionOf.set(s.id, functionOf[index] ?? -1));

  const annexA = iso42001AnnexAControls();
  const controlToSubcategories = annexA.map((control) =>
    inCatalogOrder(coverage(graph, [control.id], "ai-rmf").covered.map((item) => ({ index: subcategoryIndex.get(item.id) ?? -1, relationship: item.supportedBy[0]?.relationship ?? "related" }))),
  );

  const iso27001Assessable = assessableItems("iso27001");
  const iso27001Items = [...iso27001Assessable.filter((i) => i.kind === "clause"), ...iso27001Assessable.filter((i) => i.kind === "control")];
  const iso27001Index = positions(iso27001Items);
  const iso42001To27001 = new Map<string, readonly Reach[]>();
  for (const item of itemsOf("iso42001")) {
    const reached = coverage(graph, [item.id], "iso27001").covered
      .filter((c) => iso27001Index.has(c.id))
      .map((c) => ({ index: iso27001Index.get(c.id) ?? -1, relationship: c.supportedBy[0]?.relationship ?? "related" }));
    if (reached.length > 0) iso42001To27001.set(item.id, inCatalogOrder(reached));
  }

  return {
    functions,
    categories,
    subcategories,
    subcategoryIndex,
    functionOf,
    categoryOf,
    aiRmfFunctionOf,
    annexA,
    annexAIndex: positions(annexA),
    iso42001Clauses: new Map(itemsOf("iso42001", "clause").map((c) => [c.id, c])),
    controlToSubcategories,
    iso27001Items,
    iso27001Index,
    iso42001To27001,
  };
}

function inCatalogOrder(reaches: Reach[]): Reach[] {
  return reaches.filter((r) => r.index >= 0).sort((a, b) => a.index - b.index || strength(b.relationship) - strength(a.relationship));
}
