import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { demoHistory, demoSnapshots } from "../../../shared/demo/index";
import { compareKeys, countRecords, diffSnapshots, isEmptyDiff, totalRecords, type SnapshotDiff } from "../../../shared/diff/index";
import { COLLECTION_NAMES, type WorkbookSnapshot } from "../../../shared/model/index";

const clone = (snapshot: WorkbookSnapshot): WorkbookSnapshot => JSON.parse(JSON.stringify(snapshot)) as WorkbookSnapshot;
const credit = () => clone(demoSnapshots()[0]!);

describe("diffSnapshots", () => {
  it("is empty for identical snapshots", () => {
    for (const snapshot of demoSnapshots()) {
      const diff = diffSnapshots(snapshot, clone(snapshot));
      expect(isEmptyDiff(diff)).toBe(true);
      expect(diff.totals).toEqual({ added: 0, removed: 0, modified: 0 });
    }
  });

  it("finds records added, removed and modified by id, with the changed fields", () => {
    const before = credit();
    const after = credit();
    after.risks = after.risks.filter((risk) => risk.id !== "CR-R02");
    after.risks.push({ id: "CR-R16", title: "New risk" });
    const r01 = after.risks.find((risk) => risk.id === "CR-R01")!;
    r01.owner = "Someone Else";
    r01.residualLikelihood = 1;
    delete r01.dueDate;
    r01.aiRmfRefs = [...(r01.aiRmfRefs ?? []), "AIRMF:GOVERN 1.1"];

    const diff = diffSnapshots(before, after);
    expect(diff.collections.risks.added).toEqual([{ id: "CR-R16", record: { id: "CR-R16", title: "New risk" } }]);
    expect(diff.collections.risks.removed.map((entry) => entry.id)).toEqual(["CR-R02"]);
    expect(diff.collections.risks.modified).toEqual([
      {
        id: "CR-R01",
        changes: [
          { field: "aiRmfRefs", before: ["AIRMF:MEASURE 2.11", "AIRMF:MAP 2.3", "AIRMF:MANAGE 1.3"], after: ["AIRMF:MEASURE 2.11", "AIRMF:MAP 2.3", "AIRMF:MANAGE 1.3", "AIRMF:GOVERN 1.1"] },
          { field: "dueDate", before: before.risks[0]!.dueDate },
          { field: "owner", before: "Priya Nair", after: "Someone Else" },
          { field: "residualLikelihood", before: 2, after: 1 },
        ],
      },
    ]);
    expect(diff.totals).toEqual({ added: 1, removed: 1, modified: 1 });
  });

  it("keys the SoA by control id and the profile by subcategory", () => {
    const before = credit();
    const after = credit();
    after.soa[0] = { ...after.soa[0]!, status: "planned" };
    after.profile = after.profile.slice(1);
    const diff = diffSnapshots(before, after);
    expect(diff.collections.soa.modified).toEqual([{ id: "ISO42001:A.2.2", changes: [{ field: "status", before: "implemented", after: "planned" }] }]);
    expect(diff.collections.profile.removed.map((entry) => entry.id)).toEqual([before.profile[0]!.subcategory]);
  });

  it("covers the management-system collections, the workbook and the matrix", () => {
    const before = credit();
    const after = credit();
    after.managementSystem.nonconformities[0]!.status = "closed";
    after.managementSystem.managementReviews = [];
    after.workbook.owner = "New Owner";
    after.matrix.bands[0]!.colour = "#00FF00";
    const diff = diffSnapshots(before, after);
    expect(diff.collections.nonconformities.modified[0]?.changes).toEqual([{ field: "status", before: "in-progress", after: "closed" }]);
    expect(diff.collections.managementReviews.removed).toHaveLength(1);
    expect(diff.workbook).toEqual([{ field: "owner", before: "Priya Nair", after: "New Owner" }]);
    expect(diff.matrix.map((change) => change.field)).toEqual(["bands"]);
  });

  it("lists records in natural key order whatever their order in the sheet", () => {
    const before = credit();
    before.risks = [];
    const after = credit();
    after.risks = ["R-10", "R-2", "R-1", "A-3"].map((id) => ({ id }));
    expect(diffSnapshots(before, after).collections.risks.added.map((entry) => entry.id)).toEqual(["A-3", "R-1", "R-2", "R-10"]);
  });

  it("tells duplicate ids apart by occurrence", () => {
    const before = credit();
    before.risks = [{ id: "R-1", title: "first" }, { id: "R-1", title: "second" }];
    const after = credit();
    after.risks = [{ id: "R-1", title: "first" }];
    const diff = diffSnapshots(before, after);
    expect(diff.collections.risks.removed).toEqual([{ id: "R-1#2", record: { id: "R-1", title: "second" } }]);
    expect(diff.collections.risks.modified).toEqual([]);
  });

  it("finds what changed between the demo's versions", () => {
    for (const history of demoHistory()) {
      const [first, , last] = history.versions;
      const diff = diffSnapshots(first!, last!);
      expect(diff.totals.added).toBeGreaterThan(0);
      expect(diff.collections.risks.removed).toEqual([]);
    }
  });
});

