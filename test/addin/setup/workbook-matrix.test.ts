import { describe, expect, it } from "vitest";
import { MemoryWorkbook } from "../../../addin/port/memory-workbook";
import { OfficeWorkbook } from "../../../addin/port/office-workbook";
import type { WorkbookPort } from "../../../addin/port/workbook-port";
import { readWorkbookSettings, saveWorkbookIds } from "../../../addin/services/round-trip";
import { buildPlan } from "../../../addin/setup/build-plan";
import { sharedWorkbookLayout } from "../../../addin/setup/shared-layout";
import { newSettingsSheet, prepareSetup, setupPlanFor, workbookMatrixOf } from "../../../addin/setup/workbook-matrix";
import type { RiskMatrix } from "../../../shared/scoring/matrix";
import { MATRIX_3X3, MATRIX_4X4, MATRIX_5X5 } from "../../../shared/scoring/presets";
import { readSettings, SETTINGS_KIND, SETTINGS_SHEET, settingsRows } from "../../../shared/workbook-snapshot/settings-sheet";
import { FakeExcel } from "../fake-excel";
import { mockErrorPaths } from "../port/mock-errors";

const planOn = (m: RiskMatrix) => buildPlan(sharedWorkbookLayout(m));

async function withSettings(port: WorkbookPort, matrix: RiskMatrix, meta = {}) {
  await port.writeSheet({ name: SETTINGS_SHEET, kind: SETTINGS_KIND, rows: settingsRows(meta, matrix) });
}

async function listValues(port: WorkbookPort, name: string): Promise<unknown[]> {
  const grid = await port.readSheet("Crosswalk Lists");
  const c = grid.values[0]?.indexOf(name) ?? -1;
  return grid.values.slice(1).map((r) => r[c] ?? null).filter((v) => v !== null);
}

