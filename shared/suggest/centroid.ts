import type { LabelledText } from "./linear-model";

/**
 * Each class's tf-idf centroid (Rocchio): the sum of its texts' unit-length tf-idf vectors at
 * their weights. A class scores the cosine of a query to its centroid. Where BM25 sums how often
 * a class's whole document uses the query's words (so a class with many texts saturates on
 * common words), the centroid asks how central the words are to the class's typical text.
 * Derived from the texts at load time: nothing stored, and a left-out text simply adds nothing.
 */
export interface Centroids {
  readonly classes: number;
  /** Stem → its idf over the texts (smoothed: a stem in every text still counts a little, so no stem is lost). */
  readonly idf: ReadonlyMap<string, number>;
  /** Stem → the classes whose centroid holds it, with the centroid's value there. */
  readonly postings: ReadonlyMap<string, readonly { readonly label: number; readonly value: number }[]>;
  /** Length of each centroid. */
  readonly norm: Float64Array;
}

/** A bag of (weighted) stems as a unit-length tf-idf vector, log term frequency; stems without an idf are dropped. */
function unitTfIdf(counts: ReadonlyMap<string, number>, idf: ReadonlyMap<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  let norm = 0;
  for (const [stem, count] of counts) {
    const weight = idf.get(stem);
    if (weight === undefined || count <= 0) continue;
    const v = Math.log(1 + count) * weight;
    out.set(stem, v);
    norm += v * v;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [stem, v] of out) out.set(stem, v / norm);
  return out;
}

export function buildCentroids(texts: readonly LabelledText[], classes: number): Centroids {
  const counted = texts.map((text) => {
    const counts = new Map<string, number>();
    for (const stem of text.stems) counts.set(stem, (counts.get(stem) ?? 0) + 1);
    return counts;
  });
  const df = new Map<string, number>();
  for (const counts of counted) for (const stem of counts.keys()) df.set(stem, (df.get(stem) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [stem, d] of df) idf.set(stem, Math.log((texts.length + 1) / (d + 1)) + 1);
  const sums = Array.from({ length: classes }, () => new Map<string, number>());
  texts.forEach((text, t) => {
    const counts = counted[t]!;
    let squares = 0;
    for (const [stem, count] of counts) squares += (Math.log(1 + count) * idf.get(stem)!) ** 2;
    const scale = text.weight / (Math.sqrt(squares) || 1);
    const sum = sums[text.label]!;
    for (const [stem, count] of counts) sum.set(stem, (sum.get(stem) ?? 0) + scale * Math.log(1 + count) * idf.get(stem)!);
  });
  const postings = new Map<string, { label: number; value: number }[]>();
  const norm = new Float64Array(classes);
  sums.forEach((sum, label) => {
    let squares = 0;
    for (const [stem, value] of sum) {
      squares += value * value;
      let list = postings.get(stem);
      if (!list) postings.set(stem, (list = []));
      list.push({ label, value });
    }
    norm[label] = Math.sqrt(squares);
  });
  return { classes, idf, postings, norm };
}

/** A query's unit-length tf-idf vector (its terms' weights as counts). */
export function centroidQuery(centroids: Centroids, terms: readonly { readonly stem: string; readonly weight: number }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const term of terms) counts.set(term.stem, (counts.get(term.stem) ?? 0) + term.weight);
  return unitTfIdf(counts, centroids.idf);
}

/** Cosine of the query to each class's centroid (0 for a class without a word of it). */
export function centroidScores(centroids: Centroids, query: ReadonlyMap<string, number>): Float64Array {
  const out = new Float64Array(centroids.classes);
  for (const [stem, q] of query) {
    for (const { label, value } of centroids.postings.get(stem) ?? []) out[label] = out[label]! + q * value;
  }
  for (let c = 0; c < out.length; c += 1) out[c] = centroids.norm[c]! > 0 ? out[c]! / centroids.norm[c]! : 0;
  return out;
}

/** What one query stem adds to one class's cosine (the cosine is the sum of these). */
export function centroidContribution(centroids: Centroids, query: ReadonlyMap<string, number>, stem: string, label: number): number {
  const q = query.get(stem);
  if (q === undefined || !(centroids.norm[label]! > 0)) return 0;
  const entry = centroids.postings.get(stem)?.find((e) => e.label === label);
  return entry ? (q * entry.value) / centroids.norm[label]! : 0;
}
