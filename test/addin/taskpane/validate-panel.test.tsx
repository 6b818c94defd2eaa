// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { MemoryWorkbook } from "../../../addin/port/memory-workbook";
import type { Issue } from "../../../addin/services/issue";
import type { Validator } from "../../../addin/services/validator";
import { HIGHLIGHT, groupIssues } from "../../../addin/taskpane/features/ValidatePanel";
import { prepareSetup } from "../../../addin/setup/workbook-matrix";
import { readJournal } from "../../../addin/services/workflow-journal";
import { renderPane } from "./render-pane";

afterEach(cleanup);

/** A stand-in for the shared rules: one rule, owner required on every risk row. */
const ownerRule: Validator = {
  sheets: ["Risks"],
  validate: (grids) =>
    grids.flatMap((g) =>
      g.values.slice(1).flatMap((row, i): Issue[] =>
        row[1] === null || row[1] === "" ? [{ code: "risk-owner-missing", severity: "error", sheet: g.name, cell: `B${i + 2}`, message: "No owner", hint: "Name who owns the risk." }] : [],
      ),
    ),
};

function workbook(): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  wb.addSheet("Risks", [["Risk", "Owner"], ["R-1", "Ann"], ["R-2", null], ["R-3", null]]);
  return wb;
}

describe("Validate panel", () => {
  it("groups issues by severity and sheet with counts", () => {
    const groups = groupIssues([
      { code: "a", severity: "warning", sheet: "S", cell: "A1", message: "m" },
      { code: "b", severity: "error", sheet: "T", cell: "A2", message: "m" },
      { code: "c", severity: "error", sheet: "S", cell: "A3", message: "m" },
    ]);
    expect(groups.map((g) => [g.severity, g.count, g.sheets.map((s) => s.sheet)])).toEqual([
      ["error", 2, ["T", "S"]],
      ["warning", 1, ["S"]],
    ]);
  });

  it("lists issues, selects an issue's cell, and re-checks after a fix", async () => {
    const wb = workbook();
    const { services } = renderPane({ validator: async () => ownerRule }, wb);
    fireEvent.click(screen.getByRole("tab", { name: "Validate" }));
    fireEvent.click(screen.getByRole("button", { name: "Run checks" }));
    await screen.findByText("2 errors");
    // The Start view reads the last validation from the journal.
    expect(readJournal(services.store).validated).toEqual({ at: "2026-03-01T09:30:00.000Z", errors: 2, warnings: 0 });
    fireEvent.click(screen.getByRole("button", { name: "B3: No owner" }));
    await waitFor(() => expect(wb.selected).toEqual({ sheet: "Risks", row: 2, column: 1 }));
    wb.typeInto({ sheet: "Risks", row: 2, column: 1 }, "Bo");
    fireEvent.click(screen.getByRole("button", { name: "Run checks" }));
    await screen.findByText("1 errors");
    expect(screen.queryByRole("button", { name: "B3: No owner" })).toBeNull();
    expect(readJournal(services.store).validated?.errors).toBe(1);
  });

  it("highlights issue cells and clears the highlights", async () => {
    const wb = workbook();
    renderPane({ validator: async () => ownerRule }, wb);
    fireEvent.click(screen.getByRole("tab", { name: "Validate" }));
    fireEvent.click(screen.getByRole("button", { name: "Run checks" }));
    await screen.findByText("2 errors");
    const toggle = screen.getByRole("switch", { name: "Highlight in the sheet" }) as HTMLInputElement;
    fireEvent.click(toggle);
    await waitFor(() => expect(wb.view("Risks")?.fills.get("2,1")).toBe(HIGHLIGHT.error));
    // The switch is off limits while highlighting runs: a click then does nothing (seen once on a loaded machine).
    await waitFor(() => expect(toggle.disabled).toBe(false), { timeout: 10_000 });
    fireEvent.click(toggle);
    await waitFor(() => expect(wb.view("Risks")?.fills.size).toBe(0), { timeout: 10_000 });
  });

  it("says so when the rules are not available", async () => {
    renderPane({ validator: () => Promise.reject(new Error("the rules did not load")) }, workbook());
    fireEvent.click(screen.getByRole("tab", { name: "Validate" }));
    fireEvent.click(screen.getByRole("button", { name: "Run checks" }));
    const alert = await screen.findByRole("alert");
    expect(within(alert).getByText(/Validation failed/)).toBeTruthy();
  });

  it("tells the user to use Import on a workbook Crosswalk did not make, as Push does", async () => {
    const wb = new MemoryWorkbook();
    wb.addSheet("Risk Register", [["AI RISK REGISTER"], [], ["Risk ID", "Title"], ["R-1", "Bias"]]);
    renderPane({}, wb);
    fireEvent.click(screen.getByRole("tab", { name: "Validate" }));
    fireEvent.click(screen.getByRole("button", { name: "Run checks" }));
    expect(await screen.findByRole("button", { name: /Crosswalk did not make this workbook.*Import in the add-in/ }, { timeout: 15_000 })).toBeTruthy();
  });

  it("checks likelihood and impact on the workbook's own matrix, read from its settings sheet", async () => {
    const wb = new MemoryWorkbook();
    const prepared = await prepareSetup(wb, "3x3");
    await wb.setUpWorkbook(prepared.plan, { inspected: prepared.info });
    await wb.writeRecords({
      table: "RiskRegister",
      columns: ["Risk ID", "Title", "Risk Owner", "Inherent Likelihood", "Inherent Impact"],
      rows: [["R-1", "Drift", "Ann", 3, 4]],
      mode: "append",
    });
    renderPane({}, wb);
    fireEvent.click(screen.getByRole("tab", { name: "Validate" }));
    fireEvent.click(screen.getByRole("button", { name: "Run checks" }));
    const issue = await screen.findByRole("button", { name: /Risk R-1: inherent impact 4 is not on the matrix \(1–3\)/ }, { timeout: 5000 });
    expect(issue).toBeTruthy();
    expect(screen.queryByRole("button", { name: /inherent likelihood 3 is not on the matrix/ })).toBeNull();
  });
});
