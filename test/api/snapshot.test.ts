import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkSnapshot, diffSnapshots } from "../../api/snapshot";

describe("checkSnapshot (interim seam)", () => {
  it("accepts an object with a schema version and counts records per collection", () => {
    const result = checkSnapshot({ schemaVersion: 2, risks: [{ id: "a" }, { id: "b" }], soa: [], workbook: { title: "x" } });
    expect(result).toEqual({ ok: true, schemaVersion: 2, recordCounts: { risks: 2, soa: 0 } });
  });

  it.each([
    [[], [""]],
    [{}, ["schemaVersion"]],
    [{ schemaVersion: 1.5 }, ["schemaVersion"]],
    [{ schemaVersion: "1" }, ["schemaVersion"]],
    [{ schemaVersion: 1, risks: [1] }, ["risks.0"]],
    [{ schemaVersion: 1, risks: [{ id: "" }] }, ["risks.0.id"]],
    [{ schemaVersion: 1, risks: [{ id: "a" }, { id: "a" }] }, ["risks.1.id"]],
  ])("rejects %j with issues at %j", (value, paths) => {
    const result = checkSnapshot(value);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.path.join("."))).toEqual(paths);
  });

  it("never throws, whatever JSON it is given", () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => void checkSnapshot(value)));
  });
});

describe("diffSnapshots (interim seam)", () => {
  it("reports records added, removed and modified by id with the changed fields", () => {
    const diff = diffSnapshots(
      { schemaVersion: 1, risks: [{ id: "a", t: 1, o: "x" }, { id: "b" }], title: "old" },
      { schemaVersion: 1, risks: [{ id: "a", t: 2, o: "x", n: true }, { id: "c" }], title: "new", soa: [{ id: "s" }] },
    );
    expect(diff.collections).toEqual({
      risks: { added: ["c"], removed: ["b"], modified: [{ id: "a", fields: ["n", "t"] }] },
      soa: { added: ["s"], removed: [], modified: [] },
    });
    expect(diff.properties).toEqual(["title"]);
    expect(diff.summary).toEqual({ added: 2, removed: 1, modified: 1 });
  });

  it("finds nothing between a snapshot and itself, whatever key order", () => {
    const diff = diffSnapshots({ schemaVersion: 1, risks: [{ id: "a", x: { p: 1, q: 2 } }] }, { risks: [{ x: { q: 2, p: 1 }, id: "a" }], schemaVersion: 1 });
    expect(diff).toEqual({ collections: {}, properties: [], summary: { added: 0, removed: 0, modified: 0 } });
  });
});
