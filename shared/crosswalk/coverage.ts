import { itemsOf } from "../catalog/catalogs";
import type { CatalogItem } from "../catalog/catalog-item";
import { type FrameworkId, type NamespacedId, splitNamespaced } from "../catalog/framework";
import type { CrosswalkGraph, CrosswalkTarget } from "./graph";
import { type Relationship, strength } from "./relationship";

/** One implemented item that gives evidence for a target item, and how. */
export interface Support {
  readonly by: NamespacedId;
  readonly relationship: Relationship;
  readonly path: readonly NamespacedId[];
  readonly source: string;
}

export interface CoveredItem {
  readonly id: NamespacedId;
  readonly title: string;
  /** Every implemented item that supports this one, strongest first. Counted once however long. */
  readonly supportedBy: readonly Support[];
}

export interface CoverageResult {
  readonly framework: FrameworkId;
  /** Assessable items of the framework (subcategories, leaf clauses, controls). */
  readonly total: number;
  readonly covered: readonly CoveredItem[];
  readonly uncovered: readonly NamespacedId[];
  /** Implemented ids that lead nowhere in this framework (unknown, or unmapped). */
  readonly unused: readonly NamespacedId[];
}

export interface CoverageOptions {
  readonly transitive?: boolean;
}

/**
 * Which items of `framework` have supporting evidence because the `implemented` items are in
 * place (e.g. implemented ISO 42001 controls → AI RMF subcategories). Many-to-many: a target
 * supported by three controls is one covered target with three supports, never three; an
 * implemented id listed twice counts once. An implemented item of the framework itself
 * covers itself.
 */
export function coverage(
  graph: CrosswalkGraph,
  implemented: Iterable<string>,
  framework: FrameworkId,
  options: CoverageOptions = {},
): CoverageResult {
  const assessable = assessableItems(framework);
  const assessableIds = new Set<string>(assessable.map((i) => i.id));
  const supports = new Map<string, Map<string, Support>>();
  const unused: NamespacedId[] = [];
  const add = (target: string, support: Support) => {
    let bySource = supports.get(target);
    if (!bySource) supports.set(target, (bySource = new Map()));
    const existing = bySource.get(support.by);
    if (!existing || strength(support.relationship) > strength(existing.relationship)) bySource.set(support.by, support);
  };

  for (const id of new Set(implemented)) {
    const split = splitNamespaced(id);
    if (!split) {
      unused.push(id as NamespacedId);
      continue;
    }
    const nsId = id as NamespacedId;
    let used = false;
    if (split.framework === framework && assessableIds.has(id)) {
      add(id, { by: nsId, relationship: "equal", path: [nsId], source: "implemented" });
      used = true;
    }
    const reached: CrosswalkTarget[] = graph.lookup(nsId, { to: framework, ...(options.transitive ? { transitive: true } : {}) });
    for (const t of reached) {
      if (!assessableIds.has(t.id)) continue;
      add(t.id, { by: nsId, relationship: t.relationship, path: t.path, source: t.source });
      used = true;
    }
    if (!used) unused.push(nsId);
  }

  const covered: CoveredItem[] = [];
  const uncovered: NamespacedId[] = [];
  for (const item of assessable) {
    const found = supports.get(item.id);
    if (!found) {
      uncovered.push(item.id);
      continue;
    }
    const supportedBy = [...found.values()].sort(
      (a, b) => strength(b.relationship) - strength(a.relationship) || a.by.localeCompare(b.by, "en", { numeric: true }),
    );
    covered.push({ id: item.id, title: item.title, supportedBy });
  }
  return { framework, total: assessable.length, covered, uncovered, unused };
}

/** Items one can be assessed against: those no other item of the framework names as parent. */
export function assessableItems(framework: FrameworkId): readonly CatalogItem[] {
  const items = itemsOf(framework);
  const parents = new Set(items.map((i) => i.parent).filter(Boolean));
  return items.filter((i) => !parents.has(i.id) && i.kind !== "function" && i.kind !== "family");
}
