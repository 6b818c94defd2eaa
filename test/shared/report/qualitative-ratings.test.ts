import { describe, expect, it } from "vitest";
import { demoSnapshots } from "../../../shared/demo/index";
import type { Risk, WorkbookSnapshot } from "../../../shared/model/index";
import { buildDualConformanceReport } from "../../../shared/report/index";
import { renderMarkdown } from "../../../shared/report/render/markdown";
import { MATRIX_3X3 } from "../../../shared/scoring/presets";
import { demoInput } from "./demo-input";

/** A team whose register rates risks only by words, on a 3×3 matrix (bands Low, Medium, High). */
function wordsOnly(): WorkbookSnapshot {
  const base = demoSnapshots()[0]!;
  const risk = (id: string, inherentRating: string, residualRating?: string): Risk => ({
    id,
    title: `Risk ${id}`,
    owner: "Ann Lee",
    inherentRating,
    ...(residualRating ? { residualRating } : {}),
  });
  return {
    ...base,
    workbook: { ...base.workbook, team: "words-only", name: "register" },
    matrix: JSON.parse(JSON.stringify(MATRIX_3X3)),
    risks: [risk("W-1", "high", "low"), risk("W-2", "high", "medium"), risk("W-3", "medium"), risk("W-4", "low", "low")],
  };
}

describe("risks rated only by words in the consolidated report", () => {
  const snapshots = [...demoSnapshots(), wordsOnly()];
  const report = buildDualConformanceReport(demoInput({ snapshots }));
  const team = report.riskPosture.teams.find((t) => t.team === "words-only")!;

  it("are counted by band, not as unrated, and stay out of the level heat map", () => {
    expect(team.inherent).toMatchObject({ rated: 0, banded: 4, unrated: 0, offMatrix: 0 });
    expect(team.residual).toMatchObject({ rated: 0, banded: 3, unrated: 1 });
    expect(team.inherent.byBand).toEqual({ low: 1, medium: 1, high: 2, critical: 0 });
    expect(team.residual.byBand).toEqual({ low: 2, medium: 1, high: 0, critical: 0 });
    expect(team.inherent.grid.flat().reduce((a, b) => a + b, 0)).toBe(0);
  });

  it("are consolidated with the other teams' risks per band of the common matrix", () => {
    const without = buildDualConformanceReport(demoInput()).riskPosture;
    const p = report.riskPosture;
    expect(p.totals.inherent.banded).toBe(4);
    for (const band of ["low", "medium", "high", "critical"]) {
      expect(p.byBand.inherent[band]).toBe((without.byBand.inherent[band] ?? 0) + (team.inherent.byBand[band] ?? 0));
    }
  });

  it("are named in the rendered posture, only when a register rates by band", () => {
    expect(renderMarkdown(report)).toContain("4 rated by band only");
    expect(renderMarkdown(buildDualConformanceReport(demoInput()))).not.toContain("rated by band only");
  });
});
