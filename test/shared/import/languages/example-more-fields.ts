import { describe, expect, it } from "vitest";
import { importSheet } from "../../../../shared/import/import-sheet";
import { grid } from "../grids";

/**
 * The less common columns in one language: a register's risk, likelihood and impact followed by
 * cause, consequence description, category, existing controls and action plan; an inventory's
 * system name and purpose followed by technology, risk tier, business unit and deployment date.
 */
export interface ExampleMoreFields {
  readonly register: readonly [string, string, string, string, string, string, string, string];
  readonly inventory: readonly [string, string, string, string, string, string];
}

export function describeMoreFields(language: string, example: ExampleMoreFields): void {
  describe(`the less common columns in ${language}`, () => {
    it("maps a register's cause, consequence, category, controls and actions", () => {
      const result = importSheet(grid([[...example.register], ["Model drift", 2, 3, "Stale data", "Wrong decisions", "Data", "Monitoring", "Retrain monthly"]]));
      expect(result.kind).toBe("risk-register");
      expect(result.columns.map((c) => c.field)).toEqual(
        ["title", "inherentLikelihood", "inherentImpact", "cause", "consequence", "category", "controls", "actions"],
      );
      expect(result.records[0]).toMatchObject({ cause: "Stale data", consequence: "Wrong decisions", category: "Data" });
    });

    it("maps an inventory's technology, risk tier, business unit and deployment date", () => {
      const result = importSheet(grid([[...example.inventory], ["Scorer", "Credit scoring", "Gradient boosting", "High", "Lending", "2026-01-02"]]));
      expect(result.kind).toBe("ai-inventory");
      expect(result.columns.map((c) => c.field)).toEqual(["name", "purpose", "technology", "riskTier", "businessUnit", "deployedDate"]);
      expect(result.records[0]).toMatchObject({ technology: "Gradient boosting", riskTier: "High", businessUnit: "Lending", deployedDate: "2026-01-02" });
    });
  });
}
