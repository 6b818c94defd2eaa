import { describe, expect, it } from "vitest";
import { demoSnapshots } from "../../../shared/demo/demo-snapshots";
import { parseSnapshot } from "../../../shared/model/parse-snapshot";
import type { WorkbookSnapshot } from "../../../shared/model/snapshot";
import { readCrosswalkWorkbook } from "../../../shared/workbook-pipeline/read-crosswalk-workbook";
import { sheetsFromSnapshot } from "../../../shared/workbook-snapshot/sheets-from-snapshot";
import { RULES } from "../../../shared/validation/rules/index";
import { gridsOf } from "./grids";

const RULE_CODES = new Set(RULES.map((r) => r.code));

function parsed(input: unknown): WorkbookSnapshot {
  const result = parseSnapshot(input);
  if (!result.success) throw new Error(JSON.stringify(result.issues));
  return result.snapshot;
}

describe("snapshot → sheets → snapshot", () => {
  for (const demo of demoSnapshots({ asOf: "2026-06-30" })) {
    it(`gives back the demo team ${demo.workbook.team}'s snapshot unchanged`, () => {
      const snapshot = parsed(demo);
      const build = readCrosswalkWorkbook(gridsOf(sheetsFromSnapshot(snapshot)), { asOf: "2026-06-30" });
      // The demo plants problems for the validation rules to find; reading itself must raise none.
      expect(build.issues.filter((i) => i.severity === "error" && !RULE_CODES.has(i.code))).toEqual([]);
      expect(build.snapshot).toEqual(snapshot);
    });
  }
});
