import ExcelJS from "exceljs";
import * as XLSX from "@e965/xlsx";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readWorkbook } from "../../../shared/file-reader/read-workbook";
import { DEFAULT_LIMITS, WorkbookReadError } from "../../../shared/file-reader/limits";
import { lastRowWithContent } from "../../../shared/file-reader/xlsx-prescan";
import { columnLetter } from "../../../shared/file-reader/cell-address";
import { importWorkbook } from "../../../shared/import/import-workbook";
import { inlineCell, sheetXml, xlsxWithSheetXml, zip } from "../../helpers/zip";

const SAMPLES = join(import.meta.dirname, "..", "..", "fixtures", "samples");
const bytesOf = (text: string) => new TextEncoder().encode(text);

async function exceljsBook(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

function readError(bytes: Uint8Array, name: string, limits = DEFAULT_LIMITS): string {
  try {
    readWorkbook(bytes, name, limits);
  } catch (error) {
    expect(error).toBeInstanceOf(WorkbookReadError);
    return (error as Error).message;
  }
  throw new Error("expected a WorkbookReadError");
}

describe("reading .xlsx", () => {
  it("keeps values, dates, formulas with and without saved values, merges and hidden rows and columns", async () => {
    const bytes = await exceljsBook((wb) => {
      const ws = wb.addWorksheet("Register");
      ws.getCell("A1").value = "Banner";
      ws.mergeCells("A1:D1");
      ws.getRow(2).values = ["Risk ID", "Due", "Score", "Note"];
      ws.getCell("A3").value = "R-1";
      ws.getCell("B3").value = new Date(Date.UTC(2026, 5, 30));
      ws.getCell("B3").numFmt = "dd/mm/yyyy";
      ws.getCell("C3").value = { formula: "2*3", result: 6 } as ExcelJS.CellFormulaValue;
      ws.getCell("C4").value = { formula: "2*4" } as ExcelJS.CellFormulaValue;
      ws.getCell("D3").value = 0.5;
      ws.getCell("D3").numFmt = "0%";
      ws.getRow(4).hidden = true;
      ws.getColumn(4).hidden = true;
      const other = wb.addWorksheet("Hidden sheet");
      other.state = "hidden";
      other.getCell("A1").value = "x";
    });
    const { sheets, format } = readWorkbook(bytes, "r.xlsx");
    expect(format).toBe("xlsx");
    const [sheet, hidden] = sheets;
    expect(sheet?.values[0]?.[0]).toBe("Banner");
    expect(sheet?.values[2]).toEqual(["R-1", { kind: "date", serial: 46203 }, 6, 0.5]);
    expect(sheet?.values[3]?.[2] ?? null).toBeNull();
    expect(sheet?.formulas?.[2]?.[2]).toBe("2*3");
    expect(sheet?.formulas?.[3]?.[2]).toBe("2*4");
    expect(sheet?.merges).toEqual([{ startRow: 0, startColumn: 0, endRow: 0, endColumn: 3 }]);
    expect(sheet?.hiddenRows).toEqual([3]);
    expect(sheet?.hiddenColumns).toEqual([3]);
    expect(hidden?.hidden).toBe(true);
  });

  it("shifts dates of a 1904-system workbook onto the 1900 system", async () => {
    const bytes = await exceljsBook((wb) => {
      wb.properties.date1904 = true;
      const ws = wb.addWorksheet("S");
      ws.getCell("A1").value = new Date(Date.UTC(2026, 5, 30));
      ws.getCell("A1").numFmt = "yyyy-mm-dd";
    });
    expect(readWorkbook(bytes, "d.xlsx").sheets[0]?.values[0]?.[0]).toEqual({ kind: "date", serial: 46203 });
  });

  it("reads a sheet formatted or validated down to row 1,048,576 but holding a few rows", () => {
    const xml = sheetXml(
      `<row r="1">${inlineCell("A1", "Risk ID")}${inlineCell("B1", "Owner")}</row><row r="2">${inlineCell("A2", "R-1")}${inlineCell("B2", "Ann")}</row><row r="1048576" s="1" customFormat="1"><c r="B1048576" s="1"/></row>`,
      "A1:XFD1048576",
      `<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="B2:B1048576 C:C A1:XFD1048576"><formula1>"a,b"</formula1></dataValidation></dataValidations>`,
    );
    const { sheets } = readWorkbook(xlsxWithSheetXml(xml), "dv.xlsx");
    expect(sheets[0]?.values).toEqual([
      ["Risk ID", "Owner"],
      ["R-1", "Ann"],
    ]);
  });
});

describe("limits and hostile files", () => {
  it("refuses a sheet with data on row 1,048,576 at once, with a clear message", () => {
    const rows: string[] = [];
    for (let r = 1; r <= 1_048_576; r += 1) rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
    const bytes = xlsxWithSheetXml(sheetXml(rows.join(""), "A1:A1048576"));
    const start = performance.now();
    expect(readError(bytes, "big.xlsx")).toMatch(/data on row 1,048,576; Crosswalk reads at most 250,000 rows/);
    expect(performance.now() - start).toBeLessThan(10_000);
  }, 60_000);

  it("refuses data in all 16,384 columns, naming the first cell beyond the limit", () => {
    const cells = Array.from({ length: 16_384 }, (_, c) => inlineCell(`${columnLetter(c)}1`, `h${c}`)).join("");
    const bytes = xlsxWithSheetXml(sheetXml(`<row r="1">${cells}</row>`, "A1:XFD1"));
    expect(readError(bytes, "wide.xlsx")).toMatch(/data in column ALM \(cell ALM1\); Crosswalk reads at most 1000 columns/);
  });

  it("stops at the row limit for formats without a pre-scan (CSV)", () => {
    const csv = `id\n${Array.from({ length: 60 }, (_, i) => `R${i}`).join("\n")}\n`;
    expect(readError(bytesOf(csv), "x.csv", { ...DEFAULT_LIMITS, maxRows: 50 })).toMatch(/beyond row 50/);
  });

  it("still refuses data beyond the limit when the sheet understates its extent", () => {
    const rows = Array.from({ length: 60 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join("");
    expect(readError(xlsxWithSheetXml(sheetXml(rows, "A1:A2")), "lies.xlsx", { ...DEFAULT_LIMITS, maxRows: 50 })).toMatch(/beyond row 50/);
  });

  it("refuses more cells than the limit", () => {
    const csv = Array.from({ length: 20 }, () => "a,b,c,d,e").join("\n");
    expect(readError(bytesOf(csv), "x.csv", { ...DEFAULT_LIMITS, maxCells: 50 })).toMatch(/more than 50 filled cells/);
  });

  it("refuses a zip that declares an absurd unpacked size", () => {
    expect(readError(xlsxWithSheetXml(sheetXml(""), { declaredSize: 0xfffffff0 }), "bomb.xlsx")).toMatch(/unpacks to more than 1024 MB|larger than 4 GB/);
  });

  it("refuses empty, binary, truncated and corrupt files with clear messages", () => {
    expect(readError(new Uint8Array(), "e.xlsx")).toBe("The file is empty (0 bytes).");
    expect(readError(bytesOf("  \n \n"), "e.csv")).toMatch(/empty/);
    const noise = new Uint8Array(4096).map((_, i) => (i * 7919) % 251);
    expect(readError(noise, "n.xlsx")).toMatch(/not a spreadsheet Crosswalk can read/);
    const good = xlsxWithSheetXml(sheetXml(`<row r="1">${inlineCell("A1", "x")}</row>`));
    expect(readError(good.subarray(0, good.length - 40), "t.xlsx")).toMatch(/damaged/);
    const cfbJunk = new Uint8Array(600);
    cfbJunk.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(readError(cfbJunk, "j.xls")).toMatch(/could not be read/);
    expect(readError(zip([{ name: "hello.txt", data: "hi" }]), "z.xlsx")).toMatch(/could not be read|no sheets/);
  });

  it("says so when a file is password-protected", () => {
    const container = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(container, "EncryptionInfo", new Uint8Array(64));
    XLSX.CFB.utils.cfb_add(container, "EncryptedPackage", new Uint8Array(4096));
    const bytes = new Uint8Array(XLSX.CFB.write(container, { type: "array" }) as ArrayLike<number>);
    expect(readError(bytes, "secret.xlsx")).toMatch(/password-protected/);
  });

  it("refuses files above the size limit before parsing", () => {
    expect(readError(bytesOf("a,b\n1,2\n"), "x.csv", { ...DEFAULT_LIMITS, maxBytes: 4 })).toMatch(/reads files up to/);
  });

  it("keeps a 32,767-character cell and cuts a longer CSV field, saying where", () => {
    const full = "x".repeat(32_767);
    const fine = readWorkbook(bytesOf(`a\n"${full}"\n`), "f.csv");
    expect(fine.sheets[0]?.values[1]?.[0]).toBe(full);
    expect(fine.truncatedCells).toEqual([]);
    const long = readWorkbook(bytesOf(`a\n"${"y".repeat(40_000)}"\n`), "l.csv");
    expect((long.sheets[0]?.values[1]?.[0] as string).length).toBe(32_767);
    expect(long.truncatedCells).toEqual([{ sheet: "Sheet1", cell: "A2" }]);
  });

  it("finds the last row holding content from the end of the sheet XML", () => {
    expect(lastRowWithContent(`<row r="1"><c r="A1"><v>1</v></c></row><row r="9"><c r="A9" s="2"/></row>`)).toBe(1);
    expect(lastRowWithContent(`<row r="3"><c r="A3" t="inlineStr"><is><t>x</t></is></c></row>`)).toBe(3);
    expect(lastRowWithContent(`<row r="4"><c r="A4"><f>1+1</f></c></row>`)).toBe(4);
    expect(lastRowWithContent(`<sheetData/>`)).toBeUndefined();
  });
});

describe("reading text files", () => {
  const header = "Risk ID;Likelihood;Impact;Owner";
  it("reads any delimiter, with or without a byte-order mark", () => {
    for (const [text, name] of [
      [`\uFEFF${header}\nR-1;3;4;Ann\n`, "semicolon-bom.csv"],
      [`${header.replaceAll(";", ",")}\nR-1,3,4,Ann\n`, "comma.csv"],
      [`${header.replaceAll(";", "\t")}\nR-1\t3\t4\tAnn\n`, "tab.tsv"],
      [`${header.replaceAll(";", "|")}\nR-1|3|4|Ann\n`, "pipe.txt"],
    ] as const) {
      const { sheets } = readWorkbook(bytesOf(text), name);
      expect(sheets[0]?.values, name).toEqual([
        ["Risk ID", "Likelihood", "Impact", "Owner"],
        ["R-1", "3", "4", "Ann"],
      ]);
    }
  });

  it("reads UTF-16 and Windows-1252 text", () => {
    const text = "Propriétaire;Échéance\nRené;30/06/2026\n";
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, "utf16le")]);
    const cp1252 = new Uint8Array(Buffer.from(text, "latin1"));
    for (const bytes of [utf16, cp1252]) expect(readWorkbook(bytes, "x.csv").sheets[0]?.values[1]).toEqual(["René", "30/06/2026"]);
  });

  it("keeps quoted line breaks and never turns text into formulas", () => {
    const { sheets } = readWorkbook(bytesOf(`Controls,Note\n"1. MFA\n2. Logging","=HYPERLINK(""http://x"")"\n`), "q.csv");
    expect(sheets[0]?.values[1]).toEqual(["1. MFA\n2. Logging", '=HYPERLINK("http://x")']);
    expect(sheets[0]?.formulas).toBeUndefined();
  });
});

