import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { demoSnapshots } from "../../../shared/demo/index";
import {
  MIGRATIONS,
  parseSnapshot,
  restoreSnapshot,
  SNAPSHOT_SCHEMA_VERSION,
  type RestoreIssue,
  type RestoreIssueCode,
} from "../../../shared/model/index";
import { DEFAULT_MATRIX, MATRIX_3X3, MATRIX_4X4 } from "../../../shared/scoring/index";

const codes = (issues: readonly RestoreIssue[]) => issues.map((issue) => issue.code);
const at = (issues: readonly RestoreIssue[], path: string) => issues.filter((issue) => issue.path.join("/") === path);
const base = () => ({ schemaVersion: SNAPSHOT_SCHEMA_VERSION, workbook: { team: "t", name: "w" }, matrix: MATRIX_3X3 });

describe("restoreSnapshot on valid input", () => {
  it("returns a current snapshot unchanged and reports nothing", () => {
    for (const snapshot of demoSnapshots()) {
      const { snapshot: restored, issues } = restoreSnapshot(JSON.parse(JSON.stringify(snapshot)));
      expect(issues).toEqual([]);
      expect(restored).toEqual(snapshot);
    }
  });
});

describe("restoreSnapshot migrations", () => {
  it("starts at version 1 with a migration from the v0 prototype format", () => {
    expect(SNAPSHOT_SCHEMA_VERSION).toBe(1);
    expect(MIGRATIONS.map((migration) => [migration.from, migration.to])).toEqual([[0, 1]]);
  });

  it("brings a v0 document into the current model", () => {
    const v0 = {
      version: 0,
      team: "credit",
      workbook: "AI register",
      matrixSize: 4,
      systems: [{ id: "S1", name: "Scorer", lifecycle: "production", role: "deployer" }],
      risks: [
        {
          id: "R1",
          name: "Bias in approvals",
          system: "S1",
          likelihood: 3,
          impact: 4,
          residual: { likelihood: 2, impact: 4 },
          due: "2025-01-31",
          review: "2025-03-31",
          owner: "Ana",
          refs: ["GOVERN 1.1", "measure 2.11", "A.6.2.4", "Internal control C-12"],
        },
      ],
      soa: [{ control: "A.5.2", applicable: "yes", status: "implemented", evidence: "Procedure v1; Register" }],
      legacyNotes: "kept somewhere else",
    };
    const { snapshot, issues } = restoreSnapshot(v0);
    expect(parseSnapshot(snapshot).success).toBe(true);
    // The workbook id must be one the API takes: the prototype's "AI register" is read as its slug.
    expect(snapshot.workbook).toEqual({ team: "credit", name: "ai-register" });
    expect(snapshot.matrix).toEqual(MATRIX_4X4);
    expect(snapshot.aiSystems).toEqual([{ id: "S1", name: "Scorer", stage: "operation", role: ["deployer"] }]);
    expect(snapshot.risks).toEqual([
      {
        id: "R1",
        title: "Bias in approvals",
        aiSystem: "S1",
        inherentLikelihood: 3,
        inherentImpact: 4,
        residualLikelihood: 2,
        residualImpact: 4,
        dueDate: "2025-01-31",
        reviewDate: "2025-03-31",
        owner: "Ana",
        aiRmfRefs: ["AIRMF:GOVERN 1.1", "AIRMF:MEASURE 2.11"],
        iso42001Refs: ["ISO42001:A.6.2.4"],
        controls: ["Internal control C-12"],
      },
    ]);
    expect(snapshot.soa).toEqual([
      { controlId: "ISO42001:A.5.2", applicable: true, status: "implemented", evidence: ["Procedure v1", "Register"] },
    ]);
    expect(codes(issues)).toContain("migrated");
    expect(at(issues, "legacyNotes")[0]?.code).toBe("unknown-field-dropped");
    expect(at(issues, "risks/0/refs")[0]?.message).toContain("kept as controls");
  });

  it("reads a snapshot without schemaVersion as the current version and says so", () => {
    const { snapshot, issues } = restoreSnapshot({ workbook: { team: "t", name: "w" }, matrix: MATRIX_3X3, risks: [{ id: "R-1" }] });
    expect(snapshot.risks).toEqual([{ id: "R-1" }]);
    expect(codes(issues)).toEqual(["schema-version-missing"]);
  });

  it("reads a newer version best effort and reports the fields it does not know", () => {
    const { snapshot, issues } = restoreSnapshot({ ...base(), schemaVersion: 7, risks: [{ id: "R-1", futureField: { x: 1 } }], futureCollection: [] });
    expect(snapshot.schemaVersion).toBe(SNAPSHOT_SCHEMA_VERSION);
    expect(snapshot.risks).toEqual([{ id: "R-1" }]);
    expect(codes(issues)).toEqual(expect.arrayContaining(["schema-version-newer", "unknown-field-dropped"]));
    expect(at(issues, "futureCollection")).toHaveLength(1);
    expect(at(issues, "risks/0/futureField")).toHaveLength(1);
  });
});

