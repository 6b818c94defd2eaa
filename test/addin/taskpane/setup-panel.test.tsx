// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { MemoryWorkbook } from "../../../addin/port/memory-workbook";
import { OfficeWorkbook } from "../../../addin/port/office-workbook";
import { memoryStore } from "../../../addin/services/key-value-store";
import { App } from "../../../addin/taskpane/App";
import { createServices } from "../../../addin/taskpane/create-services";
import { readWorkbookSettings } from "../../../addin/services/round-trip";
import { MATRIX_3X3, MATRIX_4X4 } from "../../../shared/scoring/presets";
import { SETTINGS_KIND, SETTINGS_SHEET, settingsRows } from "../../../shared/workbook-snapshot/settings-sheet";
import { FakeExcel } from "../fake-excel";
import { renderPane } from "./render-pane";

afterEach(cleanup);

describe("Set up panel", () => {
  it("creates the structured sheets and reports each one", async () => {
    const { workbook } = renderPane();
    fireEvent.click(screen.getByRole("button", { name: "Set up workbook" }));
    const list = await screen.findByRole("list", { name: "Set-up result" }, { timeout: 5000 });
    expect(within(list).getByText("Risk Register")).toBeTruthy();
    // The 11 structured sheets, the Crosswalk reference and the settings sheet with the matrix.
    expect(within(list).getAllByText("created")).toHaveLength(13);
    for (const name of ["AI Systems", "AI RMF Profile", "Impact Assessments", "AI Policy", "Internal Audits", "Nonconformities", "Crosswalk"]) {
      expect(within(list).getByText(name)).toBeTruthy();
    }
    expect(workbook.view("Statement of Applicability")?.tables[0]?.rowCount).toBe(38);
    expect(workbook.view("Crosswalk Lists")?.visible).toBe(false);
  });

  it("asks before moving a user's same-named sheet aside, and keeps it", async () => {
    const wb = new MemoryWorkbook();
    wb.addSheet("Risk Register", [["Mine"]]);
    renderPane({}, wb);
    fireEvent.click(screen.getByRole("button", { name: "Set up workbook" }));
    const box = await screen.findByRole("checkbox", { name: "Move “Risk Register” aside" });
    expect(wb.view("Risk Register")?.kind).toBeUndefined();
    await act(async () => {
      fireEvent.click(box);
    });
    fireEvent.click(screen.getByRole("button", { name: "Continue set-up" }));
    const list = await screen.findByRole("list", { name: "Set-up result" }, { timeout: 5000 });
    expect(within(list).getByText("Your sheet was kept as “Risk Register (old)”.")).toBeTruthy();
    expect(wb.view("Risk Register (old)")?.values).toEqual([["Mine"]]);
    expect(wb.view("Risk Register")?.kind).toBe("risks");
  });

  it("shows a readable error when the workbook refuses", async () => {
    const wb = new MemoryWorkbook();
    wb.setUpWorkbook = async () => {
      throw new Error("The workbook is read-only.");
    };
    renderPane({}, wb);
    fireEvent.click(screen.getByRole("button", { name: "Set up workbook" }));
    await waitFor(() => expect(screen.getByRole("alert").textContent).toContain("The workbook is read-only."));
  });

  it("offers a matrix where the workbook has none, and writes the choice into a new settings sheet", async () => {
    const { workbook } = renderPane();
    const select = await screen.findByRole("combobox", { name: "Risk matrix" });
    expect((select as HTMLSelectElement).value).toBe("5x5");
    expect([...(select as HTMLSelectElement).options].map((o) => o.value)).toEqual(["3x3", "4x4", "5x5"]);
    fireEvent.change(select, { target: { value: "3x3" } });
    expect(screen.getByText(/Likelihood 1 Low … 3 High · Impact 1 Low … 3 High · Low 1–2, Medium 3–4, High 5–9/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Set up workbook" }));
    const list = await screen.findByRole("list", { name: "Set-up result" }, { timeout: 5000 });
    expect(within(list).getByText("Holds the risk matrix (3×3 (Low / Medium / High)); Settings adds the team and workbook ids.")).toBeTruthy();
    expect(screen.getByText("Dropdowns and colours follow the 3×3 (Low / Medium / High) risk matrix.")).toBeTruthy();
    expect((await readWorkbookSettings(workbook)).matrix).toEqual(MATRIX_3X3);
    expect(workbook.view(SETTINGS_SHEET)).toMatchObject({ kind: SETTINGS_KIND, visible: true });
    const lists = workbook.view("Crosswalk Lists")?.values ?? [];
    expect(lists.map((r) => r[0] ?? null).slice(0, 5)).toEqual(["Likelihood", "1", "2", "3", null]);
    // The workbook now has its matrix: the choice gives way to it.
    expect(screen.queryByRole("combobox", { name: "Risk matrix" })).toBeNull();
    expect(within(screen.getByRole("group", { name: "Risk matrix" })).getByText(/3×3/)).toBeTruthy();
  });

  it("follows the settings sheet's matrix and offers no choice", async () => {
    const wb = new MemoryWorkbook();
    await wb.writeSheet({ name: SETTINGS_SHEET, kind: SETTINGS_KIND, rows: settingsRows({ team: "people" }, MATRIX_4X4) });
    renderPane({}, wb);
    const group = await screen.findByRole("group", { name: "Risk matrix" });
    expect(group.textContent).toContain("Risk matrix: 4×4, from the “Crosswalk Settings” sheet.");
    expect(group.textContent).toContain("Likelihood 1 Rare … 4 Almost certain");
    expect(screen.queryByRole("combobox", { name: "Risk matrix" })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Set up workbook" }));
    const list = await screen.findByRole("list", { name: "Set-up result" }, { timeout: 5000 });
    expect(within(list).queryByText(SETTINGS_SHEET)).toBeNull();
    const lists = wb.view("Crosswalk Lists")?.values ?? [];
    expect(lists.map((r) => r[0] ?? null).slice(0, 6)).toEqual(["Likelihood", "1", "2", "3", "4", null]);
    expect(wb.view(SETTINGS_SHEET)?.values[4]).toEqual(["Team ID", "people"]);
  });

  it("says when the settings sheet's matrix cannot be used, and that 5×5 is", async () => {
    const wb = new MemoryWorkbook();
    wb.addSheet(SETTINGS_SHEET, [["Setting", "Value"], ["Team ID", "people"]]);
    renderPane({}, wb);
    expect((await screen.findByText(/is there but it names no risk matrix/)).textContent).toContain("Set-up uses the 5×5 matrix, as a push would");
    expect(screen.queryByRole("combobox", { name: "Risk matrix" })).toBeNull();
  });

  it("the whole Set up click takes at most 4 Excel round trips: inspect with the settings sheet, then set-up", async () => {
    const fake = new FakeExcel();
    const port = new OfficeWorkbook({ run: fake.run });
    render(<App services={createServices(port, "excel", memoryStore(), () => new Date("2026-03-01T09:30:00Z"))} initialPanel="setup" />);
    const select = await screen.findByRole("combobox", { name: "Risk matrix" });
    expect(fake.syncs).toBe(2); // reading the matrix as the panel opens: a separate operation
    fireEvent.change(select, { target: { value: "4x4" } });
    let before = fake.syncs;
    fireEvent.click(screen.getByRole("button", { name: "Set up workbook" }));
    await screen.findByRole("list", { name: "Set-up result" }, { timeout: 10_000 });
    expect(fake.syncs - before).toBe(4);
    expect(fake.cell(SETTINGS_SHEET, 0, 0)).toBe("Crosswalk settings");
    before = fake.syncs;
    fireEvent.click(screen.getByRole("button", { name: "Set up workbook" }));
    await waitFor(() => expect(screen.getByRole("button", { name: "Set up workbook" }).hasAttribute("disabled")).toBe(false), { timeout: 10_000 });
    await screen.findByRole("list", { name: "Set-up result" }, { timeout: 10_000 });
    expect(fake.syncs - before).toBe(4);
    expect([1, 2, 3, 4, 5].map((r) => fake.cell("Crosswalk Lists", r, 0) ?? null)).toEqual(["1", "2", "3", "4", null]);
  });
});