describe("which matrix set-up follows", () => {
  it("is the chosen preset when the workbook has no settings sheet, written into a new one", async () => {
    const wb = new MemoryWorkbook();
    const info = await wb.inspect({ read: [SETTINGS_SHEET] });
    expect(workbookMatrixOf(info).source).toBe("none");
    const prepared = setupPlanFor(info, "4x4", planOn);
    expect(prepared.matrix).toEqual(MATRIX_4X4);
    expect(prepared.plan.lists.find((l) => l.name === "Impact")?.values).toEqual(["1", "2", "3", "4"]);
    expect(prepared.plan.newSheets?.map((s) => [s.name, s.kind])).toEqual([[SETTINGS_SHEET, SETTINGS_KIND]]);
    const written = readSettings({ name: SETTINGS_SHEET, values: newSettingsSheet(MATRIX_4X4).rows });
    expect(written.matrix).toEqual(MATRIX_4X4);
    expect(written.issues).toEqual([]);
  });

  it("is the settings sheet's matrix when it holds a valid one, whatever was chosen, and no sheet is written", async () => {
    const wb = new MemoryWorkbook();
    await withSettings(wb, MATRIX_3X3, { team: "credit-risk" });
    const info = await wb.inspect({ read: [SETTINGS_SHEET] });
    expect(workbookMatrixOf(info)).toEqual({ source: "settings", sheet: SETTINGS_SHEET, matrix: MATRIX_3X3 });
    const prepared = setupPlanFor(info, "5x5", planOn);
    expect(prepared.matrix).toEqual(MATRIX_3X3);
    expect(prepared.plan.newSheets).toBeUndefined();
    expect(prepared.plan.lists.find((l) => l.name === "Likelihood")?.values).toEqual(["1", "2", "3"]);
  });

  it("is 5×5, with the reason, when the settings sheet names no matrix or one with errors", async () => {
    const none = new MemoryWorkbook();
    none.addSheet(SETTINGS_SHEET, [["Setting", "Value"], ["Team ID", "credit-risk"]]);
    const found = workbookMatrixOf(await none.inspect({ read: [SETTINGS_SHEET] }));
    expect(found).toMatchObject({ source: "settings-unusable", matrix: MATRIX_5X5, problem: "it names no risk matrix" });

    const broken = new MemoryWorkbook();
    const gap = { ...MATRIX_3X3, bands: MATRIX_3X3.bands.filter((b) => b.id !== "medium") };
    broken.addSheet(SETTINGS_SHEET, settingsRows({}, gap));
    const bad = workbookMatrixOf(await broken.inspect({ read: [SETTINGS_SHEET] }));
    expect(bad.source).toBe("settings-unusable");
    expect(bad.source === "settings-unusable" && bad.problem).toMatch(/^its risk matrix has an error \(A\d+: Risk matrix: /);
    const prepared = setupPlanFor(await broken.inspect({ read: [SETTINGS_SHEET] }), "3x3", planOn);
    expect(prepared.matrix).toEqual(MATRIX_5X5);
    expect(prepared.plan.newSheets).toBeUndefined();
  });

  it("is recorded where push and Settings read it, and Settings keeps it when saving the ids", async () => {
    const wb = new MemoryWorkbook();
    const prepared = await prepareSetup(wb, "3x3");
    await wb.setUpWorkbook(prepared.plan, { inspected: prepared.info });
    expect((await readWorkbookSettings(wb)).matrix).toEqual(MATRIX_3X3);
    await saveWorkbookIds(wb, { team: "credit-risk", workbook: "ai" });
    const after = await readWorkbookSettings(wb);
    expect(after).toMatchObject({ team: "credit-risk", workbook: "ai", matrix: MATRIX_3X3 });
  });

  it("re-running set-up after the matrix changed updates the lists and colours and keeps the data", async () => {
    const wb = new MemoryWorkbook();
    let prepared = await prepareSetup(wb, "4x4");
    await wb.setUpWorkbook(prepared.plan, { inspected: prepared.info });
    const register = (await wb.inspect()).sheets.find((s) => s.name === "Risk Register")?.tables[0];
    if (!register) throw new Error("no register");
    await wb.writeRecords({ table: register.name, columns: ["Risk ID", "Title", "Inherent Likelihood", "Inherent Impact"], rows: [["R-1", "Drift", 4, 4]], mode: "append" });
    expect(await listValues(wb, "Likelihood")).toEqual(["1", "2", "3", "4"]);

    await withSettings(wb, MATRIX_3X3);
    prepared = await prepareSetup(wb, "4x4");
    expect(prepared.found.source).toBe("settings");
    const report = await wb.setUpWorkbook(prepared.plan, { inspected: prepared.info });
    for (const s of report.sheets) expect(s).toMatchObject({ outcome: "completed", rowsAdded: 0, columnsAdded: [] });
    expect(await listValues(wb, "Likelihood")).toEqual(["1", "2", "3"]);
    expect(await listValues(wb, "Impact label")).toEqual(["Low", "Medium", "High"]);
    const scores = wb.view("Risk Register")?.tables[0];
    expect(scores?.rowCount).toBe(1);
    const grid = await wb.readSheet("Risk Register");
    expect(grid.values[1]?.slice(0, 2)).toEqual(["R-1", "Drift"]);
    expect(prepared.plan.sheets.find((s) => s.kind === "risks")?.conditionalFormats?.[0]?.rules).toHaveLength(3);
    expect((await readWorkbookSettings(wb)).matrix).toEqual(MATRIX_3X3);
  });
});

describe("the Set up click's round trips in Excel (inspect with the settings sheet, then set-up)", () => {
  async function click(port: WorkbookPort, choice: "3x3" | "4x4" | "5x5") {
    const prepared = await prepareSetup(port, choice);
    return { prepared, report: await port.setUpWorkbook(prepared.plan, { inspected: prepared.info }) };
  }

  it("takes 4 syncs on a new workbook, writing the settings sheet, and 4 again when re-run", async () => {
    const fake = new FakeExcel();
    const port = new OfficeWorkbook({ run: fake.run });
    const first = await click(port, "3x3");
    expect(fake.syncs).toBe(4);
    expect(first.report.sheets[0]).toEqual({ sheet: SETTINGS_SHEET, outcome: "created" });
    expect(mockErrorPaths(first)).toEqual([]);
    const before = fake.syncs;
    const again = await click(port, "5x5");
    expect(fake.syncs - before).toBe(4);
    expect(again.prepared.found).toMatchObject({ source: "settings", matrix: MATRIX_3X3 });
    for (const s of again.report.sheets) expect(s).toMatchObject({ outcome: "completed", rowsAdded: 0 });
    expect([1, 2, 3, 4].map((r) => fake.cell("Crosswalk Lists", r, 0) ?? null)).toEqual(["1", "2", "3", null]);
    expect(fake.sheet(SETTINGS_SHEET)?.props.get("CrosswalkKind")).toBe(SETTINGS_KIND);
  });

  it("takes 4 syncs on a workbook whose settings sheet holds a 4×4 matrix, and follows it", async () => {
    const fake = new FakeExcel();
    const port = new OfficeWorkbook({ run: fake.run });
    await withSettings(port, MATRIX_4X4, { team: "people", name: "ai" });
    const before = fake.syncs;
    const { prepared } = await click(port, "3x3");
    expect(fake.syncs - before).toBe(4);
    expect(prepared.matrix).toEqual(MATRIX_4X4);
    expect([1, 2, 3, 4].map((r) => fake.cell("Crosswalk Lists", r, 2))).toEqual(["1", "2", "3", "4"]);
    expect(fake.cell(SETTINGS_SHEET, 4, 1)).toBe("people");
  });
});
