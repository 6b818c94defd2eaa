/**
 * The wizard's engine and the Validate pane's rules over the shared importer, on a real public
 * register (test/fixtures/samples, MIT): file → grid → analysis → rows → structured sheet → checks.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MemoryWorkbook } from "../../../addin/port/memory-workbook";
import { readWorkbookFile } from "../../../addin/services/read-file";
import { createImportEngine } from "../../../addin/services/import-wizard";
import { createValidator } from "../../../addin/services/pipeline-validator";
import { buildPlan } from "../../../addin/setup/build-plan";
import { sharedWorkbookLayout } from "../../../addin/setup/shared-layout";
import { MappingTemplate } from "../../../shared/import/mapping-template";

const SAMPLE = join(import.meta.dirname, "..", "..", "fixtures", "samples", "ai-risk-register_urielle-iso42001-toolkit.xlsx");
const layout = sharedWorkbookLayout();

async function sampleGrid() {
  const bytes = readFileSync(SAMPLE);
  const file = await readWorkbookFile("register.xlsx", bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  const grid = file.sheets.find((s) => s.name === "Risk Register");
  if (!grid) throw new Error("no Risk Register sheet in the sample");
  return grid;
}

describe("shared import engine", () => {
  it("recognises the sample register, its header row and columns", async () => {
    const engine = createImportEngine(layout);
    const analysis = engine.analyse(await sampleGrid());
    expect(analysis.kind).toBe("risk-register");
    expect(analysis.headerRow).toBe(4);
    expect(analysis.columns.filter((c) => c.field !== null).length).toBeGreaterThan(5);
    expect(analysis.kindConfidence).toBeGreaterThan(0.4);
  });

  it("gives a column read as two fields two distinct keys, so the pane's list never repeats one", async () => {
    const analysis = createImportEngine(layout).analyse(await sampleGrid());
    const keys = analysis.columns.map((c) => c.key);
    expect(new Set(keys).size).toBe(keys.length);
    const reviewColumn = analysis.columns.filter((c) => c.header.startsWith("Review Date"));
    expect(reviewColumn.map((c) => c.field)).toEqual(["reviewDate", "status"]);
    expect(reviewColumn[0]?.column).toBe(reviewColumn[1]?.column);
  });

  it("previews the 17 risks as rows of the Risk Register table, scores left to the formula", async () => {
    const engine = createImportEngine(layout);
    const grid = await sampleGrid();
    const preview = engine.preview(grid, {});
    expect(preview).toMatchObject({ kind: "risk-register", table: "RiskRegister", sheet: "Risk Register" });
    expect(preview.rows).toHaveLength(17);
    expect(preview.columns).not.toContain("Inherent Score");
    expect(preview.calculated?.map((c) => c.column)).toEqual(["Inherent Score", "Residual Score"]);
    for (const row of preview.rows) expect(row).toHaveLength(preview.columns.length);
  });

  it("honours a changed mapping: an ignored column's values are not imported", async () => {
    const engine = createImportEngine(layout);
    const grid = await sampleGrid();
    const analysis = engine.analyse(grid);
    const owner = analysis.columns.find((c) => c.field === "owner");
    expect(owner).toBeDefined();
    if (!owner) return;
    const changed = engine.analyse(grid, { mapping: new Map([[owner.column, null]]) });
    expect(changed.columns.find((c) => c.column === owner.column)?.field).toBeNull();
    const preview = engine.preview(grid, { mapping: new Map([[owner.column, null]]) });
    const ownerAt = preview.columns.indexOf("Risk Owner");
    expect(preview.rows.every((r) => r[ownerAt] === null)).toBe(true);
  });

  it("saves a changed mapping as the importer's MappingTemplate and re-applies it", async () => {
    const engine = createImportEngine(layout);
    const grid = await sampleGrid();
    const owner = engine.analyse(grid).columns.find((c) => c.field === "owner");
    if (!owner) throw new Error("no owner column");
    const choices = { mapping: new Map([[owner.column, null]]) };
    const template = engine.template(grid, choices);
    expect(template).toBeDefined();
    expect(MappingTemplate.safeParse(JSON.parse(template ?? "")).success).toBe(true);
    const reapplied = engine.analyse(grid, { template: template ?? "" });
    expect(reapplied.columns.find((c) => c.column === owner.column)?.field).toBeNull();
    expect(reapplied.kind).toBe("risk-register");
    expect(engine.preview(grid, { template: template ?? "" }).rows).toHaveLength(17);
    expect(() => engine.analyse(grid, { template: "{}" })).toThrow(/not a Crosswalk mapping template/);
  });

  it("imports into the set-up workbook and the Validate rules read it back with cell-precise issues", async () => {
    const wb = new MemoryWorkbook();
    await wb.setUpWorkbook(buildPlan(layout));
    const preview = createImportEngine(layout).preview(await sampleGrid(), {});
    await wb.writeRecords({ table: preview.table, columns: preview.columns, rows: preview.rows, mode: "append", ...(preview.calculated ? { calculated: preview.calculated } : {}) });
    const validator = createValidator(() => new Date("2026-11-28T12:00:00Z"));
    const grids = await wb.readSheets([...validator.sheets, ...(validator.alsoRead ?? [])], { skipMissing: true });
    const issues = validator.validate(grids);
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) {
      expect(issue.cell).toMatch(/^[A-Z]+\d+$/);
      expect([...validator.sheets, ...(validator.alsoRead ?? [])].map((s) => s.toLowerCase())).toContain(issue.sheet.toLowerCase());
    }
    const risks = (await wb.readSheet("Risk Register")).values;
    expect(risks.length).toBe(18);
  });
});

describe("the analysis's sentence", () => {
  it("reads \"an AI system inventory\", with the article the kind's name takes", () => {
    const engine = createImportEngine(layout);
    const analysis = engine.analyse({
      name: "Inventory",
      values: [
        ["System Name", "Purpose", "System Owner", "Lifecycle Stage"],
        ["Claims triage", "Routes claims", "Ana", "Production"],
        ["Chat assistant", "Answers members", "Ben", "Pilot"],
      ],
    });
    expect(analysis.kind).toBe("ai-inventory");
    expect(analysis.explanation).toMatch(/^Read as an AI system inventory: 2 records\.$/);
  });
});
