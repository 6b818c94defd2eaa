import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  COMMON_MATRIX,
  mapLevel,
  MATRIX_3X3,
  MATRIX_4X4,
  MATRIX_5X5,
  matrixForSize,
  normaliseLevel,
  normaliseScore,
  score,
  scoreRange,
  toCommonScale,
} from "../../../shared/scoring/index";

const anyMatrix = fc
  .record({ l: fc.integer({ min: 2, max: 10 }), i: fc.integer({ min: 2, max: 10 }), scoring: fc.constantFrom("product" as const, "sum" as const) })
  .map(({ l, i, scoring }) => matrixForSize(l, i, scoring));

describe("normaliseScore", () => {
  it("maps the lowest score to 0 and the highest to 1 on every matrix", () => {
    fc.assert(
      fc.property(anyMatrix, (matrix) => {
        const { min, max } = scoreRange(matrix);
        expect(normaliseScore(matrix, min)).toBe(0);
        expect(normaliseScore(matrix, max)).toBe(1);
      }),
    );
  });

  it("is monotonic and stays within 0..1", () => {
    fc.assert(
      fc.property(anyMatrix, fc.double({ min: -100, max: 200, noNaN: true }), fc.double({ min: -100, max: 200, noNaN: true }), (matrix, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const x = normaliseScore(matrix, low);
        const y = normaliseScore(matrix, high);
        expect(x).toBeLessThanOrEqual(y);
        expect(x).toBeGreaterThanOrEqual(0);
        expect(y).toBeLessThanOrEqual(1);
      }),
    );
  });

  it("keeps the order of every pair of cells within a matrix", () => {
    fc.assert(
      fc.property(anyMatrix, fc.nat(), fc.nat(), fc.nat(), fc.nat(), (matrix, a, b, c, d) => {
        const nl = matrix.likelihood.levels.length;
        const ni = matrix.impact.levels.length;
        const s1 = score(matrix, (a % nl) + 1, (b % ni) + 1)!;
        const s2 = score(matrix, (c % nl) + 1, (d % ni) + 1)!;
        expect(Math.sign(normaliseScore(matrix, s1) - normaliseScore(matrix, s2))).toBe(Math.sign(s1 - s2));
      }),
    );
  });

  it("places mid-range scores proportionally", () => {
    expect(normaliseScore(MATRIX_3X3, 5)).toBe(0.5);
    expect(normaliseScore(MATRIX_5X5, 13)).toBe(0.5);
    expect(normaliseScore(MATRIX_4X4, 16)).toBe(1);
  });
});

describe("mapLevel and toCommonScale", () => {
  it("map each axis end point to end point", () => {
    expect([1, 2, 3].map((level) => mapLevel(3, level, 5))).toEqual([1, 3, 5]);
    expect([1, 2, 3, 4].map((level) => mapLevel(4, level, 5))).toEqual([1, 2, 4, 5]);
    expect([1, 2, 3, 4, 5].map((level) => mapLevel(5, level, 5))).toEqual([1, 2, 3, 4, 5]);
    expect(mapLevel(3, 4, 5)).toBeUndefined();
  });

  it("never reverse the order of levels and keep the end points on any scale", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 10 }), fc.integer({ min: 2, max: 10 }), (source, target) => {
        const mapped = Array.from({ length: source }, (_, index) => mapLevel(source, index + 1, target)!);
        expect(mapped[0]).toBe(1);
        expect(mapped[source - 1]).toBe(target);
        for (let index = 1; index < mapped.length; index += 1) expect(mapped[index]!).toBeGreaterThanOrEqual(mapped[index - 1]!);
      }),
    );
  });

  it("rate a 3×3 cell on the common 5×5 matrix", () => {
    expect(toCommonScale(MATRIX_3X3, 3, 2)).toMatchObject({ likelihood: 5, impact: 3, score: 15, band: { id: "high" }, normalised: 14 / 24 });
    expect(toCommonScale(MATRIX_3X3, 3, 3)).toMatchObject({ score: 25, band: { id: "critical" }, normalised: 1 });
    expect(toCommonScale(MATRIX_3X3, 1, 1)).toMatchObject({ score: 1, band: { id: "low" }, normalised: 0 });
    expect(toCommonScale(MATRIX_4X4, 3, 3)).toMatchObject({ likelihood: 4, impact: 4, score: 16 });
    expect(toCommonScale(MATRIX_3X3, 4, 1)).toBeUndefined();
    expect(COMMON_MATRIX).toBe(MATRIX_5X5);
  });

  it("leave a 5×5 cell where it is", () => {
    for (let l = 1; l <= 5; l += 1) {
      for (let i = 1; i <= 5; i += 1) {
        expect(toCommonScale(MATRIX_5X5, l, i)).toMatchObject({ likelihood: l, impact: i, score: l * i, normalised: normaliseScore(MATRIX_5X5, l * i) });
      }
    }
  });

  it("normalise a level to its place on the scale", () => {
    expect(normaliseLevel(MATRIX_4X4.likelihood, 1)).toBe(0);
    expect(normaliseLevel(MATRIX_4X4.likelihood, 4)).toBe(1);
    expect(normaliseLevel(MATRIX_3X3.likelihood, 2)).toBe(0.5);
  });
});
