// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { MemoryWorkbook } from "../../../addin/port/memory-workbook";
import { loadApiSettings } from "../../../addin/services/api-settings";
import { HTTP_VOCABULARY } from "../../../addin/services/api-words";
import { readJournal } from "../../../addin/services/workflow-journal";
import { REPORT_SHEET } from "../../../shared/workbook-snapshot/report-sheet";
import { readSettings, SETTINGS_SHEET } from "../../../shared/workbook-snapshot/settings-sheet";
import { KEY } from "./test-api";
import { API_URL, demo, demoWorkbook, renderRoundTrip } from "./render-round-trip";

afterEach(cleanup);

const open = (tab: string) => fireEvent.click(screen.getByRole("tab", { name: tab }));

function settingsOf(wb: MemoryWorkbook) {
  const view = wb.view(SETTINGS_SHEET);
  return view ? readSettings({ name: SETTINGS_SHEET, values: view.values.map((r) => [...r]) }) : undefined;
}

function everyCell(wb: MemoryWorkbook): string[] {
  return wb.sheetNames().flatMap((name) => (wb.view(name)?.values ?? []).flat().map((v) => (v === null || typeof v === "object" ? "" : String(v))));
}

describe("Settings panel", () => {
  it("tests the connection, keeps URL and key in the add-in's storage and never in the workbook", async () => {
    const wb = await demoWorkbook();
    const { store } = renderRoundTrip(wb, { configured: false });
    open("Settings");
    fireEvent.change(await screen.findByLabelText("API URL", undefined, { timeout: 5000 }), { target: { value: API_URL } });
    fireEvent.change(screen.getByLabelText("API key"), { target: { value: KEY } });
    fireEvent.click(screen.getByRole("button", { name: "Test connection" }));
    expect(await screen.findByText("Connected to org “demo” as Test admin (org-admin, every team). Saved.", undefined, { timeout: 5000 })).toBeTruthy();
    expect(loadApiSettings(store)).toEqual({ baseUrl: API_URL, key: KEY });
    expect(everyCell(wb).some((v) => v.includes(KEY))).toBe(false);
  });

  it("offers the local API's URL and key when the pane is served by npm start", async () => {
    const pane = renderRoundTrip(new MemoryWorkbook(), { configured: false, localApi: { apiUrl: API_URL, apiKey: KEY, org: "demo" } });
    open("Settings");
    fireEvent.click(await screen.findByRole("button", { name: "Use the local API" }, { timeout: 5000 }));
    expect((screen.getByLabelText("API URL") as HTMLInputElement).value).toBe(API_URL);
    fireEvent.click(screen.getByRole("button", { name: "Save connection" }));
    await waitFor(() => expect(loadApiSettings(pane.store)).toEqual({ baseUrl: API_URL, key: KEY }));
  });

  it("says why a connection fails", async () => {
    renderRoundTrip(new MemoryWorkbook(), { configured: false });
    open("Settings");
    fireEvent.change(await screen.findByLabelText("API URL", undefined, { timeout: 5000 }), { target: { value: API_URL } });
    fireEvent.change(screen.getByLabelText("API key"), { target: { value: "wrong" } });
    fireEvent.click(screen.getByRole("button", { name: "Test connection" }));
    const alert = (await screen.findByRole("alert", undefined, { timeout: 5000 })).textContent ?? "";
    expect(alert).toContain("The API key was not accepted (unknown or revoked). Check it in Settings.");
    expect(alert).not.toMatch(HTTP_VOCABULARY);
  });

  it("shows the workbook's ids and matrix from its settings sheet and saves changed ids into it", async () => {
    const wb = await demoWorkbook();
    renderRoundTrip(wb);
    open("Settings");
    const team = (await screen.findByLabelText("Team ID", undefined, { timeout: 5000 })) as HTMLInputElement;
    await waitFor(() => expect(team.value).toBe("credit-risk"));
    expect(screen.getByText(/^Risk matrix: 5×5 numeric/)).toBeTruthy();
    fireEvent.change(team, { target: { value: "Credit Risk" } });
    expect(screen.getByText("Lower-case letters, digits, “.”, “_” or “-” (e.g. credit-risk)")).toBeTruthy();
    expect((screen.getByRole("button", { name: "Save to workbook" }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(team, { target: { value: "retail-credit" } });
    fireEvent.click(screen.getByRole("button", { name: "Save to workbook" }));
    expect(await screen.findByText("Saved in the “Crosswalk Settings” sheet.", undefined, { timeout: 5000 })).toBeTruthy();
    expect(settingsOf(wb)?.meta).toMatchObject({ team: "retail-credit", name: "ai-conformance", org: "Northwind Financial" });
    expect(settingsOf(wb)?.matrix?.id).toBe("5x5-numeric");
  });

  it("makes the settings sheet in a workbook without one, and moves a user's same-named sheet aside only when asked", async () => {
    const wb = new MemoryWorkbook();
    wb.addSheet(SETTINGS_SHEET, [["my own notes"]]);
    renderRoundTrip(wb);
    open("Settings");
    fireEvent.change(await screen.findByLabelText("Team ID", undefined, { timeout: 5000 }), { target: { value: "people" } });
    fireEvent.change(screen.getByLabelText("Workbook ID"), { target: { value: "ai-conformance" } });
    fireEvent.click(screen.getByRole("button", { name: "Save to workbook" }));
    expect((await screen.findByRole("alert", undefined, { timeout: 5000 })).textContent).toContain("was not made by Crosswalk");
    expect(wb.view(SETTINGS_SHEET)?.values).toEqual([["my own notes"]]);
    await act(async () => {
      fireEvent.click(screen.getByRole("checkbox", { name: `Move my “${SETTINGS_SHEET}” sheet aside` }));
    });
    fireEvent.click(screen.getByRole("button", { name: "Save to workbook" }));
    expect(await screen.findByText("Saved in the “Crosswalk Settings” sheet.", undefined, { timeout: 5000 })).toBeTruthy();
    expect(wb.view(`${SETTINGS_SHEET} (old)`)?.values).toEqual([["my own notes"]]);
    expect(settingsOf(wb)).toMatchObject({ meta: { team: "people", name: "ai-conformance" }, matrix: { id: "5x5" } });
  });
});

describe("History panel", () => {
  it("lists versions newest first with author, time and counts, pages back, and compares any two", async () => {
    const wb = await demoWorkbook();
    const { api } = renderRoundTrip(wb);
    const base = demo();
    for (let i = 0; i < 22; i++) {
      const next = structuredClone(base);
      next.risks = next.risks.slice(0, 15 - (i % 3));
      await api.seed(next, i === 21 ? "Priya" : "Marcus");
    }
    open("History");
    const list = await screen.findByRole("list", { name: "Versions" }, { timeout: 5000 });
    const items = within(list).getAllByRole("listitem");
    expect(items).toHaveLength(20);
    expect(within(items[0]!).getByText("Version 22")).toBeTruthy();
    expect(within(items[0]!).getByText(/^Priya · 2026-06-30 \d\d:\d\d$/)).toBeTruthy();
    expect(within(items[0]!).getByText("15 risks · 38 SoA rows · 3 AI systems · 55 profile rows")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Load older versions" }));
    await waitFor(() => expect(within(screen.getByRole("list", { name: "Versions" })).getAllByRole("listitem")).toHaveLength(22));
    expect(screen.queryByRole("button", { name: "Load older versions" })).toBeNull();

    fireEvent.change(screen.getByLabelText("From"), { target: { value: "20" } });
    fireEvent.change(screen.getByLabelText("To"), { target: { value: "22" } });
    fireEvent.click(screen.getByRole("button", { name: "Compare" }));
    expect(await screen.findByText("From version 20 to version 22", undefined, { timeout: 5000 })).toBeTruthy();
    const diff = screen.getByRole("list", { name: "Differences between the versions" });
    expect(within(diff).getByText("Risks: 1 added")).toBeTruthy();
    expect(api.calls.at(-1)?.path).toBe("/v1/teams/credit-risk/workbooks/ai-conformance/diff?from=20&to=22");
  });

  it("shows, per changed field, the old and the new value of each record changed between two versions", async () => {
    const wb = await demoWorkbook();
    const { api } = renderRoundTrip(wb);
    const before = demo();
    const after = structuredClone(before);
    const [first, second] = after.risks;
    if (!first || !second) throw new Error("the demo has risks");
    const oldOwner = first.owner;
    const oldTitle = second.title;
    first.owner = "Dana Whitfield";
    second.title = "A".repeat(80);
    await api.seed(before, "Marcus");
    await api.seed(after, "Priya");
    open("History");
    await screen.findByRole("list", { name: "Versions" }, { timeout: 5000 });
    fireEvent.click(screen.getByRole("button", { name: "Compare" }));
    expect(await screen.findByText("From version 1 to version 2", undefined, { timeout: 5000 })).toBeTruthy();
    const values = screen.getByRole("list", { name: "Risks: old and new values" });
    const lines = within(values).getAllByRole("listitem").map((li) => li.textContent);
    expect(lines).toEqual([`${first.id} · owner: ${oldOwner ?? "(empty)"} → Dana Whitfield`, `${second.id} · title: ${oldTitle} → ${"A".repeat(59)}…`]);
    // The summary line stays as it was.
    expect(screen.getByText(`Changed: ${first.id} (owner); ${second.id} (title)`)).toBeTruthy();
  });

  it("asks for the workbook's ids when it has none", async () => {
    renderRoundTrip(new MemoryWorkbook());
    open("History");
    expect((await screen.findByRole("alert", undefined, { timeout: 5000 })).textContent).toContain("Save this workbook's team and workbook ids in Settings first.");
  });
});

describe("Pull report panel", () => {
  it("writes the consolidated report into its own sheet as values, sections one after another", async () => {
    const wb = await demoWorkbook();
    const { api, store } = renderRoundTrip(wb);
    await api.seed(demo(0));
    await api.seed(demo(1));
    await api.seed(demo(2));
    expect(readJournal(store).reportPulled).toBeUndefined();
    open("Report");
    fireEvent.change(await screen.findByLabelText("As of (optional)", undefined, { timeout: 5000 }), { target: { value: "2026-06-30" } });
    fireEvent.click(screen.getByRole("button", { name: "Pull the consolidated report" }));
    expect(await screen.findByText("Report written", undefined, { timeout: 5000 })).toBeTruthy();
    expect(readJournal(store).reportPulled).toEqual({ at: new Date("2026-06-30T10:15:00").toISOString() });
    expect(screen.getByText(/^Northwind Financial, 3 teams: \d+ sections \(\d+ rows\) in “Consolidated Report”\.$/)).toBeTruthy();
    expect(api.calls.at(-1)?.path).toBe("/v1/reports/dual-conformance?format=json&asOf=2026-06-30");
    const values = wb.view(REPORT_SHEET)?.values ?? [];
    expect(values[0]?.[0]).toBe("Consolidated dual-conformance report — NIST AI RMF 1.0 and ISO/IEC 42001:2023");
    const readiness = values.findIndex((r, i) => i > 10 && r[0] === "Readiness per team");
    expect(values.find((r) => r[0] === "Readiness per team")?.[1]).toBe(readiness + 1);
    expect(values[readiness + 1]?.slice(0, 2)).toEqual(["Team", "AI RMF"]);
    expect(values[readiness + 2]?.[0]).toBe("credit-risk");
    expect(typeof values[readiness + 2]?.[1]).toBe("number");
    expect(wb.view(REPORT_SHEET)?.kind).toBe("consolidated-report");
    expect(wb.selected?.sheet).toBe(REPORT_SHEET);
    // The contents rows link to their sections' titles.
    const links = wb.view(REPORT_SHEET)?.links ?? new Map();
    const sections = Number(/: (\d+) sections/.exec(screen.getByText(/ sections \(/).textContent ?? "")?.[1]);
    expect(links.size).toBe(sections);
    const contentsRow = values.findIndex((r) => r[0] === "Readiness per team");
    expect(links.get(`${contentsRow},0`)).toEqual({ row: readiness, column: 0 });
    for (const [cell, to] of links) {
      const [row = -1, column = -1] = cell.split(",").map(Number);
      expect(to.row).toBeGreaterThan(row);
      expect(values[to.row]?.[to.column]).toBe(values[row]?.[column]);
    }
  });

  it("never overwrites a user's sheet of the same name without consent", async () => {
    const wb = new MemoryWorkbook();
    wb.addSheet(REPORT_SHEET, [["mine"]]);
    const { api } = renderRoundTrip(wb);
    await api.seed(demo(0));
    open("Report");
    fireEvent.click(await screen.findByRole("button", { name: "Pull the consolidated report" }, { timeout: 5000 }));
    expect((await screen.findByRole("alert", undefined, { timeout: 5000 })).textContent).toContain("was not made by Crosswalk");
    expect(wb.view(REPORT_SHEET)?.values).toEqual([["mine"]]);
    await act(async () => {
      fireEvent.click(screen.getByRole("checkbox", { name: `Move my “${REPORT_SHEET}” sheet aside` }));
    });
    fireEvent.click(screen.getByRole("button", { name: "Pull the consolidated report" }));
    expect(await screen.findByText(/Your sheet was kept as “Consolidated Report \(old\)”\./, undefined, { timeout: 5000 })).toBeTruthy();
    expect(wb.view(`${REPORT_SHEET} (old)`)?.values).toEqual([["mine"]]);
  });

  it("says so when the API has no report route", async () => {
    const { api } = renderRoundTrip(new MemoryWorkbook());
    api.noReport = true;
    open("Report");
    fireEvent.click(await screen.findByRole("button", { name: "Pull the consolidated report" }, { timeout: 5000 }));
    const alert = (await screen.findByRole("alert", undefined, { timeout: 5000 })).textContent ?? "";
    expect(alert).toContain("The API has no consolidated report for this key: it may be an older version of the API");
    expect(alert).not.toMatch(HTTP_VOCABULARY);
  });
});
