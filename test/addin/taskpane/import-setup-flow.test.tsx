// @vitest-environment happy-dom
/**
 * Importing into a workbook that is not set up: the Import panel says so before the write and
 * sets the workbook up and writes in one click, with the shared importer and the real set-up plan.
 */
import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { MemoryWorkbook } from "../../../addin/port/memory-workbook";
import { buildPlan } from "../../../addin/setup/build-plan";
import { sharedWorkbookLayout } from "../../../addin/setup/shared-layout";
import { renderPane } from "./render-pane";

afterEach(cleanup);

const REGISTER = [
  ["Risk ID", "Risk Title", "Risk Owner", "Likelihood", "Impact"],
  ["R-1", "Training data leak", "Ana", 2, 3],
  ["R-2", "Biased scoring", "Ben", 1, 2],
];

async function previewSheet(name: string) {
  fireEvent.click(screen.getByRole("tab", { name: "Import" }));
  const sheet = await screen.findByRole("combobox", { name: "Sheet" });
  await waitFor(() => expect(sheet.textContent).toContain(name));
  fireEvent.click(screen.getByRole("button", { name: "Analyse" }));
  await screen.findByRole("region", { name: "Mapping" });
  fireEvent.click(screen.getByRole("button", { name: "Preview records" }));
  await screen.findByRole("region", { name: "Preview" });
}

describe("Import before set-up", () => {
  it("says the workbook is not set up before writing, then sets it up on the chosen matrix and writes", async () => {
    const wb = new MemoryWorkbook();
    wb.addSheet("Old register", REGISTER);
    renderPane({}, wb);
    await previewSheet("Old register");
    await screen.findByText(/This workbook is not set up yet: there is no Risk Register to write into/);
    expect(screen.queryByRole("button", { name: /^Write \d+ records$/ })).toBeNull();
    fireEvent.change(screen.getByRole("combobox", { name: "Risk matrix" }), { target: { value: "3x3" } });
    fireEvent.click(screen.getByRole("button", { name: "Set up the workbook and write" }));
    await screen.findByText("Wrote 2 records to Risk Register.");
    const register = wb.view("Risk Register");
    expect(register?.tables[0]?.rowCount).toBe(2);
    expect(register?.values[1]?.[0]).toBe("R-1");
    expect(wb.view("Crosswalk Settings")?.values.flat().join(" ")).toMatch(/3\s*[×x]\s*3/);
    expect(wb.view("Statement of Applicability")?.tables[0]?.rowCount).toBeGreaterThan(30);
    // The grid follows the written rows.
    expect(wb.selected?.sheet).toBe("Risk Register");
    expect(JSON.stringify(wb.view("Old register")?.values)).toBe(JSON.stringify(REGISTER));
  });

  it("never moves a sheet of the user's aside without a tick, and says why nothing was written", async () => {
    const wb = new MemoryWorkbook();
    wb.addSheet("Old register", REGISTER);
    wb.addSheet("Risk Register", [["Our own notes"], ["keep me"]]);
    renderPane({}, wb);
    await previewSheet("Old register");
    fireEvent.click(await screen.findByRole("button", { name: "Set up the workbook and write" }));
    const box = await screen.findByRole("checkbox", { name: "Move “Risk Register” aside" });
    expect(wb.view("Risk Register")?.values).toEqual([["Our own notes"], ["keep me"]]);

    fireEvent.click(screen.getByRole("button", { name: "Continue set-up and write" }));
    await screen.findByText(/“Risk Register” is a sheet of yours, left as it is, so the records have nowhere to go/);
    expect(wb.view("Risk Register")?.values).toEqual([["Our own notes"], ["keep me"]]);
    expect(wb.view("Statement of Applicability")).toBeUndefined();

    fireEvent.click(box);
    fireEvent.click(screen.getByRole("button", { name: "Continue set-up and write" }));
    await screen.findByText("Wrote 2 records to Risk Register.");
    expect(wb.view("Risk Register (old)")?.values).toEqual([["Our own notes"], ["keep me"]]);
    expect(wb.view("Risk Register")?.tables[0]?.rowCount).toBe(2);
  });
});

describe("Import preview: Validate's findings before writing", () => {
  it("lists, in Validate's words, the ids the chosen write would use twice, and none when merging by id", async () => {
    const wb = new MemoryWorkbook();
    await wb.setUpWorkbook(buildPlan(sharedWorkbookLayout()));
    await wb.writeRecords({ table: "RiskRegister", columns: ["Risk ID", "Title"], rows: [["R-1", "Drift"]], mode: "append" });
    wb.addSheet("Old register", REGISTER);
    renderPane({}, wb);
    await previewSheet("Old register");
    const merge = (await screen.findByRole("radio", { name: /^Merge by Risk ID/ })) as HTMLInputElement;
    await waitFor(() => expect(merge.checked).toBe(true));
    await screen.findByText("Validate would find no new problem in Risk Register after this write.");

    fireEvent.click(screen.getByRole("radio", { name: /^Append all to Risk Register/ }));
    const list = await screen.findByRole("list", { name: "Validate issues once written" });
    expect(list.textContent).toContain("Risk ID R-1 is used on rows 2 and 3; versions can only be compared when every id is used once");
    expect(wb.view("Risk Register")?.tables[0]?.rowCount).toBe(1);
  });
});
