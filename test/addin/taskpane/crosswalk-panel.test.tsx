// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { MemoryWorkbook } from "../../../addin/port/memory-workbook";
import { buildPlan } from "../../../addin/setup/build-plan";
import { sharedWorkbookLayout } from "../../../addin/setup/shared-layout";
import { renderPane } from "./render-pane";

afterEach(cleanup);

async function setUp(): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  await wb.setUpWorkbook(buildPlan(sharedWorkbookLayout()));
  return wb;
}

describe("Crosswalk panel", () => {
  it("follows the selected cell and lists mapped items per framework with relationship and source", async () => {
    const wb = await setUp();
    renderPane({}, wb);
    fireEvent.click(screen.getByRole("tab", { name: "Crosswalk" }));
    act(() => wb.setSelection({ sheet: "AI RMF Profile", row: 1, column: 0 }));
    await waitFor(() => expect((screen.getByRole("textbox", { name: "Framework id" }) as HTMLInputElement).value).toBe("GOVERN 1.1"));
    await screen.findByText(/ISO\/IEC 42001:2023 \(\d+\)/);
    expect(screen.getByRole("checkbox", { name: /^A\.2\.2 — AI policy/ })).toBeTruthy();
    expect(screen.getAllByText("related").length).toBeGreaterThan(0);
  });

  it("reads a bare shared id in the framework of its column (A.5.2 in an ISO 42001 column)", async () => {
    const wb = await setUp();
    renderPane({}, wb);
    fireEvent.click(screen.getByRole("tab", { name: "Crosswalk" }));
    const row = wb.view("Statement of Applicability")?.values.findIndex((r) => r[0] === "A.5.2") ?? -1;
    expect(row).toBeGreaterThan(0);
    act(() => wb.setSelection({ sheet: "Statement of Applicability", row, column: 0 }));
    await waitFor(() => expect(screen.getByText(/^A\.5\.2 — /)).toBeTruthy());
  });

  it("lists ISO 27001 and SP 800-53 for an AI RMF id without asking for indirect mappings, each with its path", async () => {
    renderPane({}, await setUp());
    fireEvent.click(screen.getByRole("tab", { name: "Crosswalk" }));
    const input = await screen.findByRole("textbox", { name: "Framework id" });
    fireEvent.change(input, { target: { value: "GV-1.1" } });
    await screen.findByText(/ISO\/IEC 27001:2022 \(\d+\)/);
    expect(screen.getByText(/^NIST SP 800-53 Rev\. 5 \(\d+\)$/)).toBeTruthy();
    expect(screen.getAllByText(/^via AIRMF:GOVERN 1\.1 → ISO42001:/).length).toBeGreaterThan(0);
    // Grouped as reached through ISO 42001, not hidden behind "Indirect mappings too".
    expect(screen.getAllByText(/^through ISO\/IEC 42001:2023$/).length).toBeGreaterThanOrEqual(2);
    expect((screen.getByRole("switch", { name: "Indirect mappings too" }) as HTMLInputElement).checked).toBe(false);
  });

  it("offers near misses as buttons, and says 'Did you mean' once", async () => {
    renderPane({}, await setUp());
    fireEvent.click(screen.getByRole("tab", { name: "Crosswalk" }));
    const input = await screen.findByRole("textbox", { name: "Framework id" });
    fireEvent.change(input, { target: { value: "GOVREN 1.1" } });
    const use = await screen.findByRole("button", { name: "Use AIRMF:GOVERN 1.1" });
    expect(document.body.textContent?.match(/Did you mean/g)?.length ?? 0).toBeLessThanOrEqual(1);
    fireEvent.click(use);
    await screen.findByText(/^GOVERN 1\.1 — /);
  });

  it("explains an id it cannot read", async () => {
    renderPane({}, await setUp());
    fireEvent.click(screen.getByRole("tab", { name: "Crosswalk" }));
    const input = await screen.findByRole("textbox", { name: "Framework id" });
    fireEvent.change(input, { target: { value: "XYZ 9" } });
    await waitFor(() => expect(screen.getByText(/not a recognised framework id/)).toBeTruthy());
  });

  it("says quietly that a selected cell of plain text holds no id, where a typed one gets the warning", async () => {
    const wb = await setUp();
    await wb.updateCells([{ sheet: "AI RMF Profile", row: 1, column: 0, value: "Model drift over time" }]);
    renderPane({}, wb);
    fireEvent.click(screen.getByRole("tab", { name: "Crosswalk" }));
    act(() => wb.setSelection({ sheet: "AI RMF Profile", row: 1, column: 0 }));
    await screen.findByText(/The selected cell holds no framework id/);
    expect(screen.queryByText(/not a recognised framework id/)).toBeNull();
  });

  it("inserts chosen items into the row's reference column without duplicating existing ones", async () => {
    const wb = await setUp();
    const headers = wb.view("Risk Register")?.tables[0]?.headers ?? [];
    const aiRmf = headers.indexOf("AI RMF");
    const iso = headers.indexOf("ISO 42001");
    wb.typeInto({ sheet: "Risk Register", row: 1, column: 0 }, "R-1");
    wb.typeInto({ sheet: "Risk Register", row: 1, column: aiRmf }, "GV-1.1");
    wb.typeInto({ sheet: "Risk Register", row: 1, column: iso }, "A.2.2");
    renderPane({}, wb);
    fireEvent.click(screen.getByRole("tab", { name: "Crosswalk" }));
    act(() => wb.setSelection({ sheet: "Risk Register", row: 1, column: aiRmf }));
    fireEvent.click(await screen.findByRole("checkbox", { name: /^A\.2\.2 — AI policy/ }));
    fireEvent.click(screen.getByRole("checkbox", { name: /^A\.2\.4 — / }));
    fireEvent.click(screen.getByRole("button", { name: "Insert into row" }));
    await screen.findByText("Inserted 1 reference(s) into row 2.");
    expect(wb.view("Risk Register")?.values[1]?.[iso]).toBe("A.2.2, A.2.4");
  });
});
