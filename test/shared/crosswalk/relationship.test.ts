import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compose, invert, RELATIONSHIPS, strength } from "../../../shared/crosswalk/relationship";

describe("relationships", () => {
  it("turn subset into superset when read backwards and leave the symmetric ones alone", () => {
    expect(RELATIONSHIPS.map(invert)).toEqual(["equal", "superset", "subset", "intersect", "related"]);
  });

  it("compose to nothing stronger than the weakest step", () => {
    fc.assert(
      fc.property(fc.constantFrom(...RELATIONSHIPS), fc.constantFrom(...RELATIONSHIPS), (a, b) => {
        expect(strength(compose(a, b))).toBeLessThanOrEqual(Math.min(strength(a), strength(b)));
      }),
    );
  });

  it("keep a chain of subsets a subset, and weaken mixed directions to an overlap", () => {
    expect(compose("subset", "subset")).toBe("subset");
    expect(compose("equal", "superset")).toBe("superset");
    expect(compose("subset", "superset")).toBe("intersect");
    expect(compose("intersect", "equal")).toBe("intersect");
    expect(compose("equal", "related")).toBe("related");
  });

  it("read a composed path backwards as the inverse of the forward reading", () => {
    fc.assert(
      fc.property(fc.constantFrom(...RELATIONSHIPS), fc.constantFrom(...RELATIONSHIPS), (a, b) => {
        expect(compose(invert(b), invert(a))).toBe(invert(compose(a, b)));
      }),
    );
  });
});
