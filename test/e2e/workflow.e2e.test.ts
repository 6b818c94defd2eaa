/**
 * The whole workflow with the mouse, in a 320 px task pane (issue 9's "done when"): set up, import
 * the Urielle register from a file, change one column's field through its dropdown, write, write
 * again (no duplicates), validate, connect to the local API, push, push again (nothing sent), pull
 * the report. A screenshot of each step: test-output/e2e/workflow/NN-step.png.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LocalServer, startLocal } from "../../api/local/server";
import {
  axeViolations,
  columnAddress,
  filledRows,
  gridOf,
  gridUi,
  importUi,
  openPanel,
  paneOf,
  pickWithMouse,
  ROOT,
  openPreviewSession,
  type PreviewSession,
  shotsDir,
} from "./harness";

const SAMPLE = join(ROOT, "test", "fixtures", "samples", "ai-risk-register_urielle-iso42001-toolkit.xlsx");
const TEAM = "credit-risk";
const WORKBOOK = "urielle-register";
const RECORDS = 17;
const NEW_TITLE = "Enforcement engine decides wrongly";

let api: LocalServer;
let session: PreviewSession | undefined;
let page: Page;
let base = "";
const errors: string[] = [];
/** Every push the pane sends (POST …/versions), seen from the browser. */
const pushes: string[] = [];
/** axe's findings per panel, checked at the end so one run lists them all. */
const accessibility = new Map<string, string[]>();

async function audit(panel: string) {
  accessibility.set(panel, await axeViolations(page));
}

beforeAll(async () => {
  api = await startLocal({ port: 0, dataDir: null, seed: true, env: {} });
  session = await openPreviewSession(errors);
  ({ page, base } = session);
  page.on("request", (request) => {
    if (request.method() === "POST" && /\/versions$/.test(new URL(request.url()).pathname)) pushes.push(request.url());
  });
}, 300_000);

afterAll(async () => {
  await session?.close();
  await api?.close();
});

const pane = () => paneOf(page);
const grid = () => gridOf(page);
const visible = (text: string | RegExp) => () => pane().getByText(text).first().isVisible();

async function shot(name: string) {
  const dir = join(shotsDir(), "workflow");
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: false });
}

async function latestVersion(): Promise<number | undefined> {
  const res = await fetch(`${api.url}/v1/teams/${TEAM}/workbooks/${WORKBOOK}/versions/latest`, { headers: { authorization: `Bearer ${api.adminKey}` } });
  if (res.status === 404) return undefined;
  expect(res.status).toBe(200);
  return Number(res.headers.get("crosswalk-version"));
}

