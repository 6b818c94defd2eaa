import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readWorkbook } from "../../../shared/file-reader/read-workbook";
import type { ImportedRecord } from "../../../shared/import/import-result";
import { importSheet } from "../../../shared/import/import-sheet";
import { soaFromControlLibrary } from "../../../shared/import/soa-from-control-library";
import { SoaEntry } from "../../../shared/model/soa";

const ERAMBA = join(import.meta.dirname, "..", "..", "fixtures", "samples", "control-framework-mapping_eramba.csv");

function eramba(): readonly ImportedRecord[] {
  const read = readWorkbook(new Uint8Array(readFileSync(ERAMBA)), "control-framework-mapping_eramba.csv");
  const sheet = read.sheets[0];
  if (!sheet) throw new Error("no sheet");
  const result = importSheet(sheet);
  expect(result.kind).toBe("control-mapping");
  return result.records;
}

describe("a control library as a pre-filled Statement of Applicability", () => {
  it("gives the eramba library one SoA entry per Annex A control it references, its controls as evidence", () => {
    const soa = soaFromControlLibrary(eramba());
    if (!soa.ok) throw new Error(soa.reason);
    const ids = soa.entries.map((e) => e.controlId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => /^ISO(42001|27001):A\.\d/.test(id))).toBe(true);
    expect(soa.counts.iso42001).toBeGreaterThan(10);
    expect(soa.counts.iso27001).toBeGreaterThan(10);
    // ISO/IEC 42001 first, then 27001; the clauses the library also names (9.2.1, 7.2) are not rows.
    expect(ids.findIndex((id) => id.startsWith("ISO27001:"))).toBe(soa.counts.iso42001);
    expect(ids).not.toContain("ISO42001:9.2.1");
    const mfa = soa.entries.find((e) => e.controlId === "ISO27001:A.8.5");
    expect(mfa?.evidence).toContain("Multi-Factor Authentication Coverage Review");
    expect(mfa?.title).toBeTruthy();
    expect(mfa?.applicable).toBeUndefined();
    expect(mfa?.status).toBeUndefined();
    for (const entry of soa.entries) expect(SoaEntry.safeParse(entry).success, entry.controlId).toBe(true);
    expect(soa.summary).toMatch(/^\d+ of its controls reference \d+ ISO\/IEC 42001 Annex A controls and \d+ ISO\/IEC 27001 Annex A controls/);
  });

  it("lists a library control once per SoA row, with its id when it has one", () => {
    const records: ImportedRecord[] = [
      { sourceRow: 2, id: "AC-07", title: "MFA review", iso27001Refs: ["ISO27001:A.8.5", "ISO27001:A.8.5"] },
      { sourceRow: 3, title: "Model cards", iso42001Refs: ["ISO42001:A.6.2.7"] },
    ];
    const soa = soaFromControlLibrary(records);
    if (!soa.ok) throw new Error(soa.reason);
    expect(soa.entries.map((e) => [e.controlId, e.evidence])).toEqual([
      ["ISO42001:A.6.2.7", ["Model cards"]],
      ["ISO27001:A.8.5", ["MFA review (AC-07)"]],
    ]);
  });

  it("declines with a sentence when the library references no Annex A control", () => {
    const none = soaFromControlLibrary([{ sourceRow: 2, title: "Access review", sp80053Refs: ["SP800-53:AC-2"] }]);
    expect(none).toEqual({ ok: false, reason: expect.stringMatching(/^This control library references no ISO\/IEC 42001 or ISO\/IEC 27001 Annex A control, so there is nothing to pre-fill/) });
    const clauses = soaFromControlLibrary([{ sourceRow: 2, title: "Internal audit", iso42001Refs: ["ISO42001:9.2.1"] }]);
    expect(clauses.ok).toBe(false);
    if (!clauses.ok) expect(clauses.reason).toContain("only clauses");
  });
});
