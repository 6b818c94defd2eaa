import { describe, expect, it } from "vitest";
import type { GridValue } from "../../../shared/file-reader/grid";
import { RISK_REGISTER_LAYOUT } from "../../../shared/layout/risk-register";
import type { Risk } from "../../../shared/model/risk";
import { decideRecords } from "../../../shared/suggest/decide";
import { decisionCells } from "../../../shared/suggest/decision-cells";

const typed: Risk = { id: "R-7", title: "Chatbot invents answers", aiRmfRefs: ["AIRMF:GOVERN 1.1"], trustworthiness: ["safe"] };

function decided(decisions: Parameters<typeof decideRecords>[1], by = "Dana") {
  const out = decideRecords({ risks: [typed], aiSystems: [], impactAssessments: [] }, decisions, { by });
  expect(out.problems).toEqual([]);
  return out.records.risks[0]!;
}

describe("the cells decisions change", () => {
  it("appends accepted references to the cell as typed, and fills the decision columns, nothing else", () => {
    const after = decided([
      { collection: "risks", id: "R-7", target: "AIRMF:MEASURE 2.5", verdict: "accept" },
      { collection: "risks", id: "R-7", target: "TRUST:privacy-enhanced", verdict: "accept" },
      { collection: "risks", id: "R-7", target: "ISO42001:A.6.2.4", verdict: "reject" },
    ]);
    // The person typed "GV-1.1": the cell keeps that spelling.
    const cells: Record<string, GridValue> = { "AI RMF": "GV-1.1", Trustworthiness: "Safe" };
    const out = decisionCells(RISK_REGISTER_LAYOUT, typed, after, (h) => cells[h] ?? null);
    expect(out).toEqual([
      { header: "Trustworthiness", value: "Safe\nPrivacy-Enhanced" },
      { header: "AI RMF", value: "GV-1.1, MEASURE 2.5" },
      { header: "Accepted Suggestions", value: "AIRMF:MEASURE 2.5\nTRUST:privacy-enhanced" },
      { header: "Suggestions Accepted By", value: "Dana" },
      { header: "Rejected Suggestions", value: "ISO42001:A.6.2.4" },
    ]);
  });

  it("changes no cell when no decision changed the record", () => {
    expect(decisionCells(RISK_REGISTER_LAYOUT, typed, typed, () => null)).toEqual([]);
  });

  it("writes into an empty reference cell without a leading separator", () => {
    const after = decided([{ collection: "risks", id: "R-7", target: "ISO42001:A.6.2.4", verdict: "accept" }]);
    const out = decisionCells(RISK_REGISTER_LAYOUT, typed, after, () => null);
    expect(out.find((c) => c.header === "ISO 42001")?.value).toBe("A.6.2.4");
  });
});
