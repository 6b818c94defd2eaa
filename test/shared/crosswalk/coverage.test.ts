import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { iso42001AnnexAControls } from "../../../shared/catalog/catalogs";
import type { NamespacedId } from "../../../shared/catalog/framework";
import { assessableItems, coverage } from "../../../shared/crosswalk/coverage";
import { defaultCrosswalk } from "../../../shared/crosswalk/default-graph";
import type { CrosswalkEdge } from "../../../shared/crosswalk/edge";
import { CrosswalkGraph } from "../../../shared/crosswalk/graph";

const e = (from: string, to: string): CrosswalkEdge => ({ from: from as NamespacedId, to: to as NamespacedId, relationship: "related", source: "t" });
const graph = new CrosswalkGraph(
  [{ id: "t", title: "t", authoredHere: true }],
  [
    e("AIRMF:GOVERN 1.1", "ISO42001:A.2.2"),
    e("AIRMF:GOVERN 1.1", "ISO42001:A.2.4"),
    e("AIRMF:GOVERN 1.2", "ISO42001:A.2.2"),
    e("AIRMF:MAP 1.1", "ISO42001:A.5.2"),
  ],
);

describe("coverage inference", () => {
  it("counts a subcategory supported by two implemented controls once, with both supports", () => {
    const result = coverage(graph, ["ISO42001:A.2.2", "ISO42001:A.2.4"], "ai-rmf");
    expect(result.covered.map((c) => c.id)).toEqual(["AIRMF:GOVERN 1.1", "AIRMF:GOVERN 1.2"]);
    expect(result.covered[0]?.supportedBy.map((s) => s.by)).toEqual(["ISO42001:A.2.2", "ISO42001:A.2.4"]);
    expect(result.total).toBe(72);
    expect(result.uncovered).toHaveLength(70);
  });

  it("ignores a control listed twice and reports ids that lead nowhere", () => {
    const result = coverage(graph, ["ISO42001:A.2.2", "ISO42001:A.2.2", "ISO42001:A.9.9", "junk"], "ai-rmf");
    expect(result.covered[0]?.supportedBy).toHaveLength(1);
    expect(result.unused).toEqual(["ISO42001:A.9.9", "junk"]);
  });

  it("lets an implemented item of the target framework cover itself", () => {
    const result = coverage(graph, ["AIRMF:MAP 1.1"], "ai-rmf");
    expect(result.covered.map((c) => c.id)).toEqual(["AIRMF:MAP 1.1"]);
  });

  it("on the shipped crosswalk, all 38 Annex A controls give evidence for most subcategories", () => {
    const result = coverage(defaultCrosswalk(), iso42001AnnexAControls().map((c) => c.id), "ai-rmf");
    expect(result.covered.length + result.uncovered.length).toBe(72);
    expect(result.covered.length).toBeGreaterThan(50);
    expect(result.unused).toEqual([]);
  });

  it("never counts more covered items than exist, and covered plus uncovered is the total", () => {
    const controls = iso42001AnnexAControls().map((c) => c.id);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...controls), { maxLength: 60 }), (implemented) => {
        const result = coverage(defaultCrosswalk(), implemented, "ai-rmf");
        expect(result.covered.length + result.uncovered.length).toBe(result.total);
        expect(new Set(result.covered.map((c) => c.id)).size).toBe(result.covered.length);
        for (const c of result.covered) expect(new Set(c.supportedBy.map((s) => s.by)).size).toBe(c.supportedBy.length);
      }),
      { numRuns: 50 },
    );
  });

  it("treats leaf clauses and controls as assessable, never headers", () => {
    const ids = assessableItems("iso42001").map((i) => i.ref);
    expect(ids).toContain("6.1.2");
    expect(ids).not.toContain("6.1");
    expect(ids).not.toContain("A.2");
    expect(ids.filter((r) => r.startsWith("A."))).toHaveLength(38);
  });
});
