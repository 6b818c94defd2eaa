import { describe, expect, it } from "vitest";
import { importSheet } from "../../../shared/import/import-sheet";
import { locateImports } from "../../../shared/import/locate";
import { normaliseBand } from "../../../shared/import/normalise/band";
import { MATRIX_3X3, MATRIX_5X5 } from "../../../shared/scoring/presets";
import { matrixSizeOf } from "../../../shared/validation/input";
import { validate } from "../../../shared/validation/validate";
import { grid } from "./grids";

const QUALITATIVE = grid([
  ["Risk ID", "Risk", "Description", "Inherent risk", "Residual risk", "Owner"],
  ["R-1", "Model drift", "Accuracy falls as data shifts", "High", "Low", "Ann Lee"],
  ["R-2", "Prompt injection", "Users steer the assistant", "Critical", "Medium", "Bo Chen"],
  ["R-3", "Bias in scoring", "Protected groups scored lower", "Medium", "Medium", "Cy Dee"],
]);

describe("registers rated only by words", () => {
  it("are read as risk registers, their ratings as bands of the matrix", () => {
    const result = importSheet(QUALITATIVE);
    expect(result.kind).toBe("risk-register");
    expect(result.columns.filter((c) => c.field).map((c) => [c.header, c.field])).toEqual([
      ["Risk ID", "id"],
      ["Risk", "title"],
      ["Description", "description"],
      ["Inherent risk", "inherentRating"],
      ["Residual risk", "residualRating"],
      ["Owner", "owner"],
    ]);
    expect(result.records.map((r) => [r.id, r.inherentRating, r.residualRating])).toEqual([
      ["R-1", "high", "low"],
      ["R-2", "critical", "medium"],
      ["R-3", "medium", "medium"],
    ]);
  });

  it("read words on the workbook's own bands: Very high is High on a 3×3 whose top band is High", () => {
    const result = importSheet(
      grid([
        ["Risk ID", "Risk", "Residual risk rating"],
        ["R-1", "Drift", "Very high"],
        ["R-2", "Bias", "faible"],
        ["R-3", "Leak", "Severe"],
      ]),
      { bands: MATRIX_3X3.bands },
    );
    expect(result.records.map((r) => r.residualRating)).toEqual(["high", "low", "high"]);
  });

  it("refuse a word that names no band, clearly, and keep it in extra", () => {
    const result = importSheet(
      grid([
        ["Risk ID", "Risk", "Inherent risk"],
        ["R-1", "Drift", "Purple"],
        ["R-2", "Bias", "High"],
        ["R-3", "Leak", "Low"],
      ]),
    );
    const issue = result.issues.find((i) => i.code === "rating-not-a-band");
    expect(issue?.cell).toBe("C2");
    expect(issue?.message).toMatch(/"Purple" is not a band of the risk matrix \(Low, Medium, High, Critical\)/);
    expect(result.records[0]?.inherentRating).toBeUndefined();
    expect(result.records[0]?.extra).toEqual({ "Inherent risk": "Purple" });
  });

  it("flag a label that disagrees with the matrix's band for the score, with both values", () => {
    const outcome = normaliseBand("10 (MEDIUM)", MATRIX_5X5.bands);
    expect(outcome.kind).toBe("value");
    if (outcome.kind !== "value") return;
    expect(outcome.value).toBe("medium");
    expect(outcome.notes?.[0]?.code).toBe("rating-disagrees-with-matrix");
    expect(outcome.notes?.[0]?.message).toContain("labels the score 10 Medium, but the matrix rates 10 High");
    expect(normaliseBand("HIGH (12)", MATRIX_5X5.bands)).toEqual({ kind: "value", value: "high" });
    expect(normaliseBand(20, MATRIX_5X5.bands)).toMatchObject({ kind: "value", value: "critical" });
  });
});

describe("validating qualitative ratings", () => {
  const matrix = matrixSizeOf(MATRIX_5X5);
  const at = (record: Record<string, unknown>) => ({ risks: [{ record, sheet: "Risks", row: 2, columns: { id: "A", inherentRating: "D", residualRating: "E" } }], matrix });

  it("is an error when a rating is not a band of the matrix", () => {
    const { issues } = validate(at({ id: "R-1", owner: "A", inherentRating: "extreme" }));
    const issue = issues.find((i) => i.code === "risk-rating-off-matrix");
    expect(issue).toMatchObject({ severity: "error", cell: "D2" });
    expect(issue?.message).toBe('Risk R-1: inherent rating "extreme" is not a band of the matrix (Low, Medium, High, Critical)');
  });

  it("warns, naming both, when a rating disagrees with likelihood × impact", () => {
    const { issues } = validate(at({ id: "R-1", owner: "A", residualLikelihood: 4, residualImpact: 5, residualRating: "low" }));
    const issue = issues.find((i) => i.code === "risk-rating-disagrees");
    expect(issue).toMatchObject({ severity: "warning", cell: "E2" });
    expect(issue?.message).toBe("Risk R-1: residual rating Low disagrees with likelihood 4 × impact 5 = 20, which the matrix rates Critical");
  });

  it("is silent when the rating agrees or stands alone", () => {
    const agree = validate(at({ id: "R-1", owner: "A", inherentLikelihood: 4, inherentImpact: 5, inherentRating: "critical", residualRating: "low" }));
    expect(agree.issues.filter((i) => i.code.startsWith("risk-rating"))).toEqual([]);
  });

  it("checks imported registers as they come from the importer", () => {
    const result = importSheet(
      grid([
        ["Risk ID", "Risk", "Inherent likelihood", "Inherent impact", "Inherent risk"],
        ["R-1", "Drift", 5, 5, "Low"],
        ["R-2", "Bias", 1, 2, "Low"],
        ["R-3", "Leak", 2, 2, "Low"],
      ]),
    );
    const { issues } = validate(locateImports([result]));
    expect(issues.filter((i) => i.code === "risk-rating-disagrees").map((i) => i.cell)).toEqual(["E2"]);
  });
});
