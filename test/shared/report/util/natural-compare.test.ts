import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { naturalCompare } from "../../../../shared/report/util/natural-compare";
import { topK } from "../../../../shared/report/util/top-k";

describe("naturalCompare", () => {
  it("orders numbered ids by value", () => {
    expect(["A.5.10", "A.5.2", "A.10.1", "A.5.1"].sort(naturalCompare)).toEqual(["A.5.1", "A.5.2", "A.5.10", "A.10.1"]);
    expect(["R-10", "R-9", "R-009", "R-1"].sort(naturalCompare)).toEqual(["R-1", "R-009", "R-9", "R-10"]);
  });

  it("is a total order: antisymmetric, zero only for equal strings, transitive", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0a-c1-3.]{0,6}$/), fc.stringMatching(/^[0a-c1-3.]{0,6}$/), fc.stringMatching(/^[0a-c1-3.]{0,6}$/), (a, b, c) => {
        expect(Math.sign(naturalCompare(a, b)) + Math.sign(naturalCompare(b, a))).toBe(0);
        expect(naturalCompare(a, b) === 0).toBe(a === b);
        if (naturalCompare(a, b) < 0 && naturalCompare(b, c) < 0) expect(naturalCompare(a, c)).toBeLessThan(0);
      }),
      { numRuns: 2_000 },
    );
  });
});

describe("topK", () => {
  it("gives the same as sorting everything and taking the first k", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: 0, max: 20 }), (values, k) => {
        expect(topK(values, k, (a, b) => a - b)).toEqual([...values].sort((a, b) => a - b).slice(0, k));
      }),
    );
  });
});
