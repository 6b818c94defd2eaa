import { type Bm25Index, type Bm25Params, buildBm25, termScore, termScores } from "./bm25";
import { addCategoryPrior, type Feedback, fuseByRank, nearestPassageScores, type PassageIndex, withFeedback } from "./nearest-passages";
import type { LinearModelParams } from "./linear-model";
import { buildCorpus, type Corpus, type Passage, type PassageOrigin, type Target } from "./corpus";
import { fuseModelScores, type ModelReading, modelContributions, readQuery, type SubcategoryModel, subcategoryTrainingTexts, trainSubcategoryModel } from "./subcategory-model";
import { TARGET_KINDS, type TargetKind } from "./target";
import { type QueryTerm, queryTerms } from "./query-terms";
import { stemBigrams, stems } from "./text";
import { buildCentroids, type Centroids, centroidContribution, centroidQuery, centroidScores } from "./centroid";
import { addStandardised } from "./standardised-fusion";

/** One proposed reference for a text, with why. */
export interface Suggestion {
  /** `AIRMF:MAP 1.1`, `ISO42001:A.6.2.4`, `GAI:confabulation`, `TRUST:privacy-enhanced`. */
  readonly target: string;
  readonly kind: TargetKind;
  readonly title: string;
  /** 0–1, three decimals: how strongly the text's words point here (see `squash`). */
  readonly score: number;
  /** The text's own words that matched, strongest first. */
  readonly matched: readonly string[];
  /** ISO/IEC 42001 controls reached through the crosswalk: the suggested AI RMF subcategories that led here. */
  readonly via?: readonly string[];
}

export interface SuggestOptions {
  /** Suggestions per kind at most. Default 5. */
  readonly top?: number;
  /** Leave out suggestions scoring below this. Default 0.25. */
  readonly minScore?: number;
  /** Kinds to suggest (default all four). */
  readonly kinds?: readonly TargetKind[];
  /** Targets never to suggest (already referenced, or rejected). */
  readonly exclude?: ReadonlySet<string>;
}

export const DEFAULT_TOP = 5;
export const DEFAULT_MIN_SCORE = 0.25;

export interface Suggester {
  suggest(text: string, options?: SuggestOptions): Suggestion[];
}

export interface SuggesterOptions {
  /** Passage keys to leave out of the index (the benchmark's held-out action). */
  readonly excludeKeys?: ReadonlySet<string>;
  /** Kinds to index (default all); ISO/IEC 42001 controls need the AI RMF index too. */
  readonly kinds?: readonly TargetKind[];
  /** BM25 parameters (default `SUGGEST_BM25`). */
  readonly bm25?: Bm25Params;
  /** BM25 parameters of the single-passage index (default `PASSAGE_BM25`). */
  readonly passageBm25?: Bm25Params;
  /** Share of the two nearest passages in an AI RMF score (default `NEAREST_PASSAGE_SHARE`). */
  readonly nearestPassageShare?: number;
  /** Passage weights by origin, replacing the corpus's (for tuning). */
  readonly originWeight?: Partial<Record<PassageOrigin, number>>;
  /** Share of the mean raw score of a subcategory's category added to it (default `CATEGORY_SHARE`). */
  readonly categoryShare?: number;
  /** How many best-matching passages count in the nearest-passage term (default `NEAREST_PASSAGES`). */
  readonly nearestPassages?: number;
  /** Pseudo-relevance feedback: the `terms` most distinctive stems of the `passages` best-matching AI RMF passages added to the query at `weight` (for tuning). */
  readonly feedback?: Feedback;
  /** Reciprocal-rank fusion of the document and passage rankings instead of adding their scores, with this k (for tuning). */
  readonly rrfK?: number;
  /** Share of the trained subcategory model in an AI RMF score (default `MODEL_SHARE`; 0 leaves the model out). */
  readonly modelShare?: number;
  /** Training of the subcategory model (default `LINEAR_MODEL_PARAMS`; for tuning). */
  readonly modelParams?: LinearModelParams;
  /** Training weights by origin for the subcategory model, replacing the documents' (for tuning; 0 leaves an origin out). */
  readonly modelOriginWeight?: Partial<Record<PassageOrigin, number>>;
  /**
   * Weight of stem bigrams (a passage's and the query's adjacent stems, "third party", "red
   * team") in the single-passage index; 0, the default, leaves them out (for tuning: within noise
   * alone, `docs/suggest.md`).
   */
  readonly passageBigrams?: number;
  /** Share of the subcategories' tf-idf centroids (`centroid.ts`) in an AI RMF score (default `CENTROID_SHARE`; 0 leaves them out). */
  readonly centroidShare?: number;
}

