// @vitest-environment happy-dom
/**
 * The import wizard's flow, with a stand-in engine (the shared importer is tested on its own):
 * source → analysis → mapping changes → preview → append / replace with a backup.
 */
import { act, cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { MemoryWorkbook } from "../../../addin/port/memory-workbook";
import type { SheetGrid } from "../../../shared/file-reader/grid";
import type { ImportAnalysis, ImportChoices, ImportEngine, ImportPreview } from "../../../addin/services/import-engine";
import { testPlan } from "../port/plan-fixture";
import { renderPane } from "./render-pane";

afterEach(cleanup);

const FIELDS = [
  { name: "id", label: "Risk ID" },
  { name: "title", label: "Title" },
  { name: "score", label: "Score" },
];

/** Header on the first non-blank row; columns mapped by exact header text; user choices win. */
const engine: ImportEngine = {
  kinds: [
    { kind: "risk-register", label: "Risk register" },
    { kind: "soa", label: "Statement of Applicability" },
  ],
  chooseSheet: (sheets) => sheets[0]?.name,
  template(grid: SheetGrid, choices: ImportChoices) {
    const a = engine.analyse(grid, choices);
    return JSON.stringify({ kind: a.kind, headerRow: a.headerRow, mapping: a.columns.map((c) => [c.column, c.field]) });
  },
  analyse(grid: SheetGrid, given: ImportChoices = {}): ImportAnalysis {
    const saved = given.template ? (JSON.parse(given.template) as { kind: string; headerRow: number; mapping: [number, string | null][] }) : undefined;
    const choices: ImportChoices = saved ? { kind: saved.kind, headerRow: saved.headerRow, mapping: new Map(saved.mapping) } : given;
    const headerRow = choices.headerRow ?? grid.values.findIndex((r) => r.filter((v) => v !== null).length > 1);
    const header = grid.values[headerRow] ?? [];
    const columns = header.map((h, column) => {
      const text = String(h ?? "");
      const guess = FIELDS.find((f) => f.label.toLowerCase() === text.toLowerCase())?.name ?? null;
      const chosen = choices.mapping?.has(column) ? (choices.mapping.get(column) ?? null) : guess;
      return { key: String(column), column, header: text, field: chosen, confidence: choices.mapping?.has(column) ? 1 : guess ? 0.9 : 0 };
    });
    return { kind: choices.kind ?? "risk-register", kindConfidence: 0.8, headerRow, columns, fields: FIELDS };
  },
  preview(grid: SheetGrid, choices: ImportChoices): ImportPreview {
    const a = engine.analyse(grid, choices);
    const byField = new Map(a.columns.filter((c) => c.field).map((c) => [c.field, c.column]));
    const rows = grid.values.slice(a.headerRow + 1).map((r) => FIELDS.map((f) => {
      const i = byField.get(f.name);
      const v = i === undefined ? null : (r[i] ?? null);
      return typeof v === "object" && v !== null ? null : v;
    }));
    return {
      kind: a.kind,
      table: "RiskRegister",
      sheet: "Risk Register",
      columns: ["Risk ID", "Title", "Score"],
      rows,
      issues: rows.flatMap((r, i) => (r[0] === null ? [{ code: "risk-id-missing", severity: "error" as const, sheet: grid.name, cell: `A${a.headerRow + i + 2}`, message: "No risk id" }] : [])),
      skipped: 0,
    };
  },
};

async function workbook(): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  await wb.setUpWorkbook(testPlan);
  wb.addSheet("Old register", [["My risks", null, null], ["Risk ID", "Title", "Risk score"], ["R-1", "Leak", 12], [null, "Bias", 4]]);
  return wb;
}

async function analyse() {
  const sheet = await screen.findByRole("combobox", { name: "Sheet" });
  await waitFor(() => expect(sheet.textContent).toContain("Old register"));
  fireEvent.click(screen.getByRole("button", { name: "Analyse" }));
  await screen.findByRole("region", { name: "Mapping" }, { timeout: 10_000 });
}

async function choose(combobox: string, option: string) {
  fireEvent.click(screen.getByRole("combobox", { name: combobox }));
  fireEvent.click(await screen.findByRole("option", { name: option }));
}


/** Import → Analyse → Preview → Write of the two sample records into a fresh pane on `wb`. */
async function writeTwoRecords(wb: MemoryWorkbook): Promise<void> {
  renderPane({ importer: async () => engine }, wb);
  fireEvent.click(screen.getByRole("tab", { name: "Import" }));
  await analyse();
  fireEvent.click(screen.getByRole("button", { name: "Preview records" }));
  fireEvent.click(await screen.findByRole("button", { name: "Write 2 records" }));
  await screen.findByText("Wrote 2 records to Risk Register.");
}

