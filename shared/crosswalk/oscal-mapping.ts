import { CROSSWALK_OSCAL_NS, OSCAL_EXPORT_VERSION, oscalCatalogHref, oscalId } from "../catalog/oscal-catalog";
import { FRAMEWORK_NAME, type FrameworkId, splitNamespaced } from "../catalog/framework";
import type { OscalMetadata } from "../util/oscal-metadata";
import { URL_NAMESPACE, uuidV5 } from "../util/uuid";
import type { CrosswalkEdge, EdgeSource } from "./edge";
import type { CrosswalkGraph } from "./graph";
import { invert, type Relationship } from "./relationship";

/** OSCAL 1.2's relationship tokens (IR 8477 set theory), as the mapping model allows them. */
export const OSCAL_RELATIONSHIPS = ["equivalent-to", "equal-to", "subset-of", "superset-of", "intersects-with", "no-relationship"] as const;

/**
 * Crosswalk's relationship as an OSCAL token. `equal` is `equal-to` (the same requirement, not
 * merely equivalent in effect). `related` — an untyped source's pair, asserted without saying how
 * the two overlap — has no OSCAL token that would not claim too much (`intersects-with`) or deny
 * the pair (`no-relationship`), so it stays `related`, qualified by Crosswalk's namespace.
 */
export function oscalRelationship(r: Relationship): { relationship: string; ns?: string } {
  switch (r) {
    case "equal":
      return { relationship: "equal-to" };
    case "subset":
      return { relationship: "subset-of" };
    case "superset":
      return { relationship: "superset-of" };
    case "intersect":
      return { relationship: "intersects-with" };
    case "related":
      return { relationship: "related", ns: CROSSWALK_OSCAL_NS };
  }
}

interface MappingItem {
  readonly type: "control";
  readonly "id-ref": string;
}
export interface OscalMap {
  readonly uuid: string;
  readonly relationship: string;
  readonly ns?: string;
  readonly sources: readonly MappingItem[];
  readonly targets: readonly MappingItem[];
  readonly remarks?: string;
}
export interface OscalMapping {
  readonly uuid: string;
  readonly method: "human" | "automation" | "hybrid";
  readonly "matching-rationale": "syntactic" | "semantic" | "functional";
  readonly status: "complete" | "not-complete" | "draft" | "deprecated" | "superseded";
  readonly "mapping-description": string;
  readonly "source-resource": { readonly type: "catalog"; readonly href: string; readonly remarks: string };
  readonly "target-resource": { readonly type: "catalog"; readonly href: string; readonly remarks: string };
  readonly props: readonly { readonly name: string; readonly value: string; readonly ns: string }[];
  readonly maps: readonly OscalMap[];
  readonly remarks?: string;
}
export interface OscalMappingCollection {
  readonly "mapping-collection": {
    readonly uuid: string;
    readonly metadata: OscalMetadata;
    readonly provenance: { readonly method: "hybrid"; readonly "matching-rationale": "semantic"; readonly status: "complete"; readonly "mapping-description": string };
    readonly mappings: readonly OscalMapping[];
  };
}

export interface MappingExportOptions {
  readonly from?: FrameworkId;
  readonly to?: FrameworkId;
  /** The document's last-modified time (shared code has no clock). */
  readonly lastModified: string;
}

/** An edge read in the asked direction, or nothing when it does not join the asked frameworks. */
function oriented(edge: CrosswalkEdge, from: FrameworkId | undefined, to: FrameworkId | undefined): { from: string; to: string; relationship: Relationship; a: FrameworkId; b: FrameworkId } | undefined {
  const a = splitNamespaced(edge.from)?.framework;
  const b = splitNamespaced(edge.to)?.framework;
  if (!a || !b) return undefined;
  const fits = (x: FrameworkId, y: FrameworkId) => (!from || x === from) && (!to || y === to);
  if (fits(a, b)) return { from: edge.from, to: edge.to, relationship: edge.relationship, a, b };
  if (fits(b, a)) return { from: edge.to, to: edge.from, relationship: invert(edge.relationship), a: b, b: a };
  return undefined;
}

