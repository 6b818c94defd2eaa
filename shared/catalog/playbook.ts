import playbook from "./data/ai-rmf-playbook.json";

/**
 * The AI RMF Playbook's About text (its paragraphs), suggested actions and documentation prompts
 * for one subcategory. Kept in its own module (≈190 KB of text) so bundles that do not show it
 * never load it.
 */
export interface PlaybookGuidance {
  readonly about: readonly string[];
  readonly actions: readonly string[];
  readonly documentation: readonly string[];
}

const entries: Readonly<Record<string, PlaybookGuidance>> = playbook.subcategories;

/** Guidance for a bare subcategory ref such as `GOVERN 1.1`; undefined for anything else. */
export function playbookFor(subcategoryRef: string): PlaybookGuidance | undefined {
  return Object.hasOwn(entries, subcategoryRef) ? entries[subcategoryRef] : undefined;
}
