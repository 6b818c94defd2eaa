/**
 * Round four of the suggestion experiments (docs/suggest.md, "Round four"): scorers beside the
 * engine's BM25 — BM25F, a Dirichlet-smoothed query likelihood, kNN voting, a tf-idf centroid,
 * latent semantic models — and their fusion, all by exact leave-one-out over the 818 held-out
 * actions, each row split into its Playbook and AI 600-1 halves. Nothing here is in the engine.
 *
 *   npx tsx test/bench/suggest-variants.ts            (about a minute on a quiet machine)
 *
 * Every score vector of a held-out action is computed without that action: its passage is taken
 * out of the documents, the passage index, the fields, the centroids and the kNN neighbours. The
 * latent models never see it either: one is trained on texts that are never held out (no
 * action at all), the other on ten folds of the actions, each fold's actions scored by the model
 * trained without them.
 */
import { buildBm25, termScores } from "../../shared/suggest/bm25";
import { nearestPassageScores } from "../../shared/suggest/nearest-passages";
import { type QueryTerm, queryTerms } from "../../shared/suggest/query-terms";
import { type PreparedCorpus, prepareCorpus } from "../../shared/suggest/suggester";
import type { Passage } from "../../shared/suggest/corpus";
import { heldOutActions, type HeldOut } from "./suggest-leave-one-out";
import { cosine, type LatentModel, projectStems, project, tfIdf, trainLatentModel } from "./suggest-latent";

/** One AI RMF passage with its stems and its subcategory's position. */
export interface Entry {
  readonly passage: Passage;
  readonly stems: readonly string[];
  readonly sub: number;
}

/** A held-out action's scores, one per subcategory, under each scorer. */
export interface Scored {
  readonly item: HeldOut;
  readonly gold: number;
  readonly scores: ReadonlyMap<string, Float64Array>;
}

const isAction = (p: Passage) => p.origin === "playbook-action" || p.origin === "genai-action";
const FIELDS = ["statement", "category", "playbook-action", "playbook-about", "playbook-documentation", "genai-action"] as const;
const LATENT_FOLDS = 10;

function bagOf(stems: readonly string[], weight = 1, into = new Map<string, number>()): Map<string, number> {
  for (const s of stems) into.set(s, (into.get(s) ?? 0) + weight);
  return into;
}

function minus(bag: ReadonlyMap<string, number>, stems: readonly string[], weight: number): Map<string, number> {
  const out = new Map(bag);
  for (const s of stems) {
    const left = (out.get(s) ?? 0) - weight;
    if (left <= 1e-9) out.delete(s);
    else out.set(s, left);
  }
  return out;
}

/** Okapi BM25 over fields, each with its own length normalisation (Robertson & Zaragoza's BM25F). */
function bm25f(fields: readonly (readonly ReadonlyMap<string, number>[])[], weights: readonly number[], terms: readonly QueryTerm[], k1: number, b: number): Float64Array {
  const docs = fields.length;
  const length = fields.map((fs) => fs.map((bag) => [...bag.values()].reduce((a, x) => a + x, 0)));
  const average = weights.map((_, f) => length.reduce((a, l) => a + l[f]!, 0) / docs || 1);
  const out = new Float64Array(docs);
  for (const term of terms) {
    const holding = fields.filter((fs) => fs.some((bag) => bag.has(term.stem))).length;
    if (holding === 0) continue;
    const idf = Math.log(1 + (docs - holding + 0.5) / (holding + 0.5));
    for (let d = 0; d < docs; d += 1) {
      let tf = 0;
      fields[d]!.forEach((bag, f) => {
        const count = bag.get(term.stem);
        if (count) tf += (weights[f]! * count) / (1 - b + (b * length[d]![f]!) / average[f]!);
      });
      if (tf > 0) out[d] = out[d]! + (idf * term.weight * tf * (k1 + 1)) / (tf + k1);
    }
  }
  return out;
}

/** Query likelihood with Dirichlet smoothing (Zhai & Lafferty), in its rank-equivalent form. */
function dirichlet(bags: readonly ReadonlyMap<string, number>[], terms: readonly QueryTerm[], mu: number): Float64Array {
  const collection = new Map<string, number>();
  let total = 0;
  const length = bags.map((bag) => {
    let l = 0;
    for (const [s, c] of bag) {
      l += c;
      collection.set(s, (collection.get(s) ?? 0) + c);
    }
    total += l;
    return l;
  });
  const out = new Float64Array(bags.length);
  let queryLength = 0;
  for (const term of terms) {
    queryLength += term.weight;
    const background = (collection.get(term.stem) ?? 0) / total;
    if (background === 0) continue;
    bags.forEach((bag, d) => (out[d] = out[d]! + term.weight * Math.log(1 + (bag.get(term.stem) ?? 0) / (mu * background))));
  }
  bags.forEach((_, d) => (out[d] = out[d]! + queryLength * Math.log(mu / (length[d]! + mu))));
  return out;
}