describe("the whole workflow with the mouse in a 320 px pane (headless Chromium, local API)", () => {
  it("opens at 320 px on the Start panel, which says to set up the workbook first", async () => {
    await page.goto(`${base}/taskpane.html?preview=1`);
    await expect.poll(visible("Next: set up the workbook."), { timeout: 20_000 }).toBe(true);
    expect((await pane().boundingBox())?.width).toBe(320);
    await shot("01-start");
    await audit("Start");
  });

  it("sets up the workbook from the Start panel's next step", async () => {
    await pane().getByRole("button", { name: "Open: Set up the workbook" }).click();
    await pane().getByRole("button", { name: "Set up workbook" }).click();
    await pane().getByRole("list", { name: "Set-up result" }).waitFor({ timeout: 20_000 });
    await shot("02-set-up");
    await audit("Set up");
    await openPanel(pane(), "Start");
    await expect.poll(visible("Next: bring in your records."), { timeout: 10_000 }).toBe(true);
  });

  it("imports the Urielle register from a file, with one column's field changed through its dropdown", async () => {
    await openPanel(pane(), "Import");
    await importUi.fromFile(pane()).check();
    await importUi.fileInput(pane()).setInputFiles(SAMPLE);
    await expect.poll(() => importUi.fileSheet(pane()).textContent(), { timeout: 15_000 }).toBe("Risk Register");
    await importUi.analyse(pane()).click();
    await importUi.mapping(pane()).waitFor({ timeout: 15_000 });
    await expect.poll(() => importUi.kind(pane()).textContent()).toBe("Risk register");
    await shot("03-import-mapping");
    await audit("Import");
    // The owner column is left out: the records then carry no owner.
    const owner = importUi.fieldFor(pane(), "Risk Owner");
    expect(await owner.textContent()).not.toBe("Ignore");
    await pickWithMouse(owner, "Ignore");
    await expect.poll(() => owner.textContent()).toBe("Ignore");
    await shot("04-field-changed");
    await importUi.previewRecords(pane()).click();
    await expect.poll(visible(`${RECORDS} records for Risk Register`), { timeout: 15_000 }).toBe(true);
  }, 120_000);

  it("writes the records, and writing again adds no duplicate rows", async () => {
    expect(await filledRows(grid(), "Risk Register")).toBe(0);
    await importUi.write(pane(), RECORDS).click();
    await expect.poll(visible(`Wrote ${RECORDS} records to Risk Register.`), { timeout: 15_000 }).toBe(true);
    await expect.poll(() => importUi.write(pane(), RECORDS).isDisabled()).toBe(true);
    expect(await filledRows(grid(), "Risk Register")).toBe(RECORDS);
    const ownerCell = await columnAddress(grid(), "Risk Register", "Risk Owner", 2);
    expect(await gridUi.cell(grid(), ownerCell).textContent()).toBe("");
    await shot("05-written");

    // Again: a fresh preview finds every id present and offers merging by id first.
    await importUi.previewRecords(pane()).click();
    await expect.poll(visible(`${RECORDS} of these ${RECORDS} ids are already in Risk Register.`), { timeout: 15_000 }).toBe(true);
    await expect.poll(() => importUi.mergeById(pane()).isChecked()).toBe(true);
    await importUi.write(pane(), RECORDS).click();
    await expect.poll(visible(`Updated ${RECORDS} and added 0 records in Risk Register.`), { timeout: 15_000 }).toBe(true);
    expect(await filledRows(grid(), "Risk Register")).toBe(RECORDS);
    await shot("06-written-again");
  }, 120_000);

  it("validates the sheets and lists what needs fixing", async () => {
    await openPanel(pane(), "Validate");
    await pane().getByRole("button", { name: "Run checks" }).click();
    await pane().getByRole("button", { name: /^[A-Z]+\d+: Risk R-EI-01 / }).first().waitFor({ timeout: 20_000 });
    await shot("07-validated");
    await audit("Validate");
  });

  it("connects to the local API in Settings and names the team and workbook", async () => {
    await openPanel(pane(), "Settings");
    await pane().getByLabel("API URL").fill(api.url);
    await pane().getByLabel("API key").fill(api.adminKey);
    await pane().getByRole("button", { name: "Test connection" }).click();
    await expect.poll(visible(/^Connected to org “demo” as /), { timeout: 15_000 }).toBe(true);
    await pane().getByLabel("Team ID").fill(TEAM);
    await pane().getByLabel("Workbook ID").fill(WORKBOOK);
    await pane().getByRole("button", { name: "Save to workbook" }).click();
    await expect.poll(visible("Saved in the “Crosswalk Settings” sheet."), { timeout: 10_000 }).toBe(true);
    await shot("08-connected");
    await audit("Settings");
  });

  it("pushes the workbook as the first version", async () => {
    expect(await latestVersion()).toBeUndefined();
    await openPanel(pane(), "Push");
    await pane().getByRole("button", { name: "Check and compare" }).click();
    await expect.poll(visible(`${TEAM}/${WORKBOOK} has no version yet: this will be the first`), { timeout: 20_000 }).toBe(true);
    await shot("09-push-compared");
    await audit("Push");
    expect(pushes).toHaveLength(0);
    await pane().getByRole("button", { name: /^Push \d+ changes?$/ }).click();
    await expect.poll(visible("Up to date (version 1)"), { timeout: 20_000 }).toBe(true);
    expect(await latestVersion()).toBe(1);
    expect(pushes).toHaveLength(1);
    await shot("10-pushed");
  });

  it("pushing again sends nothing: Push is disabled and a new check says the workbook is up to date", async () => {
    expect(await pane().getByRole("button", { name: "Push", exact: true }).isDisabled()).toBe(true);
    await pane().getByRole("button", { name: "Check and compare" }).click();
    await expect.poll(visible(/^(Up to date \(version 1\)|Nothing to push: the workbook matches version 1\.)$/), { timeout: 20_000 }).toBe(true);
    expect(await pane().getByRole("button", { name: /^Push( \d+ changes?)?$/ }).and(page.locator(":enabled")).count()).toBe(0);
    expect(pushes).toHaveLength(1);
    expect(await latestVersion()).toBe(1);
    await shot("11-pushed-again");
  });

  it("pulls the consolidated report into its sheet", async () => {
    await openPanel(pane(), "Report");
    await pane().getByRole("button", { name: "Pull the consolidated report" }).click();
    await expect.poll(visible("Report written"), { timeout: 30_000 }).toBe(true);
    await expect.poll(() => gridUi.selectedAddress(grid()).textContent()).toBe("Consolidated Report!A1");
    expect(await gridUi.cell(grid(), "A1").textContent()).toMatch(/^Consolidated dual-conformance report/);
    await shot("12-report");
    await audit("Report");
  });

  it("the Start panel then shows every step done but the check, whose errors are still there", async () => {
    await openPanel(pane(), "Start");
    await expect.poll(visible("Next: check the sheets."), { timeout: 10_000 }).toBe(true);
    const steps = pane().getByRole("list", { name: "Workflow" }).getByRole("listitem");
    expect(await steps.count()).toBe(6);
    for (const i of [0, 1, 3, 4, 5]) expect(await steps.nth(i).getByText("Done", { exact: true }).isVisible(), `step ${i + 1}`).toBe(true);
    await shot("13-start-after");
  });

  it("pushes a change as version 2, and History shows the changed field's old and new value", async () => {
    const title = await columnAddress(grid(), "Risk Register", "Title", 2);
    await gridUi.cell(grid(), title).click();
    await gridUi.cellInput(grid()).fill(NEW_TITLE);
    await gridUi.cellInput(grid()).press("Enter");
    await expect.poll(() => gridUi.cell(grid(), title).textContent()).toBe(NEW_TITLE);
    await openPanel(pane(), "Push");
    await pane().getByRole("button", { name: "Check and compare" }).click();
    await expect.poll(visible("Changed: R-EI-01 (title)"), { timeout: 20_000 }).toBe(true);
    await pane().getByRole("button", { name: "Push 1 change" }).click();
    await expect.poll(visible("Up to date (version 2)"), { timeout: 20_000 }).toBe(true);
    expect(pushes).toHaveLength(2);

    await openPanel(pane(), "History");
    await pane().getByRole("list", { name: "Versions" }).getByText("Version 2").waitFor({ timeout: 20_000 });
    await pane().getByRole("button", { name: "Compare" }).click();
    await expect.poll(visible("From version 1 to version 2"), { timeout: 20_000 }).toBe(true);
    const values = pane().getByRole("list", { name: "Risks: old and new values" });
    // The register has no title column: import derived each title from its description's first clause.
    expect(await values.getByRole("listitem").allTextContents()).toEqual([`R-EI-01 · title: Policy enforcement engine produces incorrect allow/deny/ale… → ${NEW_TITLE}`]);
    await shot("14-history");
    await audit("History");
  });

  it("looks up the crosswalk of a cell", async () => {
    await openPanel(pane(), "Crosswalk");
    await gridUi.sheetTab(grid(), "AI RMF Profile").click();
    await gridUi.cell(grid(), "A2").click();
    await expect.poll(() => pane().getByRole("textbox", { name: "Framework id" }).inputValue(), { timeout: 10_000 }).toBe("GOVERN 1.1");
    await expect.poll(visible(/ISO\/IEC 42001:2023 \(\d+\)/), { timeout: 10_000 }).toBe(true);
    await shot("15-crosswalk");
    await audit("Crosswalk");
  });

  it("has no accessibility violations on any panel (axe, WCAG 2.1 AA and best practices, documented exclusions only)", () => {
    expect([...accessibility.keys()].sort()).toEqual(["Crosswalk", "History", "Import", "Push", "Report", "Set up", "Settings", "Start", "Validate"]);
    expect(Object.fromEntries([...accessibility].filter(([, found]) => found.length > 0))).toEqual({});
  });

  it("has no uncaught page errors", () => {
    expect(errors).toEqual([]);
  });
});
