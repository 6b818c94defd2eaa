/**
 * The round trip through the Office.js port over a mocked Excel: what is pushed reads back
 * exactly, what is pulled lands exactly, and every operation stays within its round trips.
 */
import { describe, expect, it } from "vitest";
import { OfficeWorkbook } from "../../../addin/port/office-workbook";
import { pullVersion, readLocalSnapshot, recordSyncedVersion, saveWorkbookIds, writeReport } from "../../../addin/services/round-trip";
import { buildPlan } from "../../../addin/setup/build-plan";
import { sharedWorkbookLayout } from "../../../addin/setup/shared-layout";
import { planWithSnapshot, settingsWithSnapshot } from "../../../addin/taskpane/preview/demo-data";
import { demoSnapshots } from "../../../shared/demo/demo-snapshots";
import { parseSnapshot } from "../../../shared/model/parse-snapshot";
import type { WorkbookSnapshot } from "../../../shared/model/snapshot";
import { buildDualConformanceReport } from "../../../shared/report/build-report";
import { REPORT_SHEET } from "../../../shared/workbook-snapshot/report-sheet";
import { FakeExcel } from "../fake-excel";
import { mockErrorPaths } from "../port/mock-errors";

const demos: WorkbookSnapshot[] = demoSnapshots({ asOf: "2026-06-30" }).map((d) => {
  const parsed = parseSnapshot(d);
  if (!parsed.success) throw new Error("demo");
  return parsed.snapshot;
});

async function demoInExcel(snapshot: WorkbookSnapshot) {
  const fake = new FakeExcel();
  const port = new OfficeWorkbook({ run: fake.run });
  await port.setUpWorkbook(planWithSnapshot(buildPlan(sharedWorkbookLayout()), snapshot));
  await port.writeSheet(settingsWithSnapshot(snapshot));
  return { fake, port };
}

describe("the round trip through the Office.js port", () => {
  it("reads the demo workbook back into exactly its snapshot, in 3 syncs", async () => {
    const { fake, port } = await demoInExcel(demos[0]!);
    const before = fake.syncs;
    const { build, settings } = await readLocalSnapshot(port, { asOf: "2026-06-30" });
    expect(fake.syncs - before).toBe(3);
    expect(build.snapshot).toEqual(demos[0]);
    expect(mockErrorPaths(build)).toEqual([]);
    expect(settings?.cells.synced).toBeDefined();
  });

  it("pulls another team's version (another matrix, actions, impacts) in 3 syncs, and it reads back exactly", async () => {
    const { fake, port } = await demoInExcel(demos[0]!);
    const before = fake.syncs;
    const report = await pullVersion(port, demos[1]!, { version: 4, backupSheet: "Backup 2026-06-30 10.15" });
    expect(fake.syncs - before).toBe(3);
    expect(report.backupSheet).toBe("Backup 2026-06-30 10.15");
    expect(report.tables.find((t) => t.table === "RiskRegister")).toMatchObject({ rowsReplaced: demos[0]!.risks.length, rowsWritten: demos[1]!.risks.length });
    const { build, settings } = await readLocalSnapshot(port, { asOf: "2026-06-30" });
    expect(build.snapshot).toEqual(demos[1]);
    expect(settings?.syncedVersion).toBe(4);
    // The backup holds the first team's rows as they were.
    const backup = [...(fake.sheet("Backup 2026-06-30 10.15")?.cells.values() ?? [])].map((c) => c.value);
    expect(backup).toContain(demos[0]!.risks[0]!.title);
  });

  it("writes the consolidated report in 2 syncs, 3 when it replaces its own sheet", async () => {
    const { fake, port } = await demoInExcel(demos[0]!);
    const report = buildDualConformanceReport({
      org: { id: "demo", name: "Northwind Financial" },
      asOf: "2026-06-30",
      workbooks: demos.map((snapshot, i) => ({ team: snapshot.workbook.team, workbook: snapshot.workbook.name, version: i + 1, createdAt: "2026-06-30T10:00:00Z", snapshot })),
    });
    let before = fake.syncs;
    const written = await writeReport(port, report, { pulledAt: "2026-06-30 10:15", source: "http://localhost:8787" });
    expect(fake.syncs - before).toBe(2);
    expect(written.sections).toBeGreaterThan(20);
    expect(fake.cell(REPORT_SHEET, 0, 0)).toBe("Consolidated dual-conformance report — NIST AI RMF 1.0 and ISO/IEC 42001:2023");
    before = fake.syncs;
    await writeReport(port, report, { pulledAt: "2026-06-30 10:16", source: "http://localhost:8787" });
    expect(fake.syncs - before).toBe(3);
    expect(fake.cell(REPORT_SHEET, 1, 0)).toContain("pulled 2026-06-30 10:16");
  });

  it("saves the workbook's ids in 4 syncs and records a pushed version in 1", async () => {
    const { fake, port } = await demoInExcel(demos[0]!);
    let before = fake.syncs;
    await saveWorkbookIds(port, { team: "retail-credit", workbook: "ai-conformance" });
    expect(fake.syncs - before).toBe(4);
    const { build, settings } = await readLocalSnapshot(port, { asOf: "2026-06-30" });
    expect(build.snapshot?.workbook.team).toBe("retail-credit");
    before = fake.syncs;
    expect(await recordSyncedVersion(port, settings, 7)).toBe(true);
    expect(fake.syncs - before).toBe(1);
    expect((await readLocalSnapshot(port, { asOf: "2026-06-30" })).settings?.syncedVersion).toBe(7);
  });
});
