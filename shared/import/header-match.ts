import type { FieldSpec, KindSpec } from "./field-spec";
import { type RatingHeader, ratingScore, readRatingHeader } from "./rating-header";
import { fold, stem, withoutBrackets, words } from "./text";

/**
 * Scores header texts against the fields of every sheet kind. Synonyms are indexed by word so a
 * header is only compared with the phrases it shares a word with; results are cached per text.
 */

interface CompiledPhrase {
  readonly field: FieldSpec;
  readonly kind: string;
  readonly tokens: readonly string[];
  readonly factor: number;
}

/** A field a header may name, with how surely (0–1). */
export interface FieldMatch {
  readonly kind: string;
  readonly field: FieldSpec;
  readonly score: number;
}

const WEAK_FACTOR = 0.7;

function phraseTokens(phrase: string): string[] {
  return words(withoutBrackets(phrase)).map(stem);
}

function exactKey(text: string): string {
  return fold(withoutBrackets(text))
    .replace(/[^\p{L}\p{N}#°%]+/gu, " ")
    .trim();
}

class SynonymIndex {
  readonly byToken = new Map<string, CompiledPhrase[]>();
  readonly exact = new Map<string, CompiledPhrase[]>();
  readonly ratingFields: { kind: string; field: FieldSpec }[] = [];
  /** Long single words (German compounds) that may sit inside a longer header word. */
  readonly compounds: { root: string; phrase: CompiledPhrase }[] = [];

  constructor(specs: readonly KindSpec[]) {
    for (const spec of specs) {
      for (const field of spec.fields) {
        if (field.rating) this.ratingFields.push({ kind: spec.kind, field });
        this.addAll(spec.kind, field, field.synonyms, 1);
        this.addAll(spec.kind, field, field.weak ?? [], WEAK_FACTOR);
      }
    }
  }

  private addAll(kind: string, field: FieldSpec, phrases: readonly string[], factor: number): void {
    for (const raw of phrases) {
      if (raw.startsWith("=")) {
        const key = exactKey(raw.slice(1));
        const tokens = phraseTokens(raw.slice(1));
        push(this.exact, key, { field, kind, tokens, factor });
        continue;
      }
      const tokens = phraseTokens(raw);
      if (tokens.length === 0) continue;
      const phrase: CompiledPhrase = { field, kind, tokens, factor };
      push(this.exact, exactKey(raw), phrase);
      for (const token of new Set(tokens)) push(this.byToken, token, phrase);
      const only = tokens[0];
      if (tokens.length === 1 && only !== undefined && only.length >= 7) this.compounds.push({ root: only, phrase });
    }
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** How well a header's words contain a synonym's words. */
function phraseScore(header: readonly string[], phrase: readonly string[]): number {
  if (phrase.length === 0 || header.length === 0) return 0;
  const ratio = phrase.length / header.length;
  if (phrase.length === header.length && phrase.every((t, i) => header[i] === t)) return 1;
  outer: for (let start = 0; start + phrase.length <= header.length; start++) {
    for (let i = 0; i < phrase.length; i++) if (header[start + i] !== phrase[i]) continue outer;
    return 0.6 + 0.35 * ratio;
  }
  if (phrase.length > 1 && phrase.every((t) => header.includes(t))) return 0.5 + 0.3 * ratio;
  return 0;
}

/** The texts a header cell offers: all of it, its first line, its text before a colon. */
function headerVariants(text: string): { tokens: string[]; factor: number }[] {
  const variants = [{ tokens: words(withoutBrackets(text)).map(stem), factor: 1 }];
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== "");
  if (lines.length > 1 && lines[0] !== undefined) {
    variants.push({ tokens: words(withoutBrackets(lines[0])).map(stem), factor: 0.95 });
  }
  const colon = text.indexOf(":");
  if (colon > 1) variants.push({ tokens: words(withoutBrackets(text.slice(0, colon))).map(stem), factor: 0.95 });
  return variants;
}

export interface HeaderScorer {
  /** Every field the header may name, best first (at most one entry per kind and field). */
  (text: string): readonly FieldMatch[];
}

/** Builds a scorer over the given kinds; keep one per import, it caches by text. */
export function createHeaderScorer(specs: readonly KindSpec[]): HeaderScorer {
  const index = indexFor(specs);
  let cache = caches.get(index);
  if (!cache) {
    cache = new Map();
    caches.set(index, cache);
  }
  const memo = cache;
  return (text: string) => {
    const cached = memo.get(text);
    if (cached) return cached;
    const result = scoreText(index, text);
    // Header texts repeat across sheets and imports; data texts do not, so the cache is bounded.
    if (memo.size >= 20_000) memo.clear();
    memo.set(text, result);
    return result;
  };
}

const caches = new WeakMap<SynonymIndex, Map<string, readonly FieldMatch[]>>();

const indexes = new WeakMap<readonly KindSpec[], SynonymIndex>();
function indexFor(specs: readonly KindSpec[]): SynonymIndex {
  let index = indexes.get(specs);
  if (!index) {
    index = new SynonymIndex(specs);
    indexes.set(specs, index);
  }
  return index;
}

function scoreText(index: SynonymIndex, text: string): readonly FieldMatch[] {
  if (text.length > 250 || text.trim() === "" || /^[\d\s.,:%/()+-]*$/.test(text)) return [];
  const best = new Map<string, FieldMatch>();
  const offer = (kind: string, field: FieldSpec, score: number) => {
    if (score <= 0) return;
    const key = `${kind}\u0000${field.name}`;
    const previous = best.get(key);
    if (!previous || previous.score < score) best.set(key, { kind, field, score });
  };

  for (const phrase of index.exact.get(exactKey(text)) ?? []) offer(phrase.kind, phrase.field, phrase.factor);
  const firstLine = text.split(/\r?\n/)[0] ?? "";
  if (firstLine !== text) {
    for (const phrase of index.exact.get(exactKey(firstLine)) ?? []) offer(phrase.kind, phrase.field, 0.95 * phrase.factor);
  }

  for (const variant of headerVariants(text)) {
    const seen = new Set<CompiledPhrase>();
    for (const token of variant.tokens) {
      for (const phrase of index.byToken.get(token) ?? []) {
        if (seen.has(phrase)) continue;
        seen.add(phrase);
        offer(phrase.kind, phrase.field, phraseScore(variant.tokens, phrase.tokens) * phrase.factor * variant.factor);
      }
      if (token.length > 8) {
        for (const { root, phrase } of index.compounds) {
          if (token !== root && token.includes(root)) {
            offer(phrase.kind, phrase.field, (0.55 + 0.3 / variant.tokens.length) * phrase.factor * variant.factor);
          }
        }
      }
    }
  }

  const rating: RatingHeader | undefined = index.ratingFields.length > 0 ? readRatingHeader(text) : undefined;
  if (rating) {
    for (const { kind, field } of index.ratingFields) {
      if (field.rating) offer(kind, field, ratingScore(rating, field.rating.concept, field.rating.stage));
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}
