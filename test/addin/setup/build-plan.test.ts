import { describe, expect, it } from "vitest";
import { defaultCrosswalk } from "../../../shared/crosswalk/default-graph";
import { MemoryWorkbook } from "../../../addin/port/memory-workbook";
import { OfficeWorkbook } from "../../../addin/port/office-workbook";
import { buildPlan } from "../../../addin/setup/build-plan";
import { sharedWorkbookLayout } from "../../../addin/setup/shared-layout";
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
