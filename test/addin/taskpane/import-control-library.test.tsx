// @vitest-environment happy-dom
/**
 * A control library (the public eramba mapping, test/fixtures/samples, MIT) offered as a pre-fill
 * of the Statement of Applicability, written by id into the set-up SoA; a library naming no
 * Annex A control is declined in a sentence.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { MemoryWorkbook } from "../../../addin/port/memory-workbook";
import type { CellValue } from "../../../addin/port/workbook-port";
import { buildPlan } from "../../../addin/setup/build-plan";
import { sharedWorkbookLayout } from "../../../addin/setup/shared-layout";
import { readWorkbook } from "../../../shared/file-reader/read-workbook";
import { renderPane } from "./render-pane";

afterEach(cleanup);

const ERAMBA = join(import.meta.dirname, "..", "..", "fixtures", "samples", "control-framework-mapping_eramba.csv");

function erambaRows(): CellValue[][] {
  const sheet = readWorkbook(new Uint8Array(readFileSync(ERAMBA)), "eramba.csv").sheets[0];
  return (sheet?.values ?? []).map((row) => row.map((v) => (typeof v === "object" && v !== null ? null : v)));
}

async function analyse(wb: MemoryWorkbook, sheet: string) {
  renderPane({}, wb);
  fireEvent.click(screen.getByRole("tab", { name: "Import" }));
  const picker = await screen.findByRole("combobox", { name: "Sheet" });
  await waitFor(() => expect(picker.textContent).toContain(sheet));
  fireEvent.click(screen.getByRole("button", { name: "Analyse" }));
  await screen.findByRole("region", { name: "Mapping" });
}

describe("Import of a control library", () => {
  it("offers to pre-fill the Statement of Applicability and merges the library's controls in by control id, adding to what rows hold", async () => {
    const wb = new MemoryWorkbook();
    await wb.setUpWorkbook(buildPlan(sharedWorkbookLayout()));
    const annexA = wb.view("Statement of Applicability")?.tables[0]?.rowCount ?? 0;
    // What the user already wrote on a row the library also names: added to, never replaced.
    const ownId = wb.view("Statement of Applicability")?.values.find((r) => String(r[0]).endsWith("A.4.2"))?.[0];
    expect(ownId).toBeDefined();
    await wb.writeRecords({
      table: "SoA",
      columns: ["Control ID", "Evidence", "Notes"],
      rows: [[ownId as CellValue, "Our resource register", "Reviewed by the CISO"]],
      mode: "merge",
      idColumn: "Control ID",
    });
    wb.addSheet("Controls", erambaRows());
    await analyse(wb, "Controls");
    await screen.findByText(/^Read as a control mapping .*: 143 records\. \d+ of its controls reference \d+ ISO\/IEC 42001 Annex A controls and \d+ ISO\/IEC 27001 Annex A controls: it can pre-fill the Statement of Applicability/);
    fireEvent.click(screen.getByRole("button", { name: "Preview records" }));
    const heading = await screen.findByText(/^\d+ records for Statement of Applicability$/);
    const total = Number(heading.textContent?.split(" ")[0]);
    const present = await screen.findByText(/^\d+ of these \d+ ids are already in Statement of Applicability\.$/);
    const already = Number(present.textContent?.split(" ")[0]);
    expect(already).toBeGreaterThan(0);
    const merge = await screen.findByRole("radio", { name: /^Merge by Control ID: add to the \d+ rows already there \(new lines below their own, blank cells filled, nothing they hold replaced\)/ });
    await waitFor(() => expect((merge as HTMLInputElement).checked).toBe(true));
    fireEvent.click(screen.getByRole("button", { name: `Write ${total} records` }));
    await screen.findByText(`Updated ${already} and added ${total - already} records in Statement of Applicability.`);

    const soa = wb.view("Statement of Applicability");
    expect(soa?.tables[0]?.rowCount).toBe(annexA + total - already);
    const header = soa?.values[0] ?? [];
    const evidence = header.indexOf("Evidence");
    const mfa = soa?.values.find((r) => r[0] === "ISO27001:A.8.5");
    expect(String(mfa?.[evidence])).toContain("Multi-Factor Authentication Coverage Review");
    const own = soa?.values.find((r) => r[0] === ownId);
    expect(own?.[evidence]).toBe("Our resource register\nAI Technical Documentation Review");
    expect(own?.[header.indexOf("Notes")]).toBe("Reviewed by the CISO");
    // Rows of the Annex A controls the library does not name are left as set-up made them.
    const untouched = soa?.values.filter((r) => typeof r[0] === "string" && r[0].startsWith("A.") && r[evidence] === null);
    expect(untouched?.length).toBeGreaterThan(0);
  });

  it("declines in a sentence when the library references no ISO Annex A control", async () => {
    const wb = new MemoryWorkbook();
    await wb.setUpWorkbook(buildPlan(sharedWorkbookLayout()));
    wb.addSheet("Controls", [["Control Title", "NIST 800-53 Rev5"], ["Access review", "AC-2"], ["Logging", "AU-2"]]);
    await analyse(wb, "Controls");
    await screen.findByText(/This control library references no ISO\/IEC 42001 or ISO\/IEC 27001 Annex A control, so there is nothing to pre-fill the Statement of Applicability with\./);
    expect((screen.getByRole("button", { name: "Preview records" }) as HTMLButtonElement).disabled).toBe(true);
  });
});
