import * as XLSX from "@e965/xlsx";
import { describe, expect, it } from "vitest";
import { buildDualConformanceReport, csvField, csvTableIds, renderCsv, renderCsvFiles } from "../../../../shared/report/index";
import { demoInput } from "../demo-input";
import { HOSTILE, hostileSnapshots } from "./hostile";

describe("csvField", () => {
  it.each([
    ["=1+1", "'=1+1"],
    ["+1", "'+1"],
    ["-1", "'-1"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tx", "'\tx"],
    ["\rx", `"'\rx"`],
    ['=HYPERLINK("a","b")', `"'=HYPERLINK(""a"",""b"")"`],
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    [" =leading space", "' =leading space"],
    ["\n=after a line feed", `"'\n=after a line feed"`],
    ["\uFF1D1+1", "'\uFF1D1+1"],
    ["\uFF0B1", "'\uFF0B1"],
    ["\uFF0D1", "'\uFF0D1"],
    ["\uFF20SUM(A1)", "'\uFF20SUM(A1)"],
    [" plain after a space", " plain after a space"],
  ])("makes %j safe as %j", (input, output) => {
    expect(csvField(input)).toBe(output);
  });

  it("writes numbers, booleans and empty cells as they are (a negative number is not text)", () => {
    expect(csvField(-3)).toBe("-3");
    expect(csvField(0.25)).toBe("0.25");
    expect(csvField(Number.NaN)).toBe("");
    expect(csvField(true)).toBe("true");
    expect(csvField(null)).toBe("");
  });
});

describe("renderCsv", () => {
  const report = buildDualConformanceReport(demoInput({ snapshots: hostileSnapshots() }));

  it("puts every table in one document, each under its title, with a BOM for Excel", () => {
    const text = renderCsv(report);
    expect(text.startsWith("\uFEFF# Summary\r\n")).toBe(true);
    for (const file of renderCsvFiles(report)) expect(text).toContain(`${csvField(`# ${file.title}`)}\r\n${file.text}`);
    expect(renderCsv(report, { bom: false }).startsWith("# Summary")).toBe(true);
  });

  it("renders one table alone on request, and names the known tables for an unknown one", () => {
    const gaps = renderCsv(report, { table: "gaps", bom: false });
    expect(gaps.split("\r\n")[0]).toBe("Priority,Kind,Standard,Team,Reference,Title,Owner,Due,Days overdue,Reason");
    expect(() => renderCsv(report, { table: "nope" })).toThrow(/unknown report table "nope".*gaps/);
    expect(csvTableIds(report)).toContain("soa-teams");
  });

  it("never lets a hostile cell start with a formula character, read back by a spreadsheet parser", () => {
    // raw: false makes SheetJS read "=…" cells as formulas, as a spreadsheet would.
    for (const file of renderCsvFiles(report)) {
      const book = XLSX.read(file.text, { type: "string", raw: false });
      const sheet = book.Sheets[book.SheetNames[0]!]!;
      for (const [address, cell] of Object.entries(sheet)) {
        if (address.startsWith("!")) continue;
        const c = cell as XLSX.CellObject;
        expect(c.f, `${file.name} ${address}`).toBeUndefined();
        if (c.t === "s") expect(String(c.v), `${file.name} ${address}`).not.toMatch(/^[=+\-@\t\r]/);
      }
    }
  });

  it("keeps hostile text, prefixed, in the top risks table", () => {
    const top = renderCsv(report, { table: "top-risks", bom: false });
    const rows = XLSX.utils.sheet_to_json<string[]>(XLSX.read(top, { type: "string", raw: true }).Sheets.Sheet1!, { header: 1, raw: true });
    const titles = rows.slice(1).map((row) => String(row[3]));
    const hostile = titles.filter((t) => Object.values(HOSTILE).some((h) => t === h || t === `'${h}`));
    expect(hostile.length).toBeGreaterThan(0);
    for (const title of hostile) if (/^[=+\-@\t\r]/.test(title.slice(1))) expect(title.startsWith("'")).toBe(true);
  });

  it("writes rectangular tables: every row has as many fields as the header", () => {
    for (const file of renderCsvFiles(report)) {
      const book = XLSX.read(file.text, { type: "string", raw: true });
      const rows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[book.SheetNames[0]!]!, { header: 1, raw: true, defval: null });
      const width = rows[0]!.length;
      for (const row of rows) expect(row.length, file.name).toBe(width);
    }
  });
});
