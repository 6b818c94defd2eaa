import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readWorkbook } from "../../../shared/file-reader/read-workbook";
import { importSheet } from "../../../shared/import/import-sheet";
import { TOOL_TEMPLATES } from "../../../shared/import/tool-templates/index";
import { CISO_ASSISTANT_INHERENT } from "../../fixtures/import/tool-exports";
import { grid } from "./grids";

const cisoCsv = () => {
  const file = join(__dirname, "../../fixtures/import/ciso-assistant-risk-assessment.csv");
  return readWorkbook(new Uint8Array(readFileSync(file)), "risk-assessment.csv").sheets[0] as Parameters<typeof importSheet>[0];
};

describe("GRC tool export templates", () => {
  it("reads CISO Assistant's semicolon CSV as a risk register and names the template", () => {
    const result = importSheet(cisoCsv());
    expect(result).toMatchObject({ kind: "risk-register", template: { id: "ciso-assistant-risk-assessment", label: "CISO Assistant risk assessment export" } });
    expect(result.issues).toEqual([]);
    expect(result.records[0]).toMatchObject({
      id: "R.1",
      title: "Poisoned training data",
      cause: "Data poisoning",
      controls: ["Input validation", "Data lineage"],
      actions: ["Signed datasets"],
      treatment: "mitigate",
      extra: { assets: "Claims model,Scoring API", current_risk: "High" },
    });
  });

  it("starts from the current level without inherent columns, and treats -- as empty", () => {
    const [first, , third] = importSheet(cisoCsv()).records;
    expect(first).toMatchObject({ inherentImpact: 4, inherentLikelihood: 3, residualImpact: 3, residualLikelihood: 2 });
    expect(third).not.toHaveProperty("residualImpact");
    expect(third).not.toHaveProperty("cause");
  });

  it("takes the inherent columns when the export has them, keeping the current ones in extra", () => {
    const result = importSheet(CISO_ASSISTANT_INHERENT.sheets[0] as Parameters<typeof importSheet>[0]);
    expect(result.records[0]).toMatchObject({ inherentImpact: 5, inherentLikelihood: 4, extra: { current_impact: "High", current_proba: "Medium" } });
  });

  it("leaves an ordinary register to header matching", () => {
    const register = grid([
      ["Risk ID", "Description", "Likelihood", "Impact", "Treatment", "Owner"],
      ["R-1", "Drift", 3, 4, "Mitigate", "Ann"],
    ]);
    const result = importSheet(register);
    expect(result.kind).toBe("risk-register");
    expect(result.template).toBeUndefined();
  });

  it("maps every template column to a field of the template's kind", async () => {
    const { KIND_SPECS } = await import("../../../shared/import/kinds/index");
    for (const template of TOOL_TEMPLATES) {
      const names = new Set(KIND_SPECS[template.kind].fields.map((f) => f.name));
      const fields = [...Object.values(template.columns), ...(template.fallbacks ?? []).map((f) => f.field)].filter((f): f is string => f !== null);
      expect(fields.filter((f) => !names.has(f)), template.id).toEqual([]);
      for (const set of template.detect) expect(set.every((h) => h in template.columns), template.id).toBe(true);
    }
  });
});