function provenanceOf(source: EdgeSource): Pick<OscalMapping, "method" | "matching-rationale" | "status"> {
  // Published crosswalks were made by people; this project's own mappings too. All are semantic
  // (by meaning), except the edition correspondence, which follows renumbering (syntactic).
  return { method: "human", "matching-rationale": source.id === "iso27001-2013-to-2022" ? "syntactic" : "semantic", status: "complete" };
}

/**
 * The crosswalk as an OSCAL 1.2 mapping-collection: one mapping per source and direction, with
 * that source's provenance (title, edition, URL, whether this project authored it), one map per
 * edge. Ids resolve in the OSCAL catalogs `catalog export --format oscal-catalog` writes (and, for
 * SP 800-53, in NIST's catalog). With `from`/`to`, only the edges between those frameworks, turned
 * round (relationship inverted) where the source wrote them the other way.
 */
export function oscalMappingCollection(graph: CrosswalkGraph, options: MappingExportOptions): OscalMappingCollection {
  const groups = new Map<string, { source: EdgeSource; a: FrameworkId; b: FrameworkId; maps: OscalMap[] }>();
  for (const edge of graph.edges) {
    const o = oriented(edge, options.from, options.to);
    const source = graph.sources.get(edge.source);
    if (!o || !source) continue;
    const key = `${source.id}|${o.a}|${o.b}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { source, a: o.a, b: o.b, maps: [] }));
    const remarks = [edge.rationale, edge.note].filter((x): x is string => Boolean(x)).join(" ");
    group.maps.push({
      uuid: uuidV5(URL_NAMESPACE, `${CROSSWALK_OSCAL_NS}/map/${source.id}/${o.from}/${o.to}`),
      ...oscalRelationship(o.relationship),
      sources: [{ type: "control", "id-ref": oscalId(o.from) }],
      targets: [{ type: "control", "id-ref": oscalId(o.to) }],
      ...(remarks ? { remarks } : {}),
    });
  }
  const mappings = [...groups.values()].map(({ source, a, b, maps }): OscalMapping => ({
    uuid: uuidV5(URL_NAMESPACE, `${CROSSWALK_OSCAL_NS}/mapping/${source.id}/${a}/${b}`),
    ...provenanceOf(source),
    "mapping-description": `${source.title}${source.edition ? `, ${source.edition}` : ""}: ${FRAMEWORK_NAME[a]} to ${FRAMEWORK_NAME[b]}.${source.note ? ` ${source.note}` : ""}`,
    "source-resource": { type: "catalog", href: oscalCatalogHref(a), remarks: FRAMEWORK_NAME[a] },
    "target-resource": { type: "catalog", href: oscalCatalogHref(b), remarks: FRAMEWORK_NAME[b] },
    props: [
      { name: "source-id", value: source.id, ns: CROSSWALK_OSCAL_NS },
      { name: "authored-here", value: String(source.authoredHere), ns: CROSSWALK_OSCAL_NS },
      ...(source.url ? [{ name: "source-url", value: source.url, ns: CROSSWALK_OSCAL_NS }] : []),
    ],
    maps,
  }));
  const scope = `${options.from ? FRAMEWORK_NAME[options.from] : "every framework"} to ${options.to ? FRAMEWORK_NAME[options.to] : "every framework"}`;
  return {
    "mapping-collection": {
      uuid: uuidV5(URL_NAMESPACE, `${CROSSWALK_OSCAL_NS}/mapping-collection/${options.from ?? "*"}/${options.to ?? "*"}/${graph.edges.length}`),
      metadata: {
        title: `Crosswalk mappings: ${scope}`,
        "last-modified": options.lastModified,
        version: [...new Set(mappings.map((m) => m.props[0]!.value))].join(" + ") || "empty",
        "oscal-version": OSCAL_EXPORT_VERSION,
        remarks: "Each mapping is one source's edges in one direction, with that source's provenance. The relationship reads: the source control is <relationship> the target control. `related` (namespace https://crosswalk.dev/ns/oscal) marks an untyped source's pair: asserted, with no claim how the two overlap.",
      },
      provenance: {
        method: "hybrid",
        "matching-rationale": "semantic",
        status: "complete",
        "mapping-description": "The crosswalk Crosswalk ships: published mappings kept as their authors wrote them, and mappings authored by this project (authored-here = true), each edge with its rationale in remarks.",
      },
      mappings,
    },
  };
}
