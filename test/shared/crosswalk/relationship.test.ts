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

  it("keep a chain of subsets a subset, and make every path whose overlap does not follow related", () => {
    expect(compose("subset", "subset")).toBe("subset");
    expect(compose("superset", "superset")).toBe("superset");
    expect(compose("equal", "superset")).toBe("superset");
    expect(compose("intersect", "equal")).toBe("intersect");
    expect(compose("subset", "superset")).toBe("related");
    expect(compose("superset", "subset")).toBe("related");
    expect(compose("intersect", "intersect")).toBe("related");
    expect(compose("subset", "intersect")).toBe("related");
    expect(compose("intersect", "superset")).toBe("related");
    expect(compose("equal", "related")).toBe("related");
  });

  it("treat equal as the identity on either side", () => {
    fc.assert(
      fc.property(fc.constantFrom(...RELATIONSHIPS), (r) => {
        expect(compose("equal", r)).toBe(r);
        expect(compose(r, "equal")).toBe(r);
      }),
    );
  });

  it("give an exact relationship only for equal steps and same-direction containment", () => {
    const exact = (a: string, b: string) => a === "equal" || b === "equal" || (a === b && (a === "subset" || a === "superset"));
    fc.assert(
      fc.property(fc.constantFrom(...RELATIONSHIPS), fc.constantFrom(...RELATIONSHIPS), (a, b) => {
        expect(compose(a, b)).toBe(exact(a, b) ? (a === "equal" ? b : a) : "related");
      }),
    );
  });

  it("compose associatively, so a path's relationship does not depend on how its hops are grouped", () => {
    fc.assert(
      fc.property(fc.constantFrom(...RELATIONSHIPS), fc.constantFrom(...RELATIONSHIPS), fc.constantFrom(...RELATIONSHIPS), (a, b, c) => {
        expect(compose(compose(a, b), c)).toBe(compose(a, compose(b, c)));
      }),
    );
  });

  it("read a composed path backwards as the inverse of the forward reading", () => {
    fc.assert(
      fc.property(fc.constantFrom(...RELATIONSHIPS), fc.constantFrom(...RELATIONSHIPS), (a, b) => {
        expect(compose(invert(b), invert(a))).toBe(invert(compose(a, b)));
      }),
    );
  });
});
