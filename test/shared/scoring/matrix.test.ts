import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_MATRIX,
  MATRIX_3X3,
  MATRIX_4X4,
  MATRIX_5X5,
  MATRIX_PRESETS,
  matrixForSize,
  matrixPreset,
  RiskMatrix,
  scoreRange,
} from "../../../shared/scoring/index";

describe("matrix presets", () => {
  it("are valid matrices of 3×3, 4×4 and 5×5", () => {
    for (const [id, matrix] of Object.entries(MATRIX_PRESETS)) {
      expect(RiskMatrix.parse(matrix)).toEqual(matrix);
      expect(`${matrix.likelihood.levels.length}x${matrix.impact.levels.length}`).toBe(id);
    }
    expect(DEFAULT_MATRIX).toBe(MATRIX_5X5);
  });

  it("cannot be changed in place, but a copy can", () => {
    expect(() => {
      (MATRIX_3X3.bands[0] as { max: number }).max = 99;
    }).toThrow(TypeError);
    const copy = matrixPreset("3x3");
    copy.bands[0]!.max = 3;
    expect(MATRIX_3X3.bands[0]?.max).toBe(2);
  });
});

describe("matrix schema", () => {
  it("refuses bands that leave a gap between them", () => {
    const result = RiskMatrix.safeParse({ ...MATRIX_4X4, bands: [MATRIX_4X4.bands[0], { ...MATRIX_4X4.bands[1]!, min: 5 }, MATRIX_4X4.bands[2], MATRIX_4X4.bands[3]] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain("must start at 4");
  });

  it("refuses bands that overlap", () => {
    const result = RiskMatrix.safeParse({ ...MATRIX_3X3, bands: [MATRIX_3X3.bands[0], { ...MATRIX_3X3.bands[1]!, min: 2 }, MATRIX_3X3.bands[2]] });
    expect(result.success).toBe(false);
  });

  it("refuses bands that do not reach the highest score", () => {
    const result = RiskMatrix.safeParse({ ...MATRIX_5X5, bands: MATRIX_5X5.bands.map((band) => (band.id === "critical" ? { ...band, max: 24 } : band)) });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain("highest score 25");
  });

  it("refuses levels that are not valued 1..n lowest first", () => {
    const levels = [...MATRIX_3X3.likelihood.levels].reverse();
    const result = RiskMatrix.safeParse({ ...MATRIX_3X3, likelihood: { levels } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["likelihood", "levels", 0, "value"]);
  });

  it("refuses a word that names two levels", () => {
    const levels = MATRIX_3X3.impact.levels.map((level) => (level.value === 3 ? { ...level, synonyms: ["Medium "] } : level));
    expect(RiskMatrix.safeParse({ ...MATRIX_3X3, impact: { levels } }).success).toBe(false);
  });

  it("accepts scales of different sizes", () => {
    const matrix = matrixForSize(5, 3);
    expect(RiskMatrix.safeParse(matrix).success).toBe(true);
    expect(scoreRange(matrix)).toEqual({ min: 1, max: 15 });
  });

  it("defaults the scoring method to the product", () => {
    const { scoring: _scoring, ...withoutScoring } = MATRIX_3X3;
    expect(RiskMatrix.parse(withoutScoring).scoring).toBe("product");
  });
});

describe("matrixForSize", () => {
  it("returns the preset for 3×3, 4×4 and 5×5", () => {
    expect(matrixForSize(3, 3)).toEqual(MATRIX_3X3);
    expect(matrixForSize(4, 4)).toEqual(MATRIX_4X4);
    expect(matrixForSize(5, 5)).toEqual(MATRIX_5X5);
  });

  it("gives a valid matrix for every size from 2 to 10 and either scoring method", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 10 }), fc.integer({ min: 2, max: 10 }), fc.constantFrom("product" as const, "sum" as const), (l, i, scoring) => {
        const matrix = matrixForSize(l, i, scoring);
        expect(RiskMatrix.safeParse(matrix).success).toBe(true);
        expect(matrix.likelihood.levels).toHaveLength(l);
        expect(matrix.impact.levels).toHaveLength(i);
      }),
    );
  });

  it("clamps sizes outside 2–10", () => {
    expect(matrixForSize(1, 40).likelihood.levels).toHaveLength(2);
    expect(matrixForSize(1, 40).impact.levels).toHaveLength(10);
    expect(RiskMatrix.safeParse(matrixForSize(Number.NaN, 3)).success).toBe(true);
  });
});
