import { describe, expect, it } from "vitest";
import { importSheet } from "../../../../shared/import/import-sheet";
import { grid } from "../grids";

/**
 * A small AI system inventory in one language: a header naming system name, purpose, owner,
 * life-cycle stage, role, data and third parties, and four systems in design, validation,
 * deployment and operation, of which the organisation is the provider, the developer, the
 * deployer and a user.
 */
export interface ExampleInventory {
  readonly header: readonly [string, string, string, string, string, string, string];
  /** Design, validation, deployment, operation. */
  readonly stage: readonly [string, string, string, string];
  /** Provider, developer, deployer, user. */
  readonly role: readonly [string, string, string, string];
}

const FIELDS = ["name", "purpose", "owner", "stage", "role", "data", "thirdParties"];

export function describeInventory(language: string, example: ExampleInventory): void {
  describe(`an AI system inventory in ${language}`, () => {
    const rows = example.stage.map((stage, i) => [
      `System ${i + 1}`, `Purpose ${i + 1}`, `Owner ${i + 1}`, stage, example.role[i] ?? null, `Dataset ${i + 1}`, `Vendor ${i + 1}`,
    ]);
    const result = importSheet(grid([[...example.header], ...rows]));

    it("is read as an AI inventory with every column mapped", () => {
      expect(result.kind).toBe("ai-inventory");
      expect(result.columns.map((c) => c.field)).toEqual(FIELDS);
      expect(result.records.map((r) => r.name)).toEqual(["System 1", "System 2", "System 3", "System 4"]);
    });

    it("reads the life-cycle stages and the roles", () => {
      expect(result.records.map((r) => r.stage)).toEqual(["design", "validation", "deployment", "operation"]);
      expect(result.records.map((r) => r.role)).toEqual([["provider"], ["developer"], ["deployer"], ["user"]]);
      expect(result.issues.filter((i) => i.severity !== "info")).toEqual([]);
    });
  });
}
