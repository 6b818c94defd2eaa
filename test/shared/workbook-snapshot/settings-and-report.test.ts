import { describe, expect, it } from "vitest";
import { demoSnapshots } from "../../../shared/demo/demo-snapshots";
import type { GridValue } from "../../../shared/file-reader/grid";
import { buildDualConformanceReport } from "../../../shared/report/index";
import { MATRIX_4X4 } from "../../../shared/scoring/presets";
import { formatActions, parseActions } from "../../../shared/workbook-snapshot/actions-cell";
import { REPORT_SHEET, reportSheet } from "../../../shared/workbook-snapshot/report-sheet";
import { readSettings, SETTINGS_SHEET, settingsRows } from "../../../shared/workbook-snapshot/settings-sheet";

describe("settings sheet", () => {
  it("reads back the metadata and matrix it was written from, labels in A and values in B", () => {
    const meta = { team: "people", name: "ai-conformance", org: "Northwind", frameworks: ["ai-rmf" as const, "iso42001" as const], asOf: "2026-06-30", extra: { Region: "EMEA" } };
    const rows = settingsRows(meta, MATRIX_4X4, { syncedVersion: 7 });
    expect(rows[4]).toEqual(["Team ID", "people"]);
    const read = readSettings({ name: SETTINGS_SHEET, values: rows.map((r) => [...r]) });
    expect(read.issues).toEqual([]);
    expect(read.meta).toEqual(meta);
    expect(read.matrix).toEqual(MATRIX_4X4);
    expect(read.syncedVersion).toBe(7);
    expect(read.cells).toMatchObject({ team: { row: 4, column: 1 }, name: { row: 5, column: 1 }, synced: { row: 6, column: 1 } });
    expect(rows[read.cells.free?.row ?? -1]).toEqual([]);
  });

  it("says what is wrong with a matrix typed by hand instead of using it", () => {
    const rows: GridValue[][] = settingsRows({ team: "t", name: "w" }, MATRIX_4X4).map((r) => [...r]);
    const band = rows.findIndex((r) => r[0] === "medium");
    rows[band] = ["medium", "Medium", 5, 6, "#FFEB84"];
    const read = readSettings({ name: SETTINGS_SHEET, values: rows });
    expect(read.matrix).toBeUndefined();
    expect(read.issues[0]).toMatchObject({ code: "matrix-invalid", severity: "error" });
    expect(read.issues[0]?.message).toMatch(/must start at 4/);
  });
});

describe("actions cell", () => {
  it("reads plain lines as descriptions and bracketed details as the action's fields", () => {
    expect(parseActions("Retrain [id: A-1; owner: Ana; due: 2026-07-01; status: In progress]\nFix [a note]\n\n")).toEqual({
      actions: [{ description: "Retrain", id: "A-1", owner: "Ana", dueDate: "2026-07-01", status: "in-progress" }, { description: "Fix [a note]" }],
      problems: [],
    });
  });

  it("reports details it cannot read rather than guessing", () => {
    expect(parseActions("Retrain [due: soon; status: done]").problems).toEqual([{ line: 1, message: 'due: "soon" is not a date written YYYY-MM-DD' }]);
  });

  it("writes a description that looks like details so that it reads back whole", () => {
    const actions = [{ description: "Ask [owner: legal]" }, { description: "Plain" }];
    expect(formatActions(actions)).toBe("Ask [owner: legal] []\nPlain");
    expect(parseActions(formatActions(actions)).actions).toEqual(actions);
  });
});

describe("report sheet", () => {
  const report = buildDualConformanceReport({
    org: { id: "northwind", name: "Northwind Financial" },
    asOf: "2026-06-30",
    workbooks: demoSnapshots({ asOf: "2026-06-30" }).map((snapshot, i) => ({ team: snapshot.workbook.team, workbook: snapshot.workbook.name, version: i + 1, createdAt: "2026-06-30T10:00:00Z", snapshot })),
  });
  const sheet = reportSheet(report, { pulledAt: "2026-06-30 10:05", source: "http://localhost:8787" });

  it("puts every table one after another, each under its title, with a contents list pointing at it", () => {
    expect(sheet.name).toBe(REPORT_SHEET);
    expect(sheet.rows[1]?.[0]).toBe("Northwind Financial · as of 2026-06-30 · 3 teams · pulled 2026-06-30 10:05 from http://localhost:8787");
    for (const section of sheet.sections) {
      expect(sheet.rows[section.row]?.[0]).toBe(section.title);
      const listed = sheet.rows.find((r) => r[0] === section.title && typeof r[1] === "number");
      expect(listed?.[1]).toBe(section.row + 1);
    }
    expect(sheet.sections.map((s) => s.id)).toContain("soa-controls");
    expect(sheet.rows.some((row) => row.some((cell) => typeof cell === "string" && cell.startsWith("=") && /^=[A-Z]+\(/.test(cell)))).toBe(false);
  });

  it("writes ratios as numbers formatted as percentages", () => {
    const readiness = sheet.sections.find((s) => s.id === "readiness");
    const first = sheet.rows[(readiness?.row ?? 0) + 2];
    expect(first?.[0]).toBe("credit-risk");
    expect(typeof first?.[1]).toBe("number");
    expect(sheet.formats).toContainEqual({ row: (readiness?.row ?? 0) + 2, column: 1, rows: 4, columns: 1, numberFormat: "0%" });
  });
});
