// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { afterEach, describe, expect, it } from "vitest";
import { MemoryWorkbook } from "../../../addin/port/memory-workbook";
import { SheetView } from "../../../addin/taskpane/preview/SheetView";

afterEach(cleanup);

async function reportLikeWorkbook(): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  await wb.writeSheet({
    name: "Report",
    kind: "consolidated-report",
    rows: [["Contents"], ["Readiness"], [null], ["Readiness"], ["team", 0.5]],
    links: [{ row: 1, column: 0, to: { row: 3, column: 0 } }],
    activate: true,
  });
  return wb;
}

const cell = (address: string) => {
  const found = document.querySelector(`td[data-address="${address}"]`);
  if (!(found instanceof HTMLElement)) throw new Error(`no cell ${address}`);
  return found;
};

describe("the preview grid's in-document hyperlinks", () => {
  it("shows a linked cell as a link that names where it goes", async () => {
    render(<FluentProvider theme={webLightTheme}><SheetView workbook={await reportLikeWorkbook()} /></FluentProvider>);
    expect(cell("A2").title).toBe("Readiness — go to A4");
    expect(cell("A4").title).toBe("Readiness");
  });

  it("follows the link on a click, as Excel does, and selects a plain cell otherwise", async () => {
    const wb = await reportLikeWorkbook();
    render(<FluentProvider theme={webLightTheme}><SheetView workbook={wb} /></FluentProvider>);
    act(() => fireEvent.click(cell("A2")));
    expect(wb.selected).toEqual({ sheet: "Report", row: 3, column: 0 });
    act(() => fireEvent.click(cell("B5")));
    expect(wb.selected).toEqual({ sheet: "Report", row: 4, column: 1 });
  });

  it("follows the selected cell's link on Enter", async () => {
    const wb = await reportLikeWorkbook();
    render(<FluentProvider theme={webLightTheme}><SheetView workbook={wb} /></FluentProvider>);
    act(() => wb.setSelection({ sheet: "Report", row: 1, column: 0 }));
    act(() => fireEvent.keyDown(screen.getByRole("grid"), { key: "Enter" }));
    expect(wb.selected).toEqual({ sheet: "Report", row: 3, column: 0 });
  });
});
