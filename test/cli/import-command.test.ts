import * as XLSX from "@e965/xlsx";
import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { ImportJson } from "../../cli/commands/import";
import { main } from "../../cli/main";
import { AiSystem } from "../../shared/model/ai-system";
import { Risk } from "../../shared/model/risk";
import { readWorkbook } from "../../shared/file-reader/read-workbook";
import { importWorkbook } from "../../shared/import/import-workbook";
import { toModel } from "../../shared/import/to-model";
import { captureIo } from "./capture-io";

const SAMPLES = join(import.meta.dirname, "..", "fixtures", "samples");
const URIELLE = join(SAMPLES, "ai-risk-register_urielle-iso42001-toolkit.xlsx");
const ERAMBA = join(SAMPLES, "control-framework-mapping_eramba.csv");
const OMB = join(SAMPLES, "us-federal-ai-use-case-inventory-2024_omb.xls");

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = captureIo();
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

async function json(...args: string[]): Promise<ImportJson> {
  const { code, out, err } = await run("import", ...args, "--json");
  expect(err).toBe("");
  expect(code).toBe(0);
  return JSON.parse(out) as ImportJson;
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "crosswalk-import-"));
});

describe("crosswalk import on the real samples", () => {
  it("reads the Urielle register: header on row 5, 17 risks, summary, template and attestation rows skipped", async () => {
    const result = await json(URIELLE);
    expect(Object.keys(result)).toEqual(["kind", "sheet", "headerRow", "columns", "records", "issues", "stats", "alsoConsidered"]);
    expect(result).toMatchObject({ kind: "risk-register", sheet: "Risk Register", headerRow: 5, stats: { records: 17, skipped: 10 } });
    expect(result.records.map((r) => r.id)).toEqual([
      "R-EI-01", "R-EI-02", "R-EI-03", "R-AT-01", "R-AT-02", "R-SEC-01", "R-SEC-02", "R-SEC-03", "R-BF-01",
      "R-BF-02", "R-GOV-01", "R-GOV-02", "R-OPS-01", "R-OPS-02", "R-PRI-01", "R-BIL-01", "R-STR-01",
    ]);
    expect(result.records.map((r) => r.sourceRow)).toEqual(Array.from({ length: 17 }, (_, i) => i + 6));
    const first = result.records[0];
    expect(first).toMatchObject({
      category: "ENFORCEMENT INTEGRITY",
      inherentLikelihood: 3,
      inherentImpact: 4,
      residualLikelihood: 1,
      residualImpact: 3,
      owner: "William Hartono",
      reviewDate: "2026-06-30",
      status: "open",
      // The register's own rating is read as a band of the matrix (12 on the 5×5 is High: they agree).
      inherentRating: "high",
      extra: { "Inherent Risk Score": "12 (12)" },
    });
    expect(first?.controls).toHaveLength(4);
    expect((first?.controls as string[])[0]).toMatch(/^Daily regression suite/);
    expect(result.records.find((r) => r.id === "R-SEC-01")).toMatchObject({ status: "closed" });
    expect(result.columns.filter((c) => c.column === "N").map((c) => c.field)).toEqual(["reviewDate", "status"]);
    expect(result.columns.find((c) => c.column === "F")).toMatchObject({ header: "Inherent Risk Score", field: null });
    expect(result.issues).toContainEqual(expect.objectContaining({ code: "row-skipped-summary", cell: "A23" }));
    expect(result.issues).toContainEqual(expect.objectContaining({ code: "date-unreadable", cell: "N14", severity: "warning" }));
  });

  it("reads the eramba control mapping: 143 controls with their ISO, NIST and AI RMF references", async () => {
    const result = await json(ERAMBA);
    expect(result).toMatchObject({ kind: "control-mapping", headerRow: 1, stats: { records: 143, skipped: 0 } });
    const first = result.records[0];
    expect(first).toMatchObject({
      title: "User Account Inventory Review",
      iso27001Refs: ["ISO27001:A.5.15", "ISO27001:A.5.16", "ISO27001:A.5.18", "ISO27001:A.8.2"],
      sp80053Refs: ["SP800-53:AC-2", "SP800-53:IA-4"],
    });
    expect(first?.extra).toMatchObject({ "PCI DSS v4.0.1": expect.stringContaining("8.2.1") });
    expect(first?.extra).not.toHaveProperty("ISO 45001:2018");
    expect(result.records.filter((r) => Array.isArray(r.iso42001Refs)).length).toBe(17);
    expect(result.records.some((r) => (r.iso42001Refs as string[] | undefined)?.includes("ISO42001:A.6.1.2"))).toBe(true);
  });

  it("reads the US federal inventory as an AI system inventory of 2,133 systems", async () => {
    const result = await json(OMB);
    expect(result).toMatchObject({ kind: "ai-inventory", headerRow: 1, stats: { records: 2133 } });
    const mapped = Object.fromEntries(result.columns.filter((c) => c.field).map((c) => [c.field, c.header]));
    expect(mapped).toMatchObject({ name: "Use Case Name", stage: "Stage of Development", purpose: "What is the intended purpose and expected benefits of the AI?" });
    expect(result.records[0]).toMatchObject({ name: "Non-Intrusive Inspection (NII) 3D Imaging Tool", stage: "deployment" });
    const stages = new Set(result.records.map((r) => r.stage));
    expect([...stages]).toEqual(expect.arrayContaining(["operation", "development", "planning", "deployment", "retired"]));
  });

  it("gives records the model accepts", () => {
    for (const file of [URIELLE, OMB]) {
      const read = readWorkbook(new Uint8Array(readFileSync(file)), file);
      const outcome = importWorkbook(read);
      if (!outcome.ok) throw new Error(outcome.message);
      const model = toModel([outcome.chosen]);
      for (const risk of model.risks) expect(Risk.safeParse(risk).error?.issues ?? []).toEqual([]);
      for (const system of model.aiSystems) expect(AiSystem.safeParse(system).error?.issues ?? []).toEqual([]);
      expect(model.risks.length + model.aiSystems.length).toBeGreaterThan(0);
    }
  });

  it("prints a readable summary for a risk manager", async () => {
    const { code, out } = await run("import", URIELLE);
    expect(code).toBe(0);
    expect(out).toContain('sheet "Risk Register"');
    expect(out).toContain("Read as a risk register: header on row 5, 17 records, 10 rows skipped.");
    expect(out).toMatch(/N\s+Review Date \/ Status\s+→ reviewDate/);
    expect(out).toContain('Also considered: "Template (Blank)" as a risk register (score');
    // The register rates a score of 10 Medium; on the default 5×5 matrix 10 is High: flagged with both values.
    expect(out).toMatch(/Warnings \(8\):\n\s+G7\s+Inherent rating: the register says Medium, but likelihood 2 × impact 5 = 10, which the matrix rates High/);
    expect(out).toMatch(/N14\s+Review date: "v1.1 release — OPEN" is not a date/);
  });
});

