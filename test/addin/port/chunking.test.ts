import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chunkRows, rowPayloadBytes, utf8Length } from "../../../addin/port/chunking";
import type { CellValue } from "../../../addin/port/workbook-port";

const cell = fc.oneof(fc.string({ unit: "grapheme" }), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null));

describe("chunkRows", () => {
  it("measures UTF-8 like TextEncoder", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme" }), (s) => utf8Length(s) === new TextEncoder().encode(s).length));
  });

  it("never underestimates a row's JSON size", () => {
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 10 }), (row: CellValue[]) => {
        expect(rowPayloadBytes(row)).toBeGreaterThanOrEqual(new TextEncoder().encode(JSON.stringify(row)).length);
      }),
    );
  });

  it("covers every row once, in order, and keeps each chunk under the budget", () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 200 }), fc.integer({ min: 64, max: 4096 }), (rows, budget) => {
        const chunks = chunkRows(rows, budget);
        let next = 0;
        for (const c of chunks) {
          expect(c.start).toBe(next);
          expect(c.end).toBeGreaterThan(c.start);
          const json = new TextEncoder().encode(JSON.stringify(rows.slice(c.start, c.end))).length;
          if (c.end - c.start > 1) expect(json).toBeLessThanOrEqual(budget);
          next = c.end;
        }
        expect(next).toBe(rows.length);
      }),
    );
  });
});
