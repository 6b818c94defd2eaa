import { expect } from "vitest";
import type { DualConformanceReport } from "../../../shared/report/index";

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const gridSum = (grid: readonly (readonly number[])[]) => sum(grid.flat());

/** The report is plain JSON data: no undefined, NaN, Infinity, Map or class instance anywhere. */
export function expectPlainJson(value: unknown, path = "report"): void {
  if (value === null || typeof value === "string" || typeof value === "boolean") return;
  if (typeof value === "number") {
    expect(Number.isFinite(value), path).toBe(true);
    return;
  }
  expect(typeof value, path).toBe("object");
  if (Array.isArray(value)) {
    value.forEach((item, k) => expectPlainJson(item, `${path}[${k}]`));
    return;
  }
  expect(Object.getPrototypeOf(value), path).toBe(Object.prototype);
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    expect(child, `${path}.${key}`).not.toBeUndefined();
    expectPlainJson(child, `${path}.${key}`);
  }
}

/** Every total of a report against its parts: covered + uncovered = total, teams sum to the organisation, no double counting. */
export function expectTotalsAddUp(report: DualConformanceReport): void {
  const teams = report.teams.length;
  const ai = report.aiRmf;
  expect(ai.totals.direct + ai.totals.inferredOnly + ai.totals.unaddressed).toBe(72);
  expect(ai.subcategories).toHaveLength(72);
  expect(sum(ai.functions.map((f) => f.subcategories))).toBe(72);
  expect(sum(ai.categories.map((c) => c.subcategories))).toBe(72);
  for (const group of [...ai.functions, ...ai.categories]) {
    expect(group.direct + group.inferredOnly + group.unaddressed).toBe(group.subcategories);
    expect(group.teamsDirect + group.teamsInferredOnly).toBeLessThanOrEqual(teams);
  }
  expect(sum(ai.functions.map((f) => f.direct))).toBe(ai.totals.direct);
  expect(sum(ai.categories.map((c) => c.inferredOnly))).toBe(ai.totals.inferredOnly);
  for (const row of ai.subcategories) {
    const direct = new Set(row.direct.map((d) => d.team));
    const inferred = new Set(row.inferred.map((i) => i.team));
    for (const team of inferred) expect(direct.has(team)).toBe(false);
    expect(row.teamsAddressing).toBe(direct.size + inferred.size);
    expect(direct.size).toBe(row.direct.length);
    expect(row.teamsAddressing).toBeLessThanOrEqual(teams);
    expect(row.status).toBe(direct.size > 0 ? "direct" : inferred.size > 0 ? "inferred" : "none");
  }
  for (const team of ai.teams) {
    expect(team.direct + team.inferredOnly + team.unaddressed).toBe(72);
    expect(sum(team.byFunction.map((f) => f.subcategories))).toBe(72);
    expect(sum(team.byFunction.map((f) => f.direct))).toBe(team.direct);
    expect(team.direct).toBe(ai.subcategories.filter((row) => row.direct.some((d) => d.team === team.team)).length);
    expect(team.inferredOnly).toBe(ai.subcategories.filter((row) => row.inferred.some((i) => i.team === team.team)).length);
  }
  expect(ai.referenceIssues.items.length).toBeLessThanOrEqual(ai.referenceIssues.total);

  for (const item of report.iso42001.clauseEvidence.items) {
    expect(sum(Object.values(item.counts))).toBe(teams);
  }
  for (const row of report.iso42001.clauseEvidence.teams) expect(sum([row.present, row.partial, row.overdue, row.missing])).toBe(report.iso42001.clauseEvidence.items.length);
  for (const control of report.iso42001.soa.controls) {
    const c = control.counts;
    expect(c.applicable + c.excluded + c.undecided + c.absent).toBe(teams);
    expect(c.implemented + c.partiallyImplemented + c.planned + c.notImplemented + c.noStatus).toBe(c.applicable);
    expect(control.teams.length + control.absentFrom.length).toBe(teams);
  }
  for (const field of ["applicable", "excluded", "undecided", "absent", "implemented"] as const) {
    expect(sum(report.iso42001.soa.teams.map((t) => t[field]))).toBe(sum(report.iso42001.soa.controls.map((c) => c.counts[field])));
  }

  const ov = report.iso27001;
  for (const totals of [ov.totals.clauses, ov.totals.controls]) expect(totals.direct + totals.inferredOnly + totals.none).toBe(totals.items);
  expect(ov.totals.controls.items).toBe(93);
  for (const row of [...ov.clauses, ...ov.controls]) {
    for (const i of row.inferred) expect(row.direct).not.toContain(i.team);
  }
  for (const team of ov.teams) expect(team.controls.direct + team.controls.inferredOnly + team.controls.none).toBe(93);

  for (const activity of report.activities.activities) {
    expect(sum(Object.values(activity.counts.aiRmf))).toBe(teams);
    expect(sum(Object.values(activity.counts.iso42001))).toBe(teams);
  }

  const p = report.riskPosture;
  expect(p.totals.closed + p.totals.considered).toBe(p.totals.risks);
  for (const kind of ["inherent", "residual"] as const) {
    expect(p.totals[kind].rated + p.totals[kind].banded + p.totals[kind].unrated + p.totals[kind].offMatrix).toBe(p.totals.considered);
    expect(gridSum(p.heatMap[kind])).toBe(p.totals[kind].rated);
    expect(sum(Object.values(p.byBand[kind]))).toBe(p.totals[kind].rated + p.totals[kind].banded);
    expect(sum(p.teams.map((t) => gridSum(t[kind].grid)))).toBe(gridSum(p.heatMap[kind]));
    for (const team of p.teams) expect(gridSum(team[kind].grid)).toBe(team[kind].rated);
  }
  expect(sum(p.teams.map((t) => t.risks))).toBe(p.totals.risks);
  expect(sum(p.teams.map((t) => t.overdue.action + t.overdue["risk-treatment"] + t.overdue["risk-review"]))).toBe(p.overdue.total);
  expect(sum(Object.values(p.overdue.byKind))).toBe(p.overdue.total);
  expect(sum(p.teams.map((t) => t.acceptedWithoutApproval))).toBe(p.acceptedWithoutApproval.total);
  p.byFunction.forEach((f, k) => {
    expect(sum(p.teams.map((t) => t.byFunction[k] ?? 0))).toBe(f.risks);
    expect(f.highResidual).toBeLessThanOrEqual(f.risks);
    expect(f.risks).toBeLessThanOrEqual(p.totals.considered);
  });
  p.byTrustworthiness.forEach((c, k) => expect(sum(p.teams.map((t) => t.byTrustworthiness[k] ?? 0))).toBe(c.risks));
  expect(sum(p.teams.map((t) => t.withoutTrustworthiness))).toBe(p.withoutTrustworthiness);
  expect(p.topResidual.length).toBeLessThanOrEqual(p.totals.residual.rated);

  const g = report.readiness.gaps;
  expect(g.byPriority.high + g.byPriority.medium + g.byPriority.low).toBe(g.total);
  expect(sum(Object.values(g.byKind))).toBe(g.total);
  expect(sum(g.teams.map((t) => t.high + t.medium + t.low))).toBe(g.total);
  expect(g.items.length).toBeLessThanOrEqual(g.total);

  for (const t of report.readiness.teams) {
    for (const value of [t.aiRmf.value, t.iso42001.value, t.iso27001.value, t.aiRmf.coverage, t.iso42001.clauses, t.iso42001.controls]) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(1);
    }
  }
  expect(report.summary.teams).toBe(teams);
  expectPlainJson(report);
  expect(report.summary.gaps.total).toBe(g.total);
}