/** Chosen on the leave-one-out benchmark. */
const CATEGORY_SHARE = 0;

/** Chosen on the leave-one-out benchmark (`npm run bench -- suggest`). */
const SUGGEST_BM25: Bm25Params = { k1: 2, b: 0.75 };
/** BM25 over single passages, for the nearest-passage half of the AI RMF score. */
const PASSAGE_BM25: Bm25Params = { k1: 1.2, b: 0.75 };
/**
 * An AI RMF subcategory's raw score is its whole-document BM25 plus this share of its three
 * best-matching single passages: a text that closely repeats one Playbook action should count
 * even when the subcategory's many other actions dilute the document. On the leave-one-out
 * benchmark this lifts top-3 by about five points over the document alone.
 */
const NEAREST_PASSAGE_SHARE = 0.5;

/**
 * How many of a subcategory's best-matching passages the nearest-passage term sums. Three rather
 * than two: about a point of top-3 on the benchmark (four gives the same, five and one less).
 */
const NEAREST_PASSAGES = 3;

/**
 * BM25 raw scores grow with the length of the query; a threshold needs a bounded score. `raw /
 * (raw + HALF)` is monotonic, 0 for no match and 0.5 where the raw score equals HALF: about one
 * distinctive words matched in the target's own texts.
 */
const HALF: Readonly<Record<TargetKind, number>> = { "ai-rmf": 14, iso42001: 6, "genai-risk": 4, trustworthiness: 5 };

/**
 * The trained subcategory model (`subcategory-model.ts`) is off by default. Fused at an equal
 * share (its standardised scores count as much as the lexical ones) it moved leave-one-out top-3
 * from 55.4 % to 55.9–56.6 % over three training seeds, top-1 down by about as much, within the
 * benchmark's noise, while training it costs 55–75 ms CPU per index build, an eighth of the
 * 1,000-risk budget (`docs/suggest.md`, Benchmark). `modelShare: 1` turns it on.
 */
const MODEL_SHARE = 0;

/**
 * A subcategory's tf-idf centroid (the cosine of the text to the sum of its passages' tf-idf
 * vectors, `centroid.ts`) is added at half the lexical score's spread (`addStandardised`). On the
 * exact leave-one-out benchmark it lifted top-1 / top-3 / top-5 from 35.8 / 55.4 / 63.0 to
 * 36.6 / 56.4 / 64.7 %, top-3 on both halves (Playbook 57.8 → 58.7, AI 600-1 48.6 → 49.5), and
 * at a quarter and at equal share too (`docs/suggest.md`, round four); it costs about 10 ms
 * CPU per index build.
 */
const CENTROID_SHARE = 0.5;

/** A query's readings by the optional scorers: what each added, for the words shown as matched. */
interface Readings {
  readonly model?: ModelReading;
  readonly centroid?: { readonly query: ReadonlyMap<number, number>; scale: number };
}

/** A control reached only through the crosswalk scores this share of its best subcategory. */
const CROSSWALK_FACTOR = 0.8;

function squash(raw: number, kind: TargetKind): number {
  return raw <= 0 ? 0 : Math.round((raw / (raw + HALF[kind])) * 1000) / 1000;
}

interface KindIndex {
  readonly targets: readonly Target[];
  readonly bags: readonly ReadonlyMap<string, number>[];
  readonly bm25: Bm25Index;
}

/** Stems of a prepared corpus, tokenised once: building an index from them is cheap. */
export interface PreparedCorpus {
  readonly corpus: Corpus;
  readonly stems: readonly (readonly string[])[];
}

export function prepareCorpus(corpus: Corpus = buildCorpus()): PreparedCorpus {
  return { corpus, stems: corpus.passages.map((p) => stems(p.text)) };
}

let shared: PreparedCorpus | undefined;
/** The shipped corpus, prepared on first use. */
function defaultPreparedCorpus(): PreparedCorpus {
  shared ??= prepareCorpus();
  return shared;
}

