import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CellRange, GridValue, SheetGrid } from "../../../shared/file-reader/grid";
import { importSheet } from "../../../shared/import/import-sheet";
import { importWorkbook } from "../../../shared/import/import-workbook";
import { SHEET_KINDS } from "../../../shared/import/kinds/index";
import { deepFreeze } from "./grids";

/** Words real sheets are made of, so random grids often look like registers and reach deep code. */
const WORDS = [
  "Risk ID", "Likelihood", "Impact", "Residual\nLikelihood", "Inherent risk", "Owner", "Treatment", "Review Date / Status",
  "Control", "Applicable", "Justification", "Implementation status", "Evidence", "System name", "Purpose", "Stage",
  "Subcategory", "Current", "Target", "AI system", "Affected parties", "Harm", "Severity", "ISO 42001", "AI RMF",
  "[R-XX-01]", "[1-5]", "TBD", "—", "N/A", "Total", "I certify", "Legend", "Jun 2026 — ACTIVE", "12 (12)", "High",
  "élevée", "Yes", "no", "A.5.2", "GV-1.1", "6.1.2, A.6.2.4", "31/02/2026", "2026-06-30", "=HYPERLINK(\"x\")", "+cmd|",
  "Mitigate – add MFA", "Accepted", "Closed (remediated)", "", " ", "R-1", "R-1",
];

const cell: fc.Arbitrary<GridValue> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(null) },
  { weight: 5, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.oneof(fc.integer({ min: -5, max: 12 }), fc.double(), fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, 1e308, -0)) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.oneof(fc.integer({ min: -10, max: 3_000_000 }), fc.double()).map((serial) => ({ kind: "date" as const, serial })) },
  { weight: 1, arbitrary: fc.constantFrom("#N/A", "#REF!", "#DIV/0!").map((code) => ({ kind: "error" as const, code })) },
);

const range = (rows: number, cols: number): fc.Arbitrary<CellRange> =>
  fc
    .tuple(fc.nat(rows + 2), fc.nat(cols + 2), fc.nat(3), fc.nat(4))
    .map(([r, c, h, w]) => ({ startRow: r, startColumn: c, endRow: r + h, endColumn: c + w }));

const sheetGrid: fc.Arbitrary<SheetGrid> = fc
  .tuple(fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 25 }), fc.string({ maxLength: 12 }))
  .chain(([values, name]) =>
    fc.record({
      name: fc.constant(name),
      values: fc.constant(values),
      merges: fc.array(range(values.length, 12), { maxLength: 4 }),
      hiddenRows: fc.array(fc.nat(30), { maxLength: 3 }),
      hiddenColumns: fc.array(fc.nat(12), { maxLength: 3 }),
      formulas: fc.array(fc.array(fc.option(fc.constantFrom("A1*B1", "SUM(A:A)", ""), { nil: null }), { maxLength: 12 }), { maxLength: 25 }),
      origin: fc.record({ row: fc.nat(100), column: fc.nat(30) }),
    }),
  );

describe("import on random grids", () => {
  it("never throws, never fails internally, and points every issue at a real cell", () => {
    fc.assert(
      fc.property(sheetGrid, fc.option(fc.constantFrom(...SHEET_KINDS), { nil: undefined }), (g, kind) => {
        const result = importSheet(g, kind ? { kind } : {});
        expect(result.issues.map((i) => i.code)).not.toContain("import-failed");
        for (const issue of result.issues) expect(issue.cell).toMatch(/^[A-Z]{1,3}[1-9]\d*$/);
        const rows = new Set(result.records.map((r) => r.sourceRow));
        expect(rows.size).toBe(result.records.length);
        expect(result.stats.records).toBe(result.records.length);
        for (const record of result.records) {
          expect(record.sourceRow).toBeGreaterThan((result.headerRow ?? 0));
          expect(record.sourceRow).toBeLessThanOrEqual(g.values.length + (g.origin?.row ?? 0));
        }
        expect(() => JSON.stringify(result.records)).not.toThrow();
      }),
      { numRuns: 400 },
    );
  });

  it("never modifies the grid it reads", () => {
    fc.assert(
      fc.property(sheetGrid, (g) => {
        const frozen = deepFreeze(structuredClone(g));
        const before = JSON.stringify(frozen);
        importSheet(frozen);
        expect(JSON.stringify(frozen)).toBe(before);
      }),
      { numRuns: 150 },
    );
  });

  it("never throws on random workbooks", () => {
    fc.assert(
      fc.property(fc.array(sheetGrid, { maxLength: 4 }), fc.option(fc.string({ maxLength: 8 }), { nil: undefined }), (sheets, sheet) => {
        const outcome = importWorkbook({ sheets }, sheet === undefined ? {} : { sheet });
        expect(typeof outcome.ok).toBe("boolean");
      }),
      { numRuns: 100 },
    );
  });
});