/** Each subcategory's latent vector: the sum of its passages' projections at their weights. */
function latentCentroids(model: LatentModel, entries: readonly Entry[], subs: number, use: (e: Entry) => boolean) {
  const projected = entries.map((e) => (use(e) ? projectStems(model, e.stems) : undefined));
  const centroids = Array.from({ length: subs }, () => new Float64Array(model.dims));
  entries.forEach((e, j) => {
    const v = projected[j];
    if (v) for (let c = 0; c < v.length; c += 1) centroids[e.sub]![c] = centroids[e.sub]![c]! + e.passage.weight * v[c]!;
  });
  return { projected, centroids };
}

type Latent = { model: LatentModel } & ReturnType<typeof latentCentroids>;

/** Cosine of the query to each centroid, the held-out passages' share taken out of their centroid first. */
function latentScores(latent: Latent, own: readonly number[], entries: readonly Entry[], terms: readonly QueryTerm[]): Float64Array {
  const centroids = latent.centroids.map((c) => Float64Array.from(c));
  for (const j of own) {
    const v = latent.projected[j];
    if (v) for (let c = 0; c < v.length; c += 1) centroids[entries[j]!.sub]![c] = centroids[entries[j]!.sub]![c]! - entries[j]!.passage.weight * v[c]!;
  }
  const q = project(latent.model, terms);
  return Float64Array.from(centroids, (c) => cosine(q, c));
}

/** The ten-fold latent models: fold k's actions are scored by the model trained without them. */
function foldLatents(prepared: PreparedCorpus, entries: readonly Entry[], items: readonly HeldOut[], subs: number, dims: number): { fold: Map<string, number>; latents: Latent[] } {
  const fold = new Map(items.map((item, i) => [item.key, i % LATENT_FOLDS]));
  const texts = prepared.corpus.passages.map((p, i) => ({ key: p.key, stems: prepared.stems[i]! })).filter((t) => t.stems.length > 0);
  const latents = Array.from({ length: LATENT_FOLDS }, (_, k) => {
    const model = trainLatentModel(texts.filter((t) => fold.get(t.key) !== k).map((t) => t.stems), dims);
    return { model, ...latentCentroids(model, entries, subs, () => true) };
  });
  return { fold, latents };
}

/** kNN votes: the sum of the `k` best-matching passages' BM25 scores, per subcategory. */
function knnVotes(byPassage: Float64Array, target: readonly number[], subs: number, k: number): Float64Array {
  const best = [...byPassage.keys()].filter((p) => byPassage[p]! > 0).sort((a, b) => byPassage[b]! - byPassage[a]! || a - b).slice(0, k);
  const out = new Float64Array(subs);
  for (const p of best) out[target[p]!] = out[target[p]!]! + byPassage[p]!;
  return out;
}

/**
 * tf-idf scorers, the held-out passage out: the cosine of the query to each subcategory's
 * centroid of unit passage vectors (Rocchio); the same with γ × the mean of the other
 * subcategories' unit centroids subtracted (Rocchio's negative examples); and the sum of the
 * three best passage cosines per subcategory (the nearest passages by cosine instead of BM25).
 */
