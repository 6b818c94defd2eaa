/**
 * writeSheet and replaceContent (pulling a version or a report into the workbook), run against
 * both WorkbookPort implementations: what the pane sees must not depend on which one it runs on.
 */
import { describe, expect, it } from "vitest";
import { MemoryWorkbook } from "../../../addin/port/memory-workbook";
import { OfficeWorkbook } from "../../../addin/port/office-workbook";
import { ForeignSheetError, type WorkbookPort } from "../../../addin/port/workbook-port";
import { columnLetter } from "../../../addin/port/workbook-plan";
import { FakeExcel } from "../fake-excel";
import { mockErrorPaths } from "./mock-errors";
import { testPlan } from "./plan-fixture";

interface Harness {
  port: WorkbookPort;
  addSheet(name: string, rows: (string | number | null)[][]): void;
  /** Where the cell's in-document hyperlink goes ("A12"), undefined when it has none. */
  linkOf(sheet: string, row: number, column: number): string | undefined;
}

const implementations: [string, () => Harness][] = [
  ["MemoryWorkbook", () => {
    const wb = new MemoryWorkbook();
    return {
      port: wb,
      addSheet: (n, rows) => wb.addSheet(n, rows),
      linkOf: (sheet, row, column) => {
        const to = wb.view(sheet)?.links.get(`${row},${column}`);
        return to && `${columnLetter(to.column)}${to.row + 1}`;
      },
    };
  }],
  ["OfficeWorkbook", () => {
    const fake = new FakeExcel();
    return {
      port: new OfficeWorkbook({ run: fake.run }),
      addSheet: (n, rows) => void fake.addSheet(n, rows),
      linkOf: (sheet, row, column) => {
        const link = fake.sheet(sheet)?.hyperlinks.get(`${row},${column}`) as Excel.RangeHyperlink | undefined;
        if (!link) return undefined;
        // Excel's own form: the quoted sheet, "!", the cell; the text shown is the cell's value.
        const quoted = `'${sheet.replace(/'/g, "''")}'!`;
        if (!link.documentReference?.startsWith(quoted) || link.address !== undefined) return `unexpected ${JSON.stringify(link)}`;
        if (link.textToDisplay !== (fake.sheet(sheet)?.cells.get(`${row},${column}`)?.value)) return `text ${JSON.stringify(link.textToDisplay)}`;
        return link.documentReference.slice(quoted.length);
      },
    };
  }],
];

const values = async (port: WorkbookPort, sheet: string) => (await port.readSheet(sheet)).values;