describe("Import panel", () => {
  it("reads a sheet, shows the detected kind, header row and mapping, and previews records with issues", async () => {
    const wb = await workbook();
    renderPane({ importer: async () => engine }, wb);
    fireEvent.click(screen.getByRole("tab", { name: "Import" }));
    await analyse();
    expect(screen.getByText("80% likely")).toBeTruthy();
    expect((screen.getByRole("spinbutton", { name: "Header row" }) as HTMLInputElement).value).toBe("2");
    expect(screen.getByRole("combobox", { name: "Field for column Risk score" }).textContent).toBe("Ignore");
    await choose("Field for column Risk score", "Score");
    fireEvent.click(screen.getByRole("button", { name: "Preview records" }));
    await screen.findByText("2 records for Risk Register");
    expect(screen.getByRole("table", { name: "All 2 records" })).toBeTruthy();
    expect(screen.getByText("1 errors")).toBeTruthy();
    expect(screen.getByText(/A4: No risk id/)).toBeTruthy();
  });

  it("survives leaving the panel after a write in a browser whose scrollIntoView returns a promise (Chromium's)", async () => {
    const original = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = () => Promise.resolve() as unknown as void;
    try {
      const wb = await workbook();
      await writeTwoRecords(wb);
      // Unmounting the write's result runs its effect's clean-up: it must be a function or nothing.
      const other = screen.getAllByRole("tab").find((t) => t.textContent !== "Import");
      if (!other) throw new Error("the pane has no other tab");
      fireEvent.click(other);
      await waitFor(() => expect(screen.queryByRole("heading", { name: "Import", level: 2 })).toBeNull());
    } finally {
      Element.prototype.scrollIntoView = original;
    }
  });

  it("appends, then replaces keeping a copy of the replaced rows; the source stays untouched", async () => {
    const wb = await workbook();
    const source = JSON.stringify(wb.view("Old register")?.values);
    await writeTwoRecords(wb);
    expect(wb.view("Risk Register")?.tables[0]?.rowCount).toBe(2);

    fireEvent.click(screen.getByRole("button", { name: "Preview records" }));
    await screen.findByText("1 of these 2 ids are already in Risk Register.");
    fireEvent.click(screen.getByRole("radio", { name: /Replace the rows of Risk Register/ }));
    fireEvent.click(screen.getByRole("button", { name: "Write 2 records" }));
    await screen.findByText(/the 2 replaced rows are in “Risk Register 20260301-0930”/);
    expect(wb.view("Risk Register")?.tables[0]?.rowCount).toBe(2);
    expect(wb.view("Risk Register 20260301-0930")?.values.length).toBe(3);
    fireEvent.click(screen.getByRole("button", { name: "Preview records" }));
    await screen.findByText("1 of these 2 ids are already in Risk Register.");
    fireEvent.click(screen.getByRole("radio", { name: /Replace the rows of Risk Register/ }));
    fireEvent.click(screen.getByRole("button", { name: "Write 2 records" }));
    await screen.findByText(/replaced rows are in “Risk Register 20260301-0930 \(2\)”/);
    expect(JSON.stringify(wb.view("Old register")?.values)).toBe(source);
  });

  it("disables Write after a write until the preview changes, then offers to merge by id with the count of ids present", async () => {
    const wb = await workbook();
    await writeTwoRecords(wb);
    const again = screen.getByRole("button", { name: "Write 2 records" }) as HTMLButtonElement;
    expect(again.disabled).toBe(true);
    fireEvent.click(again);
    expect(wb.view("Risk Register")?.tables[0]?.rowCount).toBe(2);

    // A cell of a column the import does not write, which a merge must leave alone.
    const status = wb.view("Risk Register")?.values[0]?.indexOf("Status") ?? -1;
    await act(async () => wb.typeInto({ sheet: "Risk Register", row: 1, column: status }, "Closed"));
    fireEvent.click(screen.getByRole("button", { name: "Preview records" }));
    await screen.findByText("1 of these 2 ids are already in Risk Register.");
    const merge = screen.getByRole("radio", { name: /^Merge by Risk ID/ }) as HTMLInputElement;
    await waitFor(() => expect(merge.checked).toBe(true));
    fireEvent.click(screen.getByRole("button", { name: "Write 2 records" }));
    await screen.findByText("Updated 1 and added 1 records in Risk Register.");
    const rows = wb.view("Risk Register")?.values.slice(1, 4) ?? [];
    expect(rows.map((r) => r[0])).toEqual(["R-1", null, null]);
    expect(rows[0]?.[status]).toBe("Closed");
    expect(wb.view("Risk Register")?.tables[0]?.rowCount).toBe(3);
  });

  it("saves a mapping and applies it to the next sheet of the same shape", async () => {
    const wb = await workbook();
    const { services } = renderPane({ importer: async () => engine }, wb);
    fireEvent.click(screen.getByRole("tab", { name: "Import" }));
    await analyse();
    await choose("Field for column Risk score", "Score");
    fireEvent.change(screen.getByRole("textbox", { name: "Save this mapping as" }), { target: { value: "Monthly register" } });
    fireEvent.click(screen.getByRole("button", { name: "Save mapping" }));
    expect(services.store.get("import-templates")).toContain("Monthly register");
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Analyse" }));
    });
    expect(screen.getByRole("combobox", { name: "Field for column Risk score" }).textContent).toBe("Ignore");
    await choose("Use a saved mapping", "Monthly register");
    expect(screen.getByRole("combobox", { name: "Field for column Risk score" }).textContent).toBe("Score");
  });

  it("with the shared importer, says why a sheet is not recognised", async () => {
    const wb = await workbook();
    wb.addSheet("Notes", [["Meeting notes"], ["Discussed budget"]]);
    renderPane({}, wb);
    fireEvent.click(screen.getByRole("tab", { name: "Import" }));
    const sheet = await screen.findByRole("combobox", { name: "Sheet" });
    fireEvent.click(sheet);
    fireEvent.click(await screen.findByRole("option", { name: "Notes" }));
    fireEvent.click(screen.getByRole("button", { name: "Analyse" }));
    await screen.findByRole("region", { name: "Mapping" }, { timeout: 10_000 });
    expect(screen.getByText(/Choose what it holds to map it by hand/)).toBeTruthy();
    expect((screen.getByRole("button", { name: "Preview records" }) as HTMLButtonElement).disabled).toBe(true);
  });
});
