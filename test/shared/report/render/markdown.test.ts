import { describe, expect, it } from "vitest";
import { buildDualConformanceReport, escapeMarkdown, renderMarkdown } from "../../../../shared/report/index";
import { demoInput } from "../demo-input";
import { HOSTILE, hostileSnapshots } from "./hostile";

/** Cells of a Markdown table row, splitting on pipes that are not backslash-escaped. */
function cells(line: string): string[] {
  return line.slice(1, -1).split(/(?<!\\)\|/);
}

describe("renderMarkdown", () => {
  const report = buildDualConformanceReport(demoInput({ snapshots: hostileSnapshots() }));
  const md = renderMarkdown(report);

  it("escapes hostile text: no raw HTML tag, no live link or emphasis, no broken table", () => {
    expect(md).not.toContain("<script>");
    expect(md).not.toContain("<b>");
    expect(md).not.toContain("](javascript:");
    expect(md).toContain("\\<script\\>");
    for (const block of md.split("\n\n")) {
      const lines = block.split("\n").filter((line) => line.startsWith("| "));
      if (lines.length < 2) continue;
      const width = cells(lines[0]!).length;
      for (const line of lines) expect(cells(line).length, line).toBe(width);
    }
  });

  it("keeps a value with a line break on one line", () => {
    expect(escapeMarkdown(HOSTILE.newline)).toBe("line one line two");
    expect(escapeMarkdown("a|b*c_d`e[f]<g>")).toBe("a\\|b\\*c\\_d\\`e\\[f\\]\\<g\\>");
  });

  it("has every section of the report", () => {
    for (const heading of ["## Summary", "## Programme view", "## Readiness", "## NIST AI RMF", "## ISO/IEC 42001", "## ISO/IEC 27001 overlay (inferred)", "## The six dual-conformance activities", "## Risk posture", "## Method"]) {
      expect(md).toContain(`\n${heading}\n`);
    }
  });
});