describe("restoreSnapshot defaults", () => {
  it("fills a missing matrix and workbook identity with defaults and reports them", () => {
    const { snapshot, issues } = restoreSnapshot({ schemaVersion: 1, risks: [{ id: "R-1", inherentLikelihood: 2 }] });
    expect(snapshot.matrix).toEqual(DEFAULT_MATRIX);
    expect(snapshot.workbook).toEqual({ team: "unassigned", name: "untitled" });
    expect(snapshot.risks).toEqual([{ id: "R-1", inherentLikelihood: 2 }]);
    expect(at(issues, "matrix")[0]?.code).toBe("default-filled");
    expect(at(issues, "workbook/team")[0]?.code).toBe("default-filled");
    expect(at(issues, "workbook/name")[0]?.code).toBe("default-filled");
  });

  it("expands a matrix given as a preset id", () => {
    const { snapshot, issues } = restoreSnapshot({ ...base(), matrix: "4x4" });
    expect(snapshot.matrix).toEqual(MATRIX_4X4);
    expect(at(issues, "matrix")[0]?.code).toBe("value-coerced");
  });

  it("keeps the scales of a matrix whose bands are broken and gives it standard bands", () => {
    const matrix = { ...MATRIX_3X3, bands: [{ id: "low", label: "Low", min: 1, max: 3, colour: "green" }] };
    const { snapshot, issues } = restoreSnapshot({ ...base(), matrix });
    expect(snapshot.matrix.likelihood).toEqual(MATRIX_3X3.likelihood);
    expect(snapshot.matrix.bands).toEqual(MATRIX_3X3.bands);
    expect(at(issues, "matrix/bands").some((issue) => issue.code === "default-filled")).toBe(true);
  });

  it("gives a record without an id a fresh one that collides with no other", () => {
    const { snapshot, issues } = restoreSnapshot({ ...base(), risks: [{ title: "A" }, { id: "RISK-RESTORED-1", title: "B" }] });
    expect(snapshot.risks.map((risk) => risk.id)).toEqual(["RISK-RESTORED-1-2", "RISK-RESTORED-1"]);
    expect(at(issues, "risks/0/id")[0]?.code).toBe("id-generated");
  });

  it("drops an SoA row without a control id and reports what it held", () => {
    const { snapshot, issues } = restoreSnapshot({ ...base(), soa: [{ title: "Orphan", applicable: true }] });
    expect(snapshot.soa).toEqual([]);
    const dropped = at(issues, "soa/0")[0];
    expect(dropped?.code).toBe("record-dropped");
    expect(dropped?.value).toContain("title");
  });

  it("reads a collection given as an object keyed by id", () => {
    const { snapshot, issues } = restoreSnapshot({ ...base(), aiSystems: { "S-1": { name: "One" }, "S-2": { id: "S-2", name: "Two" } } });
    expect(snapshot.aiSystems).toEqual([
      { id: "S-1", name: "One" },
      { id: "S-2", name: "Two" },
    ]);
    expect(at(issues, "aiSystems")[0]?.code).toBe("value-coerced");
  });
});

