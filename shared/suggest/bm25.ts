/**
 * Okapi BM25 over a fixed set of documents, each a bag of weighted stems. Documents are built
 * from passages, so a field can count more than once (a subcategory's own statement weighs more
 * than one Playbook action) and a passage can be left out (the benchmark's leave-one-out).
 */
export interface Bm25Params {
  /** Term-frequency saturation. */
  readonly k1: number;
  /** Length normalisation (0 none … 1 full). */
  readonly b: number;
}

const DEFAULT_BM25: Bm25Params = { k1: 1.2, b: 0.75 };

export interface Posting {
  readonly doc: number;
  readonly tf: number;
}

export interface Bm25Index {
  readonly docs: number;
  readonly params: Bm25Params;
  /** Stem → documents holding it, ascending by document. */
  readonly postings: ReadonlyMap<string, readonly Posting[]>;
  readonly length: Float64Array;
  readonly averageLength: number;
  /** Stem → its idf, computed once. */
  readonly idf: ReadonlyMap<string, number>;
}

/** Builds the index from each document's weighted stems (`bags[d]`: stem → weighted count). */
export function buildBm25(bags: readonly ReadonlyMap<string, number>[], params: Bm25Params = DEFAULT_BM25): Bm25Index {
  const postings = new Map<string, Posting[]>();
  const length = new Float64Array(bags.length);
  bags.forEach((bag, doc) => {
    let total = 0;
    for (const [stem, tf] of bag) {
      if (tf <= 0) continue;
      total += tf;
      let list = postings.get(stem);
      if (!list) postings.set(stem, (list = []));
      list.push({ doc, tf });
    }
    length[doc] = total;
  });
  const sum = length.reduce((a, b) => a + b, 0);
  const idfs = new Map<string, number>();
  // Lucene's non-negative idf: rare stems count most, a stem in every document still a little.
  for (const [stem, list] of postings) idfs.set(stem, Math.log(1 + (bags.length - list.length + 0.5) / (list.length + 0.5)));
  return { docs: bags.length, params, postings, length, averageLength: bags.length > 0 ? sum / bags.length : 0, idf: idfs };
}

export function idf(index: Bm25Index, stem: string): number {
  return index.idf.get(stem) ?? 0;
}

/** One query term's contribution to a document, per document that holds it. */
/** One query term's contribution to one document that holds it `tf` (weighted) times. */
export function termScore(index: Bm25Index, stem: string, weight: number, doc: number, tf: number): number {
  if (tf <= 0 || weight <= 0) return 0;
  const { k1, b } = index.params;
  const norm = k1 * (1 - b + (b * index.length[doc]!) / (index.averageLength || 1));
  return (idf(index, stem) * weight * tf * (k1 + 1)) / (tf + norm);
}

export function termScores(index: Bm25Index, stem: string, weight: number, visit: (doc: number, score: number) => void): void {
  const list = index.postings.get(stem);
  if (!list || weight <= 0) return;
  const w = idf(index, stem) * weight;
  const { k1, b } = index.params;
  const avg = index.averageLength || 1;
  for (const { doc, tf } of list) {
    const norm = k1 * (1 - b + (b * index.length[doc]!) / avg);
    visit(doc, (w * tf * (k1 + 1)) / (tf + norm));
  }
}
