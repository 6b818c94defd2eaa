import { catalogItem } from "../catalog/catalogs";
import { type NamespacedId, namespaced } from "../catalog/framework";
import editionsData from "./data/iso27001-2013-iso27001.json";
import supplementData from "./data/iso27001-2013-iso27001.supplement.json";
import { isRelationship, type Relationship } from "./relationship";

/** Where a 2013 clause or control went in ISO/IEC 27001:2022. */
export interface Iso27001Successor {
  readonly id: NamespacedId;
  readonly ref: string;
  readonly title: string;
  /** The 2013 item relative to the 2022 item: `equal`, `subset` (2022 asks more), `superset`, `intersect`. */
  readonly relationship: Relationship;
}

let successors: ReadonlyMap<string, readonly Iso27001Successor[]> | undefined;

function index(): ReadonlyMap<string, readonly Iso27001Successor[]> {
  if (successors) return successors;
  const map = new Map<string, Iso27001Successor[]>();
  // The packaged correspondence first, then the nine controls it leaves out, placed by this project.
  for (const edge of [...editionsData.edges, ...supplementData.edges]) {
    if (!isRelationship(edge.relationship)) throw new Error(`27001 editions: bad relationship ${edge.relationship}`);
    const ref = edge.to.slice(edge.to.indexOf(":") + 1);
    const id = namespaced("iso27001", ref);
    const list = map.get(edge.from) ?? [];
    list.push({ id, ref, title: catalogItem(id)?.title ?? "", relationship: edge.relationship });
    map.set(edge.from, list);
  }
  successors = map;
  return map;
}

/**
 * The ISO/IEC 27001:2022 items a 2013 clause or Annex A control corresponds to, from the shipped
 * correspondence (ids and relationship types only). Accepts `ISO27001-2013:A.12.4.1` or the bare
 * `A.12.4.1`; an id the correspondence does not list gives an empty list.
 *
 * @example iso27001SuccessorsOf("A.12.4.1") // [{ id: "ISO27001:A.8.15", relationship: "subset", … }]
 */
export function iso27001SuccessorsOf(id2013: string): readonly Iso27001Successor[] {
  const key = id2013.startsWith("ISO27001-2013:") ? id2013 : namespaced("iso27001-2013", id2013.trim());
  return index().get(key) ?? [];
}
