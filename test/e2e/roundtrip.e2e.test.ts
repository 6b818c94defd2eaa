/**
 * The round trip in headless Chromium: the built task pane in preview mode against the local API
 * (in this process, on dynalite in memory, seeded with the demo org). Load the demo team, connect
 * in Settings, push a new version, meet a version pushed behind the pane's back, pull it, push
 * again, and pull the consolidated report into its sheet. Screenshots: test-output/e2e/rt-*.png.
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LocalServer, startLocal } from "../../api/local/server";
import { openPanel, shotsDir, openPreviewSession, type PreviewSession } from "./harness";

let api: LocalServer;
let session: PreviewSession | undefined;
let page: Page;
let base = "";
const errors: string[] = [];
const TEAM = "credit-risk";
const WORKBOOK = "ai-conformance";

beforeAll(async () => {
  api = await startLocal({ port: 0, dataDir: null, seed: true, env: {} });
  session = await openPreviewSession(errors);
  ({ page, base } = session);
}, 300_000);

afterAll(async () => {
  await session?.close();
  await api?.close();
});

async function shot(name: string) {
  await page.screenshot({ path: join(shotsDir(), `${name}.png`), fullPage: false });
}

const pane = () => page.getByRole("group", { name: "Crosswalk task pane", exact: true });
const grid = () => page.getByRole("region", { name: "Preview workbook" });
const cellText = (address: string) => grid().locator(`td[data-address="${address}"]`).textContent();

async function tab(name: string) {
  await openPanel(pane(), name);
}

async function showSheet(sheet: string) {
  await grid().getByRole("tab", { name: sheet, exact: true }).click();
}

/** A1 address of the cell under `header` on row `row` (1-based) of a structured sheet. */
async function columnAddress(sheet: string, header: string, row: number): Promise<string> {
  await showSheet(sheet);
  const cell = grid().locator("tr").nth(1).locator("td", { hasText: new RegExp(`^${header}$`) });
  const address = await cell.getAttribute("data-address");
  if (!address) throw new Error(`no header ${header} on ${sheet}`);
  return address.replace(/\d+$/, String(row));
}

async function typeInto(sheet: string, header: string, row: number, value: string) {
  const address = await columnAddress(sheet, header, row);
  await grid().locator(`td[data-address="${address}"]`).click();
  const input = grid().getByRole("textbox", { name: "Cell value" });
  await expect.poll(() => input.inputValue()).not.toBe("");
  await input.fill(value);
  await input.press("Enter");
  await expect.poll(() => cellText(address)).toBe(value);
}

async function latest(): Promise<{ version: number; snapshot: { risks: { id: string; title?: string; owner?: string }[] } }> {
  const res = await fetch(`${api.url}/v1/teams/${TEAM}/workbooks/${WORKBOOK}/versions/latest`, { headers: { authorization: `Bearer ${api.adminKey}` } });
  expect(res.status).toBe(200);
  return { version: Number(res.headers.get("crosswalk-version")), snapshot: (await res.json()) as { risks: { id: string; title?: string; owner?: string }[] } };
}

async function checkAndCompare() {
  await pane().getByRole("button", { name: "Check and compare" }).click();
}

