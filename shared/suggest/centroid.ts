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
  /** Stem → its id: its postings are `labels` and `values` from `start[id]` to `start[id + 1]`. */
  readonly ids: ReadonlyMap<string, number>;
  /** Per stem id, its idf over the texts (smoothed: a stem in every text still counts a little). */
  readonly idf: Float64Array;
  readonly start: Int32Array;
  /** The classes whose centroid holds each stem, ascending, and the centroid's value there. */
  readonly labels: Int32Array;
  readonly values: Float64Array;
  /** Length of each centroid. */
  readonly norm: Float64Array;
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
  const norm = new Float64Array(classes);
  for (let label = 0; label < classes; label += 1) {
    let squares = 0;
    for (let id = 0; id < size; id += 1) squares += sums[label * size + id]! ** 2;
    norm[label] = Math.sqrt(squares);
  }
  const start = new Int32Array(size + 1);
  for (let i = 0; i < sums.length; i += 1) if (sums[i] !== 0) start[(i % size) + 1] = start[(i % size) + 1]! + 1;
  for (let id = 0; id < size; id += 1) start[id + 1] = start[id + 1]! + start[id]!;
  const labels = new Int32Array(start[size]!);
  const values = new Float64Array(start[size]!);
  const fill = start.slice(0, size);
  for (let label = 0; label < classes; label += 1) {
    for (let id = 0; id < size; id += 1) {
      const value = sums[label * size + id]!;
      if (value === 0) continue;
      labels[fill[id]!] = label;
      values[fill[id]!] = value;
      fill[id] = fill[id]! + 1;
    }
  }
  return { classes, ids, idf: idfOf, start, labels, values, norm };
}

/** A query's unit-length tf-idf vector by stem id (its terms' weights as counts; stems no text used are dropped). */
export function centroidQuery(centroids: Centroids, terms: readonly { readonly stem: string; readonly weight: number }[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const term of terms) {
    const id = centroids.ids.get(term.stem);
    if (id !== undefined && term.weight > 0) counts.set(id, (counts.get(id) ?? 0) + term.weight);
  }
  let norm = 0;
  for (const [id, count] of counts) {
    const v = Math.log(1 + count) * centroids.idf[id]!;
    counts.set(id, v);
    norm += v * v;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [id, v] of counts) counts.set(id, v / norm);
  return counts;
}

/** Cosine of the query to each class's centroid (0 for a class without a word of it). */
export function centroidScores(centroids: Centroids, query: ReadonlyMap<number, number>): Float64Array {
  const out = new Float64Array(centroids.classes);
  for (const [id, q] of query) {
    for (let k = centroids.start[id]!; k < centroids.start[id + 1]!; k += 1) out[centroids.labels[k]!] = out[centroids.labels[k]!]! + q * centroids.values[k]!;
  }
  for (let c = 0; c < out.length; c += 1) out[c] = centroids.norm[c]! > 0 ? out[c]! / centroids.norm[c]! : 0;
  return out;
}

/** What one query stem adds to one class's cosine (the cosine is the sum of these). */
export function centroidContribution(centroids: Centroids, query: ReadonlyMap<number, number>, stem: string, label: number): number {
  const id = centroids.ids.get(stem);
  const q = id === undefined ? undefined : query.get(id);
  if (id === undefined || q === undefined || !(centroids.norm[label]! > 0)) return 0;
  for (let k = centroids.start[id]!; k < centroids.start[id + 1]!; k += 1) if (centroids.labels[k] === label) return (q * centroids.values[k]!) / centroids.norm[label]!;
  return 0;
}
