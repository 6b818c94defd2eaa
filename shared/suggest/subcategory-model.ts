import type { Passage } from "./corpus";
import { type Features, featureContribution, type LabelledText, type LinearModel, type LinearModelParams, linearScores, queryFeatures, trainLinearModel } from "./linear-model";
import type { QueryTerm } from "./query-terms";
import { addStandardised } from "./standardised-fusion";

/**
 * The supervised half of an AI RMF subcategory's score: a linear model trained on the corpus's
 * own AI RMF passages (statements, category statements, Playbook About sentences, actions and
 * documentation prompts, AI 600-1 actions), each labelled with its subcategory and weighted as in
 * the subcategory's BM25 document. Its scores are added to the lexical ones after both are put on
 * one scale (`fuseModelScores`).
 */
export interface SubcategoryModel {
  readonly model: LinearModel;
}

/**
 * The labelled texts the model learns from: every AI RMF passage `include` keeps (the benchmark
 * leaves its held-out text out here as everywhere else), in corpus order.
 */
export function subcategoryTrainingTexts(
  passages: readonly Passage[],
  stems: readonly (readonly string[])[],
  position: ReadonlyMap<string, number>,
  include: (passage: Passage) => boolean,
  weightOf: (passage: Passage) => number,
): LabelledText[] {
  const out: LabelledText[] = [];
  passages.forEach((passage, p) => {
    const label = position.get(passage.target);
    const weight = weightOf(passage);
    if (passage.kind !== "ai-rmf" || label === undefined || weight <= 0 || !include(passage)) return;
    out.push({ label, stems: stems[p]!, weight });
  });
  return out;
}

export function trainSubcategoryModel(texts: readonly LabelledText[], subcategories: number, params?: LinearModelParams): SubcategoryModel {
  return { model: trainLinearModel(texts, subcategories, params) };
}

/** A query as the model reads it, with its class scores. */
export interface ModelReading {
  readonly features: Features;
  readonly logits: Float64Array;
  /** Raw-score units per logit unit in the fused score (0 when the model added nothing). */
  scale: number;
}

export function readQuery(model: SubcategoryModel, terms: readonly QueryTerm[]): ModelReading {
  const features = queryFeatures(model.model, terms);
  return { features, logits: linearScores(model.model, features), scale: 0 };
}

/**
 * Adds `share` × the model's standardised scores to the lexical ones (`addStandardised`); sets
 * `reading.scale`.
 */
export function fuseModelScores(raw: Float64Array, reading: ModelReading, share: number): void {
  reading.scale = addStandardised(raw, reading.logits, share);
}

/**
 * What each query stem adds to one subcategory's fused score through the model (stem → raw-score
 * units, positive or negative), for the words shown as matched.
 */
export function modelContributions(model: SubcategoryModel, reading: ModelReading, label: number): Map<number, number> {
  const out = new Map<number, number>();
  if (reading.scale === 0) return out;
  for (let k = 0; k < reading.features.index.length; k += 1) {
    out.set(reading.features.index[k]!, reading.scale * featureContribution(model.model, reading.features, k, label));
  }
  return out;
}
