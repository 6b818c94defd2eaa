import { describe, expect, it } from "vitest";
import { importSheet } from "../../../../shared/import/import-sheet";
import { grid } from "../grids";

/**
 * A small control library mapped to the frameworks in one language: a header naming control id,
 * control, description, ISO/IEC 42001 references and AI RMF references, and two controls.
 */
export interface ExampleMapping {
  readonly header: readonly [string, string, string, string, string];
}

const FIELDS = ["id", "title", "description", "iso42001Refs", "aiRmfRefs"];

export function describeMapping(language: string, example: ExampleMapping): void {
  describe(`a control mapping in ${language}`, () => {
    const rows = [
      ["C-1", "Control 1", "Description 1", "A.2.2; A.2.3", "GOVERN 1.1"],
      ["C-2", "Control 2", "Description 2", "A.6.2.4", "MEASURE 2.11, MAP 1.1"],
    ];
    const result = importSheet(grid([[...example.header], ...rows]));

    it("is read as a control mapping with every column mapped", () => {
      expect(result.kind).toBe("control-mapping");
      expect(result.columns.map((c) => c.field)).toEqual(FIELDS);
    });

    it("reads the references of each control", () => {
      expect(result.records.map((r) => r.title)).toEqual(["Control 1", "Control 2"]);
      expect(result.records.map((r) => r.iso42001Refs)).toEqual([["ISO42001:A.2.2", "ISO42001:A.2.3"], ["ISO42001:A.6.2.4"]]);
      expect(result.records.map((r) => r.aiRmfRefs)).toEqual([["AIRMF:GOVERN 1.1"], ["AIRMF:MEASURE 2.11", "AIRMF:MAP 1.1"]]);
      expect(result.issues.filter((i) => i.severity !== "info")).toEqual([]);
    });
  });
}
