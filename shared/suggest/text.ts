import { stemmer } from "stemmer";

/**
 * Words common enough in English, or in every AI RMF text, to say nothing about which reference
 * fits. Kept short: BM25's idf already discounts frequent words; these only keep noise out of
 * the "matched words" a user reads.
 */
const STOPWORDS: ReadonlySet<string> = new Set(
  (
    "a about above after again against all also am an and any are as at be because been before being below between both but by " +
    "can could did do does doing down during each either etc few for from further had has have having he her here hers him his how " +
    "i if in into is it its itself just may me might more most must my no nor not now of off on once only or other our ours out over " +
    "own per same shall she should so some such than that the their theirs them then there these they this those through to too " +
    "under until up upon us very via was we were what when where which while who whom why will with within without would you your " +
    "e.g i.e eg ie including include includes"
  ).split(/\s+/),
);

// Stemming is the costliest step and registers repeat their words: remember each word's stem.
const STEM_CACHE = new Map<string, string>();
const STEM_CACHE_MAX = 50_000;

function stemOf(word: string): string {
  let stem = STEM_CACHE.get(word);
  if (stem === undefined) {
    stem = stemmer(word);
    if (STEM_CACHE.size < STEM_CACHE_MAX) STEM_CACHE.set(word, stem);
  }
  return stem;
}

/** One word of an input text: its stem (the index key) and the word as written (shown to users). */
export interface Token {
  readonly stem: string;
  readonly word: string;
}

/**
 * Lower-cased words of a text, stopwords dropped, each with its Porter stem. Hyphenated and
 * slashed compounds are split ("third-party" → third, party); digits stay (so "GDPR" and "ISO
 * 27001" survive), single letters go.
 *
 * @example tokens("Biased outcomes for applicants") // stems: bias, outcom, applic
 */
export function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const raw of text.toLowerCase().normalize("NFKD").split(/[^a-z0-9]+/)) {
    if (raw.length < 2 || STOPWORDS.has(raw) || /^\d+$/.test(raw)) continue;
    out.push({ stem: stemOf(raw), word: raw });
  }
  return out;
}

/** Stems of a text, in order, repeats kept (term frequency matters to BM25). */
export function stems(text: string): string[] {
  return tokens(text).map((t) => t.stem);
}

/**
 * Adjacent stems joined by a space (no stem holds one): phrase-level terms that only the
 * single-passage index and the query's bigram terms share.
 */
export function stemBigrams(stemList: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 1; i < stemList.length; i += 1) out.push(`${stemList[i - 1]} ${stemList[i]}`);
  return out;
}
