import { describe, expect, it } from "vitest";
import { defaultCrosswalk } from "../../../shared/crosswalk/default-graph";
import { MemoryWorkbook } from "../../../addin/port/memory-workbook";
import { OfficeWorkbook } from "../../../addin/port/office-workbook";
import { buildPlan } from "../../../addin/setup/build-plan";
import { sharedWorkbookLayout } from "../../../addin/setup/shared-layout";
import { matrixForSize } from "../../../shared/scoring/matrix-for-size";
import { MATRIX_3X3, MATRIX_4X4, MATRIX_5X5 } from "../../../shared/scoring/presets";
import type { RiskMatrix } from "../../../shared/scoring/matrix";
import { FakeExcel, REQUEST_LIMIT_BYTES } from "../fake-excel";

const plan = buildPlan(sharedWorkbookLayout());
const sheet = (kind: string) => {
  const s = plan.sheets.find((x) => x.kind === kind);
  if (!s) throw new Error(`no ${kind}`);
  return s;
};

describe("the set-up plan", () => {
  it("pre-fills the SoA with the 38 Annex A controls and the profile with the 72 subcategories", () => {
    expect(sheet("soa").rows?.map((r) => r[0])).toHaveLength(38);
    expect(sheet("soa").rows?.[0]?.slice(0, 2)).toEqual(["A.2.2", "AI policy"]);
    expect(sheet("profile").rows).toHaveLength(72);
    expect(sheet("profile").rows?.[0]?.slice(0, 1)).toEqual(["GOVERN 1.1"]);
  });

  it("lists every shipped crosswalk edge once in the read-only reference", () => {
    const ref = sheet("crosswalk-reference");
    expect(ref.readOnly).toBe(true);
    expect(ref.rows).toHaveLength(defaultCrosswalk().edges.length);
    expect(new Set(ref.rows?.map((r) => r.join("\u0001"))).size).toBe(ref.rows?.length);
  });

  it("gives every dropdown column a list that exists", () => {
    const lists = new Set(plan.lists.map((l) => l.name));
    for (const s of plan.sheets) for (const c of s.columns) if (c.list) expect(lists).toContain(c.list);
  });

  it("sets up the full workbook through Office.js in at most 4 syncs, each request under 5 MB, and re-runs adding nothing", async () => {
    const fake = new FakeExcel();
    const port = new OfficeWorkbook({ run: fake.run });
    await port.setUpWorkbook(plan);
    expect(fake.syncs).toBeLessThanOrEqual(4);
    expect(Math.max(...fake.payloads)).toBeLessThan(REQUEST_LIMIT_BYTES);
    const before = fake.syncs;
    const again = await port.setUpWorkbook(plan);
    expect(fake.syncs - before).toBeLessThanOrEqual(4);
    for (const s of again.sheets) expect(s).toMatchObject({ outcome: "completed", rowsAdded: 0, columnsAdded: [] });
    expect(fake.tableValues("CrosswalkReference")).toHaveLength(defaultCrosswalk().edges.length + 1);
  });

  it("re-runs on the in-memory workbook without adding rows either", async () => {
    const wb = new MemoryWorkbook();
    await wb.setUpWorkbook(plan);
    const again = await wb.setUpWorkbook(plan);
    for (const s of again.sheets) expect(s).toMatchObject({ outcome: "completed", rowsAdded: 0 });
  });
});

