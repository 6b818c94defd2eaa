import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkSnapshot, diffStoredSnapshots } from "../../api/snapshot";
import { snapshotDiffSchema } from "../../shared/api/version";
import { demoHistory } from "../../shared/demo/history";
import { snapshot } from "./support/http-api";

const target = { team: "claims", workbook: "register" };

describe("checkSnapshot", () => {
  it("accepts a current snapshot of the target workbook and counts records per collection", () => {
    const result = checkSnapshot(snapshot("claims", "register", 3), target);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.schemaVersion).toBe(1);
      expect(result.recordCounts).toMatchObject({ risks: 3, soa: 0, aiSystems: 0, nonconformities: 0 });
    }
  });

  it("reports model issues with their paths", () => {
    const result = checkSnapshot({ ...snapshot("claims", "register"), risks: [{ id: "" }] }, target);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.path.join("."))).toContain("risks.0.id");
  });

  it("refuses a snapshot of another team or workbook", () => {
    const result = checkSnapshot(snapshot("claims", "other"), target);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.path.join("."))).toEqual(["workbook.name"]);
  });

  it("never throws, whatever JSON it is given", () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => void checkSnapshot(value, target)));
  });
});

describe("diffStoredSnapshots", () => {
  it("diffs the demo history's versions with the shared model's diff", () => {
    const [history] = demoHistory();
    const [first, , last] = history?.versions ?? [];
    const diff = diffStoredSnapshots(JSON.parse(JSON.stringify(first)), JSON.parse(JSON.stringify(last)));
    expect(diff.totals.added + diff.totals.modified).toBeGreaterThan(0);
    expect(() => snapshotDiffSchema.parse(diff)).not.toThrow();
  });

  it("finds nothing between a snapshot and itself", () => {
    const s = snapshot("claims", "register", 4);
    expect(diffStoredSnapshots(s, JSON.parse(JSON.stringify(s))).totals).toEqual({ added: 0, removed: 0, modified: 0 });
  });
});
