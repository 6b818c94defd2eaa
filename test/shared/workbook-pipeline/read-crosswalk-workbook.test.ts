import { describe, expect, it } from "vitest";
import type { GridValue, SheetGrid } from "../../../shared/file-reader/grid";
import { isoToSerial } from "../../../shared/import/normalise/date";
import { MATRIX_3X3 } from "../../../shared/scoring/presets";
import { NOT_CROSSWALK_MESSAGE, readCrosswalkWorkbook } from "../../../shared/workbook-pipeline/read-crosswalk-workbook";
import { settingsRows, SETTINGS_SHEET } from "../../../shared/workbook-snapshot/settings-sheet";

const RISK_HEADER = ["Risk ID", "Title", "Inherent Likelihood", "Inherent Impact", "Inherent Score", "Treatment", "Status", "Due Date", "Actions", "AI RMF", "Trustworthiness"];

function sheet(name: string, values: GridValue[][]): SheetGrid {
  return { name, values };
}

function settings(team = "credit-risk", name = "ai-conformance", matrix = MATRIX_3X3): SheetGrid {
  return { name: SETTINGS_SHEET, values: settingsRows({ team, name }, matrix).map((r) => [...r]) };
}

const issue = (build: ReturnType<typeof readCrosswalkWorkbook>, code: string) => build.issues.find((i) => i.code === code);

