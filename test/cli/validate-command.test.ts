import ExcelJS from "exceljs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { ValidateJson } from "../../cli/commands/validate";
import { main } from "../../cli/main";
import { iso42001AnnexAControls } from "../../shared/catalog/catalogs";
import type { RiskMatrix } from "../../shared/scoring/matrix";
import { DEFAULT_MATRIX, MATRIX_3X3 } from "../../shared/scoring/presets";
import { SETTINGS_SHEET, settingsRows } from "../../shared/workbook-snapshot/settings-sheet";
import { captureIo } from "./capture-io";

const URIELLE = join(import.meta.dirname, "..", "fixtures", "samples", "ai-risk-register_urielle-iso42001-toolkit.xlsx");

async function run(...args: string[]) {
  const io = captureIo();
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

let dir: string;
let workbook: string;
let workbook3x3: string;
let noSettings: string;

/**
 * A small team workbook as Crosswalk lays it out: inventory, register and SoA, with one mistake
 * of each kind, and a settings sheet on `matrix` (none when undefined).
 */
async function teamWorkbook(file: string, matrix: RiskMatrix | undefined): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const systems = wb.addWorksheet("AI Systems");
  systems.addRows([
    ["System ID", "Name", "Purpose", "Owner", "Lifecycle Stage"],
    ["AI-1", "Credit scorer", "Scores loans", "Ann", "Operation"],
    ["AI-2", "Chat bot", "Answers questions", "", "Deployment"],
  ]);
  const risks = wb.addWorksheet("Risk Register");
  risks.addRows([
    ["Risk ID", "AI System", "Inherent Likelihood", "Inherent Impact", "Residual Likelihood", "Residual Impact", "Treatment", "Risk Owner", "Next Review", "ISO 42001"],
    ["R-1", "AI-1", 4, 4, 2, 2, "Mitigate", "Ann", "2026-12-31", "A.6.2.4"],
    ["R-2", "AI-9", 2, 2, 3, 3, "Accept", "", "2026-01-31", "A.6.2.44"],
  ]);
  const soa = wb.addWorksheet("Statement of Applicability");
  soa.addRow(["Control ID", "Applicable", "Justification", "Implementation Status", "Evidence", "Owner"]);
  for (const control of iso42001AnnexAControls().filter((c) => c.ref !== "A.10.4")) soa.addRow([control.ref, "Yes", "Needed", "Implemented", "Policy", "Ann"]);
  soa.addRow(["A.10.4", "No", "", "", "", ""]);
  if (matrix) wb.addWorksheet(SETTINGS_SHEET).addRows(settingsRows({ team: "credit-risk", name: "ai-conformance" }, matrix).map((r) => [...r]));
  const path = join(dir, file);
  await writeFile(path, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  return path;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "crosswalk-validate-"));
  workbook = await teamWorkbook("team.xlsx", DEFAULT_MATRIX);
  workbook3x3 = await teamWorkbook("team-3x3.xlsx", MATRIX_3X3);
  noSettings = await teamWorkbook("no-settings.xlsx", undefined);
});

