import { describe, expect, it } from "vitest";
import {
  isOnMatrix,
  levelLabel,
  MATRIX_3X3,
  MATRIX_4X4,
  MATRIX_5X5,
  matrixForSize,
  rate,
  rating,
  resolveLevel,
  score,
  type RiskMatrix,
} from "../../../shared/scoring/index";

const bandOf = (matrix: RiskMatrix, l: number, i: number) => rate(matrix, l, i)?.band?.id;

describe("score", () => {
  it("multiplies likelihood by impact on product matrices", () => {
    expect(score(MATRIX_3X3, 3, 2)).toBe(6);
    expect(score(MATRIX_4X4, 4, 4)).toBe(16);
    expect(score(MATRIX_5X5, 4, 5)).toBe(20);
    expect(score(MATRIX_5X5, 1, 1)).toBe(1);
  });

  it("adds them on sum matrices", () => {
    const matrix = matrixForSize(4, 3, "sum");
    expect(score(matrix, 4, 3)).toBe(7);
    expect(score(matrix, 1, 1)).toBe(2);
  });

  it("gives no score for a level off the matrix instead of clamping", () => {
    expect(score(MATRIX_3X3, 4, 1)).toBeUndefined();
    expect(score(MATRIX_3X3, 0, 1)).toBeUndefined();
    expect(score(MATRIX_3X3, 1.5, 1)).toBeUndefined();
    expect(rate(MATRIX_3X3, 2, 4)).toBeUndefined();
    expect(isOnMatrix(MATRIX_4X4, 4, 4)).toBe(true);
    expect(isOnMatrix(MATRIX_4X4, 5, 1)).toBe(false);
  });
});

describe("rating", () => {
  it("rates the 3×3 preset at its band edges", () => {
    expect(bandOf(MATRIX_3X3, 1, 2)).toBe("low"); // 2
    expect(bandOf(MATRIX_3X3, 3, 1)).toBe("medium"); // 3
    expect(bandOf(MATRIX_3X3, 2, 2)).toBe("medium"); // 4
    expect(bandOf(MATRIX_3X3, 3, 2)).toBe("high"); // 6
    expect(bandOf(MATRIX_3X3, 3, 3)).toBe("high"); // 9
  });

  it("rates the 4×4 preset at its band edges", () => {
    expect(rating(MATRIX_4X4, 3)?.id).toBe("low");
    expect(rating(MATRIX_4X4, 4)?.id).toBe("medium");
    expect(rating(MATRIX_4X4, 6)?.id).toBe("medium");
    expect(rating(MATRIX_4X4, 8)?.id).toBe("high");
    expect(rating(MATRIX_4X4, 9)?.id).toBe("high");
    expect(rating(MATRIX_4X4, 12)?.id).toBe("critical");
    expect(rating(MATRIX_4X4, 16)?.id).toBe("critical");
  });

  it("rates the 5×5 preset at its band edges", () => {
    expect(rating(MATRIX_5X5, 4)?.label).toBe("Low");
    expect(rating(MATRIX_5X5, 5)?.label).toBe("Medium");
    expect(rating(MATRIX_5X5, 9)?.label).toBe("Medium");
    expect(rating(MATRIX_5X5, 10)?.label).toBe("High");
    expect(rating(MATRIX_5X5, 15)?.label).toBe("High");
    expect(rating(MATRIX_5X5, 16)?.label).toBe("Critical");
    expect(rating(MATRIX_5X5, 25)?.colour).toBe("#F8696B");
  });

  it("rates every cell of every preset", () => {
    for (const matrix of [MATRIX_3X3, MATRIX_4X4, MATRIX_5X5]) {
      for (const l of matrix.likelihood.levels) {
        for (const i of matrix.impact.levels) expect(rate(matrix, l.value, i.value)?.band).toBeDefined();
      }
    }
  });

  it("gives no band for a score outside every band", () => {
    expect(rating(MATRIX_5X5, 0)).toBeUndefined();
    expect(rating(MATRIX_5X5, 26)).toBeUndefined();
  });
});

describe("word scales", () => {
  it("resolve labels and synonyms in any case, spacing or accent", () => {
    expect(resolveLevel(MATRIX_3X3.likelihood, "High")).toBe(3);
    expect(resolveLevel(MATRIX_3X3.likelihood, "  likely ")).toBe(3);
    expect(resolveLevel(MATRIX_3X3.impact, "SEVERE")).toBe(3);
    expect(resolveLevel(MATRIX_5X5.likelihood, "almost-certain")).toBe(5);
    expect(resolveLevel(MATRIX_5X5.likelihood, "Almost   Certain")).toBe(5);
    const accented = { levels: [{ value: 1, label: "Faible" }, { value: 2, label: "Élevé" }] };
    expect(resolveLevel(accented, "eleve")).toBe(2);
  });

  it("resolve whole numbers on the scale, as numbers or text", () => {
    expect(resolveLevel(MATRIX_4X4.impact, 4)).toBe(4);
    expect(resolveLevel(MATRIX_4X4.impact, "2")).toBe(2);
    expect(resolveLevel(MATRIX_4X4.impact, "3.0")).toBe(3);
  });

  it("refuse anything else rather than guess", () => {
    expect(resolveLevel(MATRIX_3X3.likelihood, 4)).toBeUndefined();
    expect(resolveLevel(MATRIX_3X3.likelihood, "2.5")).toBeUndefined();
    expect(resolveLevel(MATRIX_3X3.likelihood, "Extreme")).toBeUndefined();
    expect(resolveLevel(MATRIX_3X3.likelihood, "")).toBeUndefined();
    expect(resolveLevel(MATRIX_3X3.likelihood, null)).toBeUndefined();
    expect(resolveLevel(MATRIX_3X3.likelihood, "x".repeat(10_000))).toBeUndefined();
  });

  it("label each level", () => {
    expect(levelLabel(MATRIX_4X4.likelihood, 4)).toBe("Almost certain");
    expect(levelLabel(MATRIX_4X4.likelihood, 5)).toBeUndefined();
  });
});
