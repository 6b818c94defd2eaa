import { describe, expect, it } from "vitest";
import { readWorkbook } from "../../../shared/file-reader/read-workbook";
import { importSheet } from "../../../shared/import/import-sheet";
import { SOA_27001_2013_HIERARCHICAL, SOA_42001_SECTIONS } from "../../fixtures/import/soas";
import { soa2013WithDateIds } from "../../fixtures/import/write-xlsx";
import { grid } from "./grids";

type Grid = Parameters<typeof importSheet>[0];

describe("hierarchical Statements of Applicability", () => {
  it("reads domain and objective rows as headings and gives each control its section", () => {
    const result = importSheet(SOA_42001_SECTIONS.sheets[0] as Grid);
    expect(result.records.map((r) => r.controlId)).toEqual([
      "ISO42001:A.2.2", "ISO42001:A.2.3", "ISO42001:A.2.4", "ISO42001:A.4.2", "ISO42001:A.4.3", "ISO42001:A.6.1.2", "ISO42001:A.6.1.3",
    ]);
    expect(result.records[0]?.extra).toEqual({ Section: "A.2 Policies related to AI" });
    expect(result.records[5]?.extra).toEqual({ Section: "A.6 AI system life cycle › A.6.1 Objective: responsible design" });
    expect(result.issues).toContainEqual(expect.objectContaining({ code: "soa-headings", message: expect.stringContaining("4 domain and objective rows") }));
  });

  it("leaves a flat SoA as it is", () => {
    const flat = grid([
      ["Control", "Applicable", "Justification"],
      ["A.5.1", "Yes", "Policy"],
      ["A.5.2", "Yes", "Roles"],
      ["A.5.10", "No", "n/a"],
    ]);
    const result = importSheet(flat);
    expect(result.stats.records).toBe(3);
    expect(result.records.every((r) => r.extra === undefined)).toBe(true);
    expect(result.issues.map((i) => i.code)).not.toContain("soa-headings");
  });
});

describe("ISO/IEC 27001:2013 Statements of Applicability", () => {
  const result = importSheet(SOA_27001_2013_HIERARCHICAL.sheets[0] as Grid);

  it("reads 2013 controls as the 2022 controls they became, keeping the 2013 id", () => {
    expect(result.records.map((r) => [r.controlId, r.extra?.["ISO/IEC 27001:2013 control"]])).toEqual([
      ["ISO27001:A.5.1", "A.5.1.1"],
      ["ISO27001:A.5.1", "A.5.1.2"],
      ["ISO27001:A.8.24", "A.10.1.1"],
      ["ISO27001:A.8.24", "A.10.1.2"],
      ["ISO27001:A.8.15", "A.12.4.1"],
      ["ISO27001:A.8.15", "A.12.4.2"],
      ["ISO27001:A.8.15", "A.12.4.3"],
      ["ISO27001:A.5.36", "A.18.2.3"],
    ]);
  });

  it("says which controls were merged, naming both editions' ids, on each control's cell", () => {
    const merged = result.issues.filter((i) => i.code === "iso27001-2013-merged");
    expect(merged.map((i) => i.cell)).toEqual(["A5", "A6", "A9", "A10", "A13", "A14", "A15"]);
    expect(merged[4]?.message).toBe("ISO/IEC 27001:2013 A.12.4.1 was merged with A.12.4.2, A.12.4.3 into A.8.15 in ISO/IEC 27001:2022");
    expect(result.issues).toContainEqual(expect.objectContaining({ code: "iso27001-2013-soa", message: expect.stringContaining("8 were read") }));
  });

  it("reads ids Excel stored as yy.m.d dates in a saved file back as ids", () => {
    const book = readWorkbook(soa2013WithDateIds(), "soa.xlsx");
    const read = importSheet(book.sheets[0] as Grid);
    expect(read.records.map((r) => r.extra?.["ISO/IEC 27001:2013 control"])).toEqual(["A.9.1.1", "A.9.1.2", "A.10.1.1", "A.10.1.2", "A.12.4.1", "A.12.4.3"]);
    expect(read.records.map((r) => r.controlId)).toEqual(["ISO27001:A.5.15", "ISO27001:A.5.15", "ISO27001:A.8.24", "ISO27001:A.8.24", "ISO27001:A.8.15", "ISO27001:A.8.15"]);
    expect(read.records[2]?.extra?.["Section"]).toBe("A.10 Cryptography › A.10.1 Objective: protect information with cryptography");
  });
});
