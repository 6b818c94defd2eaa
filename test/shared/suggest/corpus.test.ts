import { describe, expect, it } from "vitest";
import { playbookFor } from "../../../shared/catalog/playbook";
import { buildCorpus } from "../../../shared/suggest/corpus";

describe("the corpus", () => {
  const corpus = buildCorpus();

  it("describes each AI RMF subcategory with its Playbook About text, one passage per sentence", () => {
    const about = corpus.passages.filter((p) => p.origin === "playbook-about" && p.target === "AIRMF:GOVERN 1.1");
    const paragraphs = playbookFor("GOVERN 1.1")!.about;
    expect(paragraphs.length).toBeGreaterThan(0);
    // Every sentence of the About text, in order, and nothing else.
    expect(about.map((p) => p.text).join(" ")).toBe(paragraphs.join(" "));
    expect(about.length).toBeGreaterThan(paragraphs.length);
    expect(about.some((p) => p.text.startsWith("Disparate impact is broadly defined"))).toBe(true);
    // "e.g., nondiscrimination" does not end a sentence.
    expect(about.some((p) => /\(e\.g\., nondiscrimination/.test(p.text))).toBe(true);
    expect(new Set(about.map((p) => p.key)).size).toBe(about.length);
  });

  it("gives every AI RMF subcategory some About text", () => {
    const withAbout = new Set(corpus.passages.filter((p) => p.origin === "playbook-about").map((p) => p.target));
    expect(withAbout.size).toBe(corpus.targets.filter((t) => t.kind === "ai-rmf").length);
  });
});
