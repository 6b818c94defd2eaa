/**
 * One behavioural contract, run against both WorkbookPort implementations: the in-memory one
 * (preview, UI tests) and the Office.js one over a mocked Excel. What the pane sees must not
 * depend on which one it runs on.
 */
import { describe, expect, it } from "vitest";
import { MemoryWorkbook } from "../../../addin/port/memory-workbook";
import { OfficeWorkbook } from "../../../addin/port/office-workbook";
import type { CellValue, WorkbookPort } from "../../../addin/port/workbook-port";
import { FakeExcel } from "../fake-excel";
import { mockErrorPaths } from "./mock-errors";
import { testPlan } from "./plan-fixture";

interface Harness {
  port: WorkbookPort;
  addSheet(name: string, rows: (string | number | null)[][]): void;
  type(sheet: string, row: number, column: number, value: string): void;
  select(sheet: string, row: number, column: number): void;
  fill(sheet: string, row: number, column: number): string | undefined;
}

const implementations: [string, () => Harness][] = [
  [
    "MemoryWorkbook",
    () => {
      const wb = new MemoryWorkbook();
      return {
        port: wb,
        addSheet: (n, rows) => wb.addSheet(n, rows),
        type: (s, r, c, v) => wb.typeInto({ sheet: s, row: r, column: c }, v),
        select: (s, r, c) => wb.setSelection({ sheet: s, row: r, column: c }),
        fill: (s, r, c) => wb.view(s)?.fills.get(`${r},${c}`),
      };
    },
  ],
  [
    "OfficeWorkbook",
    () => {
      const fake = new FakeExcel();
      return {
        port: new OfficeWorkbook({ run: fake.run }),
        addSheet: (n, rows) => void fake.addSheet(n, rows),
        type: (s, r, c, v) => fake.sheet(s)?.cells.set(`${r},${c}`, { value: v }),
        select: (s, r, c) => {
          const sheet = fake.sheet(s);
          if (sheet) fake.active = { sheet, row: r, col: c };
        },
        fill: (s, r, c) => {
          const f = fake.sheet(s)?.fills.get(`${r},${c}`);
          return f === "#FFFFFF" ? undefined : f;
        },
      };
    },
  ],
];

