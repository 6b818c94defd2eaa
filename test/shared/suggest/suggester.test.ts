import { describe, expect, it } from "vitest";
import { createSuggester, prepareCorpus } from "../../../shared/suggest/suggester";
import { tokens } from "../../../shared/suggest/text";

const suggester = createSuggester();
const TEXT = "The customer chatbot hallucinates wrong interest rates and leaks personal data to other users";

describe("suggestions for a text", () => {
  it("are the same on every call and from a freshly built index", () => {
    const first = suggester.suggest(TEXT, { top: 5, minScore: 0 });
    expect(suggester.suggest(TEXT, { top: 5, minScore: 0 })).toEqual(first);
    expect(createSuggester(prepareCorpus()).suggest(TEXT, { top: 5, minScore: 0 })).toEqual(first);
    expect(first.length).toBeGreaterThan(0);
  });

  it("score the same whatever the order of the words", () => {
    const reordered = "users other to data personal leaks and rates interest wrong hallucinates chatbot customer The";
    const score = (text: string) => suggester.suggest(text, { top: 5, minScore: 0 }).map((s) => [s.target, s.score]);
    expect(score(reordered)).toEqual(score(TEXT));
  });

  it("keep at most `top` per kind, best first, each between 0 and 1 and with words of the text that matched", () => {
    const found = suggester.suggest(TEXT, { top: 2, minScore: 0 });
    for (const kind of ["ai-rmf", "iso42001", "genai-risk", "trustworthiness"]) {
      const ofKind = found.filter((s) => s.kind === kind);
      expect(ofKind.length).toBeLessThanOrEqual(2);
      expect(ofKind.map((s) => s.score)).toEqual([...ofKind.map((s) => s.score)].sort((a, b) => b - a));
    }
    const words = new Set(tokens(TEXT).map((t) => t.word));
    for (const s of found) {
      expect(s.score).toBeGreaterThan(0);
      expect(s.score).toBeLessThan(1);
      expect(s.matched.length).toBeGreaterThan(0);
      // A matched word is one of the text's words, or a phrase of them that a synonym named.
      for (const w of s.matched) expect(w.split(" ").every((part) => words.has(part))).toBe(true);
    }
  });

  it("leave out everything below the minimum score, and everything at a minimum of 1", () => {
    const all = suggester.suggest(TEXT, { top: 50, minScore: 0 });
    const cut = 0.5;
    const kept = suggester.suggest(TEXT, { top: 50, minScore: cut });
    expect(kept).toEqual(all.filter((s) => s.score >= cut));
    expect(kept.length).toBeLessThan(all.length);
    expect(suggester.suggest(TEXT, { minScore: 1 })).toEqual([]);
  });

  it("never offer an excluded target", () => {
    const best = suggester.suggest(TEXT, { kinds: ["genai-risk"], top: 1, minScore: 0 })[0]!;
    const without = suggester.suggest(TEXT, { kinds: ["genai-risk"], top: 12, minScore: 0, exclude: new Set([best.target]) });
    expect(without.map((s) => s.target)).not.toContain(best.target);
  });

  it("read a register's words through synonyms: hallucination is AI 600-1 confabulation", () => {
    const [top] = suggester.suggest("The assistant hallucinates answers", { kinds: ["genai-risk"], top: 1, minScore: 0 });
    expect(top?.target).toBe("GAI:confabulation");
    expect(top?.matched).toContain("hallucinates");
  });

  it("reach ISO/IEC 42001 controls through their short titles or through the crosswalk, saying which subcategories led there", () => {
    const controls = suggester.suggest("Third-party vendor supplies the foundation model", { kinds: ["iso42001"], top: 5, minScore: 0 });
    expect(controls.map((c) => c.target)).toContain("ISO42001:A.10.3");
    for (const c of controls) for (const via of c.via ?? []) expect(via).toMatch(/^AIRMF:/);
  });

  it("rank AI RMF subcategories with the trained model as well as BM25 when asked, explained by words of the text either way", () => {
    const prepared = prepareCorpus();
    const lexical = suggester.suggest(TEXT, { kinds: ["ai-rmf"], top: 10, minScore: 0 });
    const withModel = createSuggester(prepared, { modelShare: 1 });
    const fused = withModel.suggest(TEXT, { kinds: ["ai-rmf"], top: 10, minScore: 0 });
    expect(withModel.suggest(TEXT, { kinds: ["ai-rmf"], top: 10, minScore: 0 })).toEqual(fused);
    expect(fused.map((s) => [s.target, s.score])).not.toEqual(lexical.map((s) => [s.target, s.score]));
    const words = new Set(tokens(TEXT).map((t) => t.word));
    for (const s of fused) expect(s.matched.length > 0 && s.matched.every((w) => w.split(" ").every((part) => words.has(part)))).toBe(true);
  });

  it("rank AI RMF subcategories by their tf-idf centroids as well as BM25 unless turned off, explained by words of the text either way", () => {
    const prepared = prepareCorpus();
    const lexicalOnly = createSuggester(prepared, { centroidShare: 0 }).suggest(TEXT, { kinds: ["ai-rmf"], top: 10, minScore: 0 });
    const withCentroids = suggester.suggest(TEXT, { kinds: ["ai-rmf"], top: 10, minScore: 0 });
    expect(withCentroids.map((s) => [s.target, s.score])).not.toEqual(lexicalOnly.map((s) => [s.target, s.score]));
    const words = new Set(tokens(TEXT).map((t) => t.word));
    for (const s of [...withCentroids, ...lexicalOnly]) expect(s.matched.length > 0 && s.matched.every((w) => w.split(" ").every((part) => words.has(part)))).toBe(true);
  });

  it("weigh adjacent words as phrases in the nearest passages when asked, still explained only by words of the text", () => {
    const phrased = createSuggester(prepareCorpus(), { passageBigrams: 1 });
    const reordered = "users other to data personal leaks and rates interest wrong hallucinates chatbot customer The";
    const score = (s: typeof suggester, text: string) => s.suggest(text, { kinds: ["ai-rmf"], top: 10, minScore: 0 }).map((x) => [x.target, x.score]);
    // Without bigrams the order of the words does not matter; with them "personal data" counts as a phrase only in the text's own order.
    expect(score(phrased, reordered)).not.toEqual(score(phrased, TEXT));
    expect(score(phrased, TEXT)).not.toEqual(score(suggester, TEXT));
    const words = new Set(tokens(TEXT).map((t) => t.word));
    for (const s of phrased.suggest(TEXT, { kinds: ["ai-rmf"], top: 10, minScore: 0 })) {
      expect(s.matched.length > 0 && s.matched.every((w) => w.split(" ").every((part) => words.has(part)))).toBe(true);
    }
  });

  it("give nothing for a text without words", () => {
    expect(suggester.suggest("  - 42 / ! ")).toEqual([]);
  });

  it("leave a held-out passage's text out of the index everywhere it fed", () => {
    const prepared = prepareCorpus();
    const action = prepared.corpus.passages.find((p) => p.origin === "genai-action")!;
    const fed = prepared.corpus.passages.filter((p) => p.key === action.key);
    expect(new Set(fed.map((p) => p.kind))).toEqual(new Set(["ai-rmf", "genai-risk"]));
    // With the action out, its exact text can no longer be the single best passage of its subcategory.
    const withIt = createSuggester(prepared, { kinds: ["ai-rmf"] }).suggest(action.text, { kinds: ["ai-rmf"], top: 72, minScore: 0 });
    const withoutIt = createSuggester(prepared, { kinds: ["ai-rmf"], excludeKeys: new Set([action.key]) }).suggest(action.text, { kinds: ["ai-rmf"], top: 72, minScore: 0 });
    const scoreOf = (list: typeof withIt) => list.find((s) => s.target === action.target)?.score ?? 0;
    expect(scoreOf(withoutIt)).toBeLessThan(scoreOf(withIt));
  });
});
