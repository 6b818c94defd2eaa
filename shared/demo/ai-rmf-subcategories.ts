import { aiRmfSubcategories } from "../catalog/catalogs";

/** The 72 AI RMF 1.0 subcategory refs (`GOVERN 1.1` …), in catalog order. */
export const DEMO_AI_RMF_SUBCATEGORIES: readonly string[] = aiRmfSubcategories().map((s) => s.ref);
