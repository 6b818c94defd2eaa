import { describe, expect, it } from "vitest";
import { importSheet } from "../../../shared/import/import-sheet";
import { importWorkbook } from "../../../shared/import/import-workbook";
import { MappingTemplate, templateFrom } from "../../../shared/import/mapping-template";
import { grid } from "./grids";

const register = grid(
  [
    ["Risk ID", "Risk title", "Likelihood", "Impact", "Risk owner"],
    ["R-1", "Drift", 2, 3, "Ann"],
    ["R-2", "Bias", 4, 4, "Bo"],
  ],
  { name: "Risks" },
);

describe("picking the sheet of a workbook", () => {
  it("passes over a README and a blank template of the same register", () => {
    const readme = grid([["About this workbook"], ["Use the Risks sheet."]], { name: "README" });
    const blank = grid([["Risk ID", "Risk title", "Likelihood", "Impact", "Risk owner"], ["[R-XX]", "[Title]", "[1-5]", "[1-5]", "[Name]"]], { name: "Template" });
    const outcome = importWorkbook({ sheets: [readme, blank, register] });
    expect(outcome.ok && outcome.chosen.sheet).toBe("Risks");
    expect(outcome.ok && outcome.summary.map((s) => [s.sheet, s.kind, s.records])).toEqual([
      ["README", "unknown", 0],
      ["Template", "risk-register", 0],
      ["Risks", "risk-register", 2],
    ]);
  });

  it("prefers a visible sheet to a hidden copy", () => {
    const hidden = { ...register, name: "Old risks", hidden: true };
    const outcome = importWorkbook({ sheets: [hidden, register] });
    expect(outcome.ok && outcome.chosen.sheet).toBe("Risks");
  });

  it("imports the sheet asked for, by name in any case, and lists the sheets when it is missing", () => {
    const other = grid([["Item", "Cost"], ["x", 1]], { name: "Budget" });
    const asked = importWorkbook({ sheets: [register, other] }, { sheet: "budget" });
    expect(asked.ok && asked.chosen.sheet).toBe("Budget");
    const missing = importWorkbook({ sheets: [register, other] }, { sheet: "Controls" });
    expect(missing).toMatchObject({ ok: false, message: 'There is no sheet "Controls". The workbook has: "Risks", "Budget".' });
  });

  it("reports a workbook without sheets", () => {
    expect(importWorkbook({ sheets: [] }).ok).toBe(false);
  });
});

describe("mapping templates", () => {
  it("saves the mapping used and re-applies it to next month's copy", () => {
    const first = importSheet(register);
    const template = templateFrom(first);
    expect(MappingTemplate.parse(JSON.parse(JSON.stringify(template)))).toEqual(template);
    const next = grid([
      ["Risk ID", "Risk title", "Likelihood", "Impact", "Risk owner"],
      ["R-3", "Leak", 1, 5, "Cy"],
    ]);
    const again = importSheet(next, { template: template as MappingTemplate });
    expect(again.kind).toBe("risk-register");
    expect(again.records).toEqual([{ sourceRow: 2, id: "R-3", title: "Leak", inherentLikelihood: 1, inherentImpact: 5, owner: "Cy" }]);
  });

  it("finds columns again by header after a column was inserted", () => {
    const template = templateFrom(importSheet(register)) as MappingTemplate;
    const moved = grid([
      ["Risk ID", "New column", "Risk title", "Likelihood", "Impact", "Risk owner"],
      ["R-3", "x", "Leak", 1, 5, "Cy"],
    ]);
    expect(importSheet(moved, { template }).records[0]).toMatchObject({ title: "Leak", inherentLikelihood: 1, owner: "Cy", extra: { "New column": "x" } });
  });

  it("lets a user correct a mapping: a column detection got wrong", () => {
    const template: MappingTemplate = {
      version: 1,
      kind: "risk-register",
      headerRow: 1,
      columns: [
        { header: "Ref", column: "A", field: "id" },
        { header: "Chance", column: "B", field: "inherentLikelihood" },
        { header: "Hurt", column: "C", field: "inherentImpact" },
      ],
    };
    const odd = grid([["Ref", "Chance", "Hurt"], ["R-1", "3", "Severe"]]);
    expect(importSheet(odd, { template }).records[0]).toMatchObject({ id: "R-1", inherentLikelihood: 3, inherentImpact: 5 });
  });

  it("warns about a template column that is gone, and refuses a template for another sheet", () => {
    const template = templateFrom(importSheet(register)) as MappingTemplate;
    const fewer = grid([["Risk ID", "Risk title", "Likelihood", "Impact"], ["R-3", "Leak", 1, 5]]);
    expect(importSheet(fewer, { template }).issues).toContainEqual(expect.objectContaining({ code: "template-column-missing" }));
    const unrelated = grid([["Item", "Cost"], ["x", 1]]);
    expect(importSheet(unrelated, { template })).toMatchObject({ kind: "unknown", issues: [{ code: "template-mismatch" }] });
  });

  it("refuses a template that names a field the kind does not have", () => {
    const template: MappingTemplate = { version: 1, kind: "soa", headerRow: 1, columns: [{ header: "Risk ID", column: "A", field: "inherentLikelihood" }] };
    expect(importSheet(register, { template }).issues[0]?.message).toMatch(/not a field of a Statement of Applicability/);
  });

  it("validates template files", () => {
    expect(MappingTemplate.safeParse({ version: 1, kind: "risk-register", headerRow: 0, columns: [] }).success).toBe(false);
    expect(MappingTemplate.safeParse({ version: 1, kind: "risk-register", headerRow: 1, columns: [{ header: "x", column: "a1", field: null }] }).success).toBe(false);
  });
});
