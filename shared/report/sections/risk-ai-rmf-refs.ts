import type { Risk } from "../../model/risk";
import type { CatalogIndex } from "../catalog-index";

/**
 * A register's AI RMF references as the AI RMF section counts them: per subcategory (by id, catalog
 * order) the risks naming it and how many of those took it from an accepted suggestion; and, in
 * register order, each reference that names no subcategory, with its risk's id.
 */
export interface RiskAiRmfRefs {
  readonly bySubcategory: readonly (readonly [subcategory: string, risks: number, suggested: number])[];
  readonly unmatched: readonly (readonly [riskId: string, ref: string])[];
}

/** Counts each risk once per subcategory however often it names it, as for every other record kind. */
export function riskAiRmfRefs(risks: readonly Risk[], index: CatalogIndex): RiskAiRmfRefs {
  const n = index.subcategories.length;
  const counts = new Int32Array(n);
  const suggested = new Int32Array(n);
  const stamp = new Int32Array(n);
  const unmatched: [string, string][] = [];
  let serial = 0;
  for (const risk of risks) {
    const refs = risk.aiRmfRefs;
    if (refs === undefined) continue;
    serial += 1;
    const accepted = risk.suggestions?.accepted;
    for (const ref of refs) {
      const k = index.subcategoryIndex.get(ref);
      if (k === undefined) {
        unmatched.push([risk.id, ref]);
        continue;
      }
      if (stamp[k] === serial) continue;
      stamp[k] = serial;
      counts[k]! += 1;
      if (accepted?.includes(ref)) suggested[k]! += 1;
    }
  }
  const bySubcategory: [string, number, number][] = [];
  for (let k = 0; k < n; k += 1) if (counts[k]! > 0) bySubcategory.push([index.subcategories[k]!.id, counts[k]!, suggested[k]!]);
  return { bySubcategory, unmatched };
}
