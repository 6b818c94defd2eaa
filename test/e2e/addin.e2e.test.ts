/**
 * The task pane in headless Chromium, in preview mode: set up the workbook, import a real public
 * register from a file, see and fix a validation issue, look up a crosswalk and insert it into a
 * row. Screenshots go to test-output/e2e/.
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { navClipping, openPanel, ROOT, shotsDir, openPreviewSession, type PreviewSession } from "./harness";

const SAMPLE = join(ROOT, "test", "fixtures", "samples", "ai-risk-register_urielle-iso42001-toolkit.xlsx");

let session: PreviewSession | undefined;
let page: Page;
let base = "";
const errors: string[] = [];

beforeAll(async () => {
  session = await openPreviewSession(errors);
  ({ page, base } = session);
}, 240_000);

afterAll(async () => {
  await session?.close();
});

async function shot(name: string) {
  await page.screenshot({ path: join(shotsDir(), `${name}.png`), fullPage: false });
}

const pane = () => page.getByRole("group", { name: "Crosswalk task pane", exact: true });
const grid = () => page.getByRole("region", { name: "Preview workbook" });

async function selectCell(sheet: string, address: string) {
  await grid().getByRole("tab", { name: sheet, exact: true }).click();
  await grid().locator(`td[data-address="${address}"]`).click();
}

async function typeInto(sheet: string, address: string, value: string) {
  await selectCell(sheet, address);
  const input = grid().getByRole("textbox", { name: "Cell value" });
  await input.fill(value);
  await input.press("Enter");
  await expect.poll(() => grid().locator(`td[data-address="${address}"]`).textContent()).toBe(value);
}

async function typeFormula(sheet: string, address: string, formula: string, shown: string) {
  await selectCell(sheet, address);
  const input = grid().getByRole("textbox", { name: "Cell value" });
  await input.fill(formula);
  await input.press("Enter");
  await expect.poll(() => grid().locator(`td[data-address="${address}"]`).textContent(), { timeout: 10_000 }).toBe(shown);
}

/** A1 address of the cell under the header `header` on row `row` (1-based). */
async function columnAddress(sheet: string, header: string, row: number): Promise<string> {
  await grid().getByRole("tab", { name: sheet, exact: true }).click();
  const cell = grid().locator("tr").nth(1).locator("td", { hasText: new RegExp(`^${header}$`) });
  const address = await cell.getAttribute("data-address");
  if (!address) throw new Error(`no header ${header} on ${sheet}`);
  return address.replace(/\d+$/, String(row));
}


/**
 * Opens a Dropdown with a mouse click, checks its list is on top and the pane is still visible
 * around it (not covered by a portal layer), then picks `option` with the mouse.
 */
async function pickWithMouse(combobox: ReturnType<Page["getByRole"]>, option: string) {
  await combobox.click();
  const listbox = page.getByRole("listbox");
  await listbox.waitFor({ state: "visible", timeout: 10_000 });
  // What the user sees where the dropdown sits must be the dropdown, not a layer over the pane.
  const box = await combobox.boundingBox();
  if (!box) throw new Error("the dropdown has no box");
  const hit = await combobox.evaluate((el, [x, y]) => {
    const top = document.elementFromPoint(x, y);
    return top === el || el.contains(top) ? "dropdown" : `${top?.tagName}.${top?.className}`;
  }, [box.x + box.width / 2, box.y + box.height / 2] as const);
  expect(hit).toBe("dropdown");
  expect(await pane().getByRole("heading", { name: "Import", level: 2 }).isVisible()).toBe(true);
  await listbox.getByRole("option", { name: option, exact: true }).click();
  await listbox.waitFor({ state: "hidden", timeout: 10_000 });
  await expect.poll(() => combobox.textContent()).toBe(option);
}

