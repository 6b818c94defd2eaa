// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { readLocalSnapshot } from "../../../addin/services/round-trip";
import { HTTP_VOCABULARY } from "../../../addin/services/api-words";
import { readJournal } from "../../../addin/services/workflow-journal";
import type { MemoryWorkbook } from "../../../addin/port/memory-workbook";
import { readSettings, SETTINGS_SHEET } from "../../../shared/workbook-snapshot/settings-sheet";
import { demo, demoWorkbook, renderRoundTrip } from "./render-round-trip";

afterEach(cleanup);

async function openPush() {
  fireEvent.click(screen.getByRole("tab", { name: "Push" }));
  return screen.findByRole("button", { name: "Check and compare" }, { timeout: 5000 });
}

async function check() {
  fireEvent.click(await openPush());
}

/** The cell under `header` on the first data row of a sheet. */
function cellOf(wb: MemoryWorkbook, sheet: string, header: string, row = 1) {
  const column = wb.view(sheet)?.values[0]?.indexOf(header) ?? -1;
  if (column < 0) throw new Error(`no ${header} on ${sheet}`);
  return { sheet, row, column };
}

async function workbookSnapshot(wb: MemoryWorkbook) {
  return (await readLocalSnapshot(wb, { asOf: "2026-06-30" })).build.snapshot;
}

function syncedVersion(wb: MemoryWorkbook) {
  const view = wb.view(SETTINGS_SHEET);
  return view ? readSettings({ name: SETTINGS_SHEET, values: view.values.map((r) => [...r]) }).syncedVersion : undefined;
}

/** Words of HTTP that have no place in the pane. */
const HTTP_WORDS = HTTP_VOCABULARY;

