import { describe, expect, it } from "vitest";
import { MemoryWorkbook } from "../../../addin/port/memory-workbook";
import { createValidator } from "../../../addin/services/pipeline-validator";
import { buildPlan } from "../../../addin/setup/build-plan";
import { sharedWorkbookLayout } from "../../../addin/setup/shared-layout";
import { demoSnapshot, planWithSnapshot } from "../../../addin/taskpane/preview/demo-data";

describe("preview demo workbook", () => {
  it("fills every structured sheet from the demo team's snapshot, and validation finds its planted problems", async () => {
    const layout = sharedWorkbookLayout();
    const snapshot = demoSnapshot("2026-11-28");
    const wb = new MemoryWorkbook();
    await wb.setUpWorkbook(planWithSnapshot(buildPlan(layout), snapshot));
    expect(wb.view("Risk Register")?.tables[0]?.rowCount).toBe(snapshot.risks.length);
    expect(wb.view("Statement of Applicability")?.tables[0]?.rowCount).toBe(snapshot.soa.length);
    expect(wb.view("AI Systems")?.tables[0]?.rowCount).toBe(snapshot.aiSystems.length);
    const score = wb.view("Risk Register")?.tables[0]?.headers.indexOf("Inherent Score") ?? -1;
    const first = snapshot.risks[0];
    expect(first?.inherentLikelihood).toBeTypeOf("number");
    expect(wb.view("Risk Register")?.values[1]?.[score]).toBe((first?.inherentLikelihood ?? 0) * (first?.inherentImpact ?? 0));
    const validator = createValidator(() => new Date("2026-11-28T12:00:00Z"));
    const issues = validator.validate(await Promise.all(validator.sheets.map((s) => wb.readSheet(s))));
    const found = issues.map((i) => `${i.code} ${i.message}`);
    expect(found).toContainEqual(expect.stringMatching(/^framework-id-unknown MEASURE 2\.14/));
    expect(found).toContainEqual(expect.stringMatching(/^risk-residual-above-inherent Risk CR-R11/));
    expect(found).toContainEqual(expect.stringMatching(/^risk-review-overdue Risk CR-R07/));
  });
});
