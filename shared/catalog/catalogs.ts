import aiRmfData from "./data/ai-rmf.json";
import iso27001Data from "./data/iso27001.json";
import iso27001Of2013Data from "./data/iso27001-2013.json";
import iso42001Data from "./data/iso42001.json";
import sp80053Data from "./data/sp800-53.json";
import type { CatalogItem, ItemKind } from "./catalog-item";
import { FRAMEWORKS, type FrameworkId, type NamespacedId, namespaced } from "./framework";

function aiRmfItems(): CatalogItem[] {
  const items: CatalogItem[] = [];
  for (const f of aiRmfData.functions) {
    items.push({ id: namespaced("ai-rmf", f.ref), framework: "ai-rmf", ref: f.ref, kind: "function", title: f.title, statement: f.statement });
  }
  for (const c of aiRmfData.categories) {
    items.push({
      id: namespaced("ai-rmf", c.ref),
      framework: "ai-rmf",
      ref: c.ref,
      kind: "category",
      title: c.statement,
      statement: c.statement,
      parent: namespaced("ai-rmf", c.function),
    });
  }
  for (const s of aiRmfData.subcategories) {
    items.push({
      id: namespaced("ai-rmf", s.ref),
      framework: "ai-rmf",
      ref: s.ref,
      kind: "subcategory",
      title: s.statement,
      statement: s.statement,
      parent: namespaced("ai-rmf", s.category),
    });
  }
  return items;
}

interface IsoJsonItem {
  readonly ref: string;
  readonly kind: string;
  readonly title: string;
  readonly parent?: string;
}

function isoItems(framework: "iso42001" | "iso27001" | "iso27001-2013", source: readonly IsoJsonItem[]): CatalogItem[] {
  return source.map((i) => {
    const item: CatalogItem = {
      id: namespaced(framework, i.ref),
      framework,
      ref: i.ref,
      kind: i.kind as ItemKind,
      title: i.title,
      ...(i.parent ? { parent: namespaced(framework, i.parent) } : {}),
    };
    return item;
  });
}

function sp80053Items(): CatalogItem[] {
  const families = sp80053Data.families.map(
    (f): CatalogItem => ({ id: namespaced("sp800-53", f.ref), framework: "sp800-53", ref: f.ref, kind: "family", title: f.title }),
  );
  const baseTitles = new Map<string, string>();
  // Tuples [ref, title, "withdrawn"?]: 1,189 of them ship inside the Lambda bundle.
  const controls = (sp80053Data.controls as readonly (readonly string[])[]).map(([ref = "", ownTitle = "", flag]): CatalogItem => {
    const base = ref.replace(/\(.*$/, "");
    // The data keeps an enhancement's own title only; NIST shows it after its control's.
    const title = base === ref ? ownTitle : `${baseTitles.get(base) ?? base} | ${ownTitle}`;
    if (base === ref) baseTitles.set(base, ownTitle);
    return {
      id: namespaced("sp800-53", ref),
      framework: "sp800-53",
      ref,
      kind: "control",
      title,
      parent: namespaced("sp800-53", ref.slice(0, 2)),
      ...(flag === "withdrawn" ? { withdrawn: true as const } : {}),
    };
  });
  return [...families, ...controls];
}

interface Index {
  readonly byId: ReadonlyMap<string, CatalogItem>;
  readonly byFramework: ReadonlyMap<FrameworkId, readonly CatalogItem[]>;
}

let index: Index | undefined;

/** Built on first use, so importing the module costs nothing until a lookup happens. */
function catalogIndex(): Index {
  if (index) return index;
  const all = [
    ...aiRmfItems(),
    ...isoItems("iso42001", iso42001Data.items),
    ...isoItems("iso27001", iso27001Data.items),
    ...sp80053Items(),
    ...isoItems("iso27001-2013", iso27001Of2013Data.items),
  ];
  const byId = new Map<string, CatalogItem>();
  for (const item of all) byId.set(item.id, Object.freeze(item));
  const byFramework = new Map<FrameworkId, CatalogItem[]>(FRAMEWORKS.map((f) => [f, []]));
  for (const item of byId.values()) byFramework.get(item.framework)?.push(item);
  index = { byId, byFramework };
  return index;
}

/** The item a namespaced id names, or undefined. `catalogItem("ISO42001:A.5.2")?.title`. */
export function catalogItem(id: string): CatalogItem | undefined {
  return catalogIndex().byId.get(id);
}

/** Every item of a framework in catalog order, optionally only of some kinds. */
export function itemsOf(framework: FrameworkId, ...kinds: ItemKind[]): readonly CatalogItem[] {
  const items = catalogIndex().byFramework.get(framework) ?? [];
  return kinds.length === 0 ? items : items.filter((i) => kinds.includes(i.kind));
}

export function childrenOf(id: NamespacedId): readonly CatalogItem[] {
  const parent = catalogItem(id);
  return parent ? itemsOf(parent.framework).filter((i) => i.parent === id) : [];
}

/** The ISO/IEC 42001 Annex A controls, in order: what every Statement of Applicability lists. */
export function iso42001AnnexAControls(): readonly CatalogItem[] {
  return itemsOf("iso42001", "control");
}

/** The 72 AI RMF subcategories, in order: the rows of an AI RMF profile. */
export function aiRmfSubcategories(): readonly CatalogItem[] {
  return itemsOf("ai-rmf", "subcategory");
}
