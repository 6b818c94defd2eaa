import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { statOf, StatTally } from "../../../../shared/report/util/stats";

describe("StatTally", () => {
  it("gives statOf's Stat for the figures added, in the same order", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double({ min: -10, max: 10, noNaN: true }))), (values) => {
        const tally = new StatTally();
        for (const value of values) tally.add(value);
        expect(tally.stat()).toEqual(statOf(values));
      }),
    );
  });

  it("has no Stat before a figure is added", () => {
    expect(new StatTally().stat()).toBeUndefined();
    const tally = new StatTally();
    tally.add(1);
    tally.add(4);
    expect(tally.stat()).toEqual({ n: 2, min: 1, avg: 2.5, max: 4 });
  });
});