describe("restoreSnapshot coercion", () => {
  it("converts values whose meaning is clear and reports each conversion", () => {
    const { snapshot, issues } = restoreSnapshot({
      ...base(),
      risks: [
        {
          id: " R-1 ",
          inherentLikelihood: "High",
          inherentImpact: "2",
          residualLikelihood: "unlikely",
          status: "In Progress",
          treatment: "Mitigate",
          dueDate: "2025/1/5",
          reviewDate: "2025-03-01T09:00:00Z",
          controls: "Fairness testing; Human review",
          aiRmfRefs: "GOVERN 1.1",
          iso42001Refs: ["A.5.2", "iso42001:A.6.2.4"],
          owner: 42,
        },
      ],
      soa: [{ controlId: "A.2.2", applicable: "No" }],
    });
    expect(snapshot.risks[0]).toEqual({
      id: "R-1",
      inherentLikelihood: 3,
      inherentImpact: 2,
      residualLikelihood: 1,
      status: "in-progress",
      treatment: "mitigate",
      dueDate: "2025-01-05",
      reviewDate: "2025-03-01",
      controls: ["Fairness testing", "Human review"],
      aiRmfRefs: ["AIRMF:GOVERN 1.1"],
      iso42001Refs: ["ISO42001:A.5.2", "ISO42001:A.6.2.4"],
      owner: "42",
    });
    expect(snapshot.soa[0]).toEqual({ controlId: "ISO42001:A.2.2", applicable: false });
    expect(issues.every((issue) => issue.code === "value-coerced")).toBe(true);
    expect(at(issues, "soa/0/controlId")[0]?.severity).toBe("warning");
    expect(at(issues, "risks/0/inherentLikelihood")[0]?.message).toContain("level 3");
  });

  it("never guesses day and month order", () => {
    const { snapshot, issues } = restoreSnapshot({ ...base(), risks: [{ id: "R-1", dueDate: "03/04/2025" }] });
    expect(snapshot.risks[0]).toEqual({ id: "R-1" });
    expect(at(issues, "risks/0/dueDate")[0]).toMatchObject({ code: "value-dropped", value: '"03/04/2025"' });
  });

  it("keeps unknown plain fields in extra and drops unknown structures with an issue", () => {
    const { snapshot, issues } = restoreSnapshot({ ...base(), risks: [{ id: "R-1", Colour: "red", Score: 12, nested: { a: 1 }, extra: { Existing: "yes" } }] });
    expect(snapshot.risks[0]).toEqual({ id: "R-1", extra: { Existing: "yes", Colour: "red", Score: 12 } });
    expect(at(issues, "risks/0/Colour")[0]?.code).toBe("unknown-field-kept");
    expect(at(issues, "risks/0/nested")[0]?.code).toBe("unknown-field-dropped");
  });

  it("drops unreadable list items but keeps the rest", () => {
    const { snapshot, issues } = restoreSnapshot({
      ...base(),
      risks: [{ id: "R-1", trustworthiness: ["safe", "wonderful", "Privacy enhanced"], actions: [{ description: "Do it", dueDate: "2025-01-01" }, { owner: "no description" }] }],
    });
    expect(snapshot.risks[0]).toEqual({
      id: "R-1",
      trustworthiness: ["safe", "privacy-enhanced"],
      actions: [{ description: "Do it", dueDate: "2025-01-01" }],
    });
    expect(codes(issues).filter((code) => code === "item-dropped")).toHaveLength(2);
  });

  it("cuts text longer than a cell can hold and says so", () => {
    const { snapshot, issues } = restoreSnapshot({ ...base(), risks: [{ id: "R-1", description: "x".repeat(100_000) }] });
    expect(snapshot.risks[0]?.description).toHaveLength(32_767);
    expect(at(issues, "risks/0/description")[0]?.code).toBe("value-truncated");
    expect((at(issues, "risks/0/description")[0]?.value ?? "").length).toBeLessThan(200);
  });

  it("treats null and blank values as empty cells", () => {
    const { snapshot, issues } = restoreSnapshot({ ...base(), risks: [{ id: "R-1", owner: null, title: "   ", dueDate: "" }] });
    expect(snapshot.risks[0]).toEqual({ id: "R-1" });
    expect(issues).toEqual([]);
  });
});

