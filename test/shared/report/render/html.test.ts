import { Window } from "happy-dom";
import { describe, expect, it } from "vitest";
import { buildDualConformanceReport, escapeHtml, renderHtml } from "../../../../shared/report/index";
import { demoInput } from "../demo-input";
import { HOSTILE, hostileSnapshots } from "./hostile";

const VOID = new Set(["meta", "link", "br", "hr", "img", "input", "col", "area", "base", "wbr", "source"]);

/** Checks tags nest and close properly, attributes are quoted and no raw `<` sits in text. Returns the problems. */
function wellFormedProblems(html: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  const token = /<!--[\s\S]*?-->|<!DOCTYPE html>|<(\/?)([a-zA-Z][\w-]*)((?:\s+[a-zA-Z_:][\w:.-]*(?:="[^"<]*")?)*)\s*(\/?)>/g;
  let last = 0;
  let raw: string | undefined;
  for (const match of html.matchAll(token)) {
    const text = html.slice(last, match.index);
    last = match.index + match[0].length;
    const [, closing, name = "", , selfClosing] = match;
    const tag = name.toLowerCase();
    if (raw) {
      if (closing && tag === raw) {
        raw = undefined;
        stack.pop();
      }
      continue;
    }
    if (text.includes("<")) problems.push(`raw "<" in text before ${match[0].slice(0, 30)}`);
    if (match[0].startsWith("<!")) continue;
    if (closing) {
      const open = stack.pop();
      if (open !== tag) problems.push(`</${tag}> closes <${open ?? "nothing"}>`);
    } else if (!selfClosing && !VOID.has(tag)) {
      stack.push(tag);
      if (tag === "style") raw = "style";
    }
  }
  if (html.slice(last).includes("<")) problems.push("raw '<' after the last tag");
  if (stack.length > 0) problems.push(`unclosed: ${stack.join(", ")}`);
  return problems;
}

function parse(html: string) {
  const window = new Window();
  return new window.DOMParser().parseFromString(html, "text/html");
}

describe("renderHtml", () => {
  const report = buildDualConformanceReport(demoInput({ snapshots: hostileSnapshots() }));
  const html = renderHtml(report);

  it("is well-formed: every element closed in order, attributes quoted", () => {
    expect(wellFormedProblems(html)).toEqual([]);
  });

  it("the checker catches a broken page", () => {
    expect(wellFormedProblems("<div><p>x</div></p>")).not.toEqual([]);
    expect(wellFormedProblems("<p>a < b</p>")).not.toEqual([]);
  });

  it("escapes hostile strings: no script element, the text survives as text", () => {
    const doc = parse(html);
    expect(doc.querySelectorAll("script")).toHaveLength(0);
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<b>bold</b>");
    expect(doc.body.textContent).toContain(HOSTILE.script);
    expect(doc.body.textContent).toContain("Q&A <b>bold</b> 'x'");
  });

  it("is standalone: no external resources, no scripts, a restrictive CSP, a print stylesheet", () => {
    expect(html).not.toMatch(/\s(src|href)="(?!#)/);
    expect(html).not.toMatch(/@import|url\(/);
    expect(html).toContain("Content-Security-Policy");
    expect(html).toContain("@media print");
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
  });

  it("draws the heat maps and readiness bars as inline SVG with the counts of the model", () => {
    const doc = parse(html);
    const svgs = doc.querySelectorAll("svg");
    expect(svgs.length).toBe(3);
    const inherent = [...svgs].find((svg) => svg.getAttribute("aria-label")?.startsWith("Inherent"))!;
    const counts = [...inherent.querySelectorAll("text.svg-count")].map((t) => Number(t.textContent));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(report.riskPosture.totals.inherent.rated);
    expect(inherent.querySelectorAll("rect")).toHaveLength(25);
  });

  it("links the table of contents to the section headings", () => {
    const doc = parse(html);
    const links = [...doc.querySelectorAll("nav a")].map((a) => a.getAttribute("href")!.slice(1));
    expect(links.length).toBeGreaterThanOrEqual(9);
    for (const id of links) expect(doc.getElementById(id)).not.toBeNull();
  });

  it("escapes the five HTML-significant characters", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });
});
