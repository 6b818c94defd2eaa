import { describe, expect, it } from "vitest";
import { MemoryWorkbook } from "../../../addin/port/memory-workbook";
import type { CellValue } from "../../../addin/port/workbook-port";
import { createValidator } from "../../../addin/services/pipeline-validator";
import { buildPlan } from "../../../addin/setup/build-plan";
import { sharedWorkbookLayout } from "../../../addin/setup/shared-layout";
import { prepareSetup } from "../../../addin/setup/workbook-matrix";
import type { MatrixPresetId } from "../../../shared/scoring/presets";
import { SETTINGS_SHEET } from "../../../shared/workbook-snapshot/settings-sheet";

const COLUMNS = ["Risk ID", "Title", "Risk Owner", "Inherent Likelihood", "Inherent Impact"];

/** A set-up workbook (with a settings sheet on `matrix`, or none) holding these risks. */
async function workbook(matrix: MatrixPresetId | undefined, risks: CellValue[][]) {
  const wb = new MemoryWorkbook();
  if (matrix) {
    const prepared = await prepareSetup(wb, matrix);
    await wb.setUpWorkbook(prepared.plan, { inspected: prepared.info });
  } else {
    await wb.setUpWorkbook(buildPlan(sharedWorkbookLayout()));
  }
  await wb.writeRecords({ table: "RiskRegister", columns: COLUMNS, rows: risks, mode: "append" });
  return wb;
}

async function offMatrix(wb: MemoryWorkbook) {
  const validator = createValidator(() => new Date("2026-03-01T12:00:00"));
  const names = (await wb.inspect()).sheets.map((s) => s.name);
  const wanted = [...validator.sheets, ...(validator.alsoRead ?? [])].filter((n) => names.includes(n));
  const issues = validator.validate(await wb.readSheets(wanted));
  return issues.filter((i) => i.code === "risk-level-off-matrix").map((i) => `${i.cell}: ${i.message}`);
}

describe("validation on the workbook's matrix", () => {
  it("reads the settings sheet along with the structured sheets", () => {
    expect(createValidator(() => new Date()).alsoRead).toEqual([SETTINGS_SHEET]);
  });

  it("finds an impact of 4 off a 3×3 matrix", async () => {
    const wb = await workbook("3x3", [["R-1", "Drift", "Ann", 2, 4], ["R-2", "Bias", "Bo", 3, 3]]);
    expect(await offMatrix(wb)).toEqual([expect.stringMatching(/^[A-Z]+2: Risk R-1: inherent impact 4 is not on the matrix \(1–3\)$/)]);
  });

  it("accepts 4 on a 4×4 matrix and 5 only on 5×5, the default without a settings sheet", async () => {
    expect(await offMatrix(await workbook("4x4", [["R-1", "Drift", "Ann", 4, 4]]))).toEqual([]);
    expect(await offMatrix(await workbook("4x4", [["R-1", "Drift", "Ann", 5, 1]]))).toEqual([expect.stringMatching(/inherent likelihood 5 is not on the matrix \(1–4\)$/)]);
    expect(await offMatrix(await workbook(undefined, [["R-1", "Drift", "Ann", 5, 5]]))).toEqual([]);
    expect(await offMatrix(await workbook(undefined, [["R-1", "Drift", "Ann", 6, 1]]))).toEqual([expect.stringMatching(/\(1–5\)$/)]);
  });

  it("reads level words on the workbook's matrix: High is 3 on 3×3, even beside a 4 that suggests five levels", async () => {
    const wb = await workbook("3x3", [["R-1", "Drift", "Ann", "High", 3], ["R-2", "Bias", "Bo", 2, 4]]);
    expect(await offMatrix(wb)).toEqual([expect.stringMatching(/: Risk R-2: inherent impact 4 is not on the matrix \(1–3\)$/)]);
  });

  it("reports a settings sheet whose matrix has errors, and checks on 5×5 meanwhile", async () => {
    const wb = await workbook("3x3", [["R-1", "Drift", "Ann", 5, 5]]);
    const bands = (await wb.readSheet(SETTINGS_SHEET)).values.findIndex((r) => r[0] === "medium");
    await wb.updateCells([{ sheet: SETTINGS_SHEET, row: bands, column: 3, value: 3 }]);
    const validator = createValidator(() => new Date("2026-03-01T12:00:00"));
    const issues = validator.validate(await wb.readSheets([...validator.sheets, SETTINGS_SHEET], { skipMissing: true }));
    expect(issues.some((i) => i.code === "matrix-invalid" && i.sheet === SETTINGS_SHEET && i.severity === "error")).toBe(true);
    expect(issues.filter((i) => i.code === "risk-level-off-matrix")).toEqual([]);
  });
});
