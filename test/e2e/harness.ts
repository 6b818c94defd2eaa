/**
 * End-to-end harness: builds the add-in (in its own process group, killed on timeout), serves
 * dist/addin from this process on an ephemeral loopback port, and drives Debian's Chromium with
 * playwright-core. Office's CDN is blocked (the machine is offline anyway), so the pane starts in
 * preview mode on its in-memory workbook.
 */
import { AxeBuilder } from "@axe-core/playwright";
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize, sep } from "node:path";
import { type BrowserContext, chromium, type Locator, type Page } from "playwright-core";

export const ROOT = join(import.meta.dirname, "..", "..");
export const DIST = join(ROOT, "dist", "addin");
export const SHOTS = join(ROOT, "test-output", "e2e");
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".css": "text/css",
  ".png": "image/png",
  ".map": "application/json",
  ".xml": "application/xml",
};

/** Runs the add-in build as a child process group; rejects with its output on failure or timeout. */
export function buildAddin(timeoutMs = 180_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, "node_modules", "tsx", "dist", "cli.mjs"), join(ROOT, "scripts", "addin", "build.ts")], {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: "production" },
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => {
      if (child.pid) process.kill(-child.pid, "SIGKILL");
      reject(new Error(`add-in build timed out after ${timeoutMs} ms\n${output}`));
    }, timeoutMs);
    child.on("exit", (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`add-in build failed (${code})\n${output}`));
    });
  });
}

/**
 * Builds the add-in once per test run, however many e2e files run in parallel: a lock directory
 * serialises the builds, and a stamp naming the run (the vitest process the workers belong to)
 * lets the later files reuse the first one's build. `CROSSWALK_E2E_SKIP_BUILD=1` skips building.
 */