describe("Push panel", () => {
  it("says Up to date after a push, keeps Push disabled and sends nothing when pressed again, until the workbook changes", async () => {
    const wb = await demoWorkbook();
    const { api, store } = renderRoundTrip(wb);
    await check();
    fireEvent.click(await screen.findByRole("button", { name: /^Push \d+ changes$/ }, { timeout: 5000 }));
    expect(await screen.findByText("Up to date (version 1)", undefined, { timeout: 5000 })).toBeTruthy();
    const again = screen.getByRole("button", { name: "Push" });
    expect(again.hasAttribute("disabled")).toBe(true);
    fireEvent.click(again);
    expect(readJournal(store).pushed).toEqual({ at: new Date("2026-06-30T10:15:00").toISOString(), version: 1 });

    // Checking again builds the same snapshot: still up to date, still nothing to send.
    await check();
    await waitFor(() => expect(screen.queryByText("Checking the workbook")).toBeNull(), { timeout: 5000 });
    expect(screen.queryByRole("button", { name: /^Push \d+ change/ })).toBeNull();
    expect(api.calls.filter((c) => c.method === "POST")).toHaveLength(1);

    await act(async () => wb.typeInto(cellOf(wb, "Risk Register", "Title"), "Changed after the push"));
    await check();
    fireEvent.click(await screen.findByRole("button", { name: "Push 1 change" }, { timeout: 5000 }));
    expect(await screen.findByText("Up to date (version 2)", undefined, { timeout: 5000 })).toBeTruthy();
    expect(api.calls.filter((c) => c.method === "POST").map((c) => c.ifMatch)).toEqual([undefined, '"v1"']);
  });

  it("pushes a workbook the server has never seen as its first version, and records it in the workbook", async () => {
    const wb = await demoWorkbook();
    const { api } = renderRoundTrip(wb);
    await check();
    expect(await screen.findByText("credit-risk/ai-conformance has no version yet: this will be the first", undefined, { timeout: 5000 })).toBeTruthy();
    const changes = screen.getByRole("list", { name: "Changes to push" });
    expect(within(changes).getByText(/^Risks: 15 added$/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: /^Push \d+ changes$/ }));
    expect(await screen.findByText("Up to date (version 1)", undefined, { timeout: 5000 })).toBeTruthy();
    expect(api.calls.filter((c) => c.method === "POST")).toEqual([{ method: "POST", path: "/v1/teams/credit-risk/workbooks/ai-conformance/versions", idempotencyKey: expect.any(String) }]);
    expect((await api.versions("credit-risk", "ai-conformance"))[0]?.snapshot).toEqual(await workbookSnapshot(wb));
    expect(syncedVersion(wb)).toBe(1);
  });

  it("shows only what changed since the server's version and sends it against that version", async () => {
    const wb = await demoWorkbook();
    const { api } = renderRoundTrip(wb);
    await api.seed(demo());
    await check();
    expect(await screen.findByText("Compared with version 1 of credit-risk/ai-conformance", undefined, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText("Nothing to push: the workbook matches version 1.")).toBeTruthy();
    expect(screen.getByText(/has not been pushed or pulled before: pushing puts it on top of version 1/)).toBeTruthy();
    await act(async () => wb.typeInto(cellOf(wb, "Risk Register", "Risk Owner"), "Someone Else"));
    await check();
    const changes = await screen.findByRole("list", { name: "Changes to push" }, { timeout: 5000 });
    expect(within(changes).getByText("Risks: 1 changed")).toBeTruthy();
    expect(within(changes).getByText("Changed: CR-R01 (owner)")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Push 1 change" }));
    expect(await screen.findByText("Up to date (version 2)", undefined, { timeout: 5000 })).toBeTruthy();
    expect(api.calls.find((c) => c.method === "POST")?.ifMatch).toBe('"v1"');
    expect(syncedVersion(wb)).toBe(2);
  });

  it("refuses a workbook with errors, naming each cell, and sends nothing", async () => {
    const wb = await demoWorkbook();
    const { api } = renderRoundTrip(wb);
    const at = cellOf(wb, "Risk Register", "Inherent Likelihood");
    await act(async () => wb.typeInto(at, "sometimes"));
    await check();
    expect(await screen.findByText("Not pushed", undefined, { timeout: 5000 })).toBeTruthy();
    const issues = screen.getByRole("list", { name: "Workbook issues" });
    const issue = within(issues).getByRole("button", { name: /^Error · Risk Register!\w+2: Inherent Likelihood: "sometimes" is not/ });
    fireEvent.click(issue);
    await waitFor(() => expect(wb.selected).toEqual({ sheet: "Risk Register", row: 1, column: at.column }));
    expect(screen.queryByRole("button", { name: /^Push \d+ change/ })).toBeNull();
    expect(api.calls.filter((c) => c.method === "POST")).toEqual([]);
  });

  it("meets a version pushed behind its back: shows what changed upstream, pulls it (after a backup) and pushes again", async () => {
    const wb = await demoWorkbook();
    const { api } = renderRoundTrip(wb);
    await check();
    fireEvent.click(await screen.findByRole("button", { name: /^Push \d+ changes$/ }, { timeout: 5000 }));
    await screen.findByText("Up to date (version 1)", undefined, { timeout: 5000 });

    // Someone else changes a risk and pushes version 2 through the API.
    const theirs = structuredClone(demo());
    theirs.risks[1] = { ...theirs.risks[1]!, owner: "Their Owner" };
    await api.seed(theirs, "Colleague");
    // Meanwhile this workbook changes another risk.
    await act(async () => wb.typeInto(cellOf(wb, "Risk Register", "Title"), "My new title"));

    await check();
    expect(await screen.findByText("Someone pushed version 2 first", undefined, { timeout: 5000 })).toBeTruthy();
    const upstream = screen.getByRole("list", { name: "Changes upstream" });
    expect(within(upstream).getByText("Changed: CR-R02 (owner)")).toBeTruthy();
    expect(screen.queryByRole("button", { name: /^Push \d+ change/ })).toBeNull();

    fireEvent.click(screen.getByRole("button", { name: "Pull version 2" }));
    expect(await screen.findByText("Pulled version 2", undefined, { timeout: 5000 })).toBeTruthy();
    expect(await workbookSnapshot(wb)).toEqual(theirs);
    expect(syncedVersion(wb)).toBe(2);
    const backup = wb.sheetNames().find((n) => n.startsWith("Backup 2026-06-30 10.15"));
    expect(backup).toBeDefined();
    expect(wb.view(backup ?? "")?.values.some((row) => row.includes("My new title"))).toBe(true);

    await act(async () => wb.typeInto(cellOf(wb, "Risk Register", "Title"), "My new title"));
    await check();
    fireEvent.click(await screen.findByRole("button", { name: "Push 1 change" }, { timeout: 5000 }));
    expect(await screen.findByText("Up to date (version 3)", undefined, { timeout: 5000 })).toBeTruthy();
    expect(api.calls.filter((c) => c.method === "POST").map((c) => c.ifMatch)).toEqual([undefined, '"v2"']);
    expect((await api.versions("credit-risk", "ai-conformance"))[2]?.snapshot.risks[0]?.title).toBe("My new title");
    expect((await api.versions("credit-risk", "ai-conformance"))[2]?.snapshot.risks[1]?.owner).toBe("Their Owner");
  });

  it("turns a 409 on sending into the same conflict view, and can push on top of the newer version", async () => {
    const wb = await demoWorkbook();
    const { api } = renderRoundTrip(wb);
    await api.seed(demo());
    await act(async () => wb.typeInto(cellOf(wb, "Risk Register", "Title"), "Mine"));
    await check();
    const push = await screen.findByRole("button", { name: "Push 1 change" }, { timeout: 5000 });
    await api.seed(demo(), "Colleague");
    fireEvent.click(push);
    expect(await screen.findByText("Someone pushed version 2 first", undefined, { timeout: 5000 })).toBeTruthy();
    const alert = screen.getByRole("alert").textContent ?? "";
    expect(alert).toContain("Version 2 was pushed by Colleague at 2026-");
    expect(alert).toContain("after version 1, which this workbook was based on");
    expect(document.body.textContent).not.toMatch(HTTP_WORDS);
    fireEvent.click(screen.getByRole("button", { name: "Push mine on top" }));
    expect(await screen.findByText("Up to date (version 3)", undefined, { timeout: 5000 })).toBeTruthy();
    expect(api.calls.filter((c) => c.method === "POST").map((c) => c.ifMatch)).toEqual(['"v1"', '"v2"']);
  });

  it("queues a push when the API cannot be reached, shows it waiting, and sends it when the API answers", async () => {
    const wb = await demoWorkbook();
    const { api, timers, store } = renderRoundTrip(wb);
    await check();
    const push = await screen.findByRole("button", { name: /^Push \d+ changes$/ }, { timeout: 5000 });
    api.down = true;
    fireEvent.click(push);
    expect(await screen.findByText("Waiting to push credit-risk/ai-conformance", undefined, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText(/could not be reached \(1 attempt\); trying again at 10:15/)).toBeTruthy();
    expect(JSON.parse(store.get("push-queue") ?? "{}")).toMatchObject({ team: "credit-risk", state: "waiting", attempts: 1 });

    // Still down at the first retry: it waits longer.
    await act(async () => {
      timers.runDue();
    });
    await waitFor(() => expect(screen.getByText(/\(2 attempts\)/)).toBeTruthy());
    expect(timers.tasks.filter((t) => !t.cancelled).map((t) => t.ms)).toEqual([15_000]);

    api.down = false;
    await act(async () => {
      timers.runDue();
    });
    expect(await screen.findByText("Up to date (version 1)", undefined, { timeout: 5000 })).toBeTruthy();
    expect(store.get("push-queue")).toBeUndefined();
    expect(await api.versions("credit-risk", "ai-conformance")).toHaveLength(1);
    await waitFor(() => expect(syncedVersion(wb)).toBe(1));
    // The first attempt and every retry name the same push, so a lost answer is never a second version.
    const keys = api.calls.filter((c) => c.method === "POST").map((c) => c.idempotencyKey);
    expect(keys).toHaveLength(3);
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("says in plain words that a queued push met a newer version, never the API's HTTP wording", async () => {
    const wb = await demoWorkbook();
    const { api, timers } = renderRoundTrip(wb);
    await api.seed(demo());
    await act(async () => wb.typeInto(cellOf(wb, "Risk Register", "Title"), "Mine"));
    await check();
    const push = await screen.findByRole("button", { name: "Push 1 change" }, { timeout: 5000 });
    api.down = true;
    fireEvent.click(push);
    expect(await screen.findByText("Waiting to push credit-risk/ai-conformance", undefined, { timeout: 5000 })).toBeTruthy();
    expect(document.body.textContent).not.toMatch(HTTP_WORDS);
    // Someone else pushes while the pane waits; the retry meets their version.
    api.down = false;
    await api.seed(demo(), "Colleague");
    await act(async () => {
      timers.runDue();
    });
    expect(await screen.findByText("The waiting push of credit-risk/ai-conformance met a newer version", undefined, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText(/Someone else pushed a newer version of this workbook first\./)).toBeTruthy();
    expect(document.body.textContent).not.toMatch(HTTP_WORDS);
    expect((await api.versions("credit-risk", "ai-conformance")).length).toBe(2);
  });

  it("can queue a push prepared while offline, and the user can cancel it", async () => {
    const wb = await demoWorkbook();
    const { api, timers, store } = renderRoundTrip(wb);
    api.unavailable = true;
    await check();
    expect(await screen.findByText("The API cannot be reached", undefined, { timeout: 5000 })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Push when the API answers" }));
    expect(await screen.findByText("Waiting to push credit-risk/ai-conformance", undefined, { timeout: 5000 })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(screen.queryByText("Waiting to push credit-risk/ai-conformance")).toBeNull());
    expect(store.get("push-queue")).toBeUndefined();
    api.unavailable = false;
    expect(timers.runDue()).toBe(0);
    expect(api.calls.filter((c) => c.method === "POST")).toEqual([]);
  });

  it("says what to do when the API is not configured", async () => {
    const wb = await demoWorkbook();
    renderRoundTrip(wb, { configured: false });
    await check();
    expect((await screen.findByRole("alert", undefined, { timeout: 5000 })).textContent).toContain("Enter the API's URL and key in Settings first.");
  });
});