describe("the set-up plan on the workbook's risk matrix", () => {
  const listsOf = (m: RiskMatrix) => new Map(buildPlan(sharedWorkbookLayout(m)).lists.map((l) => [l.name, l.values]));
  const risks = (m: RiskMatrix) => {
    const s = buildPlan(sharedWorkbookLayout(m)).sheets.find((x) => x.kind === "risks");
    if (!s) throw new Error("no risk register");
    return s;
  };

  it("offers the 3×3 matrix's levels as numbers, with their labels in the next column of the lists sheet", () => {
    const plan = buildPlan(sharedWorkbookLayout(MATRIX_3X3));
    const names = plan.lists.map((l) => l.name);
    expect(names.slice(0, 4)).toEqual(["Likelihood", "Likelihood label", "Impact", "Impact label"]);
    const lists = listsOf(MATRIX_3X3);
    expect(lists.get("Likelihood")).toEqual(["1", "2", "3"]);
    expect(lists.get("Likelihood label")).toEqual(["Low", "Medium", "High"]);
    expect(lists.get("Impact")).toEqual(["1", "2", "3"]);
  });

  it("offers the 4×4 matrix's levels and an unequal matrix's two scales separately", () => {
    const lists = listsOf(MATRIX_4X4);
    expect(lists.get("Likelihood")).toEqual(["1", "2", "3", "4"]);
    expect(lists.get("Impact label")).toEqual(["Minor", "Moderate", "Major", "Severe"]);
    const unequal = listsOf(matrixForSize(4, 6));
    expect(unequal.get("Likelihood")).toEqual(["1", "2", "3", "4"]);
    expect(unequal.get("Impact")).toEqual(["1", "2", "3", "4", "5", "6"]);
  });

  it("feeds likelihood columns from the likelihood list and impact and severity columns from the impact list", () => {
    const plan = buildPlan(sharedWorkbookLayout(matrixForSize(4, 6)));
    const list = (kind: string, header: string) => plan.sheets.find((s) => s.kind === kind)?.columns.find((c) => c.header === header)?.list;
    expect(list("risks", "Inherent Likelihood")).toBe("Likelihood");
    expect(list("risks", "Residual Impact")).toBe("Impact");
    expect(list("impactAssessments", "Likelihood")).toBe("Likelihood");
    expect(list("impactAssessments", "Severity")).toBe("Impact");
  });

  it("colours scores by the matrix's bands: 3×3 in three, 4×4 in four, the default 5×5 as before", () => {
    const bands = (m: RiskMatrix) =>
      risks(m).conditionalFormats?.find((f) => f.column === "Inherent Score")?.rules.map((r) => (r.type === "between" ? [r.min, r.max, r.fill] : r.text));
    expect(bands(MATRIX_3X3)).toEqual([
      [1, 2, "#63BE7B"],
      [3, 4, "#FFEB84"],
      [5, 9, "#F8696B"],
    ]);
    expect(bands(MATRIX_4X4)).toEqual([
      [1, 3, "#63BE7B"],
      [4, 6, "#FFEB84"],
      [7, 11, "#F8A35B"],
      [12, 16, "#F8696B"],
    ]);
    expect(bands(MATRIX_5X5)).toEqual(MATRIX_5X5.bands.map((b) => [b.min, b.max, b.colour]));
    expect(risks(MATRIX_4X4).conditionalFormats?.map((f) => f.column)).toEqual(["Inherent Rating", "Residual Rating", "Inherent Score", "Residual Score"]);
    expect(risks(MATRIX_4X4).conditionalFormats?.find((f) => f.column === "Residual Rating")?.rules.map((r) => (r.type === "text" ? [r.text, r.fill] : []))).toEqual(
      MATRIX_4X4.bands.map((b) => [b.label, b.colour]),
    );
    expect(buildPlan(sharedWorkbookLayout()).lists).toEqual(buildPlan(sharedWorkbookLayout(MATRIX_5X5)).lists);
  });

  it("leaves scores uncoloured on a matrix that adds its levels, since the score cells multiply them", () => {
    expect((risks(matrixForSize(3, 3, "sum")).conditionalFormats ?? []).map((f) => f.column)).toEqual(["Inherent Rating", "Residual Rating"]);
  });

  it("writes the 4×4 lists and bands into Excel", async () => {
    const fake = new FakeExcel();
    await new OfficeWorkbook({ run: fake.run }).setUpWorkbook(buildPlan(sharedWorkbookLayout(MATRIX_4X4)));
    const column = (c: number) => [0, 1, 2, 3, 4, 5].map((r) => fake.cell("Crosswalk Lists", r, c) ?? null);
    expect(column(0)).toEqual(["Likelihood", "1", "2", "3", "4", null]);
    expect(column(1)).toEqual(["Likelihood label", "Rare", "Unlikely", "Likely", "Almost certain", null]);
    const register = fake.sheet("Risk Register");
    const scoreRules = register?.conditionalFormats.filter((c) => (c.rule as { operator?: string }).operator === "Between").map((c) => c.rule);
    expect(scoreRules?.slice(0, 4)).toEqual([
      { formula1: "1", formula2: "3", operator: "Between" },
      { formula1: "4", formula2: "6", operator: "Between" },
      { formula1: "7", formula2: "11", operator: "Between" },
      { formula1: "12", formula2: "16", operator: "Between" },
    ]);
  });
});