describe("restoreSnapshot against hostile input", () => {
  it("drops __proto__, constructor and prototype keys without polluting any prototype", () => {
    const input = JSON.parse(
      '{"schemaVersion":1,"__proto__":{"polluted":1},"workbook":{"team":"t","name":"w","__proto__":{"polluted":1}},' +
        '"risks":[{"id":"R-1","__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"extra":{"__proto__":"x","prototype":"y"}}],' +
        '"aiSystems":{"__proto__":{"name":"x"}}}',
    ) as unknown;
    const { snapshot, issues } = restoreSnapshot(input);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(snapshot.risks[0])).toBe(Object.prototype);
    expect(snapshot.risks[0]).toEqual({ id: "R-1" });
    expect(codes(issues).filter((code) => code === "unsafe-key-dropped").length).toBeGreaterThanOrEqual(5);
    expect(parseSnapshot(snapshot).success).toBe(true);
  });

  it("walks the schema, not the input, so deep nesting neither recurses nor crashes", () => {
    let deep: Record<string, unknown> = { id: "R-0" };
    const root = deep;
    for (let index = 0; index < 200_000; index += 1) {
      const next: Record<string, unknown> = {};
      deep.acceptance = next;
      deep = next;
    }
    const started = performance.now();
    const { snapshot, issues } = restoreSnapshot({ ...base(), risks: [root], soa: root, profile: [[[[[[]]]]]] });
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(snapshot.risks).toEqual([{ id: "R-0", acceptance: {} }]);
    expect(issues.length).toBeGreaterThan(0);
  });

  it("caps the issue list and counts what it left out", () => {
    const risks = Array.from({ length: 50 }, (_, index) => ({ id: `R-${index}`, dueDate: "never", title: 1 }));
    const { issues } = restoreSnapshot({ ...base(), risks }, { maxIssues: 20 });
    expect(issues).toHaveLength(21);
    expect(issues[20]).toMatchObject({ code: "issues-truncated", message: "80 further issue(s) not listed" });
  });

  it("survives getters that throw", () => {
    const hostile = { ...base() } as Record<string, unknown>;
    Object.defineProperty(hostile, "risks", {
      enumerable: true,
      get() {
        throw new Error("boom");
      },
    });
    const { snapshot, issues } = restoreSnapshot(hostile);
    expect(parseSnapshot(snapshot).success).toBe(true);
    expect(issues.length).toBeGreaterThan(0);
  });
});

