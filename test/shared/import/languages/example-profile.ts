import { describe, expect, it } from "vitest";
import { importSheet } from "../../../../shared/import/import-sheet";
import { grid } from "../grids";

/**
 * A small AI RMF profile in one language: a header naming subcategory, current state, target state
 * and gap action, and three subcategories at levels 1 → 3, 2 → 4 and 4 → 4 (no gap, no action).
 */
export interface ExampleProfile {
  readonly header: readonly [string, string, string, string];
}

const FIELDS = ["subcategory", "current", "target", "gapAction"];

export function describeProfile(language: string, example: ExampleProfile): void {
  describe(`an AI RMF profile in ${language}`, () => {
    const rows = [
      ["GOVERN 1.1", 1, 3, "Action 1"],
      ["MAP 1.1", 2, 4, "Action 2"],
      ["MEASURE 2.11", 4, 4, null],
    ];
    const result = importSheet(grid([[...example.header], ...rows]));

    it("is read as an AI RMF profile with every column mapped", () => {
      expect(result.kind).toBe("ai-rmf-profile");
      expect(result.columns.map((c) => c.field)).toEqual(FIELDS);
    });

    it("reads the subcategories, the levels and the actions", () => {
      expect(result.records.map((r) => r.subcategory)).toEqual(["AIRMF:GOVERN 1.1", "AIRMF:MAP 1.1", "AIRMF:MEASURE 2.11"]);
      expect(result.records.map((r) => [r.current, r.target])).toEqual([[1, 3], [2, 4], [4, 4]]);
      expect(result.records.map((r) => r.gapAction)).toEqual(["Action 1", "Action 2", undefined]);
      expect(result.issues.filter((i) => i.severity !== "info")).toEqual([]);
    });
  });
}
