import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { naturalCompare } from "../../../../shared/report/util/natural-compare";
import { topK, TopKSelection } from "../../../../shared/report/util/top-k";

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

  it("keeps items that compare equal in the order they came, as a stable sort does", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 6 })), fc.integer({ min: 0, max: 20 }), (keys, k) => {
        const items = keys.map((key, id) => ({ key, id }));
        const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;
        expect(topK(items, k, byKey)).toEqual([...items].sort(byKey).slice(0, k));
      }),
    );
  });
});

describe("TopKSelection", () => {
  it("gives a stable sort's first k, ties included, when candidates ordering after `worst` by a partial key are never offered", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ days: fc.integer({ min: 0, max: 5 }), team: fc.constantFrom("a", "b", "c") })), fc.integer({ min: 0, max: 20 }), (rows, k) => {
        const items = rows.map((row, id) => ({ ...row, id }));
        // Most days first, then team; equal days and team tie (and keep their arrival order).
        const compare = (a: (typeof items)[number], b: (typeof items)[number]) => b.days - a.days || naturalCompare(a.team, b.team);
        const selection = new TopKSelection(k, compare);
        let skipped = 0;
        for (const item of items) {
          const worst = selection.worst;
          if (worst !== undefined && item.days < worst.days) {
            skipped += 1;
            continue;
          }
          selection.offer(item);
        }
        expect(selection.items()).toEqual([...items].sort(compare).slice(0, k));
        if (k === 0 || items.length <= k) expect(skipped).toBe(0);
      }),
      { numRuns: 500 },
    );
  });

  it("has no `worst` until k items are kept, then the last of them", () => {
    const selection = new TopKSelection<number>(2, (a, b) => a - b);
    selection.offer(5);
    expect(selection.worst).toBeUndefined();
    selection.offer(3);
    expect(selection.worst).toBe(5);
    selection.offer(4);
    expect(selection.worst).toBe(4);
    expect(selection.items()).toEqual([3, 4]);
    expect(new TopKSelection<number>(0, (a, b) => a - b).worst).toBeUndefined();
  });
});
