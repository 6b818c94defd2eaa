import type { CatalogItem } from "./catalog-item";
import { itemsOf } from "./catalogs";
import { FRAMEWORK_NAME, type FrameworkId } from "./framework";
import type { OscalMetadata, OscalProperty } from "../util/oscal-metadata";
import { URL_NAMESPACE, uuidV5 } from "../util/uuid";

/** The OSCAL version Crosswalk's catalog and mapping exports follow (the 1.2 mapping model). */
export const OSCAL_EXPORT_VERSION = "1.2.2";
/** Namespace of Crosswalk's OSCAL properties and of relationship tokens OSCAL does not define. */
export const CROSSWALK_OSCAL_NS = "https://crosswalk.dev/ns/oscal";

/**
 * The OSCAL control id of a catalog item: `ISO42001:A.5.2` → `iso42001_a.5.2`,
 * `AIRMF:GOVERN 1.1` → `ai-rmf_govern-1.1`, `ISO27001-2013:A.12.4.1` → `iso27001-2013_a.12.4.1`.
 * SP 800-53 uses NIST's own OSCAL ids (`AC-2(1)` → `ac-2.1`) so a mapping resolves in NIST's catalog.
 */
export function oscalId(id: string): string {
  const colon = id.indexOf(":");
  const prefix = id.slice(0, colon).toLowerCase();
  const ref = id.slice(colon + 1);
  if (prefix === "sp800-53") return ref.toLowerCase().replace(/\((\d+)\)/, ".$1");
  return `${prefix === "airmf" ? "ai-rmf" : prefix}_${ref.toLowerCase().replace(/\s+/g, "-").replace(/[^\p{L}\p{N}._-]/gu, "-")}`;
}

/** NIST's own OSCAL SP 800-53 Rev. 5 catalog, whose control ids the mapping export uses for SP 800-53. */
const NIST_SP800_53_OSCAL_CATALOG =
  "https://raw.githubusercontent.com/usnistgov/oscal-content/main/nist.gov/SP800-53/rev5/json/NIST_SP-800-53_rev5_catalog.json";

/** Where the mapping export says a framework's OSCAL catalog is: the file `catalog export` writes, or NIST's. */
export function oscalCatalogHref(framework: FrameworkId): string {
  return framework === "sp800-53" ? NIST_SP800_53_OSCAL_CATALOG : `crosswalk-catalog-${framework}.oscal.json`;
}

interface OscalPart {
  readonly id: string;
  readonly name: "statement";
  readonly prose: string;
}
export interface OscalControl {
  readonly id: string;
  readonly title: string;
  readonly class?: string;
  readonly props?: readonly OscalProperty[];
  readonly parts?: readonly OscalPart[];
  readonly controls?: readonly OscalControl[];
}
export interface OscalGroup {
  readonly id: string;
  readonly title: string;
  readonly class?: string;
  readonly controls?: readonly OscalControl[];
}
export interface OscalCatalog {
  readonly catalog: {
    readonly uuid: string;
    readonly metadata: OscalMetadata;
    readonly groups: readonly OscalGroup[];
  };
}

/**
 * A framework's catalog as an OSCAL catalog, so the ids of a mapping or assessment-results export
 * resolve: top-level items (AI RMF functions, ISO clauses 4–10 and Annex A objectives or themes,
 * SP 800-53 families) are groups, everything below them nested controls. AI RMF categories and
 * subcategories carry their statement verbatim (public domain); ISO items carry only the id and
 * short title (the ISO rule). `lastModified` comes from the caller: shared code has no clock.
 */
export function oscalCatalog(framework: FrameworkId, lastModified: string): OscalCatalog {
  const items = itemsOf(framework);
  const children = new Map<string, CatalogItem[]>();
  for (const item of items) {
    if (!item.parent) continue;
    const list = children.get(item.parent) ?? [];
    list.push(item);
    children.set(item.parent, list);
  }
  const control = (item: CatalogItem): OscalControl => {
    const kids = children.get(item.id) ?? [];
    const statement = item.statement && item.kind !== "function" ? item.statement : undefined;
    return {
      id: oscalId(item.id),
      title: framework === "ai-rmf" && item.kind !== "function" ? item.ref : item.title,
      class: item.kind,
      props: [{ name: "label", value: item.ref }, ...(item.withdrawn ? [{ name: "status", value: "withdrawn" }] : [])],
      ...(statement ? { parts: [{ id: `${oscalId(item.id)}_smt`, name: "statement" as const, prose: statement }] } : {}),
      ...(kids.length > 0 ? { controls: kids.map(control) } : {}),
    };
  };
  const groups = items
    .filter((i) => !i.parent)
    .map((top): OscalGroup => {
      const kids = children.get(top.id) ?? [];
      return { id: oscalId(top.id), title: top.title, class: top.kind, ...(kids.length > 0 ? { controls: kids.map(control) } : {}) };
    });
  const iso = framework.startsWith("iso");
  return {
    catalog: {
      uuid: uuidV5(URL_NAMESPACE, `${CROSSWALK_OSCAL_NS}/catalog/${framework}/${items.length}`),
      metadata: {
        title: `${FRAMEWORK_NAME[framework]} (Crosswalk catalog${iso ? ": ids and short titles only" : ""})`,
        "last-modified": lastModified,
        version: FRAMEWORK_NAME[framework],
        "oscal-version": OSCAL_EXPORT_VERSION,
        remarks: iso
          ? "Clause and control ids with short titles, so OSCAL documents that reference them resolve. No ISO text: the requirements are in the standard itself."
          : "Exported by Crosswalk from its shipped catalog.",
      },
      groups,
    },
  };
}