/** A snapshot edited at random: records dropped, fields changed, records added. */
const edited = (source: WorkbookSnapshot) =>
  fc
    .record({
      keep: fc.array(fc.boolean(), { minLength: source.risks.length, maxLength: source.risks.length }),
      owners: fc.array(fc.option(fc.constantFrom("Ana", "Ben", "Priya Nair"), { nil: undefined }), { minLength: source.risks.length, maxLength: source.risks.length }),
      added: fc.uniqueArray(fc.integer({ min: 100, max: 120 }), { maxLength: 4 }),
      soaStatus: fc.array(fc.constantFrom("implemented" as const, "planned" as const), { minLength: source.soa.length, maxLength: source.soa.length }),
      dropProfile: fc.nat({ max: source.profile.length }),
    })
    .map(({ keep, owners, added, soaStatus, dropProfile }) => {
      const copy = clone(source);
      copy.risks = copy.risks
        .filter((_, index) => keep[index])
        .map((risk, index) => {
          const owner = owners[index];
          if (owner === undefined) {
            const { owner: _owner, ...rest } = risk;
            return rest;
          }
          return { ...risk, owner };
        });
      copy.risks.push(...added.map((n) => ({ id: `CR-R${n}`, title: `Added ${n}` })));
      copy.soa = copy.soa.map((row, index) => ({ ...row, status: soaStatus[index] }));
      copy.profile = copy.profile.slice(dropProfile);
      return copy;
    });

const mirrored = (diff: SnapshotDiff) => ({
  workbook: diff.workbook.map(({ field, before, after }) => ({ field, before: after, after: before })),
  collections: Object.fromEntries(
    COLLECTION_NAMES.map((name) => {
      const part = diff.collections[name];
      return [
        name,
        {
          added: part.removed,
          removed: part.added,
          modified: part.modified.map(({ id, changes }) => ({ id, changes: changes.map(({ field, before, after }) => ({ field, before: after, after: before })) })),
        },
      ];
    }),
  ),
});

/** Records sorted by key and object keys sorted: equal strings mean equal content. */
const canonical = (snapshot: WorkbookSnapshot): string => {
  const sortKeys = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(sortKeys)
      : value !== null && typeof value === "object"
        ? Object.fromEntries(Object.keys(value).sort().map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]))
        : value;
  const byId = (records: readonly { id?: string; controlId?: string; subcategory?: string }[]) =>
    [...records].sort((x, y) => compareKeys(x.id ?? x.controlId ?? x.subcategory ?? "", y.id ?? y.controlId ?? y.subcategory ?? ""));
  const m = snapshot.managementSystem;
  return JSON.stringify(
    sortKeys({
      workbook: snapshot.workbook,
      matrix: snapshot.matrix,
      collections: [snapshot.aiSystems, snapshot.risks, snapshot.soa, snapshot.impactAssessments, snapshot.profile, m.policies, m.objectives, m.internalAudits, m.managementReviews, m.metrics, m.nonconformities].map(byId),
    }),
  );
};

