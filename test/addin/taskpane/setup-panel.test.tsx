// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { MemoryWorkbook } from "../../../addin/port/memory-workbook";
import { renderPane } from "./render-pane";

afterEach(cleanup);

describe("Set up panel", () => {
  it("creates the structured sheets and reports each one", async () => {
    const { workbook } = renderPane();
    fireEvent.click(screen.getByRole("button", { name: "Set up workbook" }));
    const list = await screen.findByRole("list", { name: "Set-up result" }, { timeout: 5000 });
    expect(within(list).getByText("Risk Register")).toBeTruthy();
    expect(within(list).getAllByText("created")).toHaveLength(12);
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
});
