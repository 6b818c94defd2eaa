import { describe, expect, it } from "vitest";
import type { GridValue } from "../../../../shared/file-reader/grid";
import { importSheet } from "../../../../shared/import/import-sheet";
import { normaliseYesNo } from "../../../../shared/import/normalise/yes-no";
import { STAGE_WORDS } from "../../../../shared/import/vocabulary/stage";
import { grid } from "../grids";

/**
 * A small register in one language: a header naming id, risk, description, likelihood, impact,
 * owner, status and treatment, and three risks whose likelihood runs low → medium → high (impact
 * high → low → medium), status open → in progress → closed and treatment mitigate → accept → avoid,
 * each written as people of that language write them (inflected, upper case, accents or not).
 */
export interface ExampleRegister {
  readonly header: readonly string[];
  readonly rows: readonly (readonly GridValue[])[];
  /** Yes and No as a cell would hold them, and the word for a system in production. */
  readonly yes: string;
  readonly no: string;
  readonly inOperation: string;
}

const FIELDS = ["id", "title", "description", "inherentLikelihood", "inherentImpact", "owner", "status", "treatment"];

export function describeRegister(language: string, example: ExampleRegister): void {
  describe(`a register in ${language}`, () => {
    const result = importSheet(grid([[...example.header], ...example.rows.map((row) => [...row])]));

    it("is read as a risk register with every column mapped", () => {
      expect(result.kind).toBe("risk-register");
      expect(result.columns.map((c) => c.field)).toEqual(FIELDS);
      expect(result.records.length).toBe(3);
    });

    it("reads the rating words as levels of a three-level scale, and the statuses and treatments", () => {
      expect(result.records.map((r) => [r.inherentLikelihood, r.inherentImpact])).toEqual([[1, 3], [2, 1], [3, 2]]);
      expect(result.records.map((r) => r.status)).toEqual(["open", "in-progress", "closed"]);
      expect(result.records.map((r) => r.treatment)).toEqual(["mitigate", "accept", "avoid"]);
      expect(result.issues.filter((i) => i.severity !== "info")).toEqual([]);
    });

    it("reads yes, no and a life-cycle stage", () => {
      expect([normaliseYesNo(example.yes), normaliseYesNo(example.no)]).toEqual([{ kind: "value", value: true }, { kind: "value", value: false }]);
      expect(STAGE_WORDS.exactly(example.inOperation)).toBe("operation");
    });
  });
}
