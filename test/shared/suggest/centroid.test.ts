import { describe, expect, it } from "vitest";
import { buildCentroids, centroidContribution, centroidQuery, centroidScores } from "../../../shared/suggest/centroid";
import type { LabelledText } from "../../../shared/suggest/linear-model";
import { stems } from "../../../shared/suggest/text";

const texts = (rows: readonly [number, string, number?][]): LabelledText[] => rows.map(([label, text, weight]) => ({ label, stems: stems(text), weight: weight ?? 1 }));
const ask = (text: string) => stems(text).map((stem) => ({ stem, weight: 1 }));

/** Class 0 is about drift throughout; class 1 has many texts, one of which mentions drift in passing. */
const CLASSES = texts([
  [0, "monitor drift of the deployed model"],
  [0, "drift alerts when inputs shift"],
  [1, "document the model's intended purpose"],
  [1, "document the model's known limitations"],
  [1, "document who approved the deployment"],
  [1, "document the training data, its sources and a drift review"],
  [2, "assess fairness across demographic groups"],
]);

describe("tf-idf centroids", () => {
  it("score highest the class whose typical text is about the query's words, and 0 a class without any of them", () => {
    const centroids = buildCentroids(CLASSES, 3);
    const scores = centroidScores(centroids, centroidQuery(centroids, ask("model drift")));
    expect(scores[0]).toBeGreaterThan(scores[1]!);
    expect(scores[1]).toBeGreaterThan(0);
    expect(scores[2]).toBe(0);
  });

  it("are cosines: between 0 and 1, and 1 for a query that repeats a class's only text", () => {
    const centroids = buildCentroids(CLASSES, 3);
    const scores = centroidScores(centroids, centroidQuery(centroids, ask("assess fairness across demographic groups")));
    expect(scores[2]).toBeCloseTo(1, 10);
    for (const s of scores) expect(s >= 0 && s <= 1 + 1e-12).toBe(true);
  });

  it("count a text at its weight", () => {
    const light = buildCentroids(texts([[0, "drift alerts"], [0, "approval records", 0.1], [1, "approval records"]]), 2);
    const heavy = buildCentroids(texts([[0, "drift alerts"], [0, "approval records", 3], [1, "approval records"]]), 2);
    const approval = (c: ReturnType<typeof buildCentroids>) => centroidScores(c, centroidQuery(c, ask("approval")))[0]!;
    expect(approval(heavy)).toBeGreaterThan(approval(light));
  });

  it("know nothing of a text left out: its own words score no class", () => {
    const centroids = buildCentroids(CLASSES.filter((t) => t.label !== 2), 3);
    expect(Array.from(centroidScores(centroids, centroidQuery(centroids, ask("fairness demographic"))))).toEqual([0, 0, 0]);
  });

  it("explain a score word by word: the words' contributions add up to it", () => {
    const centroids = buildCentroids(CLASSES, 3);
    const words = [...new Set(stems("document drift of the model"))];
    const query = centroidQuery(centroids, ask("document drift of the model"));
    const scores = centroidScores(centroids, query);
    for (const label of [0, 1]) {
      const sum = words.reduce((a, stem) => a + centroidContribution(centroids, query, stem, label), 0);
      expect(sum).toBeCloseTo(scores[label]!, 12);
    }
  });
});
