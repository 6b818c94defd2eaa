import { describe, expect, it } from "vitest";
import { demoSnapshots } from "../../../shared/demo/index";
import { emptySnapshot, parseSnapshot, SNAPSHOT_SCHEMA_VERSION } from "../../../shared/model/index";
import { MATRIX_3X3 } from "../../../shared/scoring/index";

const minimal = () => ({ schemaVersion: SNAPSHOT_SCHEMA_VERSION, workbook: { team: "t", name: "w" }, matrix: MATRIX_3X3 });

describe("parseSnapshot", () => {
  it("accepts the demo snapshots unchanged", () => {
    for (const snapshot of demoSnapshots()) {
      const result = parseSnapshot(snapshot);
      expect(result.success).toBe(true);
      if (result.success) expect(result.snapshot).toEqual(snapshot);
    }
  });

  it("fills collections a client left out with empty lists", () => {
    const result = parseSnapshot(minimal());
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.snapshot.risks).toEqual([]);
    expect(result.snapshot.managementSystem.nonconformities).toEqual([]);
  });

  it("reports each bad field with its path", () => {
    const result = parseSnapshot({
      ...minimal(),
      workbook: { team: "t" },
      risks: [{ id: "R-1" }, { id: "R-2", dueDate: "2025-02-30", inherentLikelihood: 0, aiRmfRefs: ["GOVERN 1.1"] }],
      soa: [{ controlId: "ISO42001:A.5.2", applicable: "yes" }],
      managementSystem: { metrics: [{ name: "no id" }] },
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    const paths = result.issues.map((issue) => issue.path.join("/"));
    expect(paths).toEqual(
      expect.arrayContaining([
        "workbook/name",
        "risks/1/dueDate",
        "risks/1/inherentLikelihood",
        "risks/1/aiRmfRefs/0",
        "soa/0/applicable",
        "managementSystem/metrics/0/id",
      ]),
    );
    expect(result.issueCount).toBe(result.issues.length);
    const date = result.issues.find((issue) => issue.path.join("/") === "risks/1/dueDate");
    expect(date?.message).toBe("expected a calendar date written YYYY-MM-DD");
  });

  it("refuses an older schema version and points to restore", () => {
    const result = parseSnapshot({ ...minimal(), schemaVersion: 0 });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues[0]?.path).toEqual(["schemaVersion"]);
    expect(result.issues[0]?.message).toContain("restoreSnapshot");
  });

  it("refuses a matrix whose bands leave scores unrated", () => {
    const matrix = { ...MATRIX_3X3, bands: [MATRIX_3X3.bands[0], MATRIX_3X3.bands[2]] };
    const result = parseSnapshot({ ...minimal(), matrix });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.some((issue) => issue.path.join("/") === "matrix/bands/1/min")).toBe(true);
  });

  it("caps the issues it returns but counts them all", () => {
    const risks = Array.from({ length: 500 }, (_, index) => ({ id: `R-${index}`, dueDate: "soon" }));
    const result = parseSnapshot({ ...minimal(), risks }, { maxIssues: 10 });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues).toHaveLength(10);
    expect(result.issueCount).toBe(500);
  });

  it("strips unknown and __proto__ keys without polluting any prototype", () => {
    const input = JSON.parse(
      `{"schemaVersion":1,"workbook":{"team":"t","name":"w","__proto__":{"polluted":true}},"matrix":${JSON.stringify(MATRIX_3X3)},` +
        `"risks":[{"id":"R-1","constructor":{"prototype":{"polluted":true}},"__proto__":{"polluted":true}}],"surprise":1}`,
    ) as unknown;
    const result = parseSnapshot(input);
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.snapshot.risks[0]).toEqual({ id: "R-1" });
    expect("surprise" in result.snapshot).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(result.snapshot.risks[0])).toBe(Object.prototype);
  });

  it("reports rather than throws on an object whose getters throw", () => {
    const hostile = Object.defineProperty({ ...minimal() }, "risks", {
      enumerable: true,
      get() {
        throw new Error("boom");
      },
    });
    const result = parseSnapshot(hostile);
    expect(result.success).toBe(false);
  });

  it("rejects deeply nested input quickly instead of recursing into it", () => {
    let deep: Record<string, unknown> = {};
    const root = deep;
    for (let index = 0; index < 100_000; index += 1) {
      const next: Record<string, unknown> = {};
      deep.risks = [next];
      deep = next;
    }
    const started = performance.now();
    const result = parseSnapshot({ ...minimal(), risks: [root] });
    expect(result.success).toBe(false);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

describe("emptySnapshot", () => {
  it("is a valid snapshot with no records and its own copy of the matrix", () => {
    const snapshot = emptySnapshot({ team: "t", name: "w" }, MATRIX_3X3);
    expect(parseSnapshot(snapshot).success).toBe(true);
    expect(snapshot.matrix).toEqual(MATRIX_3X3);
    expect(snapshot.matrix).not.toBe(MATRIX_3X3);
    snapshot.matrix.bands[0]!.label = "changed";
    expect(MATRIX_3X3.bands[0]?.label).toBe("Low");
  });
});