describe("restoreSnapshot properties", () => {
  const ALL_CODES: readonly RestoreIssueCode[] = [
    "not-an-object",
    "schema-version-missing",
    "schema-version-newer",
    "schema-version-unknown",
    "migrated",
    "default-filled",
    "value-coerced",
    "value-truncated",
    "value-dropped",
    "item-dropped",
    "list-truncated",
    "record-dropped",
    "id-generated",
    "unknown-field-kept",
    "unknown-field-dropped",
    "unsafe-key-dropped",
    "issues-truncated",
  ];

  it("never throws on arbitrary JSON and always returns a snapshot parseSnapshot accepts", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const { snapshot, issues } = restoreSnapshot(value);
        expect(parseSnapshot(snapshot).success).toBe(true);
        for (const issue of issues) expect(ALL_CODES).toContain(issue.code);
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on arbitrary JSON placed where snapshot parts belong", () => {
    const part = fc.jsonValue({ maxDepth: 4 });
    const record = fc.dictionary(
      fc.constantFrom("id", "title", "owner", "inherentLikelihood", "dueDate", "aiRmfRefs", "actions", "acceptance", "controlId", "subcategory", "current", "extra", "__proto__", "x"),
      part,
    );
    const snapshot = fc.record(
      {
        schemaVersion: fc.oneof(fc.constant(1), fc.constant(0), part),
        workbook: fc.oneof(fc.record({ team: part, name: part }), part),
        matrix: fc.oneof(fc.constantFrom("3x3", "5x5", MATRIX_4X4), part),
        risks: fc.oneof(fc.array(record, { maxLength: 5 }), part),
        soa: fc.oneof(fc.array(record, { maxLength: 5 }), part),
        profile: fc.oneof(fc.array(record, { maxLength: 5 }), part),
        managementSystem: fc.oneof(fc.record({ metrics: fc.array(record, { maxLength: 3 }) }), part),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(snapshot, (value) => {
        const restored = restoreSnapshot(value);
        expect(parseSnapshot(restored.snapshot).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("is idempotent: restoring its own output changes nothing and reports nothing", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const once = restoreSnapshot(value).snapshot;
        const twice = restoreSnapshot(JSON.parse(JSON.stringify(once)));
        expect(twice.issues).toEqual([]);
        expect(twice.snapshot).toEqual(once);
      }),
      { numRuns: 200 },
    );
  });

  it("reports every field of a valid record that it does not keep", () => {
    const risk = demoSnapshots()[0]!.risks[0]!;
    fc.assert(
      fc.property(fc.subarray(Object.keys(risk)), fc.jsonValue(), (fields, junk) => {
        const damaged: Record<string, unknown> = { ...risk };
        for (const field of fields) if (field !== "id") damaged[field] = junk;
        const { snapshot, issues } = restoreSnapshot({ ...base(), matrix: demoSnapshots()[0]!.matrix, risks: [damaged] });
        const kept = snapshot.risks[0] as Record<string, unknown> | undefined;
        expect(kept).toBeDefined();
        for (const field of Object.keys(damaged)) {
          const value = damaged[field];
          const empty = value === null || (typeof value === "string" && value.trim() === "");
          if (kept?.[field] === undefined && !empty) {
            expect(issues.some((issue) => issue.path[2] === field)).toBe(true);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe("qualitative ratings (optional fields of schema version 1)", () => {
  it("leave snapshots stored before them readable as they are", () => {
    const stored = { ...base(), risks: [{ id: "R-1", inherentLikelihood: 2, inherentImpact: 3 }] };
    expect(parseSnapshot(stored).success).toBe(true);
    expect(restoreSnapshot(stored).issues).toEqual([]);
  });

  it("read a band's label as its id, and drop a rating that is no band id with a warning", () => {
    const { snapshot, issues } = restoreSnapshot({ ...base(), risks: [{ id: "R-1", inherentRating: "High", residualRating: "Very Bad!" }] });
    expect(snapshot.risks[0]?.inherentRating).toBe("high");
    expect(snapshot.risks[0]?.residualRating).toBeUndefined();
    expect(at(issues, "risks/0/inherentRating").map((i) => i.code)).toEqual(["value-coerced"]);
    expect(at(issues, "risks/0/residualRating").length).toBe(1);
  });

  it("are refused by the schema when they are not band ids", () => {
    expect(parseSnapshot({ ...base(), risks: [{ id: "R-1", inherentRating: "Very High" }] }).success).toBe(false);
    expect(parseSnapshot({ ...base(), risks: [{ id: "R-1", inherentRating: "high" }] }).success).toBe(true);
  });
});