describe("other formats", () => {
  it("reads .ods and legacy .xls written by another tool", () => {
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([["Risk ID", "Likelihood"], ["R-1", 3]]), "Risks");
    for (const bookType of ["ods", "biff8"] as const) {
      const bytes = new Uint8Array(XLSX.write(book, { bookType, type: "array" }) as ArrayBuffer);
      const read = readWorkbook(bytes, `x.${bookType === "ods" ? "ods" : "xls"}`);
      expect(read.sheets[0]?.name).toBe("Risks");
      expect(read.sheets[0]?.values).toEqual([["Risk ID", "Likelihood"], ["R-1", 3]]);
    }
  });

  it("reads the US federal AI inventory (.xls, BIFF8)", () => {
    const read = readWorkbook(new Uint8Array(readFileSync(join(SAMPLES, "us-federal-ai-use-case-inventory-2024_omb.xls"))), "omb.xls");
    expect(read.format).toBe("xls");
    expect(read.sheets[0]?.values.length).toBe(2134);
    expect(read.sheets[0]?.values[0]?.length).toBe(62);
  });

  it("leaves out a sheet that breaks a limit and reads the others", async () => {
    const bytes = await exceljsBook((wb) => {
      wb.addWorksheet("Good").getCell("A1").value = "x";
      wb.addWorksheet("Wide").getCell("ZZ1").value = "far";
    });
    const read = readWorkbook(bytes, "two.xlsx", { ...DEFAULT_LIMITS, maxColumns: 100 });
    expect(read.sheets.map((s) => s.name)).toEqual(["Good"]);
    expect(read.problems).toEqual([{ sheet: "Wide", message: expect.stringMatching(/column ZZ/) }]);
    expect(importWorkbook(read).ok).toBe(true);
  });
});
