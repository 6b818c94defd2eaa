/**
 * The Import preview's check predicts what Validate reports once the records are written: the
 * prediction is compared with Validate run after a real write on the in-memory workbook (errors
 * and warnings: notes are left to Validate).
 */
import { describe, expect, it } from "vitest";
import { MemoryWorkbook } from "../../../addin/port/memory-workbook";
import type { CellValue, FilledCellRule, WriteMode } from "../../../addin/port/workbook-port";
import { issuesAfterLanding, landedGrid } from "../../../addin/services/landing-check";
import { createValidator } from "../../../addin/services/pipeline-validator";
import { buildPlan } from "../../../addin/setup/build-plan";
import { sharedWorkbookLayout } from "../../../addin/setup/shared-layout";
import type { Issue } from "../../../shared/issues/issue";

const COLUMNS = ["Risk ID", "Title", "Risk Owner", "Inherent Likelihood", "Inherent Impact"];
const validator = createValidator(() => new Date("2026-03-01T12:00:00"));

async function setUp(risks: CellValue[][]): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  await wb.setUpWorkbook(buildPlan(sharedWorkbookLayout()));
  if (risks.length > 0) await wb.writeRecords({ table: "RiskRegister", columns: COLUMNS, rows: risks, mode: "append" });
  return wb;
}

async function grids(wb: MemoryWorkbook) {
  const names = (await wb.inspect()).sheets.map((s) => s.name);
  return wb.readSheets([...validator.sheets, ...(validator.alsoRead ?? [])].filter((n) => names.includes(n)));
}

const text = (issues: readonly Issue[]) => issues.map((i) => `${i.cell} ${i.code}: ${i.message}`).sort();

async function predictedAndActual(existing: CellValue[][], rows: CellValue[][], mode: WriteMode) {
  const wb = await setUp(existing);
  const before = await grids(wb);
  const info = await wb.inspect();
  const table = info.sheets.flatMap((s) => s.tables).find((t) => t.name === "RiskRegister");
  const grid = before.find((g) => g.name === "Risk Register");
  if (!table || !grid) throw new Error("set-up made no risk register");
  const landed = landedGrid({ sheet: "Risk Register", columns: COLUMNS, rows, mode, idColumn: "Risk ID" }, { grid, table });
  const predicted = issuesAfterLanding(validator.validate, before, landed);
  await wb.writeRecords({ table: "RiskRegister", columns: COLUMNS, rows, mode, ...(mode === "replace" ? { backupSheet: "Backup" } : {}), ...(mode === "merge" ? { idColumn: "Risk ID" } : {}) });
  const keys = new Set(validator.validate(before).map((i) => `${i.code}${i.cell}${i.message}`));
  const actual = validator.validate(await grids(wb)).filter((i) => i.severity !== "info" && i.sheet === "Risk Register" && !keys.has(`${i.code}${i.cell}${i.message}`));
  return { predicted: text(predicted), actual: text(actual) };
}

describe("the Import preview's check of the records as they would land", () => {
  it("finds an id used twice against a row already there, and a missing id, as Validate does after an append", async () => {
    const { predicted, actual } = await predictedAndActual([["R-1", "Drift", "Ann", 2, 3]], [["R-1", "Leak", "Bo", 1, 1], [null, "Bias", "Cy", 2, 2]], "append");
    expect(predicted).toEqual(actual);
    expect(predicted.some((p) => p.includes("record-key-duplicate") && p.includes("Risk ID R-1 is used on rows 2 and 3"))).toBe(true);
    expect(predicted.length).toBeGreaterThanOrEqual(2);
  });

  it("finds nothing new when a merge updates the row of the same id", async () => {
    const { predicted, actual } = await predictedAndActual([["R-1", "Drift", "Ann", 2, 3]], [["R-1", "Leak", "Bo", 1, 1], ["R-2", "Bias", "Cy", 2, 2]], "merge");
    expect(predicted).toEqual(actual);
    expect(predicted).toEqual([]);
  });

  it("lands a merge with filled-cell rules exactly as the port writes it", async () => {
    const wb = await setUp([["R-1", "Drift\nData shift", "Ann", 2, 3], ["R-2", null, null, 1, 1]]);
    const grid = (await grids(wb)).find((g) => g.name === "Risk Register");
    const table = (await wb.inspect()).sheets.flatMap((s) => s.tables).find((t) => t.name === "RiskRegister");
    if (!grid || !table) throw new Error("set-up made no risk register");
    const rows: CellValue[][] = [["R-1", "data shift\nConcept drift", "Bo", 4, 4], ["R-2", "Bias", "Cy", 2, 2]];
    const filledCells: Record<string, FilledCellRule> = { Title: "add-lines", "Risk Owner": "keep" };
    const landed = landedGrid({ sheet: "Risk Register", columns: COLUMNS, rows, mode: "merge", idColumn: "Risk ID", filledCells }, { grid, table });
    await wb.writeRecords({ table: "RiskRegister", columns: COLUMNS, rows, mode: "merge", idColumn: "Risk ID", filledCells });
    const after = await wb.readSheet("Risk Register");
    const at = COLUMNS.map((c) => after.values[0]?.indexOf(c) ?? -1);
    const firstFive = (values: readonly (readonly unknown[])[]) => values.slice(1, 3).map((r) => at.map((i) => r[i] ?? null));
    expect(firstFive(landed.values)).toEqual(firstFive(after.values));
    expect(firstFive(after.values)).toEqual([
      ["R-1", "Drift\nData shift\nConcept drift", "Ann", 4, 4],
      ["R-2", "Bias", "Cy", 2, 2],
    ]);
  });

  it("judges a replace on the new rows alone, duplicates among them included", async () => {
    const { predicted, actual } = await predictedAndActual([["R-9", "Old", "Ann", 2, 3]], [["R-2", "Leak", "Bo", 1, 1], ["R-2", "Bias", "Cy", 9, 2]], "replace");
    expect(predicted).toEqual(actual);
    expect(predicted.some((p) => p.includes("record-key-duplicate"))).toBe(true);
  });

  it("checks records bound for a workbook not set up yet against the sheet set-up will make", () => {
    const landed = landedGrid({ sheet: "Risk Register", columns: COLUMNS, rows: [["R-1", "Leak", "Bo", 1, 1], ["R-1", "Bias", "Cy", 2, 2]], mode: "append" });
    expect(landed.values[0]?.[0]).toBe("Risk ID");
    const issues = issuesAfterLanding(validator.validate, [], landed);
    expect(issues.map((i) => i.code)).toContain("record-key-duplicate");
    expect(issues.every((i) => i.sheet === "Risk Register")).toBe(true);
  });
});
