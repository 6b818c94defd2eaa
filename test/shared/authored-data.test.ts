import { describe, expect, it } from "vitest";
import { z } from "zod";
import crosswalkJson from "../../shared/crosswalk/data/iso42001-iso27001.authored.json";
import activitiesJson from "../../shared/catalog/data/activities.json";

// The valid ids are embedded here (from the ISO outlines' ids and the AI RMF Core) so this test
// checks the authored files against the standards' structure without reading anything outside
// the repository. Ids only: no titles, no ISO text.

function range(prefix: string, from: number, to: number): string[] {
  const out: string[] = [];
  for (let n = from; n <= to; n += 1) out.push(`${prefix}${n}`);
  return out;
}

/** ISO/IEC 42001:2023 clause items that carry requirements (headers excluded). */
const ISO42001_CLAUSES = [
  "4.1", "4.2", "4.3", "4.4",
  "5.1", "5.2", "5.3",
  "6.1.1", "6.1.2", "6.1.3", "6.1.4", "6.2", "6.3",
  "7.1", "7.2", "7.3", "7.4", "7.5.1", "7.5.2", "7.5.3",
  "8.1", "8.2", "8.3", "8.4",
  "9.1", "9.2.1", "9.2.2", "9.3.1", "9.3.2", "9.3.3",
  "10.1", "10.2",
];

/** Headings of both standards that group subclauses and are never mapped themselves. */
const CLAUSE_HEADERS = ["4", "5", "6", "7", "8", "9", "10", "6.1", "7.5", "9.2", "9.3"];

const ISO42001_CONTROLS = [
  "A.2.2", "A.2.3", "A.2.4",
  "A.3.2", "A.3.3",
  "A.4.2", "A.4.3", "A.4.4", "A.4.5", "A.4.6",
  "A.5.2", "A.5.3", "A.5.4", "A.5.5",
  "A.6.1.2", "A.6.1.3",
  "A.6.2.2", "A.6.2.3", "A.6.2.4", "A.6.2.5", "A.6.2.6", "A.6.2.7", "A.6.2.8",
  "A.7.2", "A.7.3", "A.7.4", "A.7.5", "A.7.6",
  "A.8.2", "A.8.3", "A.8.4", "A.8.5",
  "A.9.2", "A.9.3", "A.9.4",
  "A.10.2", "A.10.3", "A.10.4",
];

/** ISO/IEC 27001:2022 has no 6.1.4 and no 8.4; otherwise the same harmonised clause items. */
const ISO27001_CLAUSES = ISO42001_CLAUSES.filter((c) => c !== "6.1.4" && c !== "8.4");

const ISO27001_CONTROLS = [
  ...range("A.5.", 1, 37),
  ...range("A.6.", 1, 8),
  ...range("A.7.", 1, 14),
  ...range("A.8.", 1, 34),
];

const AI_RMF_FUNCTIONS = ["GOVERN", "MAP", "MEASURE", "MANAGE"] as const;

/** Subcategories per category, in Core order: GOVERN 1 has 7 (GOVERN 1.1 … 1.7), and so on. */
const AI_RMF_SHAPE: Record<(typeof AI_RMF_FUNCTIONS)[number], number[]> = {
  GOVERN: [7, 3, 2, 3, 2, 2],
  MAP: [6, 3, 5, 2, 2],
  MEASURE: [3, 13, 3, 3],
  MANAGE: [4, 4, 2, 3],
};

const AI_RMF_SUBCATEGORIES = AI_RMF_FUNCTIONS.flatMap((fn) =>
  AI_RMF_SHAPE[fn].flatMap((count, i) => range(`${fn} ${i + 1}.`, 1, count)),
);

const ACTIVITY_IDS = [
  "ai-policy",
  "ai-system-inventory",
  "risk-assessment",
  "metrics-monitoring",
  "risk-register-action",
  "management-review",
];

const ARTIFACTS = [
  "management-system",
  "ai-systems",
  "risk-register",
  "impact-assessments",
  "soa",
  "profile",
] as const;

