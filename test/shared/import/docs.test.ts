import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SHEET_KINDS } from "../../../shared/import/kinds/index";
import { RULES } from "../../../shared/validation/rules/index";

const doc = readFileSync(join(import.meta.dirname, "..", "..", "..", "docs", "import.md"), "utf8");

describe("docs/import.md", () => {
  it("lists every validation rule with its default severity", () => {
    for (const rule of RULES) expect(doc, rule.code).toContain(`| \`${rule.code}\` | ${rule.severity} |`);
  });

  it("names every sheet kind", () => {
    for (const kind of SHEET_KINDS) expect(doc, kind).toContain(`\`${kind}\``);
  });
});