const byScoreThenId = (scores: Float64Array, targets: readonly Target[]) => (a: number, b: number) =>
  scores[b]! - scores[a]! || (targets[a]!.id < targets[b]!.id ? -1 : targets[a]!.id > targets[b]!.id ? 1 : 0);

/** Whether a passage feeds this suggester's indexes (the benchmark leaves its held-out text out). */
const includedBy = (options: SuggesterOptions) => (passage: Passage) => !options.excludeKeys?.has(passage.key);
const weightBy = (options: SuggesterOptions) => (passage: Passage) => options.originWeight?.[passage.origin] ?? passage.weight;

/** One BM25 index per kind: each target one document, its passages' stems at their weights. */
function buildKindIndexes(prepared: PreparedCorpus, indexed: ReadonlySet<TargetKind>, options: SuggesterOptions): Map<TargetKind, KindIndex> {
  const { corpus } = prepared;
  const include = includedBy(options);
  const weightOf = weightBy(options);
  const indexes = new Map<TargetKind, KindIndex>();
  for (const kind of TARGET_KINDS) {
    const targets = indexed.has(kind) ? corpus.targets.filter((t) => t.kind === kind) : [];
    const position = new Map(targets.map((t, i) => [t.id, i]));
    const bags = targets.map(() => new Map<string, number>());
    corpus.passages.forEach((passage, p) => {
      if (passage.kind !== kind || !include(passage)) return;
      const d = position.get(passage.target);
      if (d === undefined) return;
      const bag = bags[d]!;
      const weight = weightOf(passage);
      for (const stem of prepared.stems[p]!) bag.set(stem, (bag.get(stem) ?? 0) + weight);
    });
    indexes.set(kind, { targets, bags, bm25: buildBm25(bags, options.bm25 ?? SUGGEST_BM25) });
  }
  return indexes;
}

/** Every AI RMF passage on its own, with the position of its subcategory. */
function buildPassageIndex(prepared: PreparedCorpus, position: ReadonlyMap<string, number>, options: SuggesterOptions): PassageIndex {
  const include = includedBy(options);
  const target: number[] = [];
  const bags: Map<string, number>[] = [];
  prepared.corpus.passages.forEach((passage, p) => {
    const d = position.get(passage.target);
    if (passage.kind !== "ai-rmf" || d === undefined || !include(passage)) return;
    const bag = new Map<string, number>();
    const own = prepared.stems[p]!;
    for (const stem of own) bag.set(stem, (bag.get(stem) ?? 0) + 1);
    if (options.passageBigrams) for (const pair of stemBigrams(own)) bag.set(pair, (bag.get(pair) ?? 0) + 1);
    target.push(d);
    bags.push(bag);
  });
  return { index: buildBm25(bags, options.passageBm25 ?? PASSAGE_BM25), bags, target };
}

/** The optional scorers of an AI RMF subcategory beside BM25, each built only when its share is above 0. */
function buildLearnedScorers(
  prepared: PreparedCorpus,
  position: ReadonlyMap<string, number>,
  options: SuggesterOptions,
  modelShare: number,
  centroidShare: number,
): { model?: SubcategoryModel; centroids?: Centroids } {
  const texts = (weightOf: (p: Passage) => number) => subcategoryTrainingTexts(prepared.corpus.passages, prepared.stems, position, includedBy(options), weightOf);
  return {
    ...(modelShare > 0 ? { model: trainSubcategoryModel(texts((p) => options.modelOriginWeight?.[p.origin] ?? weightBy(options)(p)), position.size, options.modelParams) } : {}),
    ...(centroidShare > 0 ? { centroids: buildCentroids(texts(weightBy(options)), position.size) } : {}),
  };
}

/**
 * A suggester over the corpus: one BM25 index per kind (so each kind has its own idf), queries
 * expanded with synonyms, ISO/IEC 42001 controls scored both by their short titles and through
 * the crosswalk from the subcategories the text matched. Pure and deterministic: equal text
 * and options give equal suggestions, ties broken by target id.
 *
 * @example createSuggester().suggest("Model drift degrades credit decisions", { top: 3 })
 */
