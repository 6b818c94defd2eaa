import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createPrng, syntheticSnapshot } from "../../../../shared/demo/index";
import { restoreSnapshot, type WorkbookSnapshot } from "../../../../shared/model/index";
import { matrixForSize, matrixPreset } from "../../../../shared/scoring/index";
import { buildDualConformanceReport, OrgProfile, renderJson, type ReportInput } from "../../../../shared/report/index";
import { MAX_TOP_RISKS } from "../../../../shared/report/input";
import { buildReportFromDigests, buildWorkbookDigest, DIGEST_VERSION, readWorkbookDigest } from "../../../../shared/report/digest/index";
import { DEMO_PROFILE, demoInput } from "../demo-input";
import { snapshotLike } from "../snapshot-arbitrary";
import { VARIED_SPAN_DAYS, variedRegister } from "./varied-register";

/** The report JSON both ways: from the snapshots, and from digests that went through JSON as the store keeps them. */
function bothWays(input: ReportInput): { fromSnapshots: string; fromDigests: string } {
  const fromSnapshots = renderJson(buildDualConformanceReport(input));
  const digests = input.workbooks.map((entry) => {
    const stored = readWorkbookDigest(JSON.stringify(buildWorkbookDigest(entry)));
    if (!stored) throw new Error("digest did not read back");
    return stored;
  });
  const { workbooks: _, ...rest } = input;
  return { fromSnapshots, fromDigests: renderJson(buildReportFromDigests({ ...rest, digests })) };
}

function orgOf(snapshots: readonly WorkbookSnapshot[], asOf: string, profile?: OrgProfile): ReportInput {
  return {
    org: { id: "org", name: "Org", ...(profile ? { profile } : {}) },
    asOf,
    workbooks: snapshots.map((snapshot, index) => ({
      team: `team-${index % 3}`,
      workbook: `wb-${Math.floor(index / 3)}`,
      version: index + 1,
      ...(index % 2 === 0 ? { author: `author ${index}` } : {}),
      createdAt: "2026-01-01T00:00:00Z",
      snapshot,
    })),
  };
}

