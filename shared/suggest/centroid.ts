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

/**
 * Built at every index build, so written for speed: stems become integer ids, and counts and
 * sums live in typed arrays (Maps of strings cost about as much again as the rest of the build).
 */
export function buildCentroids(texts: readonly LabelledText[], classes: number): Centroids {
  const ids = new Map<string, number>();
  const coded = texts.map((text) => Int32Array.from(text.stems, (stem) => ids.get(stem) ?? (ids.set(stem, ids.size), ids.size - 1)));
  const size = ids.size;
  const df = new Int32Array(size);
  const seen = new Int32Array(size).fill(-1);
  coded.forEach((codes, t) => {
    for (const id of codes) if (seen[id] !== t) (seen[id] = t), (df[id] = df[id]! + 1);
  });
  const idfOf = Float64Array.from(df, (d) => Math.log((texts.length + 1) / (d + 1)) + 1);
  const sums = new Float64Array(classes * size);
  const counts = new Float64Array(size);
  const touched: number[] = [];
  coded.forEach((codes, t) => {
    touched.length = 0;
    for (const id of codes) if ((counts[id] = counts[id]! + 1) === 1) touched.push(id);
    let squares = 0;
    for (const id of touched) squares += (Math.log(1 + counts[id]!) * idfOf[id]!) ** 2;
    const scale = texts[t]!.weight / (Math.sqrt(squares) || 1);
    const offset = texts[t]!.label * size;
    for (const id of touched) {
      sums[offset + id] = sums[offset + id]! + scale * Math.log(1 + counts[id]!) * idfOf[id]!;
      counts[id] = 0;
    }
  });
  const stems = [...ids.keys()];
  const postings = new Map<string, { label: number; value: number }[]>();
  const norm = new Float64Array(classes);
  for (let label = 0; label < classes; label += 1) {
    let squares = 0;
    for (let id = 0; id < size; id += 1) {
      const value = sums[label * size + id]!;
      if (value === 0) continue;
      squares += value * value;
      let list = postings.get(stems[id]!);
      if (!list) postings.set(stems[id]!, (list = []));
      list.push({ label, value });
    }
    norm[label] = Math.sqrt(squares);
  }
  return { classes, idf: new Map(stems.map((stem, id) => [stem, idfOf[id]!])), postings, norm };
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
