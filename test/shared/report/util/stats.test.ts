import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { statOf, StatTally } from "../../../../shared/report/util/stats";

describe("StatTally", () => {
  it("gives the count, least, mean and greatest of the figures added, rounded as statOf rounds", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 1 }), (values) => {
        const tally = new StatTally();
        for (const value of values) tally.add(value);
        const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
        expect(tally.stat()).toEqual({ n: values.length, min: Math.min(...values), avg: Math.round(mean * 1000) / 1000, max: Math.max(...values) });
        expect(statOf(values)).toEqual(tally.stat());
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