describe("the report from digests", () => {
  it("is byte-identical to the report from snapshots on the demo org, with and without a profile", () => {
    for (const profile of [DEMO_PROFILE, null]) {
      const { fromSnapshots, fromDigests } = bothWays(demoInput({ profile }));
      expect(fromDigests).toBe(fromSnapshots);
    }
  });

  it("is byte-identical on randomised synthetic orgs (every collection filled, mixed matrices, SP 800-53 overlay)", () => {
    const matrices = [matrixPreset("5x5"), matrixPreset("3x3"), matrixPreset("4x4"), matrixForSize(2, 6)];
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 1, max: 6 }), fc.constantFrom("2026-03-01", "2026-09-30", "2027-06-30"), (seed, teams, asOf) => {
        const random = createPrng(seed);
        const snapshots = Array.from({ length: teams }, (_, k) =>
          syntheticSnapshot({ team: `team-${k}`, risks: 5 + Math.floor(random() * 40), random, matrix: matrices[k % matrices.length]! }),
        );
        const profile = OrgProfile.parse({ ...DEMO_PROFILE, sp80053Baseline: "MODERATE" });
        const { fromSnapshots, fromDigests } = bothWays({ ...orgOf(snapshots, asOf, profile), options: { topRisks: 7, listLimit: 20 } });
        expect(fromDigests).toBe(fromSnapshots);
      }),
      { numRuns: 8 },
    );
  });

  it("is byte-identical for every as-of date and option on varied registers (lapsing acceptances, closed risks, actions done, cancelled or completed)", () => {
    const matrices = [matrixPreset("5x5"), matrixPreset("3x3"), matrixPreset("4x4"), matrixForSize(2, 6)];
    const mid = "2026-09-30";
    // Every date in these registers is within VARIED_SPAN_DAYS of mid: the first as-of is before all, the last after all.
    expect(VARIED_SPAN_DAYS).toBeLessThan(500);
    const asOfs = ["2025-01-01", "2026-03-15", mid, "2027-04-01", "2028-06-01"];
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 1, max: 5 }),
        fc.constantFrom(...asOfs),
        fc.record({ topRisks: fc.constantFrom(1, 3, 10, 1_000), listLimit: fc.constantFrom(1, 4, 250, 100_000) }),
        (seed, teams, asOf, options) => {
          const random = createPrng(seed);
          const snapshots = Array.from({ length: teams }, (_, k) =>
            variedRegister(syntheticSnapshot({ team: `team-${k}`, risks: 5 + Math.floor(random() * 50), random, matrix: matrices[k % matrices.length]!, asOf: mid }), random, mid),
          );
          const { fromSnapshots, fromDigests } = bothWays({ ...orgOf(snapshots, asOf), options });
          expect(fromDigests).toBe(fromSnapshots);
        },
      ),
      { numRuns: 24 },
    );
  });

  it("lists overdue items and lapsed acceptances by the as-of date from the same stored digest", () => {
    const random = createPrng(11);
    const mid = "2026-09-30";
    const snapshot = variedRegister(syntheticSnapshot({ team: "t", risks: 60, random, asOf: mid }), random, mid);
    const entry = { team: "t", workbook: "wb", version: 1, createdAt: "2026-01-01T00:00:00Z", snapshot };
    const digest = readWorkbookDigest(JSON.stringify(buildWorkbookDigest(entry)))!;
    const on = (asOf: string) => buildReportFromDigests({ org: { id: "o", name: "O" }, asOf, digests: [digest], options: { listLimit: 100_000 } }).riskPosture;
    const before = on("2025-01-01");
    const between = on(mid);
    const after = on("2028-06-01");
    expect(before.overdue.total).toBe(0);
    expect(between.overdue.total).toBeGreaterThan(0);
    expect(after.overdue.total).toBeGreaterThan(between.overdue.total);
    expect(before.acceptedWithoutApproval.items.some((a) => a.expired !== undefined)).toBe(false);
    expect(after.acceptedWithoutApproval.items.some((a) => a.expired !== undefined)).toBe(true);
    for (const asOf of ["2025-01-01", mid, "2028-06-01"]) {
      expect(renderJson(buildReportFromDigests({ org: { id: "o", name: "O" }, asOf, digests: [digest] }))).toBe(
        renderJson(buildDualConformanceReport({ org: { id: "o", name: "O" }, asOf, workbooks: [entry] })),
      );
    }
  });

  it("is byte-identical on randomised odd snapshots (restored from snapshot-shaped junk)", () => {
    fc.assert(
      fc.property(fc.array(snapshotLike, { maxLength: 5 }), fc.constantFrom("2026-01-01", "2026-09-30"), (raws, asOf) => {
        const snapshots = raws.map((raw) => restoreSnapshot(raw).snapshot);
        const { fromSnapshots, fromDigests } = bothWays(orgOf(snapshots, asOf));
        expect(fromDigests).toBe(fromSnapshots);
      }),
      { numRuns: 40 },
    );
  });

  it("is much smaller than the snapshot it was made from, and holds no risk records", () => {
    const snapshot = syntheticSnapshot({ team: "big", risks: 300, random: createPrng(7) });
    const digest = buildWorkbookDigest({ team: "big", workbook: "wb", version: 1, createdAt: "2026-01-01T00:00:00Z", snapshot });
    expect(digest.records.risks).toEqual([]);
    expect(digest.risks.total).toBe(300);
    expect(JSON.stringify(digest).length).toBeLessThan(JSON.stringify(snapshot).length / 2);
  });
});

describe("reading a stored digest", () => {
  it("refuses a digest of another DIGEST_VERSION, and text that is not a digest", () => {
    const snapshot = syntheticSnapshot({ team: "t", risks: 3, random: createPrng(1) });
    const digest = buildWorkbookDigest({ team: "t", workbook: "wb", version: 2, createdAt: "2026-01-01T00:00:00Z", snapshot });
    expect(readWorkbookDigest(JSON.stringify(digest))?.version).toBe(2);
    expect(readWorkbookDigest(JSON.stringify({ ...digest, digestVersion: DIGEST_VERSION + 1 }))).toBeUndefined();
    expect(readWorkbookDigest(JSON.stringify({ ...digest, digestVersion: DIGEST_VERSION - 1 }))).toBeUndefined();
    expect(readWorkbookDigest("{not json")).toBeUndefined();
    expect(readWorkbookDigest(JSON.stringify({ team: "t" }))).toBeUndefined();
  });

  it("refuses a digest whose risk kernel ranks fewer risks than a request may ask for, or has none", () => {
    const snapshot = syntheticSnapshot({ team: "t", risks: 3, random: createPrng(1) });
    const digest = buildWorkbookDigest({ team: "t", workbook: "wb", version: 2, createdAt: "2026-01-01T00:00:00Z", snapshot });
    expect(digest.risks.rankedLimit).toBe(MAX_TOP_RISKS);
    expect(readWorkbookDigest(JSON.stringify({ ...digest, risks: { ...digest.risks, rankedLimit: MAX_TOP_RISKS - 1 } }))).toBeUndefined();
    const { risks: _risks, ...withoutKernel } = digest;
    expect(readWorkbookDigest(JSON.stringify(withoutKernel))).toBeUndefined();
  });
});
