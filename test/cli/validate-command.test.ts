import ExcelJS from "exceljs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { ValidateJson } from "../../cli/commands/validate";
import { main } from "../../cli/main";
import { iso42001AnnexAControls } from "../../shared/catalog/catalogs";
import { captureIo } from "./capture-io";

const URIELLE = join(import.meta.dirname, "..", "fixtures", "samples", "ai-risk-register_urielle-iso42001-toolkit.xlsx");

async function run(...args: string[]) {
  const io = captureIo();
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

let dir: string;
let workbook: string;

/** A small team workbook: inventory, register and SoA, with one mistake of each kind. */
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "crosswalk-validate-"));
  workbook = join(dir, "team.xlsx");
  const wb = new ExcelJS.Workbook();
  const systems = wb.addWorksheet("AI Systems");
  systems.addRows([
    ["System ID", "Name", "Purpose", "Owner", "Lifecycle Stage"],
    ["AI-1", "Credit scorer", "Scores loans", "Ann", "Operation"],
    ["AI-2", "Chat bot", "Answers questions", "", "Pilot"],
  ]);
  const risks = wb.addWorksheet("Risks");
  risks.addRows([
    ["Risk ID", "AI System", "Inherent Likelihood", "Inherent Impact", "Residual Likelihood", "Residual Impact", "Treatment", "Risk Owner", "Next Review", "ISO 42001"],
    ["R-1", "AI-1", 4, 4, 2, 2, "Mitigate", "Ann", "2026-12-31", "A.6.2.4"],
    ["R-2", "AI-9", 2, 2, 3, 3, "Accept", "", "2026-01-31", "A.6.2.44"],
  ]);
  const soa = wb.addWorksheet("SoA");
  soa.addRow(["Control ID", "Applicable", "Justification", "Implementation Status", "Evidence", "Owner"]);
  for (const control of iso42001AnnexAControls().filter((c) => c.ref !== "A.10.4")) soa.addRow([control.ref, "Yes", "Needed", "Implemented", "Policy", "Ann"]);
  soa.addRow(["A.10.4", "No", "", "", "", ""]);
  await writeFile(workbook, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
});

describe("crosswalk validate", () => {
  it("checks every recognised sheet and points each issue at its cell", async () => {
    const { code, out, err } = await run("validate", workbook, "--as-of", "2026-06-30", "--json");
    expect(err).toBe("");
    expect(code).toBe(0);
    const result = JSON.parse(out) as ValidateJson;
    expect(result.sheets).toEqual([
      { sheet: "AI Systems", kind: "ai-inventory", records: 2 },
      { sheet: "Risks", kind: "risk-register", records: 2 },
      { sheet: "SoA", kind: "soa", records: 38 },
    ]);
    const found = result.issues.map((i) => `${i.code} ${i.sheet}!${i.cell}`);
    expect(found).toEqual(
      expect.arrayContaining([
        "system-owner-missing AI Systems!D3",
        "risk-owner-missing Risks!H3",
        "risk-residual-above-inherent Risks!E3",
        "risk-accepted-without-approval Risks!A3",
        "risk-review-overdue Risks!I3",
        "risk-unknown-ai-system Risks!B3",
        "framework-id-unknown Risks!J3",
        "soa-excluded-without-justification SoA!C39",
        "system-without-impact-assessment AI Systems!A2",
      ]),
    );
    expect(found).not.toContain("risk-review-overdue Risks!I2");
    expect(result.counts.error).toBe(0);
  });

  it("exits 1 when there are errors, such as a level off the matrix", async () => {
    const { code, out } = await run("validate", workbook, "--as-of", "2026-06-30", "--matrix", "3x3");
    expect(code).toBe(1);
    expect(out).toMatch(/Errors \(\d+\):/);
    expect(out).toMatch(/C2\s+Risk R-1: inherent likelihood 4 is not on the matrix \(1–3\)/);
  });

  it("lets a team switch rules off", async () => {
    const rules = join(dir, "rules.json");
    await writeFile(rules, JSON.stringify({ rules: { "system-without-impact-assessment": "off", "risk-owner-missing": "error" } }));
    const result = JSON.parse((await run("validate", workbook, "--as-of", "2026-06-30", "--rules", rules, "--json")).out) as ValidateJson;
    expect(result.issues.map((i) => i.code)).not.toContain("system-without-impact-assessment");
    expect(result.issues.find((i) => i.code === "risk-owner-missing")?.severity).toBe("error");
  });

  it("validates a third-party register as it imports it", async () => {
    const { code, out } = await run("validate", URIELLE, "--as-of", "2026-09-01");
    expect(code).toBe(0);
    expect(out).toContain('"Risk Register": risk register, 17 records');
    expect(out).toMatch(/N6\s+Risk R-EI-01 was due for review on 2026-06-30/);
  });

  it("reports files with nothing to validate and bad options", async () => {
    const file = join(dir, "budget.csv");
    await writeFile(file, "Item,Cost\nLaptops,1200\n");
    expect(await run("validate", file)).toMatchObject({ code: 1, err: expect.stringContaining("nothing to validate") });
    expect(await run("validate", workbook, "--as-of", "someday")).toMatchObject({ code: 2 });
    expect(await run("validate", workbook, "--matrix", "1x99")).toMatchObject({ code: 2 });
  });
});