describe("task pane in preview mode (headless Chromium)", () => {
  it("starts in preview mode without Office.js", async () => {
    await page.goto(`${base}/taskpane.html`);
    await expect.poll(() => pane().getByText("Preview", { exact: true }).isVisible(), { timeout: 15_000 }).toBe(true);
    await shot("01-preview");
  });

  it("fits the navigation in the 320 px pane: nothing clipped, every feature two clicks away at most", async () => {
    expect(await pane().boundingBox()).toMatchObject({ width: 320 });
    await expect.poll(() => pane().getByText("Next: set up the workbook.").isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await navClipping(pane())).toEqual([]);
    for (const name of ["Start", "Set up", "Import", "Validate", "Crosswalk", "Settings", "Push", "History", "Report"]) {
      await openPanel(pane(), name);
      expect(await navClipping(pane()), name).toEqual([]);
    }
    await shot("01a-more-menu");
    await openPanel(pane(), "Set up");
  });

  it("sets up the workbook on the chosen risk matrix, recorded in a new settings sheet", async () => {
    // The preview workbook has no settings sheet, so the pane offers a matrix (5×5 by default).
    const matrix = pane().getByRole("combobox", { name: "Risk matrix" });
    await expect.poll(() => matrix.inputValue(), { timeout: 10_000 }).toBe("5x5");
    await shot("01b-matrix-choice");
    await pane().getByRole("button", { name: "Set up workbook" }).click();
    const result = pane().getByRole("list", { name: "Set-up result" });
    await result.waitFor({ timeout: 20_000 });
    for (const sheet of ["Risk Register", "Statement of Applicability", "AI RMF Profile", "Crosswalk", "Crosswalk Settings"]) {
      await expect.poll(() => result.getByText(sheet, { exact: true }).isVisible()).toBe(true);
    }
    await expect.poll(() => pane().getByRole("group", { name: "Risk matrix" }).textContent()).toMatch(/^Risk matrix: 5×5, from the “Crosswalk Settings” sheet\./);
    await grid().getByRole("tab", { name: "Crosswalk Settings", exact: true }).click();
    const label = grid().locator("td", { hasText: /^Matrix ID$/ });
    const at = await label.getAttribute("data-address");
    await expect.poll(() => grid().locator(`td[data-address="${at?.replace(/^A/, "B")}"]`).textContent()).toBe("5x5");
    await selectCell("Statement of Applicability", "A2");
    await expect.poll(() => grid().locator('td[data-address="A2"]').textContent()).toBe("A.2.2");
    await shot("02-set-up");
  });

  it("looks up the crosswalk for the selected cell", async () => {
    await openPanel(pane(), "Crosswalk");
    await selectCell("AI RMF Profile", "A2");
    const id = pane().getByRole("textbox", { name: "Framework id" });
    await expect.poll(() => id.inputValue(), { timeout: 10_000 }).toBe("GOVERN 1.1");
    await expect.poll(() => pane().getByText(/ISO\/IEC 42001:2023 \(\d+\)/).isVisible(), { timeout: 10_000 }).toBe(true);
    await shot("03-crosswalk-lookup");
  });

  it("imports a real register from a file into the Risk Register", async () => {
    await openPanel(pane(), "Import");
    await pane().getByRole("radio", { name: "A file" }).check();
    await pane().getByLabel("Choose a file to import").setInputFiles(SAMPLE);
    const sheet = pane().getByRole("combobox", { name: "Sheet in the file" });
    await expect.poll(() => sheet.textContent(), { timeout: 15_000 }).toBe("Risk Register");
    await pane().getByRole("button", { name: "Analyse" }).click();
    const mapping = pane().getByRole("region", { name: "Mapping" });
    await mapping.waitFor({ timeout: 15_000 });
    await expect.poll(() => mapping.getByRole("combobox", { name: "Detected kind" }).textContent()).toBe("Risk register");
    await shot("04-import-mapping");
    // Every dropdown opens with the mouse, leaves the pane visible, and takes a pick.
    await pickWithMouse(sheet, "Risk Register");
    await pickWithMouse(mapping.getByRole("combobox", { name: "Detected kind" }), "Risk register");
    const pickers = mapping.getByRole("combobox", { name: /^Field for column / });
    const count = await pickers.count();
    expect(count).toBeGreaterThan(3);
    // A column read as two fields (e.g. "Review Date / Status") becomes one when re-picked, so
    // the list can shrink as we go.
    for (let i = 0; i < (await pickers.count()); i++) {
      const picker = pickers.nth(i);
      await pickWithMouse(picker, (await picker.textContent()) ?? "");
    }
    // A real change and back: the first column to Ignore, then to its field again.
    const first = pickers.first();
    const field = (await first.textContent()) ?? "";
    await pickWithMouse(first, "Ignore");
    await pickWithMouse(first, field);
    await shot("04b-dropdown-picked");
    await pane().getByRole("button", { name: "Preview records" }).click();
    await expect.poll(() => pane().getByText("17 records for Risk Register").isVisible(), { timeout: 10_000 }).toBe(true);
    await pane().getByRole("button", { name: "Write 17 records" }).click();
    await expect.poll(() => pane().getByText("Wrote 17 records to Risk Register.").isVisible(), { timeout: 10_000 }).toBe(true);
    // One-shot: writing the same preview again is not offered (no duplicate rows).
    expect(await pane().getByRole("button", { name: "Write 17 records" }).isDisabled()).toBe(true);
    await selectCell("Risk Register", "A2");
    await expect.poll(() => grid().locator('td[data-address="A2"]').textContent()).toBe("R-EI-01");
    await shot("05-imported");
  }, 180_000);

  it("shows a validation issue, goes to its cell, and the issue is gone once fixed", async () => {
    await openPanel(pane(), "Validate");
    // The cell of "Next Review" on row 2 (the layout decides the column).
    const review = await columnAddress("Risk Register", "Next Review", 2);
    const letter = review.replace(/\d+$/, "");
    await pane().getByRole("button", { name: "Run checks" }).click();
    const issue = pane().getByRole("button", { name: new RegExp(`^${review}: Risk R-EI-01 was due for review on`) });
    await issue.waitFor({ timeout: 15_000 });
    await pane().getByRole("switch", { name: "Highlight in the sheet" }).check();
    await shot("06-validation-issues");
    await issue.click();
    await expect.poll(() => grid().getByTestId("selected-address").textContent()).toBe(`Risk Register!${review}`);
    await shot("07-issue-selected");
    const input = grid().getByRole("textbox", { name: "Cell value" });
    await expect.poll(() => input.inputValue()).toBe("2026-06-30");
    await input.fill("2099-12-31");
    await input.press("Enter");
    await expect.poll(() => grid().locator(`td[data-address="${review}"]`).textContent()).toBe("2099-12-31");
    await pane().getByRole("button", { name: "Run checks" }).click();
    await expect.poll(() => issue.count(), { timeout: 10_000 }).toBe(0);
    await expect.poll(() => pane().getByRole("button", { name: new RegExp(`^${letter}3: Risk R-EI-02`) }).count()).toBe(1);
    await pane().getByRole("switch", { name: "Highlight in the sheet" }).uncheck();
    await shot("08-validation-fixed");
  });

  it("inserts chosen crosswalk items into the row's reference column", async () => {
    await openPanel(pane(), "Crosswalk");
    const refs = await columnAddress("Risk Register", "AI RMF", 2);
    await typeInto("Risk Register", refs, "GV-1.1");
    await selectCell("Risk Register", refs);
    const id = pane().getByRole("textbox", { name: "Framework id" });
    await expect.poll(() => id.inputValue(), { timeout: 10_000 }).toBe("GV-1.1");
    await pane().getByRole("checkbox", { name: /^A\.2\.2 — AI policy/ }).check();
    await pane().getByRole("button", { name: "Insert into row" }).click();
    await expect.poll(() => pane().getByText(/Inserted 1 reference\(s\) into row 2/).isVisible(), { timeout: 10_000 }).toBe(true);
    const iso = await columnAddress("Risk Register", "ISO 42001", 2);
    await expect.poll(() => grid().locator(`td[data-address="${iso}"]`).textContent()).toBe("A.2.2");
    await shot("09-crosswalk-inserted");
  });

  it("the built functions.js registers CROSSWALK.MAP, TITLE, SCORE and RATING that work in a browser", async () => {
    const functionsPage = await session?.context.newPage();
    if (!functionsPage) throw new Error("no browser");
    // Stand-in for Excel's custom-functions runtime (its CDN script cannot load here).
    await functionsPage.addInitScript(() => {
      const registered: Record<string, (...args: unknown[]) => unknown> = {};
      const runtime = {
        associate: (id: string, fn: (...args: unknown[]) => unknown) => void (registered[id] = fn),
        Error: class extends Error {
          constructor(public code: string, message?: string) {
            super(message);
          }
        },
        ErrorCode: { notAvailable: "#N/A", invalidValue: "#VALUE!" },
      };
      Object.assign(window, { CustomFunctions: runtime, registered });
    });
    await functionsPage.goto(`${base}/functions.html`);
    const result = await functionsPage.evaluate(() => {
      const r = (window as unknown as { registered: Record<string, (...args: unknown[]) => unknown> }).registered;
      let error = "";
      try {
        r.SCORE?.(9, 9);
      } catch (e) {
        error = `${(e as { code?: string }).code}`;
      }
      return {
        ids: Object.keys(r).sort(),
        map: r.MAP?.("GV-1.1", "iso42001"),
        title: r.TITLE?.("ISO42001:A.2.2"),
        score: r.SCORE?.("Likely", "Severe"),
        rating: r.RATING?.(20),
        error,
      };
    });
    expect(result.ids).toEqual(["MAP", "RATING", "SCORE", "TITLE"]);
    expect(result.map).toContainEqual(["A.2.2"]);
    expect(result).toMatchObject({ title: "AI policy", score: 20, rating: "Critical", error: "#VALUE!" });
    await functionsPage.close();
  });

  it("calculates formulas typed into the preview grid: arithmetic, and CROSSWALK.MAP spilling below", async () => {
    await typeFormula("Legacy Risks", "A10", "=D4*E4+1", "13");
    await typeFormula("Legacy Risks", "B10", '=CROSSWALK.MAP("GV-1.1","iso42001")', "4.1");
    await expect.poll(() => grid().locator('td[data-address="B11"]').textContent()).not.toBe("");
    // The formula bar shows the formula, not its result, as Excel's does.
    await selectCell("Legacy Risks", "A10");
    await expect.poll(() => grid().getByRole("textbox", { name: "Cell value" }).inputValue()).toBe("=D4*E4+1");
    await typeFormula("Legacy Risks", "C10", "=SUM(D4:D7)", "#NAME?");
    expect(await grid().locator('td[data-address="C10"]').getAttribute("title")).toMatch(/needs Excel/);
    await shot("10-preview-formulas");
  });

  it("renders while Microsoft's CDN hangs: office.js loads asynchronously and the pane starts in preview", async () => {
    const slow = await session?.context.newPage();
    if (!slow) throw new Error("no browser");
    let requested = false;
    // A CDN that takes the request and never answers (page routes win over the context's abort).
    await slow.route(/appsforoffice\.microsoft\.com/, () => void (requested = true));
    await slow.goto(`${base}/taskpane.html`, { waitUntil: "commit" });
    const slowPane = slow.getByRole("group", { name: "Crosswalk task pane", exact: true });
    await expect.poll(() => slowPane.getByText("Preview", { exact: true }).isVisible(), { timeout: 20_000 }).toBe(true);
    expect(requested).toBe(true);
    await slow.close();
  });

  it("has no uncaught page errors", () => {
    expect(errors).toEqual([]);
  });
});
