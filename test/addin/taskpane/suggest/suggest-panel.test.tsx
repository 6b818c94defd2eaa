// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { MemoryWorkbook } from "../../../../addin/port/memory-workbook";
import { readLocalSnapshot } from "../../../../addin/services/round-trip";
import { MemoryWorkbook as Workbook } from "../../../../addin/port/memory-workbook";
import { buildPlan } from "../../../../addin/setup/build-plan";
import { sharedWorkbookLayout } from "../../../../addin/setup/shared-layout";
import { planWithSnapshot, settingsWithSnapshot } from "../../../../addin/taskpane/preview/demo-data";
import { suggestOnSheets, writeDecisions } from "../../../../addin/taskpane/suggest/sheet-suggestions";
import { demoWorkbook } from "../../round-trip/render-round-trip";
import { bareFirstRisk } from "./bare-risk";
import { renderPane } from "../render-pane";

afterEach(cleanup);

const SHEET = "Risk Register";

function grid(wb: MemoryWorkbook, sheet: string): string[][] {
  return (wb.view(sheet)?.values ?? []).map((row) => row.map((v) => JSON.stringify(v ?? null)));
}

/** Cells that differ between two copies of a sheet, as "row:header". */
function changedCells(before: string[][], after: string[][], headers: readonly unknown[]): string[] {
  const out: string[] = [];
  for (let r = 0; r < Math.max(before.length, after.length); r++) {
    const width = Math.max(before[r]?.length ?? 0, after[r]?.length ?? 0);
    for (let c = 0; c < width; c++) if ((before[r]?.[c] ?? "null") !== (after[r]?.[c] ?? "null")) out.push(`${r}:${String(headers[c])}`);
  }
  return out;
}

function cell(wb: MemoryWorkbook, row: number, header: string): unknown {
  const values = wb.view(SHEET)?.values ?? [];
  return values[row]?.[values[0]?.indexOf(header) ?? -1];
}

async function openSuggestions(id: string) {
  fireEvent.click(screen.getByRole("button", { name: "Suggest" }));
  return screen.findByRole("listitem", { name: `Suggestions for ${id}` });
}

const targetOf = (button: HTMLElement) => /^(?:Accept|Reject) (\S+:.+) for /.exec(button.getAttribute("aria-label") ?? "")?.[1] ?? "";

