import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildDualConformanceReport, renderJson, renderMarkdown } from "../../../shared/report/index";
import { demoInput } from "./demo-input";

/*
 * Golden files for the demo organisation (three teams on 5×5, 3×3 and 4×4 matrices). When the
 * report changes on purpose, regenerate them with `UPDATE_GOLDEN=1 npx vitest run test/shared/report/golden`
 * and review the diff like code.
 */
const here = dirname(fileURLToPath(import.meta.url));
const folder = join(here, "..", "..", "fixtures", "report");
const update = process.env.UPDATE_GOLDEN === "1";

function golden(name: string, actual: string): void {
  const path = join(folder, name);
  if (update) {
    mkdirSync(folder, { recursive: true });
    writeFileSync(path, actual);
  }
  if (!existsSync(path)) throw new Error(`golden file ${name} is missing; run with UPDATE_GOLDEN=1 to create it`);
  expect(actual).toBe(readFileSync(path, "utf8"));
}

describe("the demo organisation's report", () => {
  const report = buildDualConformanceReport(demoInput());

  it("matches the golden JSON", () => {
    golden("demo-report.json", renderJson(report));
  });

  it("matches the golden Markdown", () => {
    golden("demo-report.md", renderMarkdown(report));
  });

  it("without an organisation profile differs only in the profile-driven parts", () => {
    const plain = buildDualConformanceReport(demoInput({ profile: null }));
    const strip = (r: typeof report) => ({ ...r, org: { id: r.org.id, name: r.org.name }, programme: null, summary: { ...r.summary, recommendedPath: null }, iso27001: { ...r.iso27001, applies: null, appliesReason: null } });
    expect(strip(plain)).toEqual(strip(report));
    expect(plain.programme.recommendation).toBeUndefined();
    expect(plain.iso27001).toMatchObject({ applies: false, appliesReason: "no organisation profile given; shown for information" });
  });
});
