/** Longest title derived from a description. */
export const DERIVED_TITLE_MAX = 80;

/**
 * A title for a risk that has only a description: its first clause (up to the first full stop,
 * semicolon, colon, dash between spaces or line break), at most 80 characters, cut at a word
 * with "…" when longer. Undefined when the description has no words.
 *
 * @example titleFromDescription("Model drift: accuracy falls as data shifts.") // "Model drift"
 */
export function titleFromDescription(description: string): string | undefined {
  const first = description.split(/[.;:!?\n\r]\s|[;\n\r]|\s[-–—]\s/)[0] ?? "";
  const clause = first.replace(/\s+/g, " ").replace(/[.;:,!?\s]+$/, "").trim();
  if (!/[\p{L}\p{N}]/u.test(clause)) return undefined;
  if (clause.length <= DERIVED_TITLE_MAX) return clause;
  const cut = clause.slice(0, DERIVED_TITLE_MAX - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > 20 ? cut.slice(0, space) : cut).replace(/[,;:\s]+$/, "")}…`;
}
