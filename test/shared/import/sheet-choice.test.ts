import { describe, expect, it } from "vitest";
import { importWorkbook } from "../../../shared/import/import-workbook";
import { ASSETS_BEFORE_RISKS } from "../../fixtures/import/workbooks";
import { grid } from "./grids";

const inventory = grid(
  [
    ["System name", "Purpose", "Lifecycle stage", "Owner"],
    ["Claims triage", "Sort claims", "Operation", "Dana"],
    ["Chat assistant", "Answer customers", "Pilot", "Lee"],
  ],
  { name: "AI systems" },
);
const risks = grid(
  [
    ["Risk ID", "Risk title", "AI system", "Likelihood", "Impact", "Treatment", "Risk owner"],
    ["R-1", "Drift", "Claims triage", 3, 4, "Mitigate", "Dana"],
    ["R-2", "Leak", "Chat assistant", 2, 5, "Mitigate", "Lee"],
    ["R-3", "Outage", "Claims triage", 2, 2, "Accept", "Dana"],
  ],
  { name: "Risk log" },
);

describe("choosing the sheet of a workbook", () => {
  it("scores every sheet for every kind and keeps the others as runners-up, best first", () => {
    const outcome = importWorkbook({ sheets: [inventory, risks] });
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.chosen.sheet).toBe("Risk log");
    expect(outcome.runnersUp).toContainEqual({ sheet: "AI systems", kind: "ai-inventory", score: outcome.sheets[0]?.score, records: 2 });
    const scores = outcome.runnersUp.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(outcome.runnersUp.some((r) => r.sheet === "Risk log" && r.kind === "risk-register")).toBe(false);
  });

  it("passes over instructions, an asset register, a legend of scales and a hidden lists sheet", () => {
    const outcome = importWorkbook(ASSETS_BEFORE_RISKS);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.chosen).toMatchObject({ sheet: "Risks", kind: "risk-register", stats: { records: 4 } });
    const legend = outcome.sheets.find((s) => s.sheet === "Legend");
    expect(legend).toMatchObject({ kind: "unknown", declined: { what: "rating-legend" } });
    expect(outcome.runnersUp.map((r) => r.sheet)).not.toContain("Legend");
  });

  it("imports the sheet asked for, and lists the best match among the runners-up", () => {
    const outcome = importWorkbook({ sheets: [inventory, risks] }, { sheet: "ai systems" });
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.chosen.sheet).toBe("AI systems");
    expect(outcome.runnersUp[0]).toMatchObject({ sheet: "Risk log", kind: "risk-register", records: 3 });
  });
});