describe("crosswalk import options", () => {
  it("writes a structured workbook that imports back to the same records", async () => {
    const out = join(dir, "register.xlsx");
    const { code } = await run("import", URIELLE, "--out", out);
    expect(code).toBe(0);
    const original = await json(URIELLE);
    const again = await json(out);
    expect(again).toMatchObject({ kind: "risk-register", sheet: "Risk Register", headerRow: 1, stats: { records: 17, skipped: 0 } });
    const core = (r: Record<string, unknown>) => {
      const { sourceRow: _row, extra: _extra, ...rest } = r;
      return rest;
    };
    expect(again.records.map(core)).toEqual(original.records.map(core));
    expect(again.records[0]?.extra).toMatchObject({ "Inherent Risk Score": "12 (12)" });
  });

  it("keeps formula-injection strings as text, warns, and writes them as text", async () => {
    const file = join(dir, "hostile.csv");
    await writeFile(file, `Risk ID,Risk title,Likelihood,Impact,Owner\nR-1,"=cmd|' /C calc'!A0",3,3,"@SUM(1+1)"\n`);
    const result = await json(file);
    expect(result.records[0]).toMatchObject({ title: "=cmd|' /C calc'!A0", owner: "@SUM(1+1)" });
    expect(result.issues.filter((i) => i.code === "formula-like-text").map((i) => i.cell)).toEqual(["B2", "E2"]);
    const out = join(dir, "hostile.xlsx");
    expect((await run("import", file, "--out", out)).code).toBe(0);
    const written = XLSX.read(await readFile(out), { cellFormula: true });
    const sheet = written.Sheets["Risk Register"];
    expect(sheet?.B2).toMatchObject({ t: "s", v: "=cmd|' /C calc'!A0" });
    expect(sheet?.B2?.f).toBeUndefined();
    // Formatted as Text, so editing the cell in Excel keeps it text.
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await readFile(out)) as unknown as ArrayBuffer);
    const risks = book.getWorksheet("Risk Register");
    expect(risks?.getCell("B2").numFmt).toBe("@");
    expect(risks?.getCell("A2").numFmt).not.toBe("@");
  });

  it("saves a mapping and re-applies it", async () => {
    const mapping = join(dir, "mapping.json");
    expect((await run("import", URIELLE, "--save-mapping", mapping)).code).toBe(0);
    const saved = JSON.parse(await readFile(mapping, "utf8"));
    expect(saved).toMatchObject({ version: 1, kind: "risk-register", sheet: "Risk Register", headerRow: 5 });
    const reapplied = await json(URIELLE, "--mapping", mapping);
    expect(reapplied.records).toEqual((await json(URIELLE)).records);
  });

  it("imports the sheet asked for, and reads a sheet as the kind asked for", async () => {
    expect(await json(URIELLE, "--sheet", "Template (Blank)")).toMatchObject({ sheet: "Template (Blank)", kind: "risk-register", stats: { records: 0 } });
    const forced = await json(ERAMBA, "--kind", "soa");
    expect(forced.kind).toBe("soa");
    expect(forced.issues.map((i) => i.code)).toContain("kind-forced");
  });

  it("exits 1 with an explanation for a sheet it does not recognise", async () => {
    const file = join(dir, "budget.csv");
    await writeFile(file, "Item;Cost;Quarter\nLaptops;1200;Q1\n");
    const { code, out } = await run("import", file);
    expect(code).toBe(1);
    expect(out).toMatch(/is not one Crosswalk recognises/);
  });

  it("reports unreadable files and bad options clearly", async () => {
    expect(await run("import", join(dir, "missing.xlsx"))).toMatchObject({ code: 1, err: expect.stringContaining("no such file") });
    const empty = join(dir, "empty.xlsx");
    await writeFile(empty, "");
    expect(await run("import", empty)).toMatchObject({ code: 1, err: "crosswalk import: The file is empty (0 bytes).\n" });
    expect(await run("import", URIELLE, "--kind", "budget")).toMatchObject({ code: 2, err: expect.stringContaining("--kind must be one of") });
    expect(await run("import", URIELLE, "--sheet", "Nope")).toMatchObject({ code: 2, err: expect.stringContaining('"README", "Risk Register"') });
    expect(await run("import")).toMatchObject({ code: 2 });
    expect(await run("import", URIELLE, "--out", join(dir, "x.csv"))).toMatchObject({ code: 2 });
    const bad = join(dir, "bad-mapping.json");
    await writeFile(bad, JSON.stringify({ version: 2 }));
    expect(await run("import", URIELLE, "--mapping", bad)).toMatchObject({ code: 2, err: expect.stringContaining("not a Crosswalk mapping") });
  });
});

