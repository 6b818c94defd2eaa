import fc from "fast-check";
import { describe, expect, it } from "vitest";
import airc from "../../../shared/crosswalk/data/ai-rmf-iso42001.airc.json";
import type { NamespacedId } from "../../../shared/catalog/framework";
import { defaultCrosswalk } from "../../../shared/crosswalk/default-graph";
import type { CrosswalkEdge, EdgeSource } from "../../../shared/crosswalk/edge";
import { CrosswalkGraph } from "../../../shared/crosswalk/graph";
import { invert, RELATIONSHIPS } from "../../../shared/crosswalk/relationship";

const SOURCE: EdgeSource = { id: "test", title: "test edges", authoredHere: true };
const edge = (from: string, to: string, relationship: CrosswalkEdge["relationship"]): CrosswalkEdge => ({
  from: from as NamespacedId,
  to: to as NamespacedId,
  relationship,
  source: "test",
});

describe("the AI RMF ↔ ISO 42001 crosswalk listed by the AIRC", () => {
  const graph = defaultCrosswalk();

  it("has all 280 pairs, each with its source", () => {
    const pairs = graph.edges.filter((e) => e.source === "airc-msft-ai-rmf-iso42001");
    expect(pairs).toHaveLength(280);
    expect(new Set(pairs.map((e) => `${e.from}>${e.to}`)).size).toBe(280);
    expect(pairs.every((e) => e.relationship === "related")).toBe(true);
  });

  it("finds every pair from both ends", () => {
    for (const e of airc.edges) {
      const forward = graph.lookup(e.from as NamespacedId, { to: "iso42001" }).map((t) => t.id);
      const inverse = graph.lookup(e.to as NamespacedId, { to: "ai-rmf" }).map((t) => t.id);
      expect(forward, e.from).toContain(e.to);
      expect(inverse, e.to).toContain(e.from);
    }
  });

  it("maps every one of the 72 subcategories and uses all 38 Annex A controls", () => {
    expect(new Set(airc.edges.map((e) => e.from)).size).toBe(72);
    expect(new Set(airc.edges.map((e) => e.to).filter((t) => t.startsWith("ISO42001:A."))).size).toBe(38);
  });

  it("resolves every pair to catalog items (no dangling ids)", () => {
    for (const e of graph.edges) {
      expect(graph.lookup(e.from).find((t) => t.id === e.to)?.title, `${e.from}→${e.to}`).toBeTruthy();
    }
  });

  it("corrects and notes the printing defects of the source", () => {
    const noted = airc.edges.filter((e) => "note" in e);
    expect(noted.map((e) => `${e.from}>${e.to}`).sort()).toEqual(
      ["AIRMF:GOVERN 2.1>ISO42001:7.2", "AIRMF:GOVERN 3.2>ISO42001:A.3.2", "AIRMF:MANAGE 1.1>ISO42001:A.6.2.4", "AIRMF:MAP 1.4>ISO42001:A.2.2", "AIRMF:MAP 1.5>ISO42001:6.1.1"].sort(),
    );
    const govern21 = airc.edges.find((e) => e.from === "AIRMF:GOVERN 2.1" && e.to === "ISO42001:7.2");
    expect(govern21?.printed).toBe("72");
    expect(airc.edges.filter((e) => e.printed.startsWith("B.")).every((e) => e.to.startsWith("ISO42001:A."))).toBe(true);
  });
});