export function createSuggester(prepared: PreparedCorpus = defaultPreparedCorpus(), options: SuggesterOptions = {}): Suggester {
  const { corpus } = prepared;
  const indexed = new Set<TargetKind>(options.kinds ?? TARGET_KINDS);
  if (indexed.has("iso42001")) indexed.add("ai-rmf");
  const indexes = buildKindIndexes(prepared, indexed, options);
  const subcategoryIndex = indexes.get("ai-rmf")!;
  const subPosition = new Map(subcategoryIndex.targets.map((t, i) => [t.id, i]));
  const passages = buildPassageIndex(prepared, subPosition, options);
  const modelShare = options.modelShare ?? MODEL_SHARE;
  const centroidShare = options.centroidShare ?? CENTROID_SHARE;
  const { model, centroids } = indexed.has("ai-rmf") ? buildLearnedScorers(prepared, subPosition, options, modelShare, centroidShare) : {};
  const controlIndex = indexes.get("iso42001")!;
  // Per control, the positions of its linked subcategories, in id order.
  const links = controlIndex.targets.map((t) => (corpus.crosswalk.get(t.id) ?? []).map((id) => subPosition.get(id)).filter((k): k is number => k !== undefined));

  const share = options.nearestPassageShare ?? NEAREST_PASSAGE_SHARE;
  const nearest = Math.max(1, Math.floor(options.nearestPassages ?? NEAREST_PASSAGES));
  const categoryShare = options.categoryShare ?? CATEGORY_SHARE;
  const categoryOf = subcategoryIndex.targets.map((t) => t.id.replace(/\.\d+$/, ""));
  const pairWeight = options.passageBigrams ?? 0;
  // The query's bigrams only ever reach the nearest-passage term: they are in no document, so `matched` never shows one.
  const addNearestPassages = (raw: Float64Array, terms: readonly QueryTerm[], pairs: readonly string[]) => {
    const asked = pairWeight > 0 ? [...terms, ...pairs.map((stem) => ({ stem, weight: pairWeight, word: stem }))] : terms;
    const near = nearestPassageScores(passages, asked, raw.length, nearest);
    if (options.rrfK !== undefined) fuseByRank(raw, near, options.rrfK);
    else for (let d = 0; d < raw.length; d += 1) raw[d] = raw[d]! + share * near[d]!;
  };
  const scoreKind = (kind: TargetKind, terms: readonly QueryTerm[], readings: Readings = {}, pairs: readonly string[] = []): Float64Array => {
    const index = indexes.get(kind)!;
    const raw = new Float64Array(index.targets.length);
    for (const term of terms) termScores(index.bm25, term.stem, term.weight, (doc, score) => (raw[doc] = raw[doc]! + score));
    if (kind === "ai-rmf" && share > 0) addNearestPassages(raw, terms, pairs);
    if (kind === "ai-rmf" && categoryShare > 0) addCategoryPrior(raw, categoryOf, categoryShare);
    if (kind === "ai-rmf" && centroids && readings.centroid) readings.centroid.scale = addStandardised(raw, centroidScores(centroids, readings.centroid.query), centroidShare);
    if (kind === "ai-rmf" && readings.model) fuseModelScores(raw, readings.model, modelShare);
    for (let d = 0; d < raw.length; d += 1) raw[d] = squash(raw[d]!, kind);
    return raw;
  };
  const matchedWords = (kind: TargetKind, doc: number, terms: readonly QueryTerm[], readings: Readings): string[] => {
    const index = indexes.get(kind)!;
    const bag = index.bags[doc]!;
    // A subcategory's words count by what they add to its BM25 document score, through the model and through the centroid.
    const reading = readings.model;
    const learned = kind === "ai-rmf" && model && reading ? modelContributions(model, reading, doc) : undefined;
    const central = kind === "ai-rmf" && centroids && readings.centroid?.scale ? readings.centroid : undefined;
    const by = new Map<string, number>();
    for (const term of terms) {
      const score = termScore(index.bm25, term.stem, term.weight, doc, bag.get(term.stem) ?? 0);
      const feature = learned ? model!.model.vocabulary.get(term.stem) : undefined;
      const through = (feature === undefined ? 0 : (learned!.get(feature) ?? 0)) + (central ? central.scale * centroidContribution(centroids!, central.query, term.stem, doc) : 0);
      if (score + through === 0) continue;
      by.set(term.word, (by.get(term.word) ?? 0) + score + through);
    }
    let total = 0;
    for (const score of by.values()) if (score > 0) total += score;
    // Words that moved the score by less than a twentieth of it (or lowered it) are noise to a reader.
    return [...by.entries()]
      .filter(([, score]) => score > 0 && score >= total * 0.05)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([word]) => word);
  };

  return {
    suggest(text, opts = {}) {
      const top = Math.max(0, Math.floor(opts.top ?? DEFAULT_TOP));
      const minScore = opts.minScore ?? DEFAULT_MIN_SCORE;
      const kinds = (opts.kinds ?? TARGET_KINDS).filter((k) => indexed.has(k));
      const terms = queryTerms(text);
      if (terms.length === 0 || top === 0) return [];
      const needSubcategories = kinds.includes("ai-rmf") || kinds.includes("iso42001");
      const readings: Readings = {
        ...(needSubcategories && model ? { model: readQuery(model, terms) } : {}),
        ...(needSubcategories && centroids ? { centroid: { query: centroidQuery(centroids, terms), scale: 0 } } : {}),
      };
      // A subcategory's words are asked for again by each control reached through it.
      const wordsOf = new Map<string, string[]>();
      const matched = (kind: TargetKind, doc: number): string[] => {
        const key = `${kind}#${doc}`;
        let words = wordsOf.get(key);
        if (!words) wordsOf.set(key, (words = matchedWords(kind, doc, terms, readings)));
        return words;
      };
      const out: Suggestion[] = [];
      const keep = (scores: Float64Array, targets: readonly Target[]): number[] => {
        const kept: number[] = [];
        for (let d = 0; d < scores.length; d += 1) {
          if (scores[d]! > 0 && scores[d]! >= minScore && !opts.exclude?.has(targets[d]!.id)) kept.push(d);
        }
        return kept.sort(byScoreThenId(scores, targets)).slice(0, top);
      };
      const subTerms = options.feedback && passages.bags.length > 0 ? withFeedback(passages, terms, options.feedback) : terms;
      const pairs = pairWeight > 0 ? stemBigrams(stems(text)) : [];
      const subScores = needSubcategories ? scoreKind("ai-rmf", subTerms, readings, pairs) : new Float64Array(0);
      for (const kind of TARGET_KINDS) {
        if (!kinds.includes(kind)) continue;
        const index = indexes.get(kind)!;
        if (kind !== "iso42001") {
          const scores = kind === "ai-rmf" ? subScores : scoreKind(kind, terms);
          for (const d of keep(scores, index.targets)) {
            const target = index.targets[d]!;
            out.push({ target: target.id, kind, title: target.title, score: scores[d]!, matched: matched(kind, d) });
          }
          continue;
        }
        // A control scores the better of its short-title match and CROSSWALK_FACTOR × its best linked subcategory.
        const byTitle = scoreKind(kind, terms);
        const scores = new Float64Array(byTitle.length);
        for (let d = 0; d < scores.length; d += 1) {
          let best = 0;
          for (const k of links[d]!) if (subScores[k]! > best) best = subScores[k]!;
          scores[d] = Math.max(byTitle[d]!, Math.round(best * CROSSWALK_FACTOR * 1000) / 1000);
        }
        for (const d of keep(scores, index.targets)) {
          const target = index.targets[d]!;
          const linked = links[d]!.filter((k) => subScores[k]! > 0).sort(byScoreThenId(subScores, subcategoryIndex.targets));
          const best = linked[0] !== undefined ? subScores[linked[0]]! : 0;
          const through = scores[d]! > byTitle[d]!;
          // The subcategories within reach of the best one are what led here.
          const via = through ? linked.filter((k) => subScores[k]! >= best * 0.75).slice(0, 3) : [];
          const words = through ? [] : [...matched(kind, d)];
          for (const k of via) for (const w of matched("ai-rmf", k)) if (!words.includes(w)) words.push(w);
          out.push({
            target: target.id,
            kind,
            title: target.title,
            score: scores[d]!,
            matched: words,
            ...(via.length > 0 ? { via: via.map((k) => subcategoryIndex.targets[k]!.id) } : {}),
          });
        }
      }
      return out;
    },
  };
}