export async function buildAddinOnce(timeoutMs = 240_000): Promise<void> {
  if (process.env.CROSSWALK_E2E_SKIP_BUILD === "1") return;
  const dist = join(ROOT, "dist");
  mkdirSync(dist, { recursive: true });
  const lock = join(dist, ".e2e-build.lock");
  const stamp = join(dist, ".e2e-build-run");
  const run = String(process.ppid);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock left by a killed run is stale after the build timeout.
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > timeoutMs) rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error("timed out waiting for another e2e file's add-in build");
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    const built = existsSync(stamp) && readFileSync(stamp, "utf8") === run && existsSync(join(DIST, "taskpane.html"));
    if (!built) {
      await buildAddin(timeoutMs);
      writeFileSync(stamp, run);
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export async function serveDist(): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const file = normalize(join(DIST, path === "/" ? "taskpane.html" : path));
    if (!file.startsWith(DIST + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "no-store" });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}` };
}

export async function launchChromium(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}; install Debian's chromium (apt-get install -y chromium).`);
  const profile = mkdtempSync(join(tmpdir(), "crosswalk-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 860 },
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  // Office's CDN: unreachable here; fail fast so the pane detects "no Office" at once.
  await context.route(/appsforoffice\.microsoft\.com/, (route) => route.abort());
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A browser on the built pane, served on a free port; page errors collected into `errors`. */
export interface PreviewSession {
  readonly page: Page;
  readonly base: string;
  readonly context: BrowserContext;
  close(): Promise<void>;
}

export async function openPreviewSession(errors: string[]): Promise<PreviewSession> {
  await buildAddinOnce();
  const { server, url } = await serveDist();
  const browser = await launchChromium();
  const page = await browser.context.newPage();
  page.on("pageerror", (e) => errors.push(e.message));
  return {
    page,
    base: url,
    context: browser.context,
    close: async () => {
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export function shotsDir(): string {
  mkdirSync(SHOTS, { recursive: true });
  return SHOTS;
}

/**
 * Opens a panel of the task pane the way a user does at Excel's width: its tab when the tab fits,
 * otherwise through the "More" menu that holds the tabs that do not.
 */
export async function openPanel(pane: Locator, name: string): Promise<void> {
  const tab = pane.getByRole("tab", { name, exact: true });
  if (await tab.isVisible()) {
    await tab.click();
  } else {
    await pane.getByRole("button", { name: /^More features/ }).click();
    await pane.page().getByRole("menuitem", { name, exact: true }).click();
  }
  await pane.getByRole("tab", { name, exact: true, selected: true }).waitFor({ timeout: 10_000 });
}

/** Every tab label shown whole and the tab strip inside the pane: nothing clipped at this width. */
export async function navClipping(pane: Locator): Promise<string[]> {
  return pane.getByRole("navigation", { name: "Crosswalk features" }).evaluate((nav) => {
    const problems: string[] = [];
    if (nav.scrollWidth > nav.clientWidth + 1) problems.push(`the tab strip is ${nav.scrollWidth}px wide in ${nav.clientWidth}px`);
    for (const tab of Array.from(nav.querySelectorAll<HTMLElement>('[role="tab"]'))) {
      if (tab.offsetParent === null) continue; // moved under "More"
      const box = tab.getBoundingClientRect();
      const navBox = nav.getBoundingClientRect();
      if (box.right > navBox.right + 1) problems.push(`“${tab.textContent}” ends outside the pane`);
      const label = tab.querySelector<HTMLElement>("span:last-child") ?? tab;
      if (label.scrollWidth > label.clientWidth + 1) problems.push(`“${tab.textContent}” is cut`);
    }
    return problems;
  });
}

/*
 * Where the e2e files find things: roles and accessible names only (no CSS classes), gathered here
 * so that a renamed button or a panel split into modules is one edit, not one per test file.
 */

/** The task pane and the preview workbook beside it. */
export const paneOf = (page: Page): Locator => page.getByRole("group", { name: "Crosswalk task pane", exact: true });
export const gridOf = (page: Page): Locator => page.getByRole("region", { name: "Preview workbook" });

/** The Import panel's controls. */
export const importUi = {
  fromFile: (pane: Locator) => pane.getByRole("radio", { name: "A file" }),
  fileInput: (pane: Locator) => pane.getByLabel("Choose a file to import"),
  fileSheet: (pane: Locator) => pane.getByRole("combobox", { name: "Sheet in the file" }),
  analyse: (pane: Locator) => pane.getByRole("button", { name: "Analyse" }),
  mapping: (pane: Locator) => pane.getByRole("region", { name: "Mapping" }),
  kind: (pane: Locator) => importUi.mapping(pane).getByRole("combobox", { name: "Detected kind" }),
  fieldFor: (pane: Locator, header: string) => importUi.mapping(pane).getByRole("combobox", { name: `Field for column ${header}`, exact: true }),
  previewRecords: (pane: Locator) => pane.getByRole("button", { name: "Preview records" }),
  write: (pane: Locator, count: number) => pane.getByRole("button", { name: `Write ${count} records` }),
  mergeById: (pane: Locator) => pane.getByRole("radio", { name: /^Merge by / }),
};

/** The preview grid's sheet tab, cell and row count. */
export const gridUi = {
  sheetTab: (grid: Locator, sheet: string) => grid.getByRole("tab", { name: sheet, exact: true }),
  cell: (grid: Locator, address: string) => grid.locator(`td[data-address="${address}"]`),
  cellInput: (grid: Locator) => grid.getByRole("textbox", { name: "Cell value" }),
  selectedAddress: (grid: Locator) => grid.getByTestId("selected-address"),
};

/** Shows `sheet` in the preview grid. */
export async function showSheet(grid: Locator, sheet: string): Promise<void> {
  await gridUi.sheetTab(grid, sheet).click();
  await grid.getByRole("tab", { name: sheet, exact: true, selected: true }).waitFor({ timeout: 10_000 });
}

/** A1 address of the cell under `header` (the sheet's header row is row 1) on row `row`. */
export async function columnAddress(grid: Locator, sheet: string, header: string, row: number): Promise<string> {
  await showSheet(grid, sheet);
  const cell = grid.locator('td[data-address$="1"]').filter({ hasText: new RegExp(`^${header}$`) }).first();
  const address = await cell.getAttribute("data-address", { timeout: 10_000 });
  if (!address) throw new Error(`no header ${header} on ${sheet}`);
  return address.replace(/\d+$/, String(row));
}

/** Rows below the header whose first column holds something, as the preview grid shows `sheet`. */
export async function filledRows(grid: Locator, sheet: string): Promise<number> {
  await showSheet(grid, sheet);
  const ids = await grid.locator('td[data-address^="A"]').evaluateAll((cells) =>
    cells.filter((c) => /^A\d+$/.test(c.getAttribute("data-address") ?? "") && c.getAttribute("data-address") !== "A1" && (c.textContent ?? "").trim() !== "").length,
  );
  return ids;
}

/**
 * Opens a Dropdown with a mouse click, checks that what sits under the pointer is the dropdown
 * (no layer covering the pane), then picks `option` with the mouse.
 */
export async function pickWithMouse(combobox: Locator, option: string): Promise<void> {
  await combobox.click();
  const listbox = combobox.page().getByRole("listbox");
  await listbox.waitFor({ state: "visible", timeout: 10_000 });
  const box = await combobox.boundingBox();
  if (!box) throw new Error("the dropdown has no box");
  const hit = await combobox.evaluate(
    (el, [x, y]) => {
      const top = document.elementFromPoint(x, y);
      return top === el || el.contains(top) ? "dropdown" : `${top?.tagName}.${top?.className}`;
    },
    [box.x + box.width / 2, box.y + box.height / 2] as const,
  );
  if (hit !== "dropdown") throw new Error(`a layer covers the dropdown: ${hit}`);
  await listbox.getByRole("option", { name: option, exact: true }).click();
  await listbox.waitFor({ state: "hidden", timeout: 10_000 });
}

/** The task pane as axe sees it: in Excel the pane is the whole page; in preview, this group (a group, not a landmark, so the pane's <main> stays top level). */
const PANE_SELECTOR = 'div[role="group"][aria-label="Crosswalk task pane"]';

/** WCAG 2.1 A and AA, and axe's best practices. */
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];

/**
 * Findings left out, each for a reason (also listed in docs/addin.md): Fluent UI's own markup that
 * axe misreads, and what only the preview page's frame causes; matched by rule and by the
 * element's markup, never a whole rule. A real problem in the pane is fixed, not listed here.
 */
export const AXE_EXCLUSIONS: readonly { readonly rule: string; readonly markup: string; readonly reason: string }[] = [
  {
    rule: "aria-hidden-focus",
    markup: "data-tabster-dummy",
    reason:
      "Tabster (Fluent's focus manager) puts focusable, aria-hidden <i data-tabster-dummy> sentinels around tab lists and menus; they pass focus on the moment they get it and are hidden so screen readers do not announce them (microsoft/tabster#288, a known Fluent v9 issue; Accessibility Insights suppresses the same finding)",
  },
];

/** axe's violations in the task pane as it is now, one line per element, documented exclusions left out. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include(PANE_SELECTOR).withTags(AXE_TAGS).analyze();
  const excluded = (rule: string, html: string) => AXE_EXCLUSIONS.some((e) => e.rule === rule && html.includes(e.markup));
  return results.violations.flatMap((v) =>
    v.nodes
      .filter((n) => !excluded(v.id, n.html))
      .map((n) => `${v.id} (${v.impact ?? "?"}): ${n.target.join(" ")} — ${n.failureSummary?.replace(/\s+/g, " ") ?? v.help}`),
  );
}

/**
 * Presses `key` (Tab by default) until `target` has the keyboard focus, as a keyboard user moves
 * through the pane; fails after `max` presses. Only reads where the focus is, never clicks.
 */
export async function pressUntilFocused(target: Locator, key = "Tab", max = 150): Promise<void> {
  await target.waitFor({ state: "visible", timeout: 15_000 });
  const page = target.page();
  const focused = () => target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement));
  for (let i = 0; i < max; i++) {
    if (await focused()) return;
    await page.keyboard.press(key);
  }
  if (await focused()) return;
  const at = await page.evaluate(() => `${document.activeElement?.tagName} “${document.activeElement?.getAttribute("aria-label") ?? document.activeElement?.textContent?.slice(0, 40)}”`);
  throw new Error(`${key} ×${max} never reached the element; the focus is on ${at}`);
}