describe("the round trip in the task pane (headless Chromium, local API)", () => {
  let seeded = 0;

  it("loads the demo team's workbook in preview mode", async () => {
    seeded = (await latest()).version;
    expect(seeded).toBe(3);
    await page.goto(`${base}/taskpane.html?preview=1`);
    await page.getByRole("button", { name: "Load the demo team workbook" }).click();
    await expect.poll(() => page.getByRole("button", { name: "Demo loaded" }).isVisible(), { timeout: 20_000 }).toBe(true);
    await showSheet("Crosswalk Settings");
    await expect.poll(() => cellText("B5")).toBe(TEAM);
    await shot("rt-01-demo-loaded");
  });

  it("connects to the API in Settings and keeps the workbook's team and workbook ids in the workbook", async () => {
    await tab("Settings");
    await pane().getByLabel("API URL").fill(api.url);
    await pane().getByLabel("API key").fill(api.adminKey);
    await pane().getByRole("button", { name: "Test connection" }).click();
    await expect.poll(() => pane().getByText(/^Connected to org “demo” as .* \(org-admin, every team\)\. Saved\.$/).isVisible(), { timeout: 15_000 }).toBe(true);
    await pane().getByLabel("Team ID").fill(TEAM);
    await pane().getByLabel("Workbook ID").fill(WORKBOOK);
    await pane().getByRole("button", { name: "Save to workbook" }).click();
    await expect.poll(() => pane().getByText("Saved in the “Crosswalk Settings” sheet.").isVisible(), { timeout: 10_000 }).toBe(true);
    // The key stays in the add-in's storage, not in any cell.
    const stored = await page.evaluate(() => localStorage.getItem("crosswalk:api.key"));
    expect(stored).toBe(api.adminKey);
    await showSheet("Crosswalk Settings");
    expect(await grid().locator("td", { hasText: api.adminKey }).count()).toBe(0);
    await shot("rt-02-settings");
  });

  it("pushes a change as a new version", async () => {
    await typeInto("Risk Register", "Risk Owner", 2, "Dana Whitfield");
    await tab("Push");
    await checkAndCompare();
    await expect.poll(() => pane().getByText(`Compared with version ${seeded} of ${TEAM}/${WORKBOOK}`).isVisible(), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => pane().getByText("Changed: CR-R01 (owner)").isVisible()).toBe(true);
    await shot("rt-03-push-diff");
    await pane().getByRole("button", { name: /^Push \d+ changes?$/ }).click();
    await expect.poll(() => pane().getByText(`Up to date (version ${seeded + 1})`).isVisible(), { timeout: 20_000 }).toBe(true);
    // One-shot: Push stays disabled until the workbook changes.
    expect(await pane().getByRole("button", { name: "Push", exact: true }).isDisabled()).toBe(true);
    const pushed = await latest();
    expect(pushed.version).toBe(seeded + 1);
    expect(pushed.snapshot.risks.find((r) => r.id === "CR-R01")?.owner).toBe("Dana Whitfield");
    await shot("rt-04-pushed");
  });

  it("meets a version pushed behind its back, pulls it, and pushes again", async () => {
    // Someone else pushes through the API directly.
    const theirs = await latest();
    const changed = { ...theirs.snapshot, risks: theirs.snapshot.risks.map((r) => (r.id === "CR-R02" ? { ...r, owner: "Colleague Elsewhere" } : r)) };
    const res = await fetch(`${api.url}/v1/teams/${TEAM}/workbooks/${WORKBOOK}/versions`, {
      method: "POST",
      headers: { authorization: `Bearer ${api.adminKey}`, "content-type": "application/json", "if-match": `"v${theirs.version}"` },
      body: JSON.stringify(changed),
    });
    expect(res.status).toBe(201);
    const upstream = seeded + 2;

    await typeInto("Risk Register", "Title", 2, "Scoring model drifts after the rate change");
    await tab("Push");
    await checkAndCompare();
    await expect.poll(() => pane().getByText(`Someone pushed version ${upstream} first`).isVisible(), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => pane().getByText("Changed: CR-R02 (owner)").isVisible()).toBe(true);
    await shot("rt-05-conflict");

    await pane().getByRole("button", { name: `Pull version ${upstream}` }).click();
    await expect.poll(() => pane().getByText(`Pulled version ${upstream}`).isVisible(), { timeout: 20_000 }).toBe(true);
    const owner = await columnAddress("Risk Register", "Risk Owner", 3);
    await expect.poll(() => cellText(owner)).toBe("Colleague Elsewhere");
    expect(await grid().getByRole("tab", { name: /^Backup \d{4}-\d\d-\d\d \d\d\.\d\d/ }).count()).toBe(1);
    await shot("rt-06-pulled");

    await typeInto("Risk Register", "Title", 2, "Scoring model drifts after the rate change");
    await tab("Push");
    await checkAndCompare();
    await expect.poll(() => pane().getByText("Changed: CR-R01 (title)").isVisible(), { timeout: 20_000 }).toBe(true);
    await pane().getByRole("button", { name: "Push 1 change" }).click();
    await expect.poll(() => pane().getByText(`Up to date (version ${upstream + 1})`).isVisible(), { timeout: 20_000 }).toBe(true);
    const final = await latest();
    expect(final.version).toBe(upstream + 1);
    expect(final.snapshot.risks.find((r) => r.id === "CR-R01")).toMatchObject({ title: "Scoring model drifts after the rate change", owner: "Dana Whitfield" });
    expect(final.snapshot.risks.find((r) => r.id === "CR-R02")?.owner).toBe("Colleague Elsewhere");
    await shot("rt-07-pushed-again");
  });

  it("lists the versions in History", async () => {
    await tab("History");
    const versions = pane().getByRole("list", { name: "Versions" });
    await expect.poll(() => versions.getByText(`Version ${seeded + 3}`).isVisible(), { timeout: 20_000 }).toBe(true);
    await shot("rt-08-history");
  });

  it("pulls the consolidated report into its sheet", async () => {
    await tab("Report");
    await pane().getByRole("button", { name: "Pull the consolidated report" }).click();
    await expect.poll(() => pane().getByText("Report written").isVisible(), { timeout: 30_000 }).toBe(true);
    await expect.poll(() => grid().getByTestId("selected-address").textContent()).toBe("Consolidated Report!A1");
    expect(await cellText("A1")).toBe("Consolidated dual-conformance report — NIST AI RMF 1.0 and ISO/IEC 42001:2023");
    expect(await cellText("A2")).toMatch(/^Northwind Financial · as of \d{4}-\d\d-\d\d · 3 teams · pulled /);
    // The contents list says where each section starts; the readiness section lists the three teams.
    const contents = grid().locator("tr", { has: page.locator('td[data-address^="A"]', { hasText: /^Readiness per team$/ }) }).first();
    const start = Number(await contents.locator('td[data-address^="B"]').textContent());
    expect(start).toBeGreaterThan(5);
    expect(await cellText(`A${start}`)).toBe("Readiness per team");
    expect(await cellText(`A${start + 1}`)).toBe("Team");
    const teams = [await cellText(`A${start + 2}`), await cellText(`A${start + 3}`), await cellText(`A${start + 4}`)];
    expect(teams.sort()).toEqual(["credit-risk", "customer-service", "people"]);
    await shot("rt-09-report");
  });

  it("has no uncaught page errors", () => {
    expect(errors).toEqual([]);
  });
});
