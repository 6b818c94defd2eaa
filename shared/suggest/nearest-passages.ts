import { type Bm25Index, termScores } from "./bm25";
import type { QueryTerm } from "./query-terms";

/**
 * Every AI RMF passage on its own (a Core statement, one Playbook action, one AI 600-1 action …)
 * as a BM25 index, with the subcategory each belongs to: the second view of a subcategory beside
 * its whole document, and the tuning variants tried on it (`docs/suggest.md`, Benchmark).
 */
export interface PassageIndex {
  readonly index: Bm25Index;
  readonly bags: readonly ReadonlyMap<string, number>[];
  /** Position of each passage's subcategory. */
  readonly target: readonly number[];
}

function passageScores(passages: PassageIndex, terms: readonly QueryTerm[]): Float64Array {
  const byPassage = new Float64Array(passages.bags.length);
  for (const term of terms) termScores(passages.index, term.stem, term.weight, (p, score) => (byPassage[p] = byPassage[p]! + score));
  return byPassage;
}

/** Per subcategory, the sum of its `nearest` best-matching passages' scores. */
export function nearestPassageScores(passages: PassageIndex, terms: readonly QueryTerm[], docs: number, nearest: number): Float64Array {
  const byPassage = passageScores(passages, terms);
  const best = Array.from({ length: nearest }, () => new Float64Array(docs));
  byPassage.forEach((score, p) => {
    const d = passages.target[p]!;
    for (let k = 0; k < nearest; k += 1) {
      if (score <= best[k]![d]!) continue;
      for (let j = nearest - 1; j > k; j -= 1) best[j]![d] = best[j - 1]![d]!;
      best[k]![d] = score;
      break;
    }
  });
  const out = new Float64Array(docs);
  for (const row of best) for (let d = 0; d < docs; d += 1) out[d] = out[d]! + row[d]!;
  return out;
}

function ranks(scores: Float64Array): Float64Array {
  const order = [...scores.keys()].sort((a, b) => scores[b]! - scores[a]! || a - b);
  const out = new Float64Array(scores.length);
  order.forEach((d, i) => (out[d] = i + 1));
  return out;
}

/**
 * Reciprocal-rank fusion of the document and passage rankings (constant `k`), scaled back onto
 * the document scores' range so the squash to 0–1 still applies. Tried; not the default.
 */
export function fuseByRank(raw: Float64Array, passages: Float64Array, k: number): void {
  const byDoc = ranks(raw);
  const byPassage = ranks(passages);
  const top = Math.max(...raw, 0);
  for (let d = 0; d < raw.length; d += 1) raw[d] = raw[d]! > 0 || passages[d]! > 0 ? (top * (k + 1) * (1 / (k + byDoc[d]!) + 1 / (k + byPassage[d]!))) / 2 : 0;
}

/** Adds `share` × the mean raw score of each subcategory's category (`MAP 1` for `MAP 1.1`). Tried; off by default. */
export function addCategoryPrior(raw: Float64Array, categoryOf: readonly string[], share: number): void {
  const sum = new Map<string, number>();
  const count = new Map<string, number>();
  raw.forEach((score, d) => {
    const c = categoryOf[d]!;
    sum.set(c, (sum.get(c) ?? 0) + score);
    count.set(c, (count.get(c) ?? 0) + 1);
  });
  const prior = raw.map((_, d) => (sum.get(categoryOf[d]!)! / count.get(categoryOf[d]!)!) * share);
  for (let d = 0; d < raw.length; d += 1) raw[d] = raw[d]! + prior[d]!;
}

export interface Feedback {
  readonly passages: number;
  readonly terms: number;
  readonly weight: number;
}

/**
 * Pseudo-relevance feedback: the query plus the `terms` stems of highest summed idf in its
 * `passages` best-matching passages, at `weight`. Tried; off by default.
 */
export function withFeedback(passages: PassageIndex, terms: readonly QueryTerm[], feedback: Feedback): readonly QueryTerm[] {
  const byPassage = passageScores(passages, terms);
  const top = [...byPassage.keys()].filter((p) => byPassage[p]! > 0).sort((a, b) => byPassage[b]! - byPassage[a]! || a - b).slice(0, feedback.passages);
  const asked = new Set(terms.map((t) => t.stem));
  const weight = new Map<string, number>();
  for (const p of top) for (const stem of passages.bags[p]!.keys()) if (!asked.has(stem)) weight.set(stem, (weight.get(stem) ?? 0) + (passages.index.idf.get(stem) ?? 0));
  const added = [...weight.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, feedback.terms);
  return [...terms, ...added.map(([stem]) => ({ stem, weight: feedback.weight, word: stem }))];
}