const strip = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe("diffSnapshots properties", () => {
  const source = demoSnapshots()[0]!;

  it("diff(b, a) mirrors diff(a, b)", () => {
    fc.assert(
      fc.property(edited(source), edited(source), (a, b) => {
        const forward = diffSnapshots(a, b);
        const backward = diffSnapshots(b, a);
        expect(strip({ workbook: backward.workbook, collections: backward.collections })).toEqual(strip(mirrored(forward)));
        expect(backward.totals).toEqual({ added: forward.totals.removed, removed: forward.totals.added, modified: forward.totals.modified });
      }),
      { numRuns: 100 },
    );
  });

  it("is empty exactly when the records are equal, and its counts reconcile", () => {
    fc.assert(
      fc.property(edited(source), edited(source), (a, b) => {
        const diff = diffSnapshots(a, b);
        expect(isEmptyDiff(diffSnapshots(a, clone(a)))).toBe(true);
        expect(isEmptyDiff(diff)).toBe(canonical(a) === canonical(b));
        for (const name of COLLECTION_NAMES) {
          const part = diff.collections[name];
          expect(countRecords(b)[name] - countRecords(a)[name]).toBe(part.added.length - part.removed.length);
        }
      }),
      { numRuns: 100 },
    );
  });

  it("is deterministic: the same inputs give the same diff, ordered by key", () => {
    fc.assert(
      fc.property(edited(source), edited(source), (a, b) => {
        const first = diffSnapshots(a, b);
        expect(diffSnapshots(clone(a), clone(b))).toEqual(first);
        const ids = first.collections.risks.modified.map((entry) => entry.id);
        expect([...ids].sort(compareKeys)).toEqual(ids);
      }),
      { numRuns: 50 },
    );
  });
});

describe("countRecords", () => {
  it("counts every collection of a snapshot", () => {
    const counts = countRecords(demoSnapshots()[0]!);
    expect(Object.keys(counts)).toEqual([...COLLECTION_NAMES]);
    expect(counts).toMatchObject({ aiSystems: 3, risks: 15, soa: 38, impactAssessments: 3, policies: 1, managementReviews: 1, nonconformities: 1 });
    expect(totalRecords(counts)).toBe(Object.values(counts).reduce((sum, n) => sum + n, 0));
  });
});

describe("compareKeys", () => {
  it("orders digit runs by value", () => {
    expect(["A.6.2.10", "A.6.2.9", "A.10.2", "A.2.2"].sort(compareKeys)).toEqual(["A.2.2", "A.6.2.9", "A.6.2.10", "A.10.2"]);
    expect(["R-010", "R-9", "R-10"].sort(compareKeys)).toEqual(["R-9", "R-010", "R-10"]);
  });

  it("is a total order: antisymmetric and consistent with equality", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(Math.sign(compareKeys(a, b)) + Math.sign(compareKeys(b, a))).toBe(0);
        expect(compareKeys(a, b) === 0).toBe(a === b);
      }),
    );
  });

  it("is transitive", () => {
    // A small alphabet of letters, digits and zeros makes chains of related keys likely.
    const key = fc.string({ unit: fc.constantFrom("a", "b", "0", "1", "2", "9", "-"), maxLength: 6 });
    fc.assert(
      fc.property(key, key, key, (a, b, c) => {
        if (compareKeys(a, b) <= 0 && compareKeys(b, c) <= 0) expect(compareKeys(a, c)).toBeLessThanOrEqual(0);
        if (compareKeys(a, b) < 0 && compareKeys(b, c) < 0) expect(compareKeys(a, c)).toBeLessThan(0);
      }),
      { numRuns: 2_000 },
    );
  });
});