describe.each(implementations)("%s", (_name, make) => {
  it("writes a sheet of its own as text, numbers and booleans, and rewrites it on the next write", async () => {
    const h = make();
    const first = await h.port.writeSheet({ name: "Consolidated Report", kind: "consolidated-report", rows: [["Title"], [], ["=HYPERLINK(\"x\")", 0.5, true, "12", "'quoted"]] });
    expect(first).toEqual({ sheet: "Consolidated Report", created: true });
    expect(await values(h.port, "Consolidated Report")).toEqual([
      ["Title", null, null, null, null],
      [null, null, null, null, null],
      ["=HYPERLINK(\"x\")", 0.5, true, "12", "'quoted"],
    ]);
    const again = await h.port.writeSheet({ name: "Consolidated Report", kind: "consolidated-report", rows: [["Only this"]] });
    expect(again).toEqual({ sheet: "Consolidated Report", created: false });
    expect(await values(h.port, "Consolidated Report")).toEqual([["Only this"]]);
    const info = await h.port.inspect();
    expect(mockErrorPaths(info)).toEqual([]);
    expect(info.sheets.find((s) => s.name === "Consolidated Report")?.crosswalkKind).toBe("consolidated-report");
  });

  it("makes cells in-document hyperlinks to other cells of the sheet, keeping their text, and drops them on the next write", async () => {
    const h = make();
    const name = "Team's Report";
    const rows = [["Contents"], ["Risk posture"], ["Gaps"], [], ["Risk posture"], ["x"], ["Gaps"]];
    await h.port.writeSheet({ name, kind: "consolidated-report", rows, links: [{ row: 1, column: 0, to: { row: 4, column: 0 } }, { row: 2, column: 0, to: { row: 6, column: 0 } }] });
    expect(h.linkOf(name, 1, 0)).toBe("A5");
    expect(h.linkOf(name, 2, 0)).toBe("A7");
    expect(h.linkOf(name, 0, 0)).toBeUndefined();
    expect((await values(h.port, name)).map((r) => r[0])).toEqual(["Contents", "Risk posture", "Gaps", null, "Risk posture", "x", "Gaps"]);
    await h.port.writeSheet({ name, kind: "consolidated-report", rows });
    expect(h.linkOf(name, 1, 0)).toBeUndefined();
  });

  it("never overwrites a same-named sheet it did not make, unless told to move it aside", async () => {
    const h = make();
    h.addSheet("Consolidated Report", [["my notes"]]);
    const refused = await h.port.writeSheet({ name: "Consolidated Report", kind: "consolidated-report", rows: [["x"]] }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ForeignSheetError);
    expect(await values(h.port, "Consolidated Report")).toEqual([["my notes"]]);
    const moved = await h.port.writeSheet({ name: "Consolidated Report", kind: "consolidated-report", rows: [["x"]], replaceForeign: true });
    expect(moved).toEqual({ sheet: "Consolidated Report", created: true, movedAside: "Consolidated Report (old)" });
    expect(await values(h.port, "Consolidated Report (old)")).toEqual([["my notes"]]);
    expect(await values(h.port, "Consolidated Report")).toEqual([["x"]]);
  });

  it("replaces tables and sheets together after copying what they held to one backup sheet", async () => {
    const h = make();
    await h.port.setUpWorkbook(testPlan);
    await h.port.writeRecords({ table: "RiskRegister", columns: ["Risk ID", "Title"], rows: [["R-1", "Old one"], ["R-2", "Old two"]], mode: "append" });
    await h.port.writeSheet({ name: "Crosswalk Settings", kind: "settings", rows: [["Team ID", "old-team"]] });
    const report = await h.port.replaceContent({
      tables: [{ table: "RiskRegister", columns: ["Risk ID", "Title", "Cost Centre"], rows: [["R-9", "=NOT A FORMULA", 4711]] }],
      sheets: [{ name: "Crosswalk Settings", kind: "settings", rows: [["Team ID", "new-team"]] }],
      backupSheet: "Backup 2026-06-30 1200",
    });
    expect(report).toEqual({
      tables: [{ table: "RiskRegister", sheet: "Risk Register", rowsWritten: 1, rowsReplaced: 2, columnsAdded: ["Cost Centre"] }],
      sheets: [{ sheet: "Crosswalk Settings", created: false }],
      backupSheet: "Backup 2026-06-30 1200",
    });
    const rr = await values(h.port, "Risk Register");
    expect(rr[0]).toEqual(["Risk ID", "Title", "Score", "Rating", "Status", "Due", "Cost Centre"]);
    expect(rr.slice(1).filter((r) => r.some((v) => v !== null))).toEqual([["R-9", "=NOT A FORMULA", null, null, null, null, 4711]]);
    expect(await values(h.port, "Crosswalk Settings")).toEqual([["Team ID", "new-team"]]);
    const backup = (await values(h.port, "Backup 2026-06-30 1200")).map((r) => r.filter((v) => v !== null));
    expect(backup).toContainEqual(["Risk Register (table RiskRegister)"]);
    expect(backup).toContainEqual(["R-1", "Old one"]);
    expect(backup).toContainEqual(["R-2", "Old two"]);
    expect(backup).toContainEqual(["Crosswalk Settings (sheet)"]);
    expect(backup).toContainEqual(["Team ID", "old-team"]);
  });

  it("changes nothing when a table is missing or a sheet in the way is not its own", async () => {
    const h = make();
    await h.port.setUpWorkbook(testPlan);
    await h.port.writeRecords({ table: "RiskRegister", columns: ["Risk ID"], rows: [["R-1"]], mode: "append" });
    await expect(h.port.replaceContent({ tables: [{ table: "RiskRegister", columns: ["Risk ID"], rows: [] }, { table: "Nope", columns: [], rows: [] }], backupSheet: "B" })).rejects.toThrow(/Table "Nope" was not found/);
    h.addSheet("Crosswalk Settings", [["mine"]]);
    await expect(h.port.replaceContent({ tables: [{ table: "RiskRegister", columns: ["Risk ID"], rows: [] }], sheets: [{ name: "Crosswalk Settings", kind: "settings", rows: [] }], backupSheet: "B" })).rejects.toBeInstanceOf(ForeignSheetError);
    expect((await values(h.port, "Risk Register"))[1]?.[0]).toBe("R-1");
    expect((await h.port.inspect()).sheets.map((s) => s.name)).not.toContain("B");
  });

  it("makes no backup sheet when nothing held data", async () => {
    const h = make();
    await h.port.setUpWorkbook(testPlan);
    const report = await h.port.replaceContent({ tables: [{ table: "RiskRegister", columns: ["Risk ID"], rows: [["R-1"]] }], backupSheet: "B" });
    expect(report.backupSheet).toBeUndefined();
    expect((await h.port.inspect()).sheets.map((s) => s.name)).not.toContain("B");
  });
});

