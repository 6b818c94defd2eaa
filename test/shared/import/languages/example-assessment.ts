import { describe, expect, it } from "vitest";
import { importSheet } from "../../../../shared/import/import-sheet";
import { grid } from "../grids";

/**
 * A small AI system impact assessment in one language: a header naming AI system, intended use,
 * foreseeable misuse, affected parties, impact, harm or benefit, measures and status, and three
 * impacts — a harm in a draft, a benefit in review and a harm in an approved assessment.
 */
export interface ExampleAssessment {
  readonly header: readonly [string, string, string, string, string, string, string, string];
  /** Harm, benefit, harm. */
  readonly impactKind: readonly [string, string, string];
  /** Draft, in review, approved. */
  readonly status: readonly [string, string, string];
}

const FIELDS = ["aiSystem", "intendedUse", "foreseeableMisuse", "affectedParties", "impact", "impactKind", "measures", "status"];

export function describeAssessment(language: string, example: ExampleAssessment): void {
  describe(`an impact assessment in ${language}`, () => {
    const rows = example.status.map((status, i) => [
      `System ${i + 1}`, `Use ${i + 1}`, `Misuse ${i + 1}`, `Party ${i + 1}`, `Impact ${i + 1}`, example.impactKind[i] ?? null,
      `Measure ${i + 1}`, status,
    ]);
    const result = importSheet(grid([[...example.header], ...rows]));

    it("is read as an impact assessment with every column mapped", () => {
      expect(result.kind).toBe("impact-assessment");
      expect(result.columns.map((c) => c.field)).toEqual(FIELDS);
      expect(result.records.map((r) => r.aiSystem)).toEqual(["System 1", "System 2", "System 3"]);
    });

    it("reads harm or benefit and the assessment statuses", () => {
      expect(result.records.map((r) => r.impactKind)).toEqual(["harm", "benefit", "harm"]);
      expect(result.records.map((r) => r.status)).toEqual(["draft", "in-review", "approved"]);
      expect(result.issues.filter((i) => i.severity !== "info")).toEqual([]);
    });
  });
}
