import { describe, expect, it } from "vitest";
import { DEMO_PROBLEMS, type DemoProblem } from "../../../shared/demo/index";
import { buildDualConformanceReport, type DualConformanceReport } from "../../../shared/report/index";
import { demoInput } from "./demo-input";

const report = buildDualConformanceReport(demoInput());

function evidence(r: DualConformanceReport, item: string, team: string) {
  const row = r.iso42001.clauseEvidence.items.find((i) => i.id === item);
  const cell = row?.teams.find((t) => t.team === team);
  if (!cell) throw new Error(`no ${item} evidence for ${team}`);
  return { status: cell.status, reasons: cell.reasons.join(" | ") };
}

function gaps(r: DualConformanceReport, team: string, kind: string) {
  return r.readiness.gaps.items.filter((g) => g.team === team && g.kind === kind);
}

/**
 * Where each planted problem must surface. Keyed by team/collection/id so that a problem added to
 * the demo without a check here fails the completeness test below.
 */
const CHECKS: Readonly<Record<string, (r: DualConformanceReport, p: DemoProblem) => void>> = {
  "credit-risk/risks/CR-R07": (r, p) => {
    expect(r.riskPosture.overdue.items).toContainEqual(expect.objectContaining({ team: p.team, kind: "risk-review", riskId: p.id, daysOverdue: 45 }));
    expect(evidence(r, "risk-assessment", p.team)).toMatchObject({ status: "overdue", reasons: expect.stringContaining("CR-R07") });
    expect(gaps(r, p.team, "overdue-review").map((g) => g.ref)).toContain("CR-R07");
  },
  "credit-risk/risks/CR-R11": (r, p) => {
    expect(r.riskPosture.residualAboveInherent.items).toContainEqual(expect.objectContaining({ team: p.team, riskId: p.id, inherent: { likelihood: 3, impact: 4 }, residual: { likelihood: 3, impact: 5 } }));
    expect(evidence(r, "risk-treatment", p.team).reasons).toContain("residual above inherent (CR-R11)");
  },
  "credit-risk/risks/CR-R03": (r, p) => {
    expect(r.aiRmf.referenceIssues.items).toContainEqual({ team: p.team, collection: "risks", record: p.id, ref: "AIRMF:MEASURE 2.14", problem: "unknown" });
  },
  "customer-service/risks/CS-R05": (r, p) => {
    expect(evidence(r, "risk-assessment", p.team)).toMatchObject({ status: "partial", reasons: expect.stringContaining("without an owner (CS-R05)") });
  },
  "customer-service/risks/CS-R12": (r, p) => {
    expect(r.riskPosture.offMatrix.items).toContainEqual({ team: p.team, riskId: p.id, rating: "inherent", likelihood: 2, impact: 4, matrix: "3×3" });
    const team = r.riskPosture.teams.find((t) => t.team === p.team)!;
    expect(team.inherent.offMatrix).toBe(1);
    expect(evidence(r, "risk-assessment", p.team).reasons).toContain("CS-R12 inherent 2×4 on 3×3");
  },
  "customer-service/risks/CS-R06": (r, p) => {
    expect(r.riskPosture.overdue.items).toContainEqual(expect.objectContaining({ team: p.team, kind: "action", riskId: p.id, actionId: "CS-A03", daysOverdue: 10 }));
    expect(gaps(r, p.team, "overdue-action")).toContainEqual(expect.objectContaining({ ref: "CS-R06 / CS-A03", priority: "high", owner: "Nadia Haddad" }));
  },
  "customer-service/impactAssessments/AIIA-CS-03": (r, p) => {
    expect(evidence(r, "impact-assessment", p.team)).toMatchObject({ status: "overdue", reasons: expect.stringContaining("AIIA-CS-03") });
    expect(gaps(r, p.team, "overdue-review")).toContainEqual(expect.objectContaining({ ref: p.id, daysOverdue: 135 }));
  },
  "customer-service/soa/ISO42001:A.4.5": (r, p) => {
    expect(r.iso42001.soa.exclusionsWithoutJustification).toContainEqual(expect.objectContaining({ team: p.team, controlId: p.id }));
    expect(r.iso42001.soa.disagreements.map((d) => d.controlId)).toContain(p.id);
    expect(gaps(r, p.team, "exclusion-without-justification").map((g) => g.ref)).toEqual(["A.4.5"]);
  },
  "people/risks/PE-R04": (r, p) => {
    expect(r.riskPosture.acceptedWithoutApproval.items).toContainEqual(expect.objectContaining({ team: p.team, riskId: p.id, missing: ["approver"] }));
    expect(gaps(r, p.team, "accepted-without-approval").map((g) => g.ref)).toEqual([p.id]);
  },
  "people/risks/PE-R09": (r, p) => {
    expect(r.riskPosture.unknownAiSystems.items).toContainEqual({ team: p.team, riskId: p.id, aiSystem: "AIS-PE-07" });
    expect(evidence(r, "risk-assessment", p.team).reasons).toContain("PE-R09 → AIS-PE-07");
  },
  "people/aiSystems/AIS-PE-03": (r, p) => {
    expect(evidence(r, "impact-assessment", p.team).reasons).toContain("without an impact assessment (AIS-PE-03)");
  },
  "people/impactAssessments/AIIA-PE-01": (r, p) => {
    expect(evidence(r, "impact-assessment", p.team)).toMatchObject({ status: "overdue", reasons: expect.stringContaining("AIIA-PE-01") });
    expect(gaps(r, p.team, "overdue-review")).toContainEqual(expect.objectContaining({ ref: p.id, daysOverdue: 35 }));
  },
  "people/soa/ISO42001:A.6.2.6": (r, p) => {
    expect(r.iso42001.soa.implementedWithoutEvidence).toContainEqual(expect.objectContaining({ team: p.team, controlId: p.id }));
    expect(evidence(r, "statement-of-applicability", p.team).reasons).toContain("implemented without evidence (A.6.2.6)");
  },
  "people/profile/AIRMF:MAP 3.5": (r, p) => {
    expect(r.aiRmf.teams.find((t) => t.team === p.team)?.profile.targetBelowCurrent).toEqual([p.id]);
  },
  "people/nonconformities/NC-PE-01": (r, p) => {
    expect(evidence(r, "corrective-action", p.team)).toMatchObject({ status: "overdue", reasons: expect.stringContaining("NC-PE-01 due") });
    expect(gaps(r, p.team, "overdue-corrective-action")).toContainEqual(expect.objectContaining({ ref: p.id, daysOverdue: 5, owner: "Jonas Becker" }));
  },
};

describe("planted demo problems in the report", () => {
  it("has a check for every planted problem", () => {
    expect(DEMO_PROBLEMS.map((p) => `${p.team}/${p.collection}/${p.id}`).sort()).toEqual(Object.keys(CHECKS).sort());
  });

  for (const problem of DEMO_PROBLEMS) {
    it(`shows ${problem.kind} of ${problem.team} ${problem.id} (${problem.note})`, () => {
      CHECKS[`${problem.team}/${problem.collection}/${problem.id}`]!(report, problem);
    });
  }

  it("leaves the off-matrix rating out of the heat map and counts everything else", () => {
    const t = report.riskPosture.totals;
    expect(t.inherent.rated + t.inherent.banded + t.inherent.unrated + t.inherent.offMatrix).toBe(t.considered);
    expect(report.riskPosture.heatMap.inherent.flat().reduce((a, b) => a + b, 0)).toBe(t.inherent.rated);
    expect(t.inherent.offMatrix).toBe(1);
  });

  it("gives the people team a missing management review, and no team a present one it does not have", () => {
    expect(evidence(report, "management-review", "people").status).toBe("missing");
    expect(evidence(report, "management-review", "credit-risk").status).toBe("present");
  });
});
