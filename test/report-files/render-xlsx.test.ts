import * as XLSX from "@e965/xlsx";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { renderXlsx, SHEET_NAMES } from "../../report-files/render-xlsx";
import { buildDualConformanceReport, reportTables, type DualConformanceReport } from "../../shared/report/index";
import { demoInput } from "../shared/report/demo-input";
import { startsLikeFormula } from "../../shared/spreadsheet/formula-injection";
import { HOSTILE, hostileSnapshots } from "../shared/report/render/hostile";

describe("renderXlsx", () => {
  let report: DualConformanceReport;
  let buffer: Buffer;
  let workbook: ExcelJS.Workbook;

  beforeAll(async () => {
    report = buildDualConformanceReport(demoInput({ snapshots: hostileSnapshots() }));
    buffer = await renderXlsx(report);
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  });

  it("writes one sheet per report table, in report order, with short names", () => {
    const expected = reportTables(report).map((table) => SHEET_NAMES[table.id]);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(expected);
    expect(XLSX.read(buffer).SheetNames).toEqual(expected);
  });

  it("styles and freezes the header row of every sheet and filters it", () => {
    for (const sheet of workbook.worksheets) {
      expect(sheet.views[0], sheet.name).toMatchObject({ state: "frozen", ySplit: 1 });
      const first = sheet.getRow(1).getCell(1);
      expect(first.font?.bold, sheet.name).toBe(true);
      expect(first.fill, sheet.name).toMatchObject({ type: "pattern", pattern: "solid" });
    }
    expect(workbook.getWorksheet("Gaps")!.autoFilter).toBeTruthy();
  });

  it("holds the report's values: headers, readiness as percentages, gaps with dates", () => {
    const book = XLSX.read(buffer, { cellDates: true });
    const readiness = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets.Readiness!, { header: 1 });
    expect(readiness[0]).toEqual(["Team", "AI RMF", "AI RMF coverage", "AI RMF profile attainment", "ISO/IEC 42001", "42001 clause evidence", "42001 Annex A controls", "ISO/IEC 27001 (inferred coverage)"]);
    expect(readiness[1]![0]).toBe("credit-risk");
    expect(readiness[1]![1]).toBe(report.readiness.teams[0]!.aiRmf.value);
    expect(book.Sheets.Readiness!.B2!.w).toBe(`${Math.round(report.readiness.teams[0]!.aiRmf.value * 100)}%`);
    const gaps = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets.Gaps!, { header: 1 });
    expect(gaps).toHaveLength(report.readiness.gaps.items.length + 1);
    const first = report.readiness.gaps.items[0]!;
    expect(gaps[1]!.slice(0, 5)).toEqual([first.priority, first.kind, first.standard, first.team, first.ref]);
    expect(gaps[1]![7]).toEqual(new Date(`${first.dueDate}T00:00:00Z`));
    const soa = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets["SoA consolidated"]!, { header: 1 });
    expect(soa).toHaveLength(39);
  });

  it("colours the heat map cells with the common matrix's band colours", () => {
    const sheet = workbook.getWorksheet("Heat map")!;
    const matrix = report.riskPosture.commonMatrix;
    // Row 2 is inherent likelihood 5; column C is impact 1.
    const topLeft = sheet.getRow(2).getCell(3);
    const band = matrix.bands.find((b) => b.id === matrix.cellBands[4]![0])!;
    expect(topLeft.fill).toMatchObject({ fgColor: { argb: `FF${band.colour.slice(1).toUpperCase()}` } });
    const criticalCell = sheet.getRow(2).getCell(7);
    expect((criticalCell.fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFF8696B");
    let total = 0;
    for (let row = 2; row <= 6; row += 1) for (let col = 3; col <= 7; col += 1) total += Number(sheet.getRow(row).getCell(col).value);
    expect(total).toBe(report.riskPosture.totals.inherent.rated);
  });

  it("keeps hostile text as text: no formula cells anywhere", () => {
    const book = XLSX.read(buffer, { cellFormula: true });
    for (const name of book.SheetNames) {
      for (const [address, cell] of Object.entries(book.Sheets[name]!)) {
        if (address.startsWith("!")) continue;
        expect((cell as XLSX.CellObject).f, `${name}!${address}`).toBeUndefined();
      }
    }
    const top = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets["Top risks"]!, { header: 1 });
    expect(top.some((row) => Object.values(HOSTILE).includes(String(row[3]) as never))).toBe(true);
  });

  it("formats every text cell that starts like a formula as Text, so editing it cannot turn it into one", () => {
    let dangerous = 0;
    for (const sheet of workbook.worksheets) {
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value !== "string" || !startsLikeFormula(cell.value)) return;
          dangerous++;
          expect(cell.numFmt, `${sheet.name}!${cell.address}`).toBe("@");
        }),
      );
    }
    expect(dangerous).toBeGreaterThan(0);
  });
});
