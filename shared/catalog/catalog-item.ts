import type { FrameworkId, NamespacedId } from "./framework";

/**
 * What an id names inside its framework. AI RMF: function → category → subcategory.
 * ISO: clause (4–10 and subclauses), Annex A objective (42001) or theme (27001), control.
 * SP 800-53: family → control (enhancements such as AC-2(1) are controls too).
 */
export type ItemKind = "function" | "category" | "subcategory" | "clause" | "objective" | "theme" | "family" | "control";

export interface CatalogItem {
  readonly id: NamespacedId;
  readonly framework: FrameworkId;
  /** The bare id as users type it: `GOVERN 1.1`, `A.5.2`, `6.1.2`, `AC-2(1)`. */
  readonly ref: string;
  readonly kind: ItemKind;
  /** A short title. For AI RMF categories and subcategories, which have none, the statement. */
  readonly title: string;
  /** AI RMF only: the statement, verbatim from NIST AI 100-1 (public domain). */
  readonly statement?: string;
  readonly parent?: NamespacedId;
  /** SP 800-53 only: withdrawn in Rev. 5; kept so references to it still resolve. */
  readonly withdrawn?: true;
}
