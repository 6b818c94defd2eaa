/**
 * The add-in's import rules: exactly one module touches the Excel API, and Office globals are
 * only looked at where the host is detected; UI code receives the port instead.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ADDIN = join(import.meta.dirname, "..", "..", "addin");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith(".config.ts") ? [path] : [];
  });
}

function code(path: string): string {
  // Comments may mention Excel.run; only code counts.
  return readFileSync(path, "utf8").replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "");
}

const sources = files(ADDIN).map((path) => ({ path: relative(ADDIN, path), text: code(path) }));

describe("add-in boundaries", () => {
  it("only port/office-workbook.ts uses the Excel API", () => {
    const users = sources.filter((s) => /\bExcel\.[A-Za-z]/.test(s.text)).map((s) => s.path);
    expect(users).toEqual(["port/office-workbook.ts"]);
  });

  it("UI code never reads Office or CustomFunctions globals", () => {
    const users = sources.filter((s) => /\b(Office|CustomFunctions)\b/.test(s.text)).map((s) => s.path).sort();
    expect(users).toEqual(["commands/commands.ts", "functions/excel-error.ts", "functions/register.ts", "taskpane/host.ts"]);
  });

  it("shared code is imported by relative path into the add-in, never the other way", () => {
    const shared = files(join(ADDIN, "..", "shared")).filter((p) => /from\s+["'][^"']*addin\//.test(readFileSync(p, "utf8")));
    expect(shared).toEqual([]);
  });
});
