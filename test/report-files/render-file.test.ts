import { describe, expect, it } from "vitest";
import { renderReportFile } from "../../report-files/render-file";
import { isReportFormat, REPORT_FORMATS } from "../../shared/api/report";
import { buildDualConformanceReport } from "../../shared/report/index";
import { demoInput } from "../shared/report/demo-input";

describe("renderReportFile", () => {
  const report = buildDualConformanceReport(demoInput());

  it("renders every format with its media type and extension", async () => {
    const seen: Record<string, [string, string, string]> = {};
    for (const format of REPORT_FORMATS) {
      const file = await renderReportFile(report, format);
      expect(file.format).toBe(format);
      const head = typeof file.body === "string" ? file.body.slice(0, 12) : file.body.subarray(0, 2).toString("latin1");
      seen[format] = [file.mediaType, file.extension, head];
    }
    expect(seen).toEqual({
      json: ["application/json", "json", '{\n  "reportV'],
      csv: ["text/csv; charset=utf-8", "csv", "\uFEFF# Summary\r\n"],
      md: ["text/markdown; charset=utf-8", "md", "# Dual-confo"],
      html: ["text/html; charset=utf-8", "html", "<!DOCTYPE ht"],
      oscal: ["application/json", "oscal.json", '{\n  "assessm'],
      xlsx: ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", "PK"],
    });
  });

  it("renders one CSV table on request and knows its formats", async () => {
    const file = await renderReportFile(report, "csv", { csvTable: "teams" });
    expect(String(file.body).split("\r\n")[0]).toBe("\uFEFFTeam,Name,Workbook,Version,Author,Pushed at,Content as of,Matrix,Risks,AI systems,SoA rows,Profile rows");
    expect(isReportFormat("xlsx")).toBe(true);
    expect(isReportFormat("pdf")).toBe(false);
  });
});