describe.each(implementations)("%s", (_name, make) => {
  it("sets up every planned sheet with a table, an ownership marker and hidden lists", async () => {
    const h = make();
    const report = await h.port.setUpWorkbook(testPlan);
    expect(report.sheets.map((s) => [s.sheet, s.outcome])).toEqual([
      ["Risk Register", "created"],
      ["Statement of Applicability", "created"],
      ["Crosswalk", "created"],
    ]);
    const info = await h.port.inspect();
    expect(mockErrorPaths(info)).toEqual([]);
    const byName = new Map(info.sheets.map((s) => [s.name, s]));
    expect(byName.get("Crosswalk Lists")).toMatchObject({ visible: false, crosswalkKind: "lists" });
    expect(byName.get("Risk Register")?.tables[0]).toMatchObject({
      name: "RiskRegister",
      headers: ["Risk ID", "Title", "Score", "Rating", "Status", "Due"],
      rowCount: 0,
    });
    expect(byName.get("Statement of Applicability")).toMatchObject({ crosswalkKind: "soa" });
    expect(byName.get("Statement of Applicability")?.tables[0]?.rowCount).toBe(3);
  });

  it("re-running set-up keeps user data and adds nothing twice", async () => {
    const h = make();
    await h.port.setUpWorkbook(testPlan);
    h.type("Statement of Applicability", 1, 2, "Yes");
    const again = await h.port.setUpWorkbook(testPlan);
    expect(again.sheets.filter((s) => s.outcome === "completed")).toHaveLength(3);
    for (const s of again.sheets) if (s.outcome === "completed") expect(s.rowsAdded).toBe(0);
    const grid = await h.port.readSheet("Statement of Applicability");
    expect(grid.values.length).toBe(4);
    expect(grid.values[1]).toEqual(["A.2.2", "AI policy", "Yes"]);
    expect(grid.values[3]?.[0]).toBe("A.10.1.1");
  });

  it("leaves a same-named sheet it did not make untouched unless the user consents", async () => {
    const h = make();
    h.addSheet("Risk Register", [["my", "own"], ["data", 1]]);
    const first = await h.port.setUpWorkbook(testPlan);
    expect(first.sheets[0]).toMatchObject({ sheet: "Risk Register", outcome: "skipped" });
    expect((await h.port.readSheet("Risk Register")).values).toEqual([["my", "own"], ["data", 1]]);

    const second = await h.port.setUpWorkbook(testPlan, { replace: ["Risk Register"] });
    expect(second.sheets[0]).toEqual({ sheet: "Risk Register", outcome: "replaced", movedTo: "Risk Register (old)" });
    expect((await h.port.readSheet("Risk Register (old)")).values).toEqual([["my", "own"], ["data", 1]]);
    const info = await h.port.inspect();
    expect(info.sheets.find((s) => s.name === "Risk Register")?.crosswalkKind).toBe("risk-register");
  });

  it("appends records in table column order and replaces them keeping a backup", async () => {
    const h = make();
    await h.port.setUpWorkbook(testPlan);
    const rows: CellValue[][] = [
      ["Privacy leak", "R-1", 20],
      ["Bias", "R-2", 6],
    ];
    const appended = await h.port.writeRecords({ table: "RiskRegister", columns: ["Title", "Risk ID", "Score"], rows, mode: "append" });
    expect(appended).toMatchObject({ sheet: "Risk Register", firstRow: 1, rowsWritten: 2, rowsReplaced: 0 });
    const more = await h.port.writeRecords({ table: "RiskRegister", columns: ["Risk ID"], rows: [["R-3"]], mode: "append" });
    expect(more.firstRow).toBe(3);
    let grid = await h.port.readSheet("Risk Register");
    expect(grid.values.slice(1).map((r) => r.slice(0, 3))).toEqual([
      ["R-1", "Privacy leak", 20],
      ["R-2", "Bias", 6],
      ["R-3", null, null],
    ]);

    const replaced = await h.port.writeRecords({
      table: "RiskRegister",
      columns: ["Risk ID", "Title"],
      rows: [["R-9", "Only one"]],
      mode: "replace",
      backupSheet: "Risk Register backup",
    });
    expect(replaced).toMatchObject({ rowsWritten: 1, rowsReplaced: 3, backupSheet: "Risk Register backup" });
    grid = await h.port.readSheet("Risk Register");
    expect(grid.values.slice(1).map((r) => r.slice(0, 2))).toEqual([["R-9", "Only one"]]);
    const backup = await h.port.readSheet("Risk Register backup");
    expect(backup.values.map((r) => r[0])).toEqual(["Risk ID", "R-1", "R-2", "R-3"]);
    const table = (await h.port.inspect()).sheets.find((s) => s.name === "Risk Register")?.tables[0];
    expect(table?.rowCount).toBe(1);
  });

  it("merges by id: updates matching rows in the written columns only and appends the rest", async () => {
    const h = make();
    await h.port.setUpWorkbook(testPlan);
    await h.port.writeRecords({
      table: "RiskRegister",
      columns: ["Risk ID", "Title", "Score", "Status"],
      rows: [
        ["R-1", "Privacy leak", 20, "Open"],
        ["R-2", "Bias", 6, "Closed"],
      ],
      mode: "append",
    });
    // Status is not written: its cells stay as they are, also on the updated rows.
    const merged = await h.port.writeRecords({
      table: "RiskRegister",
      columns: ["Title", "Risk ID", "Score"],
      rows: [
        ["Bias in hiring", " r-2 ", 9],
        ["Drift", "R-3", 4],
      ],
      mode: "merge",
      idColumn: "Risk ID",
    });
    expect(merged).toMatchObject({ rowsWritten: 2, rowsUpdated: 1, rowsReplaced: 0, firstRow: 3 });
    const grid = await h.port.readSheet("Risk Register");
    expect(grid.values.slice(1).map((r) => r.slice(0, 5))).toEqual([
      ["R-1", "Privacy leak", 20, null, "Open"],
      [" r-2 ", "Bias in hiring", 9, null, "Closed"],
      ["R-3", "Drift", 4, null, null],
    ]);
    expect((await h.port.inspect()).sheets.find((s) => s.name === "Risk Register")?.tables[0]?.rowCount).toBe(3);
  });

  it("merges by id with filled-cell rules: keeps what a row holds, adds only the lines it lacks, fills blanks", async () => {
    const h = make();
    await h.port.setUpWorkbook(testPlan);
    await h.port.writeRecords({
      table: "RiskRegister",
      columns: ["Risk ID", "Title", "Status"],
      rows: [
        ["R-1", "Privacy leak\nLogging", "Open"],
        ["R-2", null, null],
      ],
      mode: "append",
    });
    const merged = await h.port.writeRecords({
      table: "RiskRegister",
      columns: ["Risk ID", "Title", "Status"],
      rows: [
        ["R-1", "logging \nAccess review", "Closed"],
        ["R-2", "Bias", "Closed"],
        ["R-3", "Drift", "Open"],
      ],
      mode: "merge",
      idColumn: "Risk ID",
      filledCells: { title: "add-lines", Status: "keep" },
    });
    expect(merged).toMatchObject({ rowsWritten: 3, rowsUpdated: 2 });
    const grid = await h.port.readSheet("Risk Register");
    const status = grid.values[0]?.indexOf("Status") ?? -1;
    expect(grid.values.slice(1).map((r) => [r[0], r[1], r[status]])).toEqual([
      ["R-1", "Privacy leak\nLogging\nAccess review", "Open"],
      ["R-2", "Bias", "Closed"],
      ["R-3", "Drift", "Open"],
    ]);
  });

  it("refuses a merge without its id column among the written columns, writing nothing", async () => {
    const h = make();
    await h.port.setUpWorkbook(testPlan);
    await h.port.writeRecords({ table: "RiskRegister", columns: ["Risk ID"], rows: [["R-1"]], mode: "append" });
    await expect(h.port.writeRecords({ table: "RiskRegister", columns: ["Title"], rows: [["x"]], mode: "merge", idColumn: "Risk ID" })).rejects.toThrow(
      /id column among the columns written/,
    );
    const grid = await h.port.readSheet("Risk Register");
    expect(grid.values.slice(1).map((r) => r.slice(0, 2))).toEqual([["R-1", null]]);
  });

  it("refuses unknown tables and columns with a clear error and writes nothing", async () => {
    const h = make();
    await h.port.setUpWorkbook(testPlan);
    await expect(h.port.writeRecords({ table: "Nope", columns: ["A"], rows: [["x"]], mode: "append" })).rejects.toThrow(/Nope.*not found/);
    await expect(h.port.writeRecords({ table: "RiskRegister", columns: ["Colour"], rows: [["x"]], mode: "append" })).rejects.toThrow(/Colour/);
    const grid = await h.port.readSheet("Risk Register");
    expect(grid.values.length).toBe(1);
  });

  it("reads the selected cell with its table row, and highlights cells then restores them", async () => {
    const h = make();
    await h.port.setUpWorkbook(testPlan);
    await h.port.writeRecords({ table: "RiskRegister", columns: ["Risk ID", "Title"], rows: [["R-1", "Leak"]], mode: "append" });
    h.select("Risk Register", 1, 1);
    const sel = await h.port.readSelection();
    expect(mockErrorPaths(sel)).toEqual([]);
    expect(sel).toMatchObject({ sheet: "Risk Register", row: 1, column: 1, value: "Leak", table: { name: "RiskRegister", header: "Title" } });
    expect(sel?.table?.rowValues.slice(0, 2)).toEqual(["R-1", "Leak"]);

    await h.port.setHighlights([
      { ref: { sheet: "Risk Register", row: 1, column: 0 }, color: "#FFC7CE" },
      { ref: { sheet: "Risk Register", row: 1, column: 1 }, color: "#FFEB9C" },
    ]);
    expect(h.fill("Risk Register", 1, 0)).toBe("#FFC7CE");
    expect(h.fill("Risk Register", 1, 1)).toBe("#FFEB9C");
    await h.port.setHighlights([{ ref: { sheet: "Risk Register", row: 1, column: 1 }, color: "#FFC7CE" }]);
    expect(h.fill("Risk Register", 1, 0)).toBeUndefined();
    expect(h.fill("Risk Register", 1, 1)).toBe("#FFC7CE");
    await h.port.clearHighlights();
    expect(h.fill("Risk Register", 1, 1)).toBeUndefined();
  });

  it("selects a cell so that reading the selection returns it", async () => {
    const h = make();
    h.addSheet("Data", [["a", "b"], ["c", "d"]]);
    await h.port.selectCell({ sheet: "Data", row: 1, column: 1 });
    expect(await h.port.readSelection()).toMatchObject({ sheet: "Data", row: 1, column: 1, value: "d" });
  });

  it("reads several sheets at once exactly as one by one", async () => {
    const h = make();
    await h.port.setUpWorkbook(testPlan);
    h.addSheet("Data", [["a", 1], ["b", 2]]);
    const names = ["Statement of Applicability", "Data", "Risk Register"];
    const together = await h.port.readSheets(names);
    const apart = [];
    for (const n of names) apart.push(await h.port.readSheet(n));
    expect(together).toEqual(apart);
  });

  it("updates single cells", async () => {
    const h = make();
    h.addSheet("Data", [["a", "b"]]);
    await h.port.updateCells([{ sheet: "Data", row: 0, column: 1, value: "B" }, { sheet: "Data", row: 2, column: 0, value: 3 }]);
    expect((await h.port.readSheet("Data")).values).toEqual([["a", "B"], [null, null], [3, null]]);
  });

  it("keeps calculated score columns as table formulas on set-up and after writing records", async () => {
    const h = make();
    const plan = {
      ...testPlan,
      sheets: [
        {
          kind: "risks",
          name: "Risks",
          table: "Risks",
          columns: [
            { header: "Id", kind: "text" as const },
            { header: "Likelihood", kind: "integer" as const },
            { header: "Impact", kind: "integer" as const },
            { header: "Score", kind: "integer" as const, product: ["Likelihood", "Impact"] as const },
          ],
        },
      ],
    };
    await h.port.setUpWorkbook(plan);
    await h.port.writeRecords({
      table: "Risks",
      columns: ["Id", "Likelihood", "Impact"],
      rows: [["R-1", 4, 5], ["R-2", 2, null]],
      mode: "append",
      calculated: [{ column: "Score", product: ["Likelihood", "Impact"] }],
    });
    const grid = await h.port.readSheet("Risks");
    const formula = 'IF(AND(ISNUMBER([@[Likelihood]]),ISNUMBER([@[Impact]])),[@[Likelihood]]*[@[Impact]],"")';
    expect(grid.formulas?.[1]?.[3]).toBe(formula);
    expect(grid.formulas?.[2]?.[3]).toBe(formula);
    expect(grid.values[1]?.slice(0, 3)).toEqual(["R-1", 4, 5]);
  });

  it("refuses to write into the read-only reference sheet", async () => {
    const h = make();
    await h.port.setUpWorkbook(testPlan);
    await expect(h.port.updateCells([{ sheet: "Crosswalk", row: 1, column: 0, value: "x" }])).rejects.toThrow(/protected/i);
  });

  it("reads small sheets along with the inspection as readSheet does, leaving out missing ones", async () => {
    const h = make();
    h.addSheet("Crosswalk Settings", [["Crosswalk settings"], [], ["Risk matrix", "Value"], ["Matrix ID", "3x3"], [1, "Low", null, "rare"]]);
    h.addSheet("Other", [["x"]]);
    const info = await h.port.inspect({ read: ["crosswalk settings", "Not there"] });
    expect(mockErrorPaths(info)).toEqual([]);
    expect(info.sheets.map((s) => s.name)).toEqual(["Crosswalk Settings", "Other"]);
    expect(info.grids?.map((g) => g.name)).toEqual(["Crosswalk Settings"]);
    const along = info.grids?.[0];
    const read = await h.port.readSheet("Crosswalk Settings");
    expect(along?.values).toEqual(read.values);
    expect(along?.truncated).toBe(false);
    expect((await h.port.inspect()).grids).toBeUndefined();
  });

  it("says when a sheet read along has more than its first 500 rows and 10 columns", async () => {
    const h = make();
    const rows: (string | null)[][] = [["a"]];
    rows[600] = ["far down"];
    h.addSheet("Long", Array.from(rows, (r) => r ?? []));
    h.addSheet("Wide", [["a", null, null, null, null, null, null, null, null, null, null, "far right"]]);
    const info = await h.port.inspect({ read: ["Long", "Wide"] });
    expect(info.grids?.map((g) => [g.name, g.truncated, g.values.length, Math.max(...g.values.map((r) => r.length))])).toEqual([
      ["Long", true, 1, 1],
      ["Wide", true, 1, 1],
    ]);
  });

  it("makes a planned new sheet once, marked as Crosswalk's, and then leaves it as it is", async () => {
    const h = make();
    const settings = { name: "Crosswalk Settings", kind: "settings", rows: [["Risk matrix", "Value"], ["Matrix ID", "3x3"], ["Scoring", "product"], [1, "Low"]] };
    const first = await h.port.setUpWorkbook({ ...testPlan, newSheets: [settings] });
    expect(first.sheets[0]).toEqual({ sheet: "Crosswalk Settings", outcome: "created" });
    expect((await h.port.readSheet("Crosswalk Settings")).values).toEqual(settings.rows);
    expect((await h.port.inspect()).sheets.find((s) => s.name === "Crosswalk Settings")?.crosswalkKind).toBe("settings");
    h.type("Crosswalk Settings", 1, 1, "4x4");
    const again = await h.port.setUpWorkbook({ ...testPlan, newSheets: [{ ...settings, rows: [["something else"]] }] });
    expect(again.sheets[0]).toMatchObject({ sheet: "Crosswalk Settings", outcome: "skipped" });
    expect((await h.port.readSheet("Crosswalk Settings")).values[1]).toEqual(["Matrix ID", "4x4"]);
  });

  it("never makes a planned new sheet over a user's sheet of that name", async () => {
    const h = make();
    h.addSheet("Crosswalk Settings", [["mine"]]);
    const report = await h.port.setUpWorkbook({ ...testPlan, newSheets: [{ name: "crosswalk settings", kind: "settings", rows: [["x"]] }] });
    expect(report.sheets[0]).toMatchObject({ outcome: "skipped" });
    expect((await h.port.readSheet("Crosswalk Settings")).values).toEqual([["mine"]]);
  });

  it("sets up from an earlier inspection, and never overwrites a sheet that appeared since", async () => {
    const h = make();
    const info = await h.port.inspect();
    const report = await h.port.setUpWorkbook(testPlan, { inspected: info });
    expect(report.sheets.map((s) => s.outcome)).toEqual(["created", "created", "created"]);
    const later = await h.port.inspect();
    h.addSheet("Mine", [["my", "data"]]);
    await h.port.setUpWorkbook(testPlan, { inspected: later }).catch(() => undefined);
    expect((await h.port.readSheet("Mine")).values).toEqual([["my", "data"]]);
  });
});
