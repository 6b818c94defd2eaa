/**
 * Validate and Push read a workbook through one pipeline, so they list the same errors in the
 * same words — in the add-in (the in-memory workbook port: the Validate pane's read, and push's
 * prepare step) and in the CLI (`crosswalk validate --json`, `crosswalk push --json`). Over the
 * public samples (workbooks Crosswalk did not make), the OMB inventory imported into a set-up
 * workbook (where Validate once said 0 errors and Push refused 2,164), and Crosswalk workbooks
 * with the mistakes push refuses.
 */
import * as XLSX from "@e965/xlsx";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ValidateJson } from "../../cli/commands/validate";
import { main } from "../../cli/main";
import { MemoryWorkbook } from "../../addin/port/memory-workbook";
import type { WorkbookPort } from "../../addin/port/workbook-port";
import { ApiClient } from "../../shared/api/client";
import { preparePush } from "../../addin/services/push-flow";
import { readWorkbookFile } from "../../addin/services/read-file";
import { createImportEngine } from "../../addin/services/import-wizard";
import { createValidator } from "../../addin/services/pipeline-validator";
import { validateWorkbook } from "../../addin/services/validator";
import { sharedWorkbookLayout } from "../../addin/setup/shared-layout";
import { prepareSetup } from "../../addin/setup/workbook-matrix";
import { demoSnapshots } from "../../shared/demo/demo-snapshots";
import { isDateCell, isErrorCell, type SheetGrid } from "../../shared/file-reader/grid";
import type { Issue } from "../../shared/issues/issue";
import { sheetsFromSnapshot } from "../../shared/workbook-snapshot/sheets-from-snapshot";
import { captureIo } from "./capture-io";
import { workbookFile } from "./workbook-file";

const AS_OF = "2026-06-30";
const NOW = () => new Date(`${AS_OF}T12:00:00`);
const SAMPLES = join(import.meta.dirname, "..", "fixtures", "samples");
const URIELLE = join(SAMPLES, "ai-risk-register_urielle-iso42001-toolkit.xlsx");
const OMB = join(SAMPLES, "us-federal-ai-use-case-inventory-2024_omb.xls");
/** Nothing listens here: push must refuse before it talks to any API. */
const NO_API = ["--api", "http://127.0.0.1:9", "--key", "cwk_unused"];

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "crosswalk-agree-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(...args: string[]) {
  const io = captureIo();
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

const said = (issues: readonly Issue[]) => issues.map((i) => `${i.severity} ${i.code} ${i.sheet}!${i.cell}: ${i.message}`);

/** The add-in's Validate and Push on the open workbook: the pane's read, and push's prepare step. */
async function addinSays(port: WorkbookPort) {
  const validated = await validateWorkbook(port, createValidator(NOW));
  // An API that cannot be reached: a workbook with errors is refused before it is asked.
  const client = new ApiClient({ baseUrl: "http://127.0.0.1:9", key: "unused" }, () => Promise.reject(new TypeError("offline")));
  const plan = await preparePush(port, client, AS_OF);
  return { validated, pushed: plan.build.issues, blocked: plan.blocked };
}

/** The CLI's validate and push on a file (for a workbook push refuses: it never reaches the API). */
async function cliSays(file: string) {
  const validate = await run("validate", file, "--as-of", AS_OF, "--json");
  const push = await run("push", file, "--as-of", AS_OF, "--json", ...NO_API);
  if (push.out === "") throw new Error(`push did not refuse ${file}: ${push.err}`);
  const refused = JSON.parse(push.out) as { error?: { issues?: Issue[] } };
  return { validate, validated: (JSON.parse(validate.out) as ValidateJson).issues, push, pushed: refused.error?.issues };
}

/** An open workbook holding a file's sheets, as Excel would show them to the add-in. */
async function opened(file: string): Promise<MemoryWorkbook> {
  const bytes = await readFile(file);
  const read = await readWorkbookFile(basename(file), bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  const wb = new MemoryWorkbook();
  for (const sheet of read.sheets) wb.addSheet(sheet.name, sheet.values);
  return wb;
}

/** The open workbook saved as .xlsx, dates date-formatted, as Excel saves it. */
async function saved(port: WorkbookPort, name: string): Promise<string> {
  const info = await port.inspect();
  const grids: SheetGrid[] = await port.readSheets(info.sheets.map((s) => s.name));
  const book = XLSX.utils.book_new();
  for (const grid of grids) {
    const ws = XLSX.utils.aoa_to_sheet([]);
    grid.values.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell === null || cell === "") return;
        const at = XLSX.utils.encode_cell({ r: r + (grid.origin?.row ?? 0), c: c + (grid.origin?.column ?? 0) });
        if (isDateCell(cell)) ws[at] = { t: "n", v: cell.serial, z: "yyyy-mm-dd" };
        else if (isErrorCell(cell)) ws[at] = { t: "s", v: cell.code };
        else ws[at] = typeof cell === "number" ? { t: "n", v: cell } : typeof cell === "boolean" ? { t: "b", v: cell } : { t: "s", v: cell };
      }),
    );
    const rows = grid.values.length + (grid.origin?.row ?? 0);
    const columns = Math.max(1, ...grid.values.map((r) => r.length)) + (grid.origin?.column ?? 0);
    ws["!ref"] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(0, rows - 1), c: columns - 1 } });
    XLSX.utils.book_append_sheet(book, ws, grid.name);
  }
  const path = join(dir, name);
  await writeFile(path, new Uint8Array(XLSX.write(book, { type: "buffer", bookType: "xlsx" }) as Buffer));
  return path;
}

