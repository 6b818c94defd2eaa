/**
 * Text folding for matching what people type against known words in several languages:
 * case, accents, ligatures, typographic punctuation and spacing do not matter.
 */

const LIGATURES: Readonly<Record<string, string>> = { ß: "ss", æ: "ae", œ: "oe", ø: "o", ð: "d", þ: "th", ł: "l", ı: "i", đ: "d", ħ: "h", ς: "σ" };

/** "Propriétaire  du\nRisque" → "proprietaire du risque". */
export function fold(text: string): string {
  // Most header and cell texts are plain ASCII: skip Unicode normalisation for them.
  if (/^[\x09\x0a\x0d\x20-\x7e]*$/.test(text)) return text.toLowerCase().replace(/\s+/g, " ").trim();
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    // Greek final sigma meets σ, so upper-case Greek typed without accents ("ΥΨΗΛΟΣ") matches "υψηλός".
    .replace(/[ßæœøðþłıđħς]/g, (ch) => LIGATURES[ch] ?? ch)
    .replace(/[\u2018\u2019\u201a\u201b\u2032`´]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

/** Articles, prepositions and question words that carry no meaning in a header. */
const STOPWORDS = new Set([
  // English
  "the", "of", "a", "an", "and", "or", "to", "for", "in", "on", "is", "are", "was", "be", "by", "with", "what", "which",
  "how", "if", "this", "that", "its", "it", "any", "has", "have", "been", "does", "do", "your", "our", "per",
  // French
  "de", "du", "des", "la", "le", "les", "d", "l", "et", "ou", "en", "au", "aux", "pour", "par", "un", "une", "sur",
  // German
  "der", "die", "das", "dem", "den", "und", "oder", "von", "vom", "zu", "zur", "zum", "fur", "mit", "im", "ein", "eine",
  // Spanish / Portuguese / Italian
  "el", "los", "las", "del", "y", "al", "para", "por", "con", "un", "una", "da", "do", "dos", "das", "na", "em",
  "il", "lo", "gli", "di", "della", "delle", "dei", "e", "per",
  // Dutch
  "het", "een", "van", "voor", "met", "op",
]);

/** Anything that separates words: not a letter or digit of any script (Cyrillic, Greek, CJK included). */
export const NON_WORD = /[^\p{L}\p{N}#%]+/u;

/** Words of a folded text, without punctuation or stopwords; `keepStopwords` keeps them. */
export function words(text: string, keepStopwords = false): string[] {
  const out: string[] = [];
  for (const word of fold(text).split(NON_WORD)) {
    if (word === "") continue;
    if (!keepStopwords && STOPWORDS.has(word)) continue;
    out.push(word);
  }
  return out;
}

/**
 * Header words: only plurals meet ("controls"/"control", "risks"/"risk", "mesures"/"mesure").
 * Deliberately timid: "provider"/"provide", "data"/"date" and "note"/"not" must stay apart.
 */
export function stem(word: string): string {
  if (word.length > 3 && word.endsWith("s") && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/**
 * A bolder stem for closed vocabularies (rating words, statuses), where inflected adjectives
 * must meet ("élevée"/"élevé", "geringe"/"gering", "alta"/"alto") and the word lists are small
 * enough to check for collisions.
 */
export function stemInflected(word: string): string {
  let w = word;
  if (w.length > 4 && /(?:en|er|es|em|ns)$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 4 && /[seaoi]$/.test(w)) w = w.slice(0, -1);
  if (w.length > 4 && /[e]$/.test(w)) w = w.slice(0, -1);
  return w;
}

/** Removes text in brackets: "Likelihood (1-5)" → "Likelihood ". */
export function withoutBrackets(text: string): string {
  return text.replace(/\([^()]*\)|\[[^\][]*\]|\{[^{}]*\}/g, " ");
}

/** Escapes a string for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** "a risk register", "an AI system inventory", "an impact assessment". */
export function withArticle(noun: string): string {
  return `${/^(?:[aeiou]|AI\b|SoA\b)/i.test(noun) ? "an" : "a"} ${noun}`;
}
