import { expansionsOf } from "./synonyms";
import { tokens } from "./text";

/** A query term: a stem, how often the text uses it, and the user's word it came from. */
export interface QueryTerm {
  readonly stem: string;
  readonly weight: number;
  readonly word: string;
}

/** Weight of a term reached through a synonym, against 1 for a word the text itself uses. */
const SYNONYM_WEIGHT = 0.6;

/**
 * A record's text as weighted query terms: its own words at weight 1 per use, and the
 * synonyms of its words and phrases (`hallucination` → confabulation) at `SYNONYM_WEIGHT`,
 * credited to the word that brought them in. Terms come out sorted by stem, so equal texts give
 * equal queries whatever the order of their words.
 */
export function queryTerms(text: string): QueryTerm[] {
  const found = tokens(text);
  const terms = new Map<string, { weight: number; word: string }>();
  const add = (stem: string, weight: number, word: string) => {
    const current = terms.get(stem);
    if (current) current.weight += weight;
    else terms.set(stem, { weight, word });
  };
  for (const t of found) add(t.stem, 1, t.word);
  for (const { stems: expansion, word } of expansionsOf(found)) {
    for (const stem of expansion) if (!terms.has(stem) || terms.get(stem)!.word === word) add(stem, SYNONYM_WEIGHT, word);
  }
  return [...terms.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([stem, { weight, word }]) => ({ stem, weight, word }));
}
