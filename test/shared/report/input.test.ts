import { describe, expect, it } from "vitest";
import { demoSnapshots } from "../../../shared/demo/index";
import { buildDualConformanceReport, OrgProfile, ReportInputError } from "../../../shared/report/index";
import { demoInput } from "./demo-input";

describe("report input", () => {
  it("refuses an as-of date that is not a calendar date, naming the field", () => {
    expect(() => buildDualConformanceReport({ ...demoInput(), asOf: "2026-02-30" })).toThrow(ReportInputError);
    try {
      buildDualConformanceReport({ ...demoInput(), asOf: "30/09/2026" });
    } catch (error) {
      expect((error as ReportInputError).issues).toEqual([{ path: "asOf", message: "asOf must be a calendar date written YYYY-MM-DD" }]);
    }
  });

  it("refuses the same team workbook twice: choosing versions is the caller's job", () => {
    const input = demoInput();
    expect(() => buildDualConformanceReport({ ...input, workbooks: [...input.workbooks, input.workbooks[0]!] })).toThrow(/credit-risk\/ai-conformance appears twice/);
  });

  it("refuses unknown options and out-of-range limits", () => {
    expect(() => buildDualConformanceReport({ ...demoInput(), options: { topRisks: 0 } })).toThrow(ReportInputError);
    expect(() => buildDualConformanceReport({ ...demoInput(), options: { colour: "red" } as never })).toThrow(ReportInputError);
  });

  it("records which version each team contributed, and tells apart two workbooks of one team", () => {
    const [credit] = demoSnapshots();
    const second = { ...credit!, workbook: { ...credit!.workbook, name: "second" } };
    const report = buildDualConformanceReport({
      org: { id: "o", name: "O" },
      asOf: "2026-09-30",
      workbooks: [
        { team: "credit-risk", workbook: "second", version: 9, createdAt: "2026-09-01T00:00:00Z", snapshot: second },
        { team: "credit-risk", workbook: "ai-conformance", version: 4, author: "Priya", createdAt: "2026-09-02T00:00:00Z", snapshot: credit! },
      ],
    });
    expect(report.teams.map((t) => [t.key, t.version, t.author ?? null])).toEqual([
      ["credit-risk/ai-conformance", 4, "Priya"],
      ["credit-risk/second", 9, null],
    ]);
    expect(report.aiRmf.subcategories.find((s) => s.ref === "GOVERN 1.1")?.direct.map((d) => d.team)).toEqual(["credit-risk/ai-conformance", "credit-risk/second"]);
  });

  it("limits long lists but keeps their totals", () => {
    const report = buildDualConformanceReport({ ...demoInput(), options: { listLimit: 3, topRisks: 2 } });
    expect(report.readiness.gaps.items).toHaveLength(3);
    expect(report.readiness.gaps.total).toBeGreaterThan(100);
    expect(report.riskPosture.topResidual).toHaveLength(2);
    expect(report.riskPosture.topResidual).toEqual(buildDualConformanceReport(demoInput()).riskPosture.topResidual.slice(0, 2));
  });

  it("validates the organisation profile with defaults", () => {
    expect(OrgProfile.parse({ customerMix: "federal", size: "small", auditBandwidth: "low" })).toEqual({
      customerMix: "federal",
      size: "small",
      auditBandwidth: "low",
      holdsIso27001: false,
      plansIso42001Certification: false,
      integratedManagementSystem: false,
    });
    expect(OrgProfile.safeParse({ customerMix: "galactic", size: "small", auditBandwidth: "low" }).success).toBe(false);
  });
});
