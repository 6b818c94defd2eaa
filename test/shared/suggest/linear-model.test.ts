import { describe, expect, it } from "vitest";
import { type LabelledText, linearScores, queryFeatures, trainLinearModel } from "../../../shared/suggest/linear-model";
import { subcategoryTrainingTexts } from "../../../shared/suggest/subcategory-model";
import { prepareCorpus } from "../../../shared/suggest/suggester";
import { stems } from "../../../shared/suggest/text";

const texts = (rows: readonly [number, string][]): LabelledText[] => rows.map(([label, text]) => ({ label, stems: stems(text), weight: 1 }));

/** Two classes that share most of their words and differ by one each (the sibling-subcategory case). */
const SIBLINGS = texts([
  [0, "monitor the deployed model for drift in production"],
  [0, "monitor drift of model inputs after deployment"],
  [0, "track drift with production monitoring dashboards"],
  [1, "monitor the deployed model for fairness across groups"],
  [1, "monitor fairness of model outcomes after deployment"],
  [1, "track fairness with production monitoring dashboards"],
]);

const best = (scores: Float64Array) => scores.indexOf(Math.max(...scores));
const query = (model: ReturnType<typeof trainLinearModel>, text: string) => linearScores(model, queryFeatures(model, stems(text).map((stem) => ({ stem, weight: 1 }))));

describe("the linear model", () => {
  it("learns the word that sets two classes apart, not the words they share", () => {
    const model = trainLinearModel(SIBLINGS, 2);
    expect(best(query(model, "drift monitoring"))).toBe(0);
    expect(best(query(model, "fairness monitoring"))).toBe(1);
    const shared = query(model, "monitor the deployed model");
    const apart = query(model, "drift");
    expect(Math.abs(shared[0]! - shared[1]!)).toBeLessThan(Math.abs(apart[0]! - apart[1]!));
  });

  it("gives equal weights for equal texts (a fixed training order)", () => {
    const a = trainLinearModel(SIBLINGS, 2);
    const b = trainLinearModel(SIBLINGS, 2);
    expect(Array.from(a.weights)).toEqual(Array.from(b.weights));
    expect(Array.from(a.bias)).toEqual(Array.from(b.bias));
  });

  it("knows only the stems of the texts it was trained on: a word of a left-out text scores nothing", () => {
    expect(trainLinearModel(SIBLINGS, 2).vocabulary.has(stems("inputs")[0]!)).toBe(true);
    // "inputs" is only in the second text.
    const left = trainLinearModel(SIBLINGS.filter((_, i) => i !== 1), 2);
    expect(left.vocabulary.has(stems("inputs")[0]!)).toBe(false);
    expect(Array.from(query(left, "inputs"))).toEqual(Array.from(left.bias));
  });
});

describe("the subcategory model's training texts", () => {
  const prepared = prepareCorpus();
  const position = new Map(prepared.corpus.targets.filter((t) => t.kind === "ai-rmf").map((t, i) => [t.id, i]));

  it("are every AI RMF passage, labelled with its subcategory and weighted as in its document", () => {
    const all = subcategoryTrainingTexts(prepared.corpus.passages, prepared.stems, position, () => true, (p) => p.weight);
    const aiRmf = prepared.corpus.passages.filter((p) => p.kind === "ai-rmf");
    expect(all).toHaveLength(aiRmf.length);
    expect(new Set(all.map((t) => t.label)).size).toBe(position.size);
    const statement = aiRmf.findIndex((p) => p.origin === "statement");
    expect(all[statement]).toMatchObject({ label: position.get(aiRmf[statement]!.target), weight: aiRmf[statement]!.weight });
  });

  it("leave a held-out action out: its own counts are absent from the training texts", () => {
    const action = prepared.corpus.passages.find((p) => p.origin === "genai-action")!;
    const keep = (p: { key: string }) => p.key !== action.key;
    const all = subcategoryTrainingTexts(prepared.corpus.passages, prepared.stems, position, () => true, (p) => p.weight);
    const without = subcategoryTrainingTexts(prepared.corpus.passages, prepared.stems, position, keep, (p) => p.weight);
    expect(without).toHaveLength(all.length - 1);
    const count = (list: LabelledText[], stem: string) => list.reduce((n, t) => n + t.stems.filter((s) => s === stem).length, 0);
    const own = stems(action.text);
    for (const stem of new Set(own)) expect(count(all, stem) - count(without, stem)).toBe(own.filter((s) => s === stem).length);
  });
});