describe("crosswalk import on other registers' shapes", () => {
  const CISO = join(import.meta.dirname, "..", "fixtures", "import", "ciso-assistant-risk-assessment.csv");

  it("names a GRC tool's export format it read, in the summary and in --json", async () => {
    const { code, out } = await run("import", CISO);
    expect(code).toBe(0);
    expect(out).toContain("Read as a risk register (a CISO Assistant risk assessment export): header on row 1, 3 records.");
    expect(await json(CISO)).toMatchObject({ template: { id: "ciso-assistant-risk-assessment" }, stats: { records: 3 } });
  });

  it("prints the sheets and kinds it also considered, with their scores, and --json carries them", async () => {
    const file = join(dir, "two-registers.xlsx");
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([["System name", "Purpose", "Lifecycle stage"], ["Triage", "Sort claims", "Operation"], ["Chat", "Answer", "Pilot"]]), "Systems");
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([["Risk ID", "Risk title", "Likelihood", "Impact", "Owner"], ["R-1", "Drift", 3, 4, "Ann"]]), "Risks");
    await writeFile(file, XLSX.write(book, { type: "buffer", bookType: "xlsx" }) as Buffer);
    const { out } = await run("import", file);
    expect(out).toMatch(/Also considered: "Systems" as an AI system inventory \(score \d+\.\d\d, 2 records\)/);
    const result = await json(file);
    expect(result.sheet).toBe("Risks");
    expect(result.alsoConsidered).toContainEqual(expect.objectContaining({ sheet: "Systems", kind: "ai-inventory", records: 2 }));
  });

  it("declines a sheet that is not a register with a sentence saying what it is (exit 1)", async () => {
    const file = join(dir, "self-assessment.csv");
    await writeFile(file, "Ref,Requirement,Maturity level,Comments\n1.1,Access reviews,3,ok\n1.2,MFA,4,\n2.1,Backups tested,2,\n");
    const { code, out } = await run("import", file);
    expect(code).toBe(1);
    expect(out).toContain("looks like a control self-assessment, not a register; Crosswalk imports risk registers, SoAs, AI inventories, impact assessments and AI RMF profiles");
    const { out: jsonOut } = await run("import", file, "--json");
    expect(JSON.parse(jsonOut)).toMatchObject({ kind: "unknown", declined: { what: "control-self-assessment" } });
  });
});