describe("CrosswalkGraph queries", () => {
  const graph = new CrosswalkGraph(
    [SOURCE],
    [
      edge("AIRMF:GOVERN 1.1", "ISO42001:A.2.2", "subset"),
      edge("AIRMF:GOVERN 1.1", "ISO42001:5.2", "intersect"),
      edge("ISO42001:A.2.2", "ISO27001:A.5.1", "subset"),
      edge("ISO42001:5.2", "ISO27001:A.5.1", "equal"),
      edge("SP800-53:PM-1", "ISO27001:A.5.1", "intersect"),
      edge("SP800-53:AC-1", "ISO27001:A.5.1", "superset"),
    ],
  );

  it("returns direct targets with relationship, source, title and path", () => {
    const targets = graph.lookup("AIRMF:GOVERN 1.1" as NamespacedId);
    expect(targets.map((t) => [t.id, t.relationship, t.source, t.path])).toEqual([
      ["ISO42001:5.2", "intersect", "test", ["AIRMF:GOVERN 1.1", "ISO42001:5.2"]],
      ["ISO42001:A.2.2", "subset", "test", ["AIRMF:GOVERN 1.1", "ISO42001:A.2.2"]],
    ]);
    expect(targets[1]?.title).toBe("AI policy");
  });

  it("reads edges backwards with the inverse relationship", () => {
    const targets = graph.lookup("ISO27001:A.5.1" as NamespacedId, { to: "sp800-53" });
    expect(targets.map((t) => [t.id, t.relationship])).toEqual([
      ["SP800-53:AC-1", "subset"],
      ["SP800-53:PM-1", "intersect"],
    ]);
  });

  it("follows paths through other frameworks and keeps the strongest, reporting its weakest step", () => {
    const targets = graph.lookup("AIRMF:GOVERN 1.1" as NamespacedId, { to: "sp800-53", transitive: true });
    const ac1 = targets.find((t) => t.id === "SP800-53:AC-1");
    // GOVERN 1.1 ⊂ A.2.2 ⊂ ISO27001 A.5.1 ⊂ AC-1: a subset all the way.
    expect(ac1?.relationship).toBe("subset");
    expect(ac1?.path).toEqual(["AIRMF:GOVERN 1.1", "ISO42001:A.2.2", "ISO27001:A.5.1", "SP800-53:AC-1"]);
    // Every path to PM-1 ends in an overlap after another step: the overlap does not follow.
    expect(targets.find((t) => t.id === "SP800-53:PM-1")?.relationship).toBe("related");
  });

  it("does not go transitive unless asked", () => {
    expect(graph.lookup("AIRMF:GOVERN 1.1" as NamespacedId, { to: "sp800-53" })).toEqual([]);
  });

  it("never returns to a framework it has passed through", () => {
    const all = graph.lookup("AIRMF:GOVERN 1.1" as NamespacedId, { transitive: true });
    for (const t of all) {
      const frameworks = t.path.map((id) => id.split(":")[0]);
      expect(new Set(frameworks).size, t.path.join(" > ")).toBe(frameworks.length);
    }
  });

  it("rejects an edge that names no known source", () => {
    expect(() => new CrosswalkGraph([], [edge("AIRMF:GOVERN 1.1", "ISO42001:A.2.2", "equal")])).toThrow(/unknown source/);
  });

  it("answers unknown or malformed ids with no targets", () => {
    expect(graph.lookup("nonsense" as NamespacedId)).toEqual([]);
    expect(graph.lookup("ISO42001:A.99" as NamespacedId)).toEqual([]);
  });
});

describe("forward and inverse agree", () => {
  const ids = ["AIRMF:GOVERN 1.1", "AIRMF:MAP 1.1", "ISO42001:A.2.2", "ISO42001:6.1.2", "ISO27001:A.5.1", "ISO27001:8.2", "SP800-53:AC-1", "SP800-53:RA-3"];
  const arbEdge = fc
    .record({ from: fc.constantFrom(...ids), to: fc.constantFrom(...ids), relationship: fc.constantFrom(...RELATIONSHIPS) })
    .filter((e) => e.from.split(":")[0] !== e.to.split(":")[0]);

  it("on random graphs: B is a direct target of A exactly when A is one of B, with the inverse relationship", () => {
    fc.assert(
      fc.property(fc.uniqueArray(arbEdge, { selector: (e) => `${e.from}>${e.to}`, maxLength: 20 }), (edges) => {
        const g = new CrosswalkGraph([SOURCE], edges.map((e) => edge(e.from, e.to, e.relationship)));
        for (const a of ids) {
          for (const t of g.lookup(a as NamespacedId)) {
            const back = g.lookup(t.id).filter((u) => u.id === a);
            expect(back).toHaveLength(1);
            const direct = edges.filter((e) => (e.from === a && e.to === t.id) || (e.to === a && e.from === t.id));
            if (direct.length === 1) expect(back[0]?.relationship).toBe(invert(t.relationship));
          }
        }
      }),
    );
  });

  it("on the shipped crosswalk: every edge is found forward from its start and inverse from its end", () => {
    const graph = defaultCrosswalk();
    for (const e of graph.edges) {
      expect(graph.forward(e.from)).toContain(e);
      expect(graph.inverse(e.to)).toContain(e);
      const back = graph.lookup(e.to).find((t) => t.id === e.from);
      expect(back?.relationship, `${e.to} → ${e.from}`).toBe(invert(e.relationship));
    }
  });
});
