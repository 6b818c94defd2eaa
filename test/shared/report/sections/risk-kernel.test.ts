import { describe, expect, it } from "vitest";
import { createPrng, syntheticSnapshot } from "../../../../shared/demo/index";
import { matrixPreset } from "../../../../shared/scoring/index";
import { catalogIndex } from "../../../../shared/report/catalog-index";
import { resolveRisks } from "../../../../shared/report/sections/risk-analysis";
import { dueOf, riskKernel, type RiskKernel } from "../../../../shared/report/sections/risk-kernel";
import { levelsOnCommon } from "../../../../shared/report/teams";
import { dayNumber, fromDayNumber } from "../../../../shared/report/util/dates";
import { variedRegister } from "../digest/varied-register";

const index = catalogIndex();
const mid = "2026-09-30";
const snapshot = variedRegister(syntheticSnapshot({ team: "t", risks: 80, random: createPrng(3), matrix: matrixPreset("4x4"), asOf: mid }), createPrng(4), mid);
const toCommon = levelsOnCommon(snapshot.matrix);
const rankedIds = (kernel: RiskKernel) => kernel.ranked.map(([at]) => kernel.facts[at]![0]);

describe("the risk kernel", () => {
  it("ranks the same risks first whatever its limit, so a smaller top list is a prefix of a larger one", () => {
    const full = riskKernel(snapshot, toCommon, index, 1_000);
    const three = riskKernel(snapshot, toCommon, index, 3);
    expect(full.ranked.length).toBe(full.residual.rated);
    expect(rankedIds(three)).toEqual(rankedIds(full).slice(0, 3));
    expect(resolveRisks("t", three, snapshot.matrix, toCommon, mid, 3).top).toEqual(resolveRisks("t", full, snapshot.matrix, toCommon, mid, 3).top);
  });

  it("keeps a due date as its day number, and a date that does not round-trip as written", () => {
    expect(dueOf("2026-09-30")).toBe(dayNumber("2026-09-30"));
    expect(dueOf("2026-02-30")).toBe("2026-02-30");
  });

  it("refuses to list more top risks than it ranked", () => {
    const three = riskKernel(snapshot, toCommon, index, 3);
    expect(() => resolveRisks("t", three, snapshot.matrix, toCommon, mid, 4)).toThrow(RangeError);
  });

  it("keeps every dated item that is not done, and the as-of date picks the overdue ones", () => {
    const kernel = riskKernel(snapshot, toCommon, index, 10);
    const open = snapshot.risks.filter((risk) => risk.status !== "closed");
    const dueActions = open.flatMap((risk) => (risk.actions ?? []).filter((a) => a.dueDate !== undefined && a.status !== "done" && a.status !== "cancelled" && a.completedDate === undefined));
    expect(kernel.dated.kind.filter((kind) => kind === 0)).toHaveLength(dueActions.length);
    expect(kernel.dated.actionId).toHaveLength(dueActions.length);
    expect(kernel.dated.description).toHaveLength(dueActions.length);
    expect(kernel.dated.owner).toHaveLength(dueActions.length);
    expect(kernel.dated.kind.filter((kind) => kind === 2)).toHaveLength(open.filter((risk) => risk.reviewDate !== undefined).length);
    const overdue = resolveRisks("t", kernel, snapshot.matrix, toCommon, mid, 10).overdue;
    expect(overdue.total).toBe(kernel.dated.due.filter((due) => (typeof due === "number" ? fromDayNumber(due) : due) < mid).length);
    const items = Array.from({ length: overdue.total }, (_, j) => overdue.item(j));
    expect(items.every((item) => item.dueDate < mid && item.daysOverdue > 0 && item.team === "t")).toBe(true);
    expect(resolveRisks("t", kernel, snapshot.matrix, toCommon, "1999-01-01", 10).overdue.total).toBe(0);
  });
});
