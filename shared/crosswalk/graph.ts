import { catalogItem } from "../catalog/catalogs";
import type { CatalogItem } from "../catalog/catalog-item";
import { type FrameworkId, type NamespacedId, splitNamespaced } from "../catalog/framework";
import type { CrosswalkEdge, EdgeSource } from "./edge";
import { compose, invert, type Relationship, strength } from "./relationship";

/** One hop of a path, read in the direction of travel (the relationship is inverted for inverse hops). */
export interface PathStep {
  readonly from: NamespacedId;
  readonly to: NamespacedId;
  readonly relationship: Relationship;
  readonly source: string;
  readonly direction: "forward" | "inverse";
  readonly rationale?: string;
  readonly note?: string;
}

/** An item reached from the queried id. */
export interface CrosswalkTarget {
  readonly id: NamespacedId;
  readonly framework: FrameworkId;
  readonly ref: string;
  readonly title: string;
  /** The queried item relative to this one; on a longer path, the composed (weakest) relationship. */
  readonly relationship: Relationship;
  /** The source of a one-hop result; for longer paths the sources of the hops, joined by " + ". */
  readonly source: string;
  /** Ids from the queried item to this one, both included. */
  readonly path: readonly NamespacedId[];
  readonly steps: readonly PathStep[];
}

export interface LookupOptions {
  /** Only targets in this framework. */
  readonly to?: FrameworkId;
  /** Follow paths through other frameworks (each framework visited at most once). */
  readonly transitive?: boolean;
}

interface Adjacent {
  readonly edge: CrosswalkEdge;
  readonly direction: "forward" | "inverse";
}

/**
 * The crosswalk: a directed, typed graph over namespaced ids. Every edge can be walked both
 * ways; walking it backwards inverts its relationship (subset ↔ superset).
 */
export class CrosswalkGraph {
  readonly edges: readonly CrosswalkEdge[];
  readonly sources: ReadonlyMap<string, EdgeSource>;
  private readonly outgoing = new Map<string, CrosswalkEdge[]>();
  private readonly incoming = new Map<string, CrosswalkEdge[]>();

  constructor(sources: readonly EdgeSource[], edges: readonly CrosswalkEdge[]) {
    this.sources = new Map(sources.map((s) => [s.id, s]));
    this.edges = edges;
    for (const edge of edges) {
      if (!this.sources.has(edge.source)) throw new Error(`edge ${edge.from} → ${edge.to} names unknown source ${edge.source}`);
      push(this.outgoing, edge.from, edge);
      push(this.incoming, edge.to, edge);
    }
  }

  /** Edges that start at `id`, as the source wrote them. */
  forward(id: string): readonly CrosswalkEdge[] {
    return this.outgoing.get(id) ?? [];
  }

  /** Edges that end at `id`, as the source wrote them. */
  inverse(id: string): readonly CrosswalkEdge[] {
    return this.incoming.get(id) ?? [];
  }

  /**
   * What `id` maps to in the other frameworks, whichever direction its sources wrote the edges.
   * Transitive lookups keep, per target, the path with the strongest composed relationship,
   * then the shortest, then the first in id order, so results are deterministic.
   */
  lookup(id: NamespacedId, options: LookupOptions = {}): CrosswalkTarget[] {
    const start = splitNamespaced(id);
    if (!start) return [];
    const best = new Map<string, CrosswalkTarget>();
    const walk = (at: NamespacedId, visited: ReadonlySet<FrameworkId>, steps: PathStep[], relationship: Relationship | undefined) => {
      for (const { edge, direction } of this.adjacent(at)) {
        const next = direction === "forward" ? edge.to : edge.from;
        const nextFramework = splitNamespaced(next)?.framework;
        if (!nextFramework || visited.has(nextFramework)) continue;
        const stepRelationship = direction === "forward" ? edge.relationship : invert(edge.relationship);
        const step: PathStep = {
          from: at,
          to: next,
          relationship: stepRelationship,
          source: edge.source,
          direction,
          ...(edge.rationale ? { rationale: edge.rationale } : {}),
          ...(edge.note ? { note: edge.note } : {}),
        };
        const path = [...steps, step];
        const composed = relationship ? compose(relationship, stepRelationship) : stepRelationship;
        if (!options.to || options.to === nextFramework) this.keepBest(best, id, next, composed, path);
        if (options.transitive && nextFramework !== options.to) walk(next, new Set([...visited, nextFramework]), path, composed);
      }
    };
    walk(id, new Set([start.framework]), [], undefined);
    return [...best.values()].sort(compareTargets);
  }

  private adjacent(id: string): Adjacent[] {
    return [
      ...(this.outgoing.get(id) ?? []).map((edge): Adjacent => ({ edge, direction: "forward" })),
      ...(this.incoming.get(id) ?? []).map((edge): Adjacent => ({ edge, direction: "inverse" })),
    ];
  }

  private keepBest(best: Map<string, CrosswalkTarget>, start: NamespacedId, id: NamespacedId, relationship: Relationship, steps: PathStep[]) {
    const current = best.get(id);
    const candidate = target(start, id, relationship, steps);
    if (!current || betterPath(candidate, current)) best.set(id, candidate);
  }
}

function push(map: Map<string, CrosswalkEdge[]>, key: string, edge: CrosswalkEdge) {
  const list = map.get(key);
  if (list) list.push(edge);
  else map.set(key, [edge]);
}

function target(start: NamespacedId, id: NamespacedId, relationship: Relationship, steps: PathStep[]): CrosswalkTarget {
  const { framework, ref } = splitNamespaced(id)!;
  const item: CatalogItem | undefined = catalogItem(id);
  return {
    id,
    framework,
    ref,
    title: item?.title ?? "",
    relationship,
    source: [...new Set(steps.map((s) => s.source))].join(" + "),
    path: [start, ...steps.map((s) => s.to)],
    steps,
  };
}

function betterPath(a: CrosswalkTarget, b: CrosswalkTarget): boolean {
  if (strength(a.relationship) !== strength(b.relationship)) return strength(a.relationship) > strength(b.relationship);
  if (a.steps.length !== b.steps.length) return a.steps.length < b.steps.length;
  return a.path.join(">") < b.path.join(">");
}

const FRAMEWORK_ORDER: Readonly<Record<FrameworkId, number>> = { "ai-rmf": 0, iso42001: 1, iso27001: 2, "sp800-53": 3, "iso27001-2013": 4 };

/** Framework order, then catalog-natural id order (A.5.2 before A.5.10). */
function compareTargets(a: CrosswalkTarget, b: CrosswalkTarget): number {
  return FRAMEWORK_ORDER[a.framework] - FRAMEWORK_ORDER[b.framework] || naturalCompare(a.ref, b.ref);
}

export function naturalCompare(a: string, b: string): number {
  return a.localeCompare(b, "en", { numeric: true, sensitivity: "base" });
}