/** Matches an id as a whole token, so `A.5.2` is not found inside `A.5.23` or `A.5.2.1`. */
function mentions(text: string, id: string): boolean {
  const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(^|[^\\w.])${escaped}(?!\\.?\\w)`).test(text);
}

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => (seen.has(v) ? true : (seen.add(v), false)));
}

function bare(id: string, prefix: string): string {
  return id.startsWith(`${prefix}:`) ? id.slice(prefix.length + 1) : "";
}

const isAnnexA = (ref: string) => ref.startsWith("A.");

const crosswalkSchema = z.strictObject({
  source: z.strictObject({
    id: z.literal("crosswalk-iso42001-iso27001"),
    title: z.string().min(1),
    edition: z.string().min(1),
    authoredHere: z.literal(true),
    note: z.string().min(1),
  }),
  edges: z
    .array(
      z.strictObject({
        from: z.string().regex(/^ISO42001:[A-Z0-9.]+$/),
        to: z.string().regex(/^ISO27001:[A-Z0-9.]+$/),
        // An authored edge always has a type; `related` is reserved for untyped sources.
        relationship: z.enum(["equal", "subset", "superset", "intersect"]),
        rationale: z
          .string()
          .min(1)
          .max(200)
          .refine((s) => s.trim() === s, "rationale has surrounding whitespace"),
      }),
    )
    .min(1),
  // Every re-judged edge: what it was, what it is now ("none": no edge), and why.
  decisions: z.array(
    z.strictObject({
      from: z.string().regex(/^ISO42001:[A-Z0-9.]+$/),
      to: z.string().regex(/^ISO27001:[A-Z0-9.]+$/),
      before: z.enum(["equal", "subset", "superset", "intersect", "none"]),
      after: z.enum(["equal", "subset", "superset", "intersect", "none"]),
      decided: z.string().min(1),
      rationale: z.string().min(1).max(200),
    }),
  ),
});

const activitySchema = z.strictObject({
  id: z.string(),
  title: z.string().min(1),
  summary: z.string().min(1),
  artifact: z.enum(ARTIFACTS),
  aiRmfFunctions: z.array(z.enum(AI_RMF_FUNCTIONS)).min(1),
  aiRmfSubcategories: z.array(z.string()).min(1),
  iso42001Clauses: z.array(z.string()).min(1),
  iso42001Controls: z.array(z.string()),
  seed: z.strictObject({
    aiRmf: z.string().min(1),
    iso42001: z.string().min(1),
    aiRmfFunctions: z.array(z.enum(AI_RMF_FUNCTIONS)).min(1),
    iso42001Clauses: z.array(z.string()).min(1),
    iso42001Controls: z.array(z.string()),
    note: z.string().optional(),
  }),
});

describe("embedded reference id lists", () => {
  it("hold the outline counts the tests rely on", () => {
    expect(ISO42001_CLAUSES).toHaveLength(32);
    expect(ISO42001_CONTROLS).toHaveLength(38);
    expect(ISO27001_CLAUSES).toHaveLength(30);
    expect(ISO27001_CONTROLS).toHaveLength(93);
    expect(AI_RMF_SUBCATEGORIES).toHaveLength(72);
    expect(AI_RMF_SUBCATEGORIES).toContain("MEASURE 2.13");
    expect(AI_RMF_SUBCATEGORIES).not.toContain("GOVERN 1.8");
  });

  it("find ids as whole tokens only", () => {
    expect(mentions("controls A.5.2 (x) and A.7.4,", "A.5.2")).toBe(true);
    expect(mentions("controls A.5.2.", "A.5.2")).toBe(true);
    expect(mentions("only A.5.23 here", "A.5.2")).toBe(false);
    expect(mentions("only A.5.2.1 here", "A.5.2")).toBe(false);
    expect(mentions("see 6.1.4", "6.1")).toBe(false);
  });
});

describe("ISO/IEC 42001 ↔ ISO/IEC 27001 authored crosswalk", () => {
  // Checks below read the raw JSON so that a schema failure is reported by its own test
  // instead of aborting the whole file at collection time.
  const { edges, source } = crosswalkJson;
  const pairs = edges.map((e) => ({
    ...e,
    fromRef: bare(e.from, "ISO42001"),
    toRef: bare(e.to, "ISO27001"),
  }));
  const clauseEdges = pairs.filter((e) => !isAnnexA(e.fromRef));
  const annexEdges = pairs.filter((e) => isAnnexA(e.fromRef));

  it("has the shape of an authored source with typed edges and short rationales", () => {
    const result = crosswalkSchema.safeParse(crosswalkJson);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it("runs every edge from an existing ISO 42001 item to an existing ISO 27001 item", () => {
    const valid42001 = new Set([...ISO42001_CLAUSES, ...ISO42001_CONTROLS]);
    const valid27001 = new Set([...ISO27001_CLAUSES, ...ISO27001_CONTROLS]);
    expect(pairs.filter((e) => !valid42001.has(e.fromRef)).map((e) => e.from)).toEqual([]);
    expect(pairs.filter((e) => !valid27001.has(e.toRef)).map((e) => e.to)).toEqual([]);
  });

  it("never maps a clause heading, only its subclauses", () => {
    const headers = new Set(CLAUSE_HEADERS);
    expect(pairs.filter((e) => headers.has(e.fromRef) || headers.has(e.toRef))).toEqual([]);
  });

  it("lists each pair of ids once", () => {
    expect(duplicates(edges.map((e) => `${e.from} -> ${e.to}`))).toEqual([]);
  });

  it("pairs clauses with clauses and Annex A controls with Annex A controls", () => {
    expect(clauseEdges.filter((e) => isAnnexA(e.toRef))).toEqual([]);
    expect(annexEdges.filter((e) => !isAnnexA(e.toRef))).toEqual([]);
  });

  it("maps every harmonised clause to the same clause of ISO 27001", () => {
    const sameNumber = new Set(
      clauseEdges.filter((e) => e.fromRef === e.toRef).map((e) => e.fromRef),
    );
    expect(ISO27001_CLAUSES.filter((c) => !sameNumber.has(c))).toEqual([]);
  });

  it("gives the AI system impact assessment clauses no ISO 27001 partner, as the note says", () => {
    for (const clause of ["6.1.4", "8.4"]) {
      expect(clauseEdges.filter((e) => e.fromRef === clause)).toEqual([]);
      expect(mentions(source.note, clause)).toBe(true);
    }
  });

  it("names in the source note every ISO 42001 Annex A control it leaves unmapped", () => {
    const mapped = new Set(annexEdges.map((e) => e.fromRef));
    const unmapped = ISO42001_CONTROLS.filter((c) => !mapped.has(c));
    expect(unmapped.length).toBeGreaterThan(0);
    expect(unmapped.filter((c) => !mentions(source.note, c))).toEqual([]);
  });

  it("does not claim in the note that a mapped Annex A control is unmapped", () => {
    const mapped = new Set(annexEdges.map((e) => e.fromRef));
    const named = ISO42001_CONTROLS.filter((c) => mentions(source.note, c));
    expect(named.filter((c) => mapped.has(c))).toEqual([]);
  });

  it("records every re-judged edge with its rationale, and the edges agree with the decisions", () => {
    const { decisions } = crosswalkJson;
    const key = (d: { from: string; to: string }) => `${d.from} -> ${d.to}`;
    const judged = new Set(decisions.map(key));
    for (const pair of [["4.3", "4.3"], ["5.2", "5.2"], ["A.4.6", "A.6.3"], ["A.8.2", "A.5.37"], ["A.6.2.7", "A.5.37"], ["A.8.3", "A.6.8"], ["A.6.2.6", "A.8.32"], ["A.6.2.8", "A.8.15"], ["A.7.2", "A.5.12"], ["A.7.3", "A.5.12"]]) {
      expect(judged.has(`ISO42001:${pair[0]} -> ISO27001:${pair[1]}`), pair.join(" → ")).toBe(true);
    }
    for (const d of decisions) {
      const edge = edges.find((e) => key(e) === key(d));
      expect(edge?.relationship ?? "none", key(d)).toBe(d.after);
    }
  });

  it("calls the scope clause a subset and the AI policy a superset of their 27001 clauses", () => {
    expect(edges.find((e) => e.from === "ISO42001:4.3" && e.to === "ISO27001:4.3")?.relationship).toBe("subset");
    expect(edges.find((e) => e.from === "ISO42001:5.2" && e.to === "ISO27001:5.2")?.relationship).toBe("superset");
  });

  it("types every Annex A edge as intersect, as the note explains", () => {
    expect(annexEdges.filter((e) => e.relationship !== "intersect")).toEqual([]);
    expect(source.note).toMatch(/Every Annex A to Annex A edge is intersect/);
  });

  it("rejects an edge typed `related` or with an over-long rationale", () => {
    const edge = { from: "ISO42001:A.2.2", to: "ISO27001:A.5.1", relationship: "intersect", rationale: "x" };
    const withEdge = (e: object) => ({ ...crosswalkJson, edges: [e] });
    expect(crosswalkSchema.safeParse(withEdge(edge)).success).toBe(true);
    expect(crosswalkSchema.safeParse(withEdge({ ...edge, relationship: "related" })).success).toBe(false);
    expect(crosswalkSchema.safeParse(withEdge({ ...edge, rationale: "y".repeat(201) })).success).toBe(false);
    expect(crosswalkSchema.safeParse(withEdge({ ...edge, rationale: "" })).success).toBe(false);
    expect(crosswalkSchema.safeParse(withEdge({ ...edge, from: "ISO27001:A.5.1", to: "ISO42001:A.2.2" })).success).toBe(false);
  });
});

describe("dual-conformance activities", () => {
  const activities = activitiesJson;
  const subcategories = new Set(AI_RMF_SUBCATEGORIES);
  const clauses = new Set(ISO42001_CLAUSES);
  const controls = new Set(ISO42001_CONTROLS);

  it("have the activity shape, with a known workbook artifact and AI RMF function names", () => {
    const result = z.array(activitySchema).safeParse(activitiesJson);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it("are exactly the six activities, in order", () => {
    expect(activities.map((a) => a.id)).toEqual(ACTIVITY_IDS);
  });

  it.each(ACTIVITY_IDS)("%s references only existing AI RMF subcategories", (id) => {
    const activity = activities.find((a) => a.id === id);
    const refs = activity?.aiRmfSubcategories ?? [];
    expect(refs.filter((r) => !subcategories.has(bare(r, "AIRMF")))).toEqual([]);
    expect(duplicates(refs)).toEqual([]);
  });

  it.each(ACTIVITY_IDS)("%s lists exactly the AI RMF functions of its subcategories", (id) => {
    const activity = activities.find((a) => a.id === id);
    const used = new Set(activity?.aiRmfSubcategories.map((r) => bare(r, "AIRMF").split(" ")[0]));
    const listed = activity?.aiRmfFunctions ?? [];
    expect(duplicates(listed)).toEqual([]);
    expect([...listed].sort()).toEqual([...used].sort());
  });

  it.each(ACTIVITY_IDS)("%s references only existing ISO 42001 clauses and Annex A controls", (id) => {
    const activity = activities.find((a) => a.id === id);
    const clauseRefs = activity?.iso42001Clauses ?? [];
    const controlRefs = activity?.iso42001Controls ?? [];
    expect(clauseRefs.filter((r) => !clauses.has(bare(r, "ISO42001")))).toEqual([]);
    expect(controlRefs.filter((r) => !controls.has(bare(r, "ISO42001")))).toEqual([]);
    expect(duplicates([...clauseRefs, ...controlRefs])).toEqual([]);
  });

  it("summarise each activity in one sentence", () => {
    for (const a of activities) {
      expect(a.summary.trim()).toBe(a.summary);
      expect(a.summary).toMatch(/^[A-Z][^.]*\.$/);
    }
  });

  it("tie clause 5 to the AI policy and clause 9.3 to the management review", () => {
    const byId = new Map(activities.map((a) => [a.id, a]));
    expect(byId.get("ai-policy")?.iso42001Clauses).toContain("ISO42001:5.2");
    expect(byId.get("management-review")?.iso42001Clauses).toEqual(
      expect.arrayContaining(["ISO42001:9.3.1", "ISO42001:9.3.2", "ISO42001:9.3.3"]),
    );
    expect(byId.get("risk-assessment")?.iso42001Clauses).toContain("ISO42001:6.1.4");
  });
});
