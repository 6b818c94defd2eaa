import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createPrng, syntheticSnapshot } from "../../../../shared/demo/index";
import { matrixPreset } from "../../../../shared/scoring/index";
import { buildDualConformanceReport, type ReportInput } from "../../../../shared/report/index";
import { compareGaps } from "../../../../shared/report/sections/gaps";
import { compareOverdue } from "../../../../shared/report/sections/risk-posture";
import { variedRegister } from "../digest/varied-register";

const MID = "2026-09-30";

function org(seed: number, teams: number, asOf: string, listLimit: number): ReportInput {
  const random = createPrng(seed);
  const matrices = [matrixPreset("5x5"), matrixPreset("3x3"), matrixPreset("4x4")];
  return {
    org: { id: "o", name: "O" },
    asOf,
    workbooks: Array.from({ length: teams }, (_, k) => ({
      team: `team-${k}`,
      workbook: "wb",
      version: 1,
      createdAt: "2026-01-01T00:00:00Z",
      snapshot: variedRegister(syntheticSnapshot({ team: `team-${k}`, risks: 10 + Math.floor(random() * 60), random, matrix: matrices[k % 3]!, asOf: MID }), random, MID),
    })),
    options: { listLimit },
  };
}

function inOrder<T>(items: readonly T[], compare: (a: T, b: T) => number): boolean {
  return items.every((item, i) => i === 0 || compare(items[i - 1]!, item) <= 0);
}

describe("the gap and overdue lists", () => {
  it("are the first listLimit of every item in report order (overdue items made only when they make the cut)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 1, max: 5 }), fc.constantFrom("2026-03-15", MID, "2027-04-01"), fc.constantFrom(1, 3, 17, 60), (seed, teams, asOf, k) => {
        const everything = buildDualConformanceReport(org(seed, teams, asOf, 100_000));
        const cut = buildDualConformanceReport(org(seed, teams, asOf, k));
        const gaps = everything.readiness.gaps;
        const overdue = everything.riskPosture.overdue;
        expect(gaps.items).toHaveLength(gaps.total);
        expect(overdue.items).toHaveLength(overdue.total);
        expect(inOrder(gaps.items, compareGaps)).toBe(true);
        expect(inOrder(overdue.items, compareOverdue)).toBe(true);
        expect(cut.readiness.gaps.items).toEqual(gaps.items.slice(0, k));
        expect(cut.riskPosture.overdue.items).toEqual(overdue.items.slice(0, k));
        expect(cut.readiness.gaps.total).toBe(gaps.total);
        expect(cut.riskPosture.overdue.total).toBe(overdue.total);
      }),
      { numRuns: 20 },
    );
  });

  it("count overdue register items as gaps of their kind and priority, and name them in clause evidence", () => {
    const report = buildDualConformanceReport(org(5, 3, "2027-04-01", 100_000));
    const { byKind } = report.riskPosture.overdue;
    const gaps = report.readiness.gaps.items;
    expect(byKind.action).toBeGreaterThan(0);
    expect(gaps.filter((g) => g.kind === "overdue-action" && g.priority === "high")).toHaveLength(byKind.action);
    expect(gaps.filter((g) => g.kind === "overdue-treatment" && g.priority === "high")).toHaveLength(byKind["risk-treatment"]);
    const late = report.riskPosture.overdue.items.find((o) => o.kind === "risk-review")!;
    const reasons = report.iso42001.clauseEvidence.items.find((item) => item.id === "risk-assessment")!.teams.find((t) => t.team === late.team)!.reasons.join(" ");
    expect(reasons).toMatch(/\d+ risk reviews? overdue \(/);
    expect(reasons).toContain(" due ");
  });
});
