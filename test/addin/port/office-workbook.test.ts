/**
 * Office.js specifics that the contract cannot see: round trips per operation, payload chunking
 * under Excel on the web's 5 MB limit, no "not loaded" strings leaking out of the mock.
 */
import { describe, expect, it } from "vitest";
import { OfficeWorkbook } from "../../../addin/port/office-workbook";
import type { CellValue } from "../../../addin/port/workbook-port";
import { FakeExcel, NOT_LOADED, REQUEST_LIMIT_BYTES } from "../fake-excel";
import { mockErrorPaths } from "./mock-errors";
import { testPlan } from "./plan-fixture";

function riskRows(n: number): CellValue[][] {
  return Array.from({ length: n }, (_, i) => [
    `R-${i + 1}`,
    `Model output leaks personal data from training set, scenario ${i + 1} — with a long enough description to look like a real register entry`,
    (i % 25) + 1,
    i % 3 === 0 ? "High" : "Medium",
    "Open",
    46000 + (i % 365),
  ]);
}

const columns = ["Risk ID", "Title", "Score", "Rating", "Status", "Due"];

describe("OfficeWorkbook round trips", () => {
  it("sets up an empty workbook in at most 4 syncs, and re-runs in at most 4", async () => {
    const fake = new FakeExcel();
    const port = new OfficeWorkbook({ run: fake.run });
    await port.setUpWorkbook(testPlan);
    expect(fake.syncs).toBeLessThanOrEqual(4);
    const before = fake.syncs;
    await port.setUpWorkbook(testPlan);
    expect(fake.syncs - before).toBeLessThanOrEqual(4);
  });

  it("merges by id in 3 syncs: the ids read with the table, one for the updates, one for the appended rows", async () => {
    const fake = new FakeExcel();
    const port = new OfficeWorkbook({ run: fake.run });
    await port.setUpWorkbook(testPlan);
    await port.writeRecords({ table: "RiskRegister", columns: ["Risk ID", "Title"], rows: [["R-1", "a"], ["R-2", "b"]], mode: "append" });
    const before = fake.syncs;
    const report = await port.writeRecords({ table: "RiskRegister", columns: ["Risk ID", "Title"], rows: [["R-2", "b2"], ["R-3", "c"]], mode: "merge", idColumn: "Risk ID" });
    expect(report).toMatchObject({ rowsUpdated: 1, rowsWritten: 2 });
    expect(fake.syncs - before).toBe(3);
  });

  it("reads the settings sheet along with the inspection in the inspection's 2 syncs", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Crosswalk Settings", [["Risk matrix", "Value"], ["Matrix ID", "3x3"]]);
    const info = await new OfficeWorkbook({ run: fake.run }).inspect({ read: ["Crosswalk Settings"] });
    expect(fake.syncs).toBe(2);
    expect(info.grids?.[0]?.values).toEqual([["Risk matrix", "Value"], ["Matrix ID", "3x3"]]);
  });

  it("sets up from an earlier inspection in 2 syncs, or fails changing nothing when a sheet appeared since", async () => {
    const fake = new FakeExcel();
    const port = new OfficeWorkbook({ run: fake.run });
    const report = await port.setUpWorkbook(testPlan, { inspected: await port.inspect() });
    expect(report.sheets.map((s) => s.outcome)).toEqual(["created", "created", "created"]);
    let before = fake.syncs;
    await port.setUpWorkbook(testPlan, { inspected: await port.inspect() });
    expect(fake.syncs - before).toBe(4);

    const other = new FakeExcel();
    const stale = new OfficeWorkbook({ run: other.run });
    const info = await stale.inspect();
    other.addSheet("Statement of Applicability", [["mine"]]);
    before = other.syncs;
    await expect(stale.setUpWorkbook(testPlan, { inspected: info })).rejects.toThrow(/changed while set-up was reading/);
    expect(other.syncs - before).toBe(1);
    expect(other.sheets.map((s) => s.name)).toEqual(["Statement of Applicability"]);
    expect(other.cell("Statement of Applicability", 0, 0)).toBe("mine");
  });

  it("applies dropdowns, conditional formats, text format for ids, frozen header and protection", async () => {
    const fake = new FakeExcel();
    await new OfficeWorkbook({ run: fake.run }).setUpWorkbook(testPlan);
    const rr = fake.sheet("Risk Register");
    expect(rr?.frozenRows).toBe(1);
    expect(rr?.validations.map((v) => v.rule)).toEqual([
      { list: { inCellDropDown: true, source: "='Crosswalk Lists'!$B$2:$B$4" } },
      { list: { inCellDropDown: true, source: "='Crosswalk Lists'!$A$2:$A$4" } },
    ]);
    expect(rr?.conditionalFormats.map((c) => [c.rule, c.fill])).toEqual([
      [{ formula1: '="High"', operator: "EqualTo" }, "#F8CBAD"],
      [{ formula1: "15", formula2: "25", operator: "Between" }, "#F8CBAD"],
    ]);
    expect(rr?.numberFormats.find((f) => f.address === "A2")?.format).toBe("@");
    expect(rr?.numberFormats.find((f) => f.address === "F2")?.format).toBe("yyyy-mm-dd");
    expect(fake.sheet("Crosswalk")?.protected).toBe(true);
    expect(fake.sheet("Crosswalk Lists")?.visibility).toBe("Hidden");
  });

  it("does not stack conditional formats or dropdowns when set-up runs again", async () => {
    const fake = new FakeExcel();
    const port = new OfficeWorkbook({ run: fake.run });
    await port.setUpWorkbook(testPlan);
    await port.setUpWorkbook(testPlan);
    await port.setUpWorkbook(testPlan);
    expect(fake.sheet("Risk Register")?.conditionalFormats).toHaveLength(2);
    expect(fake.sheet("Risk Register")?.validations).toHaveLength(2);
    expect(fake.sheet("Crosswalk")?.protected).toBe(true);
  });

  it("adds only the missing pre-filled rows and columns to an older Crosswalk sheet", async () => {
    const fake = new FakeExcel();
    const port = new OfficeWorkbook({ run: fake.run });
    const older = { ...testPlan, sheets: testPlan.sheets.map((s) => (s.kind === "soa" ? { ...s, columns: s.columns.slice(0, 2), rows: s.rows?.slice(0, 1).map((r) => r.slice(0, 2)) } : s)) };
    await port.setUpWorkbook(older);
    const report = await port.setUpWorkbook(testPlan);
    expect(report.sheets.find((s) => s.sheet === "Statement of Applicability")).toEqual({
      sheet: "Statement of Applicability",
      outcome: "completed",
      columnsAdded: ["Applicable"],
      rowsAdded: 2,
    });
    expect(fake.tableValues("SoA").map((r) => r[0])).toEqual(["Control", "A.2.2", "A.2.3", "A.10.1.1"]);
  });

  it("writes 10,000 imported rows in at most 4 syncs with every request under 5 MB", async () => {
    const fake = new FakeExcel();
    const port = new OfficeWorkbook({ run: fake.run });
    await port.setUpWorkbook(testPlan);
    const before = fake.syncs;
    const firstPayload = fake.payloads.length;
    const report = await port.writeRecords({ table: "RiskRegister", columns, rows: riskRows(10_000), mode: "append" });
    expect(report.rowsWritten).toBe(10_000);
    expect(fake.syncs - before).toBeLessThanOrEqual(4);
    const payloads = fake.payloads.slice(firstPayload);
    expect(Math.max(...payloads)).toBeLessThan(REQUEST_LIMIT_BYTES);
    const table = fake.tableValues("RiskRegister");
    expect(table).toHaveLength(10_001);
    expect(table[10_000]?.[0]).toBe("R-10000");
  });

  it("carries column formats onto written rows beyond the formatted extent", async () => {
    const fake = new FakeExcel();
    const port = new OfficeWorkbook({ run: fake.run });
    await port.setUpWorkbook(testPlan);
    await port.writeRecords({ table: "RiskRegister", columns, rows: riskRows(12_000), mode: "append" });
    const formats = fake.sheet("Risk Register")?.numberFormats ?? [];
    // The last written row (sheet row 12,001, index 12,000) gets its column's format.
    const at = (col: number) => formats.filter((f) => f.col === col && f.row <= 12_000 && f.row + f.rows > 12_000).map((f) => f.format);
    expect(at(0)).toContain("@");
    expect(at(5)).toContain("yyyy-mm-dd");
  });

  it("splits a write that would exceed the request limit into several requests", async () => {
    const fake = new FakeExcel();
    const port = new OfficeWorkbook({ run: fake.run });
    await port.setUpWorkbook(testPlan);
    const big = riskRows(40_000);
    const progress: number[] = [];
    await port.writeRecords({ table: "RiskRegister", columns, rows: big, mode: "append" }, (p) => progress.push(p.done));
    expect(progress.length).toBeGreaterThan(1);
    expect(Math.max(...fake.payloads)).toBeLessThan(REQUEST_LIMIT_BYTES);
    expect(fake.tableValues("RiskRegister")).toHaveLength(40_001);
  });

  it("the fake rejects an unchunked oversized write, so the chunking test can fail", async () => {
    const fake = new FakeExcel();
    const port = new OfficeWorkbook({ run: fake.run, chunkBudget: 100 * 1024 * 1024 });
    await port.setUpWorkbook(testPlan);
    await expect(port.writeRecords({ table: "RiskRegister", columns, rows: riskRows(40_000), mode: "append" })).rejects.toThrow(/payload/);
  });

  it("reads a sheet with merges and hidden rows in 2 syncs, with nothing left unloaded", async () => {
    const fake = new FakeExcel();
    const s = fake.addSheet("Register", [
      ["AI Risk Register", null, null],
      [null, null, null],
      ["ID", "Risk", "Score"],
      ["R-1", "Leak", "12 (12)"],
      ["R-2", "Bias", 4],
    ]);
    s.merges.push("A1:C1");
    s.hiddenRows.add(1);
    s.cells.set("5,0", { value: "#N/A", error: true });
    s.cells.set("5,2", { value: 46000 });
    s.columnFormats.set(2, "dd/mm/yyyy");
    const port = new OfficeWorkbook({ run: fake.run });
    const grid = await port.readSheet("Register");
    expect(fake.syncs).toBe(2);
    expect(mockErrorPaths(grid)).toEqual([]);
    expect(grid.values[3]).toEqual(["R-1", "Leak", "12 (12)"]);
    expect(grid.values[5]).toEqual([{ kind: "error", code: "#N/A" }, null, { kind: "date", serial: 46000 }]);
    expect(grid.merges).toEqual([{ startRow: 0, startColumn: 0, endRow: 0, endColumn: 2 }]);
    expect(grid.hiddenRows).toEqual([1]);
    expect(grid).toMatchObject({ name: "Register", origin: { row: 0, column: 0 }, hidden: false });
  });

  it("reads a large sheet in chunks", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Big", riskRows(3_000) as (string | number)[][]);
    const port = new OfficeWorkbook({ run: fake.run, readChunkCells: 6_000 });
    const grid = await port.readSheet("Big");
    expect(grid.values).toHaveLength(3_000);
    expect(fake.syncs).toBe(1 + 3);
  });

  it("reads several sheets in one data request when they fit, and halves requests when Excel reports a payload error", async () => {
    const fake = new FakeExcel();
    fake.addSheet("A", riskRows(40) as (string | number)[][]);
    fake.addSheet("B", riskRows(50) as (string | number)[][]);
    fake.addSheet("C", []);
    const port = new OfficeWorkbook({ run: fake.run });
    const grids = await port.readSheets(["A", "B", "C"]);
    expect(fake.syncs).toBe(2);
    expect(grids.map((g) => g.values.length)).toEqual([40, 50, 0]);
    expect(mockErrorPaths(grids)).toEqual([]);

    const before = fake.syncs;
    fake.failOnSync = before + 2; // the data request, after the used-range request
    const again = await port.readSheets(["A", "B"]);
    expect(again.map((g) => g.values)).toEqual(grids.slice(0, 2).map((g) => g.values));
    expect(fake.syncs - before).toBe(3); // used ranges, the refused request, its retry
  });

  it("highlights hundreds of issue cells in 2 syncs and gives the user's own fills back", async () => {
    const fake = new FakeExcel();
    const sheet = fake.addSheet("Risks", riskRows(300) as (string | number)[][]);
    sheet.fills.set("0,0", "#FFFF00");
    const port = new OfficeWorkbook({ run: fake.run });
    const marks = Array.from({ length: 300 }, (_, row) => ({ ref: { sheet: "Risks", row, column: row % 3 }, color: row % 2 ? "#FFC7CE" : "#FFEB9C" }));
    await port.setHighlights(marks);
    expect(fake.syncs).toBe(2);
    expect(sheet.fills.get("0,0")).toBe("#FFEB9C");
    await port.setHighlights(marks.slice(1));
    expect(fake.syncs).toBe(3);
    expect(sheet.fills.get("0,0")).toBe("#FFFF00");
    await port.clearHighlights();
    expect(fake.syncs).toBe(4);
    expect([...sheet.fills.keys()]).toEqual(["0,0"]);
  });

  it("reports a missing sheet as a clear error", async () => {
    const fake = new FakeExcel();
    const port = new OfficeWorkbook({ run: fake.run });
    await expect(port.readSheet("Nope")).rejects.toThrow(/Could not read sheet "Nope".*ItemNotFound/);
  });

  it("every single-cell operation is one round trip; reading the selection two", async () => {
    const fake = new FakeExcel();
    const port = new OfficeWorkbook({ run: fake.run });
    await port.setUpWorkbook(testPlan);
    await port.writeRecords({ table: "RiskRegister", columns, rows: riskRows(3), mode: "append" });
    let before = fake.syncs;
    await port.updateCells([{ sheet: "Risk Register", row: 1, column: 4, value: "Closed" }]);
    await port.selectCell({ sheet: "Risk Register", row: 2, column: 1 });
    expect(fake.syncs - before).toBe(2);
    before = fake.syncs;
    const sel = await port.readSelection();
    expect(fake.syncs - before).toBe(2);
    expect(mockErrorPaths(sel)).toEqual([]);
    expect(sel?.table?.rowValues[0]).toBe("R-2");
  });

  it("the mock's not-loaded string is what an unloaded read returns, so leaks are detectable", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Data", [["x"]]);
    const leaked = await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1");
      await context.sync();
      return range.values as unknown;
    });
    expect(leaked).toBe(NOT_LOADED);
    expect(mockErrorPaths({ leaked })).toEqual([`$.leaked: ${NOT_LOADED}`]);
  });
});
