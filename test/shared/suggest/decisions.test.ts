import { describe, expect, it } from "vitest";
import { emptySnapshot, type WorkbookSnapshot } from "../../../shared/model/snapshot";
import { parseSnapshot } from "../../../shared/model/parse-snapshot";
import { restoreSnapshot } from "../../../shared/model/restore/index";
import { referenceSource, SUGGESTED_ACCEPTED, TYPED } from "../../../shared/model/reference-suggestions";
import { acceptAtOrAbove, acceptSuggestion, applyDecisions, rejectSuggestion } from "../../../shared/suggest/decide";
import { suggestForRecord, suggestForRecords } from "../../../shared/suggest/record-suggestions";
import { readCrosswalkWorkbook } from "../../../shared/workbook-pipeline/read-crosswalk-workbook";
import { sheetsFromSnapshot } from "../../../shared/workbook-snapshot/sheets-from-snapshot";
import { gridsOf } from "../workbook-snapshot/grids";

function snapshot(): WorkbookSnapshot {
  return {
    ...emptySnapshot({ team: "claims", name: "ai-register" }),
    risks: [
      {
        id: "R-1",
        title: "Chatbot hallucinates policy terms",
        description: "The customer assistant invents cover conditions; customers rely on false answers.",
        aiRmfRefs: ["AIRMF:GOVERN 1.1"],
      },
      { id: "R-2", title: "Claims model discriminates against older applicants", description: "Bias in historical claims data." },
    ],
    aiSystems: [{ id: "AIS-1", name: "Claims triage", purpose: "Ranks claims for fraud review using a third-party vendor model" }],
  };
}

describe("accepting and rejecting suggestions", () => {
  it("puts an accepted reference in the record's own field, with the source 'suggested, accepted' and who accepted", () => {
    const risk = snapshot().risks[0]!;
    const accepted = acceptSuggestion("risks", risk, "AIRMF:MEASURE 2.5", "Dana");
    if (typeof accepted === "string") throw new Error(accepted);
    expect(accepted.aiRmfRefs).toEqual(["AIRMF:GOVERN 1.1", "AIRMF:MEASURE 2.5"]);
    expect(accepted.suggestions).toEqual({ accepted: ["AIRMF:MEASURE 2.5"], acceptedBy: "Dana" });
    expect(referenceSource(accepted, "AIRMF:MEASURE 2.5")).toBe(SUGGESTED_ACCEPTED);
    expect(referenceSource(accepted, "AIRMF:GOVERN 1.1")).toBe(TYPED);
  });

  it("stores accepted AI 600-1 risks and trustworthiness characteristics in the risk's enum fields", () => {
    let risk = snapshot().risks[0]!;
    for (const target of ["GAI:confabulation", "TRUST:valid-and-reliable", "ISO42001:A.9.2"]) {
      const next = acceptSuggestion("risks", risk, target);
      if (typeof next === "string") throw new Error(next);
      risk = next;
    }
    expect(risk.genAiRisks).toEqual(["confabulation"]);
    expect(risk.trustworthiness).toEqual(["valid-and-reliable"]);
    expect(risk.iso42001Refs).toEqual(["ISO42001:A.9.2"]);
    expect(risk.suggestions?.accepted).toEqual(["GAI:confabulation", "TRUST:valid-and-reliable", "ISO42001:A.9.2"]);
  });

  it("leaves a typed reference typed when its suggestion is accepted, and refuses what a record cannot hold", () => {
    const risk = snapshot().risks[0]!;
    expect(acceptSuggestion("risks", risk, "AIRMF:GOVERN 1.1")).toBe(risk);
    const system = snapshot().aiSystems[0]!;
    expect(acceptSuggestion("aiSystems", system, "GAI:confabulation")).toMatch(/holds no genai-risk/);
    expect(acceptSuggestion("risks", risk, "GAI:not-a-risk")).toMatch(/not an AI 600-1 risk/);
    expect(acceptSuggestion("risks", risk, "nonsense")).toMatch(/not a suggestion target/);
  });

  it("remembers a rejection so the suggestion is not offered again for that record", () => {
    const risk = snapshot().risks[0]!;
    const before = suggestForRecord("risks", risk, { top: 3, minScore: 0 });
    const first = before.suggestions[0]!;
    const rejected = rejectSuggestion("risks", risk, first.target);
    if (typeof rejected === "string") throw new Error(rejected);
    expect(rejected.suggestions?.rejected).toEqual([first.target]);
    const after = suggestForRecord("risks", rejected, { top: 3, minScore: 0 });
    expect(after.suggestions.map((s) => s.target)).not.toContain(first.target);
    // Accepting it later withdraws the rejection.
    const accepted = acceptSuggestion("risks", rejected, first.target);
    if (typeof accepted === "string") throw new Error(accepted);
    expect(accepted.suggestions?.rejected).toBeUndefined();
  });

  it("never suggests a reference the record already holds", () => {
    const risk = snapshot().risks[0]!;
    const all = suggestForRecord("risks", risk, { top: 72, minScore: 0, kinds: ["ai-rmf"] });
    expect(all.suggestions.map((s) => s.target)).not.toContain("AIRMF:GOVERN 1.1");
  });

  it("accepts in bulk exactly the suggestions at or above the threshold", () => {
    const snap = snapshot();
    const results = suggestForRecords(snap, { top: 3, minScore: 0 });
    const scores = results.flatMap((r) => r.suggestions.map((s) => s.score)).sort((a, b) => a - b);
    const threshold = scores[Math.floor(scores.length / 2)]!;
    const decisions = acceptAtOrAbove(results, threshold);
    const expected = results.flatMap((r) => r.suggestions.filter((s) => s.score >= threshold).map((s) => `${r.id} ${s.target}`));
    expect(decisions.map((d) => `${d.id} ${d.target}`)).toEqual(expected);
    expect(decisions.length).toBeGreaterThan(0);
    expect(decisions.length).toBeLessThan(scores.length);
    const { snapshot: next, applied, problems } = applyDecisions(snap, decisions, { by: "Dana" });
    expect(problems).toEqual([]);
    expect(applied).toBe(decisions.length);
    const acceptedCount = [...next.risks, ...next.aiSystems].reduce((n, r) => n + (r.suggestions?.accepted?.length ?? 0), 0);
    expect(acceptedCount).toBe(decisions.length);
  });

  it("reports decisions it cannot apply and changes nothing for them", () => {
    const snap = snapshot();
    const { snapshot: next, applied, problems } = applyDecisions(snap, [
      { collection: "risks", id: "NO-SUCH", target: "AIRMF:MAP 1.1", verdict: "accept" },
      { collection: "soa", id: "ISO42001:A.2.2", target: "AIRMF:MAP 1.1", verdict: "accept" },
    ]);
    expect(applied).toBe(0);
    expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(/no risks record/), expect.stringMatching(/SoA row holds no references/)]);
    expect(next).toEqual(snap);
  });
});