describe("crosswalk validate", () => {
  it("checks every recognised sheet and points each issue at its cell", async () => {
    const { code, out, err } = await run("validate", workbook, "--as-of", "2026-06-30", "--json");
    expect(err).toBe("");
    expect(code).toBe(0);
    const result = JSON.parse(out) as ValidateJson;
    expect(result.sheets).toEqual([
      { sheet: "AI Systems", kind: "ai-inventory", records: 2 },
      { sheet: "Risk Register", kind: "risk-register", records: 2 },
      { sheet: "Statement of Applicability", kind: "soa", records: 38 },
    ]);
    const found = result.issues.map((i) => `${i.code} ${i.sheet}!${i.cell}`);
    expect(found).toEqual(
      expect.arrayContaining([
        "system-owner-missing AI Systems!D3",
        "risk-owner-missing Risk Register!H3",
        "risk-residual-above-inherent Risk Register!E3",
        "risk-accepted-without-approval Risk Register!A3",
        "risk-review-overdue Risk Register!I3",
        "risk-unknown-ai-system Risk Register!B3",
        "framework-id-unknown Risk Register!J3",
        "soa-excluded-without-justification Statement of Applicability!C39",
        "system-without-impact-assessment AI Systems!A2",
      ]),
    );
    expect(found).not.toContain("risk-review-overdue Risk Register!I2");
    expect(result.counts.error).toBe(0);
  });

  it("checks levels on the matrix of the workbook's settings sheet, and exits 1 on errors", async () => {
    const { code, out } = await run("validate", workbook3x3, "--as-of", "2026-06-30");
    expect(code).toBe(1);
    expect(out).toMatch(/Errors \(\d+\):/);
    expect(out).toMatch(/C2\s+Risk R-1: inherent likelihood 4 is not on the matrix \(1–3\)/);
    // --matrix is the fallback for a workbook without settings; the settings sheet wins.
    expect((await run("validate", workbook, "--as-of", "2026-06-30", "--matrix", "3x3")).code).toBe(0);
  });

  it("takes --matrix for a workbook without a settings sheet, and says the ids are missing as push would", async () => {
    const { code, out } = await run("validate", noSettings, "--as-of", "2026-06-30", "--matrix", "3x3", "--json");
    expect(code).toBe(1);
    const result = JSON.parse(out) as ValidateJson;
    expect(result.issues.map((i) => i.code)).toEqual(expect.arrayContaining(["risk-level-off-matrix", "team-id-missing", "workbook-id-missing", "matrix-missing"]));
    const named = JSON.parse((await run("validate", noSettings, "--as-of", "2026-06-30", "--team", "credit-risk", "--workbook", "ai", "--json")).out) as ValidateJson;
    expect(named.issues.map((i) => i.code)).not.toContain("team-id-missing");
    expect(named.issues.map((i) => i.code)).not.toContain("workbook-id-missing");
  });

  it("lets a team switch rules off", async () => {
    const rules = join(dir, "rules.json");
    await writeFile(rules, JSON.stringify({ rules: { "system-without-impact-assessment": "off", "risk-owner-missing": "error" } }));
    const result = JSON.parse((await run("validate", workbook, "--as-of", "2026-06-30", "--rules", rules, "--json")).out) as ValidateJson;
    expect(result.issues.map((i) => i.code)).not.toContain("system-without-impact-assessment");
    expect(result.issues.find((i) => i.code === "risk-owner-missing")?.severity).toBe("error");
  });

  it("refuses a third-party workbook whose sheet is merely named Risk Register, naming crosswalk import --out", async () => {
    const { code, out, err } = await run("validate", URIELLE, "--as-of", "2026-09-01", "--json");
    expect(code).toBe(1);
    const result = JSON.parse(out) as ValidateJson;
    expect(result.sheets).toEqual([]);
    expect(result.issues.map((i) => i.code)).toEqual(["workbook-not-crosswalk"]);
    expect(result.issues[0]?.message).toContain("crosswalk import <file> --out <file.xlsx>");
    expect(err).toContain("crosswalk import ");
    expect(err).toContain("--out ai-risk-register_urielle-iso42001-toolkit-crosswalk.xlsx");
  });

  it("reports a file that is no Crosswalk workbook, and bad options", async () => {
    const file = join(dir, "budget.csv");
    await writeFile(file, "Item,Cost\nLaptops,1200\n");
    expect(await run("validate", file)).toMatchObject({ code: 1, err: expect.stringContaining("is not a Crosswalk workbook") });
    expect(await run("validate", workbook, "--as-of", "someday")).toMatchObject({ code: 2 });
    expect(await run("validate", workbook, "--matrix", "1x99")).toMatchObject({ code: 2 });
  });
});