describe("Suggest references panel", () => {
  it("shows a risk's ranked suggestions with score and matched words, and writes a rejection and an acceptance into that row's decision cells only", async () => {
    const wb = await demoWorkbook(bareFirstRisk());
    const others = wb.sheetNames().filter((n) => n !== SHEET).map((n) => [n, grid(wb, n)] as const);
    renderPane({}, wb, "suggest");
    fireEvent.change(await screen.findByRole("textbox", { name: "Accepted by" }), { target: { value: "Dana Reyes" } });
    const risk = await openSuggestions("CR-R01");
    // Only the risk without references is listed (the switch is on by default).
    expect(screen.getAllByRole("listitem", { name: /^Suggestions for / })).toHaveLength(1);
    expect(within(risk).getAllByText(/^0\.\d\d$/).length).toBeGreaterThan(0);
    expect(within(risk).getAllByText(/^matched: /).length).toBeGreaterThan(0);

    const before = grid(wb, SHEET);
    const rejectButton = within(risk).getAllByRole("button", { name: /^Reject AIRMF:/ })[0]!;
    const rejected = targetOf(rejectButton);
    fireEvent.click(rejectButton);
    await screen.findByText(/^1 decision written into 1 row/);
    const afterReject = grid(wb, SHEET);
    expect(changedCells(before, afterReject, wb.view(SHEET)!.values[0]!)).toEqual(["1:Rejected Suggestions"]);
    expect(cell(wb, 1, "Rejected Suggestions")).toBe(rejected);

    // Read again: the rejected one is not offered any more.
    const again = await screen.findByRole("listitem", { name: "Suggestions for CR-R01" });
    await waitFor(() => expect(within(again).queryByRole("button", { name: `Accept ${rejected} for CR-R01` })).toBeNull());
    const acceptButton = within(again).getAllByRole("button", { name: /^Accept AIRMF:/ })[0]!;
    const accepted = targetOf(acceptButton);
    fireEvent.click(acceptButton);
    await waitFor(() => expect(cell(wb, 1, "Accepted Suggestions")).toBe(accepted));
    expect(changedCells(afterReject, grid(wb, SHEET), wb.view(SHEET)!.values[0]!)).toEqual(["1:AI RMF", "1:Accepted Suggestions", "1:Suggestions Accepted By"]);
    expect(cell(wb, 1, "AI RMF")).toBe(accepted.replace("AIRMF:", ""));
    expect(cell(wb, 1, "Suggestions Accepted By")).toBe("Dana Reyes");
    for (const [name, values] of others) expect(grid(wb, name)).toEqual(values);

    const { build } = await readLocalSnapshot(wb, { asOf: "2026-06-30" });
    expect(build.records.risks[0]).toMatchObject({ aiRmfRefs: [accepted], suggestions: { accepted: [accepted], acceptedBy: "Dana Reyes", rejected: [rejected] } });
  });

  it("accepts every suggestion at or above the threshold in one write", async () => {
    const wb = await demoWorkbook(bareFirstRisk());
    renderPane({}, wb, "suggest");
    const risk = await openSuggestions("CR-R01");
    const scores = within(risk).getAllByText(/^0\.\d\d$/).map((b) => Number(b.textContent));
    const threshold = 0.4;
    const expected = scores.filter((s) => s >= threshold).length;
    expect(expected).toBeGreaterThan(0);
    const spin = screen.getByRole("spinbutton", { name: "Accept everything scoring at least" });
    fireEvent.change(spin, { target: { value: "0.40" } });
    fireEvent.blur(spin);
    fireEvent.click(await screen.findByRole("button", { name: `Accept ${expected}` }));
    await screen.findByText(new RegExp(`^${expected} decisions? written into 1 row`));
    const { build } = await readLocalSnapshot(wb, { asOf: "2026-06-30" });
    expect(build.records.risks[0]?.suggestions?.accepted).toHaveLength(expected);
  });

  it("looks only at records without references when asked", async () => {
    const wb = await demoWorkbook(bareFirstRisk());
    const result = await suggestOnSheets(wb, { collections: ["risks"], onlyUnreferenced: true });
    expect(result.records.map((r) => r.id)).toEqual(["CR-R01"]);
    expect(result.considered).toBe(1);
  });

  it("refuses, naming Set up, when the sheet's table lacks a decision column, and writes nothing", async () => {
    // A Risk Register set up before the decision columns existed.
    const plan = buildPlan(sharedWorkbookLayout());
    const old = { ...plan, sheets: plan.sheets.map((sh) => (sh.name === SHEET ? { ...sh, columns: sh.columns.filter((c) => !/Suggest/.test(c.header)) } : sh)) };
    const wb = new Workbook();
    await wb.setUpWorkbook(planWithSnapshot(old, bareFirstRisk()));
    await wb.writeSheet(settingsWithSnapshot(bareFirstRisk()));
    const before = grid(wb, SHEET);
    const [first] = (await suggestOnSheets(wb, { collections: ["risks"], onlyUnreferenced: true })).records;
    const target = first!.suggestions[0]!.target;
    await expect(writeDecisions(wb, [{ collection: "risks", id: "CR-R01", target, verdict: "accept" }], "Dana")).rejects.toThrow(
      /The Risk Register sheet has no "Accepted Suggestions", "Suggestions Accepted By" columns: run Set up to add them .*Nothing was written\./,
    );
    expect(grid(wb, SHEET)).toEqual(before);
  });
});