describe("decisions travel with the snapshot", () => {
  function decided(): WorkbookSnapshot {
    const { snapshot: next, problems } = applyDecisions(
      snapshot(),
      [
        { collection: "risks", id: "R-1", target: "GAI:confabulation", verdict: "accept" },
        { collection: "risks", id: "R-1", target: "AIRMF:MEASURE 2.5", verdict: "accept" },
        { collection: "risks", id: "R-1", target: "AIRMF:MAP 1.1", verdict: "reject" },
        { collection: "aiSystems", id: "AIS-1", target: "ISO42001:A.10.3", verdict: "accept" },
        { collection: "aiSystems", id: "AIS-1", target: "AIRMF:GOVERN 6.1", verdict: "reject" },
      ],
      { by: "Dana" },
    );
    expect(problems).toEqual([]);
    return next;
  }

  it("through the snapshot JSON that push sends and pull returns", () => {
    const sent = JSON.parse(JSON.stringify(decided())) as unknown;
    const parsed = parseSnapshot(sent);
    if (!parsed.success) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.snapshot).toEqual(decided());
    const restored = restoreSnapshot(sent);
    expect(restored.issues).toEqual([]);
    expect(restored.snapshot).toEqual(decided());
  });

  it("through the workbook layout: sheets written from the snapshot read back the same decisions", () => {
    const original = decided();
    const pulled = readCrosswalkWorkbook(gridsOf(sheetsFromSnapshot(original)), { asOf: "2026-06-30" }).snapshot;
    if (!pulled) throw new Error("the sheets did not build a snapshot");
    expect(pulled).toEqual(original);
    expect(pulled.risks[0]!.suggestions).toEqual(original.risks[0]!.suggestions);
    expect(pulled.aiSystems[0]!.suggestions).toEqual(original.aiSystems[0]!.suggestions);
    // …and the rejected suggestion stays out of the suggestions made from the pulled workbook.
    const again = suggestForRecord("risks", pulled.risks[0]!, { top: 72, minScore: 0, kinds: ["ai-rmf"] });
    expect(again.suggestions.map((s) => s.target)).not.toContain("AIRMF:MAP 1.1");
  });

  it("an older snapshot without decisions restores as before, every reference typed", () => {
    const old = { ...snapshot() } as unknown;
    const restored = restoreSnapshot(JSON.parse(JSON.stringify(old)));
    expect(restored.issues).toEqual([]);
    expect(restored.snapshot.risks[0]!.suggestions).toBeUndefined();
    expect(referenceSource(restored.snapshot.risks[0]!, "AIRMF:GOVERN 1.1")).toBe(TYPED);
  });
});