describe("Validate and Push agree", () => {
  it.each([URIELLE, OMB])("refuse a workbook Crosswalk did not make with the same sentence, naming crosswalk import --out (%s)", async (file) => {
    const addin = await addinSays(await opened(file));
    const cli = await cliSays(file);
    const refusal = ["workbook-not-crosswalk"];
    expect(addin.validated.map((i) => i.code)).toEqual(refusal);
    expect(said(addin.pushed)).toEqual(said(addin.validated));
    expect(addin.blocked).toContain("Import in the add-in");
    expect(said(cli.validated)).toEqual(said(addin.validated));
    expect(said(cli.pushed ?? [])).toEqual(said(cli.validated));
    expect(cli.validate.code).toBe(1);
    expect(cli.push.code).toBe(1);
    expect(cli.push.err).toContain(`crosswalk import ${file} --out ${basename(file).replace(/\.[^.]+$/, "")}-crosswalk.xlsx`);
  }, 120_000);

  it("list the same errors for the OMB inventory imported into a set-up workbook, in the add-in and the CLI", async () => {
    const wb = new MemoryWorkbook();
    const prepared = await prepareSetup(wb, "5x5");
    await wb.setUpWorkbook(prepared.plan, { inspected: prepared.info });
    const source = await opened(OMB);
    const [grid] = await source.readSheets([(await source.inspect()).sheets[0]?.name ?? ""]);
    if (!grid) throw new Error("the OMB sample has no sheet");
    const preview = createImportEngine(sharedWorkbookLayout()).preview(grid, {});
    expect(preview.kind).toBe("ai-inventory");
    await wb.writeRecords({ table: preview.table, columns: preview.columns, rows: preview.rows, mode: "append", ...(preview.calculated ? { calculated: preview.calculated } : {}) });

    const addin = await addinSays(wb);
    const errors = addin.validated.filter((i) => i.severity === "error");
    // What push refuses on is what Validate lists: every row without its System ID among them.
    expect(errors.length).toBeGreaterThan(1000);
    expect(errors.some((i) => i.code === "record-key-missing" && /^Row \d+ has no System ID/.test(i.message))).toBe(true);
    expect(said(addin.pushed)).toEqual(said(addin.validated));
    expect(addin.blocked).toBe(errors[0]?.message);

    const cli = await cliSays(await saved(wb, "omb-imported.xlsx"));
    expect(said(cli.validated)).toEqual(said(addin.validated));
    expect(said(cli.pushed ?? [])).toEqual(said(cli.validated));
    expect([cli.validate.code, cli.push.code]).toEqual([1, 1]);
  }, 240_000);

  it("list duplicate ids, rows without an id and unreadable cells alike, and agree on a clean workbook", async () => {
    const [snapshot] = demoSnapshots({ asOf: AS_OF });
    if (!snapshot) throw new Error("no demo snapshot");
    const content = sheetsFromSnapshot(snapshot);
    const broken = workbookFile(content, (sheet, rows) => {
      if (sheet !== "Risk Register" || !rows[0] || !rows[1] || !rows[2] || !rows[3] || !rows[4]) return;
      rows[2][0] = rows[1][0]; // a risk id used twice
      rows[3][0] = null; // a risk without its id
      rows[4][rows[0].indexOf("Inherent Likelihood")] = "now and then"; // a level no matrix has
    });
    const clean = workbookFile(content);
    for (const [name, bytes] of [["broken.xlsx", broken], ["clean.xlsx", clean]] as const) {
      const file = join(dir, name);
      await writeFile(file, bytes);
      const addin = await addinSays(await opened(file));
      expect(said(addin.pushed)).toEqual(said(addin.validated));
      if (name === "broken.xlsx") {
        const cli = await cliSays(file);
        expect(said(cli.validated)).toEqual(said(addin.validated));
        expect(addin.validated.map((i) => i.code)).toEqual(expect.arrayContaining(["record-key-duplicate", "record-key-missing"]));
        expect(addin.validated.some((i) => i.severity === "error" && i.message.startsWith("Inherent Likelihood:"))).toBe(true);
        expect(said(cli.pushed ?? [])).toEqual(said(cli.validated));
        expect(cli.push.code).toBe(1);
      } else {
        // Clean: push would go on to the API, so only validate runs here; push's read is the add-in's above.
        const validate = await run("validate", file, "--as-of", AS_OF, "--json");
        expect(said((JSON.parse(validate.out) as ValidateJson).issues)).toEqual(said(addin.validated));
        expect(addin.validated.filter((i) => i.severity === "error")).toEqual([]);
        expect(validate.code).toBe(0);
      }
    }
  }, 120_000);
});