function tfIdfScores(entries: readonly Entry[], keep: readonly boolean[], terms: readonly QueryTerm[], subs: number, categoryOf: readonly number[]): [string, Float64Array][] {
  const vocabulary = new Map<string, number>();
  const df: number[] = [];
  entries.forEach((e, j) => {
    if (!keep[j]) return;
    for (const s of new Set(e.stems)) {
      let row = vocabulary.get(s);
      if (row === undefined) vocabulary.set(s, (row = df.push(0) - 1));
      df[row] = df[row]! + 1;
    }
  });
  const n = keep.filter(Boolean).length;
  const idf = Float64Array.from(df, (d) => Math.log((n + 1) / (d + 1)) + 1);
  const q = tfIdf(terms, vocabulary, idf);
  const qDense = new Float64Array(vocabulary.size);
  q.index.forEach((row, k) => (qDense[row] = q.value[k]!));
  const centroids = Array.from({ length: subs }, () => new Float64Array(vocabulary.size));
  const best = Array.from({ length: subs }, () => [0, 0, 0]);
  entries.forEach((e, j) => {
    if (!keep[j]) return;
    const v = tfIdf(e.stems.map((stem) => ({ stem, weight: 1 })), vocabulary, idf);
    const c = centroids[e.sub]!;
    let cos = 0;
    v.index.forEach((row, k) => {
      c[row] = c[row]! + e.passage.weight * v.value[k]!;
      cos += qDense[row]! * v.value[k]!;
    });
    const top = best[e.sub]!;
    if (cos > top[2]!) {
      top[2] = cos;
      top.sort((a, b) => b - a);
    }
  });
  for (const c of centroids) {
    const norm = Math.sqrt(c.reduce((a, x) => a + x * x, 0)) || 1;
    for (let i = 0; i < c.length; i += 1) c[i] = c[i]! / norm;
  }
  const sum = new Float64Array(vocabulary.size);
  for (const c of centroids) for (let i = 0; i < c.length; i += 1) sum[i] = sum[i]! + c[i]!;
  const rocchio = (gamma: number) =>
    Float64Array.from(centroids, (c) => {
      let dot = 0;
      let norm = 0;
      for (let i = 0; i < c.length; i += 1) {
        const x = c[i]! - (gamma * (sum[i]! - c[i]!)) / (subs - 1);
        dot += qDense[i]! * x;
        norm += x * x;
      }
      return norm > 0 ? dot / Math.sqrt(norm) : 0;
    });
  // A category's centroid: the sum of its subcategories' unit centroids; each subcategory scores its category's cosine.
  const categories = Math.max(...categoryOf) + 1;
  const byCategory = Array.from({ length: categories }, () => new Float64Array(vocabulary.size));
  centroids.forEach((c, d) => c.forEach((x, i) => (byCategory[categoryOf[d]!]![i] = byCategory[categoryOf[d]!]![i]! + x)));
  const categoryCosine = byCategory.map((c) => {
    let dot = 0;
    let norm = 0;
    for (let i = 0; i < c.length; i += 1) {
      dot += qDense[i]! * c[i]!;
      norm += c[i]! * c[i]!;
    }
    return norm > 0 ? dot / Math.sqrt(norm) : 0;
  });
  return [
    ["category-centroid", Float64Array.from(categoryOf, (c) => categoryCosine[c]!)],
    ["centroid", rocchio(0)],
    ["rocchio-0.25", rocchio(0.25)],
    ["rocchio-0.5", rocchio(0.5)],
    ["near-cosine", Float64Array.from(best, (b) => b[0]! + b[1]! + b[2]!)],
  ];
}

export interface Setup {
  readonly entries: readonly Entry[];
  readonly subIds: readonly string[];
  /** Position of each subcategory's category (`MAP 1` for `MAP 1.1`). */
  readonly categoryOf: readonly number[];
  readonly documents: readonly Map<string, number>[];
  readonly fields: readonly (readonly Map<string, number>[])[];
  /** Absent when the latent models were not asked for (`dims.latent: false`: a minute saved). */
  readonly nonAction?: Latent;
  readonly nonActionAll?: Latent;
  readonly folds?: ReturnType<typeof foldLatents>;
}

/** Latent dimensions; `latent: false` skips the LSA models and their scores. */
export interface VariantDims {
  readonly nonAction: number;
  readonly folds: number;
  readonly latent?: boolean;
}