describe("OfficeWorkbook round trips for pulls", () => {
  it("writes a new sheet in 2 syncs and rewrites its own in 3, with formats and widths", async () => {
    const fake = new FakeExcel();
    const port = new OfficeWorkbook({ run: fake.run });
    await port.writeSheet({ name: "R", kind: "consolidated-report", rows: [["Title"], ["a", 0.25]], formats: [{ row: 0, column: 0, rows: 1, columns: 1, bold: true }, { row: 1, column: 1, rows: 1, columns: 1, numberFormat: "0%" }], columnWidths: [120, 60], links: [{ row: 1, column: 0, to: { row: 0, column: 0 } }] });
    expect(fake.syncs).toBe(2);
    expect(fake.sheet("R")?.hyperlinks.size).toBe(1);
    expect(fake.sheet("R")?.bold.has("0,0")).toBe(true);
    expect(fake.sheet("R")?.columnWidths.get(0)).toBe(120);
    await port.writeSheet({ name: "R", kind: "consolidated-report", rows: [["x"]] });
    expect(fake.syncs).toBe(5);
  });

  it("pulls tables and the settings sheet in 3 syncs, and larger pulls in one more per 4 MB", async () => {
    const fake = new FakeExcel();
    const port = new OfficeWorkbook({ run: fake.run });
    await port.setUpWorkbook(testPlan);
    await port.writeRecords({ table: "RiskRegister", columns: ["Risk ID"], rows: [["R-1"]], mode: "append" });
    const before = fake.syncs;
    await port.replaceContent({
      tables: [
        { table: "RiskRegister", columns: ["Risk ID", "Title"], rows: Array.from({ length: 500 }, (_, i) => [`R-${i}`, `Title ${i}`]) },
        { table: "SoA", columns: ["Control ID"], rows: [["A.2.2"]] },
      ],
      sheets: [{ name: "Crosswalk Settings", kind: "settings", rows: [["Team ID", "t"]] }],
      backupSheet: "Backup",
    });
    expect(fake.syncs - before).toBe(3);
    const big = fake.syncs;
    const long = "x".repeat(2_000);
    await port.replaceContent({ tables: [{ table: "RiskRegister", columns: ["Risk ID", "Title"], rows: Array.from({ length: 5_000 }, (_, i) => [`R-${i}`, long]) }], backupSheet: "Backup 2" });
    // 10 MB of titles: three requests of at most 4 MB each, after the two that read.
    expect(fake.syncs - big).toBe(5);
    expect(Math.max(...fake.payloads)).toBeLessThan(5 * 1024 * 1024);
  });
});
