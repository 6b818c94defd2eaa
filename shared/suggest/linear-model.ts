/**
 * A multinomial logistic-regression classifier (softmax over the classes) trained at load time on
 * labelled texts: for suggestions, every AI RMF passage labelled with its subcategory. Where BM25
 * asks "how much of this text's vocabulary does the subcategory use", the model learns which
 * words set a subcategory apart from the others — the weak point of a lexical model when sibling
 * subcategories share their words. Nothing is stored: the weights are derived from the corpus in a
 * few passes, so a held-out text is left out simply by training without it.
 */
export interface LabelledText {
  /** Position of the text's class. */
  readonly label: number;
  readonly stems: readonly string[];
  /** How much the text counts in training (a subcategory's statement more than one action). */
  readonly weight: number;
}

export interface LinearModelParams {
  /** Passes over the texts. */
  readonly epochs: number;
  /** Step size of the first pass; pass e uses rate / (1 + e). */
  readonly rate: number;
  /** L2 weight decay per step. */
  readonly decay: number;
  /** Seed of the training order's shuffle. */
  readonly seed: number;
}

/**
 * Chosen on the leave-one-out benchmark: three passes get within noise of ten at a third of the
 * training time (`docs/suggest.md`, Benchmark).
 */
export const LINEAR_MODEL_PARAMS: LinearModelParams = { epochs: 3, rate: 1, decay: 1e-4, seed: 12345 };

export interface LinearModel {
  readonly classes: number;
  /** Stem → its feature position. Only stems of the training texts. */
  readonly vocabulary: ReadonlyMap<string, number>;
  /** Per feature, its idf over the training texts. */
  readonly idf: Float64Array;
  /** Feature-major: weights[feature × classes + class]. */
  readonly weights: Float64Array;
  readonly bias: Float64Array;
}

/** A text's features: positions and tf-idf values (log term frequency), scaled to unit length. */
export interface Features {
  readonly index: Int32Array;
  readonly value: Float64Array;
}

function features(counts: ReadonlyMap<number, number>, idf: Float64Array): Features {
  const index = Int32Array.from(counts.keys());
  const value = new Float64Array(index.length);
  let norm = 0;
  let k = 0;
  for (const count of counts.values()) {
    const v = Math.log(1 + count) * idf[index[k]!]!;
    value[k] = v;
    norm += v * v;
    k += 1;
  }
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < value.length; i += 1) value[i] = value[i]! / norm;
  return { index, value };
}

function vocabularyOf(texts: readonly LabelledText[]): { vocabulary: Map<string, number>; idf: Float64Array } {
  const vocabulary = new Map<string, number>();
  const df: number[] = [];
  for (const text of texts) {
    for (const stem of new Set(text.stems)) {
      let v = vocabulary.get(stem);
      if (v === undefined) {
        vocabulary.set(stem, (v = vocabulary.size));
        df.push(0);
      }
      df[v] = df[v]! + 1;
    }
  }
  const n = texts.length;
  // Smoothed idf: a stem in every text still counts a little.
  return { vocabulary, idf: Float64Array.from(df, (d) => Math.log((n + 1) / (d + 1)) + 1) };
}

/** A fixed-seed linear congruential generator: the training order is shuffled the same way on every run. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    return state / 0x80000000;
  };
}

function shuffle(order: Int32Array, random: () => number): void {
  for (let i = order.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
}

/** A class's logit gradient below this (per unit of step size) is not applied to its weights. */
const GRADIENT_FLOOR = 1e-3;

/** Class scores (logits) of one feature vector, into `out`. */
function logitsInto(model: LinearModel, x: Features, out: Float64Array): void {
  const c = model.classes;
  const weights = model.weights;
  out.set(model.bias);
  for (let k = 0; k < x.index.length; k += 1) {
    const offset = x.index[k]! * c;
    const v = x.value[k]!;
    for (let j = 0; j < c; j += 1) out[j] = out[j]! + weights[offset + j]! * v;
  }
}

/** One stochastic-gradient step of the softmax cross-entropy on one text, its gradient scaled by the text's weight. */
function step(model: LinearModel, x: Features, text: LabelledText, rate: number, decay: number, scratch: Float64Array, active: Int32Array): void {
  const c = model.classes;
  const { weights, bias } = model;
  logitsInto(model, x, scratch);
  let max = -Infinity;
  for (let j = 0; j < c; j += 1) if (scratch[j]! > max) max = scratch[j]!;
  let sum = 0;
  for (let j = 0; j < c; j += 1) sum += scratch[j] = Math.exp(scratch[j]! - max);
  // scratch becomes the scaled gradient of each class's logit; classes the text gives next to no
  // probability are left alone (their gradient is below GRADIENT_FLOOR), which skips most of the
  // update's work and changes the weights by less than the decay does.
  const scale = (rate * text.weight) / sum;
  let moved = 0;
  for (let j = 0; j < c; j += 1) {
    const g = scratch[j]! * scale - (j === text.label ? rate * text.weight : 0);
    bias[j] = bias[j]! - g;
    if (g > GRADIENT_FLOOR * rate || g < -GRADIENT_FLOOR * rate) {
      active[moved] = j;
      scratch[moved] = g;
      moved += 1;
    }
  }
  const keep = 1 - rate * decay;
  for (let k = 0; k < x.index.length; k += 1) {
    const offset = x.index[k]! * c;
    const v = x.value[k]!;
    for (let m = 0; m < moved; m += 1) {
      const at = offset + active[m]!;
      weights[at] = weights[at]! * keep - scratch[m]! * v;
    }
  }
}

/**
 * Trains the model by stochastic gradient descent, in a shuffled order fixed by a constant seed,
 * so equal texts give equal weights. Each text's step is scaled by its weight.
 */
export function trainLinearModel(texts: readonly LabelledText[], classes: number, params: LinearModelParams = LINEAR_MODEL_PARAMS): LinearModel {
  const { vocabulary, idf } = vocabularyOf(texts);
  const model: LinearModel = { classes, vocabulary, idf, weights: new Float64Array(vocabulary.size * classes), bias: new Float64Array(classes) };
  const xs = texts.map((text) => {
    const counts = new Map<number, number>();
    for (const stem of text.stems) {
      const v = vocabulary.get(stem)!;
      counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    return features(counts, idf);
  });
  const order = Int32Array.from(texts.keys());
  const random = seededRandom(params.seed);
  const scratch = new Float64Array(classes);
  const active = new Int32Array(classes);
  for (let epoch = 0; epoch < params.epochs; epoch += 1) {
    shuffle(order, random);
    const rate = params.rate / (1 + epoch);
    for (const i of order) step(model, xs[i]!, texts[i]!, rate, params.decay, scratch, active);
  }
  return model;
}

/** A query's features: its stems with their (weighted) counts; stems the model never saw are dropped. */
export function queryFeatures(model: LinearModel, terms: readonly { readonly stem: string; readonly weight: number }[]): Features {
  const counts = new Map<number, number>();
  for (const term of terms) {
    const v = model.vocabulary.get(term.stem);
    if (v !== undefined) counts.set(v, (counts.get(v) ?? 0) + term.weight);
  }
  return features(counts, model.idf);
}

/** The class scores (logits) of a query: higher is likelier. */
export function linearScores(model: LinearModel, x: Features): Float64Array {
  const out = new Float64Array(model.classes);
  logitsInto(model, x, out);
  return out;
}

/** What one feature of a query adds to one class's score. */
export function featureContribution(model: LinearModel, x: Features, k: number, label: number): number {
  return model.weights[x.index[k]! * model.classes + label]! * x.value[k]!;
}