describe("readCrosswalkWorkbook", () => {
  it("reads what people type: level words on the workbook's matrix, text dates, enum words, bare framework ids, moved columns", () => {
    const risks = sheet("Risk Register", [
      ["Status", ...RISK_HEADER.filter((h) => h !== "Status")],
      ["In progress", "R-1", "Model drift", "High", "medium", null, "Mitigate", "30/06/2026", "Retrain [owner: J. Smith; due: 2026-07-01; status: in-progress]\nAdd a monitor", "GV-1.1, MAP 5.1", "Safe\nprivacy-enhanced"],
    ]);
    const build = readCrosswalkWorkbook([settings(), risks]);
    expect(build.counts.error).toBe(0);
    expect(build.snapshot?.risks).toEqual([
      {
        id: "R-1",
        title: "Model drift",
        status: "in-progress",
        inherentLikelihood: 3,
        inherentImpact: 2,
        treatment: "mitigate",
        dueDate: "2026-06-30",
        actions: [{ description: "Retrain", owner: "J. Smith", dueDate: "2026-07-01", status: "in-progress" }, { description: "Add a monitor" }],
        aiRmfRefs: ["AIRMF:GOVERN 1.1", "AIRMF:MAP 5.1"],
        trustworthiness: ["safe", "privacy-enhanced"],
      },
    ]);
    expect(build.snapshot?.matrix.id).toBe("3x3");
    expect(build.snapshot?.workbook).toEqual({ team: "credit-risk", name: "ai-conformance" });
  });

  it("reads qualitative ratings by band label or id on the workbook's matrix, and refuses a word that is no band", () => {
    const risks = sheet("Risk Register", [
      ["Risk ID", "Title", "Inherent Rating", "Residual Rating"],
      ["R-1", "Model drift", "High", "low"],
      ["R-2", "Bias", "Critical", null],
    ]);
    const build = readCrosswalkWorkbook([settings(), risks]);
    expect(build.records.risks).toEqual([
      expect.objectContaining({ id: "R-1", inherentRating: "high", residualRating: "low" }),
      expect.objectContaining({ id: "R-2" }),
    ]);
    const refused = issue(build, "rating-not-a-band");
    expect(refused).toMatchObject({ severity: "error", cell: "C3" });
    expect(refused?.message).toContain('"Critical" is not a band of the workbook\'s risk matrix (Low, Medium, High)');
  });

  it("keeps the team's own columns as extra, by header", () => {
    const build = readCrosswalkWorkbook([settings(), sheet("AI Systems", [["System ID", "Name", "Cost Centre"], ["AIS-1", "Scorer", 4711]])]);
    expect(build.snapshot?.aiSystems).toEqual([{ id: "AIS-1", name: "Scorer", extra: { "Cost Centre": 4711 } }]);
  });

  it("refuses what would be lost, as errors on their cells: unreadable cells, rows without an id, ids used twice", () => {
    const risks = sheet("Risk Register", [
      RISK_HEADER,
      ["R-1", "A", "sometimes", null, null, "ignore it", null, "next spring", null, "see policy", null],
      [null, "No id here", null, null, null, null, null, null, null, null, null],
      ["R-1", "Again", null, null, null, null, null, null, null, null, null],
    ]);
    const build = readCrosswalkWorkbook([settings(), risks]);
    const errors = build.issues.filter((i) => i.severity === "error").map((i) => [i.code, i.cell]);
    expect(errors).toEqual(
      expect.arrayContaining([
        ["rating-unreadable", "C2"],
        ["value-not-allowed", "F2"],
        ["date-unreadable", "H2"],
        ["ref-unreadable", "J2"],
        ["record-key-missing", "A3"],
        ["record-key-duplicate", "A4"],
      ]),
    );
    // The rest of the row is still read, and the snapshot is still made (pushing is the caller's choice).
    expect(build.snapshot?.risks.map((r) => r.title)).toEqual(["A", "Again"]);
    expect(build.snapshot?.risks[0]).toEqual({ id: "R-1", title: "A" });
  });

  it("needs a team and a workbook id the API accepts, from the flags or the settings sheet", () => {
    const unnamed = readCrosswalkWorkbook([sheet("Risk Register", [RISK_HEADER])]);
    expect(unnamed.snapshot).toBeUndefined();
    expect(issue(unnamed, "team-id-missing")?.severity).toBe("error");
    const bad = readCrosswalkWorkbook([settings("Credit Risk")]);
    expect(bad.snapshot).toBeUndefined();
    expect(issue(bad, "team-id-invalid")).toMatchObject({ sheet: SETTINGS_SHEET, cell: "B5" });
    const flagged = readCrosswalkWorkbook([settings("Credit Risk")], { workbook: { team: "credit-risk" } });
    expect(flagged.snapshot?.workbook.team).toBe("credit-risk");
  });

  it("assumes the default matrix, with a warning, when the workbook has no settings sheet", () => {
    const build = readCrosswalkWorkbook([sheet("Risk Register", [RISK_HEADER])], { workbook: { team: "t", name: "w" } });
    expect(build.snapshot?.matrix.id).toBe("5x5");
    expect(build.matrix.source).toBe("none");
    expect(issue(build, "matrix-missing")?.severity).toBe("warning");
    expect(readCrosswalkWorkbook([sheet("Risk Register", [RISK_HEADER])], { workbook: { team: "t", name: "w" }, fallbackMatrix: MATRIX_3X3 }).snapshot?.matrix).toEqual(MATRIX_3X3);
  });

  it("runs the validation rules on the workbook's matrix and as of the given date", () => {
    const due = { kind: "date" as const, serial: isoToSerial("2026-01-01") ?? 0 };
    const risks = sheet("Risk Register", [RISK_HEADER, ["R-1", "A", 5, 1, null, null, "open", due, null, null, null]]);
    const build = readCrosswalkWorkbook([settings(), risks], { asOf: "2026-06-30" });
    expect(issue(build, "risk-level-off-matrix")).toMatchObject({ severity: "error", cell: "C2" });
    expect(issue(build, "risk-due-overdue")).toMatchObject({ severity: "warning", cell: "H2" });
    expect(build.issues.map((i) => i.severity)).toEqual([...build.issues.map((i) => i.severity)].sort((a, b) => ["error", "warning", "info"].indexOf(a) - ["error", "warning", "info"].indexOf(b)));
  });

  it("groups impact-assessment rows by id: the assessment on its first row, one impact per row", () => {
    const rows = sheet("Impact Assessments", [
      ["Assessment ID", "AI System", "Title", "Item ID", "Impact", "Harm or Benefit", "Severity", "Those Affected", "Approver"],
      ["AIA-1", "AIS-1", "Scoring", "H1", "Unfair denial", "harm", 3, "Applicants", "CRO"],
      ["AIA-1", null, null, "B1", "Faster decisions", "benefit", 1, null, null],
      ["AIA-1", null, "Other title", null, null, null, 2, null, null],
    ]);
    const build = readCrosswalkWorkbook([settings(), rows]);
    expect(build.snapshot?.impactAssessments).toEqual([
      {
        id: "AIA-1",
        aiSystem: "AIS-1",
        title: "Scoring",
        approval: { approver: "CRO" },
        impacts: [
          { id: "H1", description: "Unfair denial", kind: "harm", severity: 3, affected: ["Applicants"] },
          { id: "B1", description: "Faster decisions", kind: "benefit", severity: 1 },
        ],
      },
    ]);
    expect(issue(build, "assessment-field-conflict")).toMatchObject({ cell: "C4", severity: "warning" });
    expect(issue(build, "impact-description-missing")).toMatchObject({ cell: "E4", severity: "error" });
  });

  it("leaves out a value the model refuses, with an error on its cell, and keeps the record", () => {
    const profile = sheet("AI RMF Profile", [["Subcategory", "Current", "Target", "Owner"], ["GOVERN 1.1", 7, "Defined", "Ana"]]);
    const build = readCrosswalkWorkbook([settings(), profile]);
    expect(build.snapshot?.profile).toEqual([{ subcategory: "AIRMF:GOVERN 1.1", target: 3, owner: "Ana" }]);
    expect(build.issues.find((i) => i.cell === "B2")?.severity).toBe("error");
  });

  it("reports a sheet whose key column is gone instead of guessing", () => {
    const build = readCrosswalkWorkbook([settings(), sheet("Risk Register", [["Title", "Owner"], ["A", "B"]])]);
    expect(issue(build, "sheet-header-missing")).toMatchObject({ severity: "error", sheet: "Risk Register" });
    expect(build.snapshot?.risks).toEqual([]);
  });

  it("never throws on hostile grids", () => {
    const weird: SheetGrid[] = [
      { name: "Risk Register", values: [[{ kind: "error", code: "#REF!" }, null], [], [null, { kind: "date", serial: -5 }]] },
      { name: SETTINGS_SHEET, values: [["Setting"], ["Team ID", { kind: "error", code: "#N/A" }], ["Risk matrix"], ["Matrix ID", "x"], ["Likelihood level"], ["one", "Low"]] },
    ];
    const build = readCrosswalkWorkbook(weird, { workbook: { team: "t", name: "w" } });
    expect(build.snapshot).toBeDefined();
    expect(build.counts.error).toBeGreaterThan(0);
  });

  it("does not read a workbook Crosswalk did not make, even with a sheet named Risk Register", () => {
    const foreign = sheet("Risk Register", [
      ["AI RISK REGISTER — TEMPLATE"],
      [],
      ["Risk ID", "Title", "Inherent Likelihood", "Inherent Impact"],
      ["R-1", "Bias", 3, 4],
      ["TOTAL", "", "", ""],
    ]);
    const read = readCrosswalkWorkbook([sheet("README", [["About"]]), foreign], { workbook: { team: "t", name: "w" } });
    expect(read.crosswalk).toBe(false);
    expect(read.snapshot).toBeUndefined();
    expect(read.records.risks).toEqual([]);
    expect(read.issues).toEqual([expect.objectContaining({ code: "workbook-not-crosswalk", severity: "error", sheet: "Risk Register", message: NOT_CROSSWALK_MESSAGE })]);
    expect(NOT_CROSSWALK_MESSAGE).toContain("crosswalk import <file> --out <file.xlsx>");
    expect(NOT_CROSSWALK_MESSAGE).toContain("Import in the add-in");
  });

  it("reads the same sheet as Crosswalk's once the workbook has its settings sheet, and says what it cannot read", () => {
    const own = sheet("Risk Register", [["AI RISK REGISTER"], ["Risk ID", "Title"], ["R-1", "Bias"]]);
    const read = readCrosswalkWorkbook([own, settings()]);
    expect(read.crosswalk).toBe(true);
    expect(read.records.risks).toEqual([{ id: "R-1", title: "Bias" }]);
  });

  it("resolves the matrix from the settings sheet, or the fallback when the sheet's matrix is unusable", () => {
    expect(readCrosswalkWorkbook([settings(), sheet("Risk Register", [RISK_HEADER])]).matrix).toMatchObject({ source: "settings", matrix: MATRIX_3X3 });
    const noMatrix: SheetGrid = { name: SETTINGS_SHEET, values: [["Setting", "Value"], ["Team ID", "t"], ["Workbook ID", "w"]] };
    const read = readCrosswalkWorkbook([noMatrix, sheet("Risk Register", [RISK_HEADER])], { fallbackMatrix: MATRIX_3X3 });
    expect(read.matrix).toMatchObject({ source: "settings-unusable", matrix: MATRIX_3X3, problem: "it names no risk matrix" });
    expect(read.snapshot?.matrix).toEqual(MATRIX_3X3);
  });
});