export function setUp(prepared: PreparedCorpus, items: readonly HeldOut[], dims: VariantDims): Setup {
  const subs = prepared.corpus.targets.filter((t) => t.kind === "ai-rmf");
  const position = new Map(subs.map((t, i) => [t.id, i]));
  const entries: Entry[] = [];
  prepared.corpus.passages.forEach((passage, i) => {
    const sub = position.get(passage.target);
    if (passage.kind === "ai-rmf" && sub !== undefined) entries.push({ passage, stems: prepared.stems[i]!, sub });
  });
  const documents = subs.map(() => new Map<string, number>());
  const fields = subs.map(() => FIELDS.map(() => new Map<string, number>()));
  for (const e of entries) {
    bagOf(e.stems, e.passage.weight, documents[e.sub]);
    bagOf(e.stems, 1, fields[e.sub]![FIELDS.indexOf(e.passage.origin as (typeof FIELDS)[number])]);
  }
  // Trained on every text that is never held out: statements, About sentences, documentation prompts, risk definitions, short titles.
  const model = dims.latent === false ? undefined : trainLatentModel(prepared.corpus.passages.flatMap((p, i) => (isAction(p) || prepared.stems[i]!.length === 0 ? [] : [prepared.stems[i]!])), dims.nonAction);
  return {
    entries,
    subIds: subs.map((s) => s.id),
    categoryOf: (() => {
      const names = subs.map((s) => s.id.replace(/\.\d+$/, ""));
      const distinct = [...new Set(names)];
      return names.map((n) => distinct.indexOf(n));
    })(),
    documents,
    fields,
    ...(model && {
      nonAction: { model, ...latentCentroids(model, entries, subs.length, (e) => !isAction(e.passage)) },
      nonActionAll: { model, ...latentCentroids(model, entries, subs.length, () => true) },
      folds: foldLatents(prepared, entries, items, subs.length, dims.folds),
    }),
  };
}

const FIELD_WEIGHTS = [3, 1, 1, 1, 0.3, 1];

/**
 * Every scorer's vector for one held-out action, the action out of everything. `terms` replaces
 * the action's own query terms (round five's query expansion).
 */
export function scoreItem(setup: Setup, item: HeldOut, terms: readonly QueryTerm[] = queryTerms(item.text)): Scored {
  const { entries } = setup;
  const subs = setup.subIds.length;
  const own = entries.flatMap((e, j) => (e.passage.key === item.key ? [j] : []));
  const keep = entries.map((e) => e.passage.key !== item.key);
  const documents = setup.documents.map((bag) => new Map(bag));
  const fields = setup.fields.map((fs) => fs.map((bag) => new Map(bag)));
  for (const j of own) {
    const e = entries[j]!;
    documents[e.sub] = minus(documents[e.sub]!, e.stems, e.passage.weight);
    fields[e.sub]![FIELDS.indexOf(e.passage.origin as (typeof FIELDS)[number])] = minus(fields[e.sub]![FIELDS.indexOf(e.passage.origin as (typeof FIELDS)[number])]!, e.stems, 1);
  }
  const docIndex = buildBm25(documents, { k1: 2, b: 0.75 });
  const doc = new Float64Array(subs);
  for (const t of terms) termScores(docIndex, t.stem, t.weight, (d, s) => (doc[d] = doc[d]! + s));
  const kept = entries.filter((_, j) => keep[j]);
  const bags = kept.map((e) => bagOf(e.stems));
  const passages = { index: buildBm25(bags, { k1: 1.2, b: 0.75 }), bags, target: kept.map((e) => e.sub) };
  const byPassage = new Float64Array(bags.length);
  for (const t of terms) termScores(passages.index, t.stem, t.weight, (p, s) => (byPassage[p] = byPassage[p]! + s));
  const scores = new Map<string, Float64Array>([
    ["doc", doc],
    ["near", nearestPassageScores(passages, terms, subs, 3)],
    ["bm25f", bm25f(fields, FIELD_WEIGHTS, terms, 3, 0.75)],
    ["bm25f-k2", bm25f(fields, FIELD_WEIGHTS, terms, 2, 0.75)],
    ["ql-1000", dirichlet(documents, terms, 1000)],
    ["ql-3000", dirichlet(documents, terms, 3000)],
    ["knn-20", knnVotes(byPassage, passages.target, subs, 20)],
    ["knn-40", knnVotes(byPassage, passages.target, subs, 40)],
    ...tfIdfScores(entries, keep, terms, subs, setup.categoryOf),
  ]);
  if (setup.nonAction && setup.nonActionAll && setup.folds) {
    scores.set("lsa-non-action", latentScores(setup.nonAction, own, entries, terms));
    scores.set("lsa-non-action-all", latentScores(setup.nonActionAll, own, entries, terms));
    scores.set("lsa-folds", latentScores(setup.folds.latents[setup.folds.fold.get(item.key)!]!, own, entries, terms));
  }
  return { item, gold: setup.subIds.indexOf(item.subcategory), scores };
}

export function scoreAll(dims: VariantDims = { nonAction: 100, folds: 150 }): { subIds: readonly string[]; scored: Scored[] } {
  const prepared = prepareCorpus();
  const items = heldOutActions();
  const setup = setUp(prepared, items, dims);
  return { subIds: setup.subIds, scored: items.map((item) => scoreItem(setup, item)) };
}
