import { describe, expect, it } from "vitest";
import { buildDualConformanceReport, OrgProfile, type OrgProfileInput } from "../../../shared/report/index";
import { demoInput } from "./demo-input";

function programme(profile: OrgProfileInput) {
  return buildDualConformanceReport(demoInput({ profile })).programme;
}

const base = { size: "medium", auditBandwidth: "medium" } as const;

describe("programme view", () => {
  it.each([
    [{ ...base, customerMix: "federal" }, "ai-rmf", undefined],
    [{ ...base, customerMix: "international-commercial" }, "ai-rmf-and-iso42001", undefined],
    [{ ...base, customerMix: "both", holdsIso27001: true }, "integrated-iso27001-iso42001", undefined],
    [{ ...base, customerMix: "federal", holdsIso27001: true }, "ai-rmf", "integrated-iso27001-iso42001"],
    [{ ...base, customerMix: "federal", holdsIso27001: true, integratedManagementSystem: true }, "integrated-iso27001-iso42001", undefined],
    [{ customerMix: "international-commercial", size: "small", auditBandwidth: "low" }, "ai-rmf", "ai-rmf-and-iso42001"],
    [{ customerMix: "international-commercial", size: "small", auditBandwidth: "low", plansIso42001Certification: true }, "ai-rmf-and-iso42001", undefined],
    [{ ...base, customerMix: "federal", plansIso42001Certification: true }, "ai-rmf-and-iso42001", undefined],
  ] as const)("recommends for %j the path %s (later %s)", (profile, path, later) => {
    const recommendation = programme(profile).recommendation!;
    expect(recommendation.path).toBe(path);
    expect(recommendation.later).toBe(later);
  });

  it("gives its reasons: federal customers, 27001 held, little audit capacity", () => {
    expect(programme({ ...base, customerMix: "federal" }).recommendation!.reasons.map((r) => r.factor)).toEqual(["customer-mix"]);
    const reasons = programme({ customerMix: "both", size: "small", auditBandwidth: "low", holdsIso27001: true, iso27001Since: "2020-03-01" }).recommendation!.reasons;
    expect(reasons.map((r) => r.factor)).toEqual(["customer-mix", "customer-mix", "iso27001", "capacity"]);
    expect(reasons[2]!.text).toContain("since 2020-03-01");
    expect(reasons[2]!.text).toMatch(/\d+ ISO\/IEC 42001 clauses map as equal/);
  });

  it("lays the certification cycle out as dates from the planned certificate date", () => {
    const cycle = programme({ ...base, customerMix: "both", plansIso42001Certification: true, plannedCertificationDate: "2027-06-30" }).certification;
    expect(cycle.applicable).toBe(true);
    expect(cycle.milestones.map((m) => [m.id, m.date])).toEqual([
      ["internal-audit-and-review", "2027-02-28"],
      ["stage-1", "2027-03-30"],
      ["stage-2", "2027-05-19"],
      ["certificate", "2027-06-30"],
      ["surveillance-1", "2028-06-30"],
      ["surveillance-2", "2029-06-30"],
      ["recertification", "2030-03-30"],
    ]);
    const stage1 = cycle.milestones[1]!;
    expect(stage1.daysFromAsOf).toBe(181);
    expect(stage1.requiredReadiness).toBe(0.7);
    // The people team has no management review yet, so stage 1 cannot be met.
    expect(stage1.conditions).toContainEqual({ text: "no team is missing clause evidence", met: false });
    expect(stage1.met).toBe(false);
    expect(stage1.teamsBelow).toContain("people");
  });

  it("says why there are no dates: no profile, not on the path, or no planned date", () => {
    expect(buildDualConformanceReport(demoInput({ profile: null })).programme).toEqual({ certification: { applicable: false, reason: "no organisation profile given", milestones: [] } });
    expect(programme({ ...base, customerMix: "federal" }).certification.reason).toBe("ISO/IEC 42001 certification is not on the recommended path");
    expect(programme({ ...base, customerMix: "international-commercial" }).certification).toMatchObject({ applicable: true, milestones: [] });
  });

  it("marks milestones before the as-of date as past", () => {
    const cycle = programme({ ...base, customerMix: "both", plansIso42001Certification: true, plannedCertificationDate: "2026-10-15" }).certification;
    expect(cycle.milestones.filter((m) => m.when === "past").map((m) => m.id)).toEqual(["internal-audit-and-review", "stage-1", "stage-2"]);
  });

  it("accepts the profile as the API would parse it", () => {
    expect(OrgProfile.parse(demoInput().org.profile)).toEqual(demoInput().org.profile);
  });
});

describe("the seed's decision guidance in the programme view", () => {
  it("names the seed's certification estimate as an estimate, beside AI RMF's zero direct cost", () => {
    const g = programme({ ...base, customerMix: "federal" }).guidance!;
    expect(g.certificationCost.estimate).toBe("$15K–$60K+");
    expect(g.certificationCost.text).toMatch(/every 3 years plus surveillance/);
    expect(g.certificationCost.text).toMatch(/seed's estimate/);
    expect(g.certificationCost.quote).toBeUndefined();
    expect(g.aiRmfCost).toMatch(/zero direct cost/);
    expect(g.aiRmfAssessment).toMatch(/internal review, customer audit and mapping to SP 800-53/);
  });

  it("shows the organisation's own quote when its profile holds one", () => {
    expect(programme({ ...base, customerMix: "both", certificationQuote: "$28,000 over three years" }).guidance!.certificationCost.quote).toBe("$28,000 over three years");
  });

  it("marks which reasons to pursue or pass apply to this profile", () => {
    const applying = (profile: OrgProfileInput) => {
      const g = programme(profile).guidance!;
      return [...g.reasonsToPursue, ...g.reasonsToPass, ...g.paths].filter((p) => p.applies).map((p) => p.id);
    };
    expect(applying({ customerMix: "federal", size: "small", auditBandwidth: "low" })).toEqual(["federal-only", "no-audit-bandwidth", "federal-first", "both-from-scratch"]);
    expect(applying({ ...base, customerMix: "international-commercial", holdsIso27001: true })).toEqual(["international-customers", "procurement-asset", "management-discipline", "iso27001-incremental"]);
  });

  it("says internal audit and management review happen at planned intervals, not every year", () => {
    const reasons = programme({ customerMix: "both", size: "small", auditBandwidth: "low" }).recommendation!.reasons;
    const capacity = reasons.find((r) => r.factor === "capacity")!.text;
    expect(capacity).toMatch(/at planned intervals \(typically yearly\)/);
    expect(capacity).not.toMatch(/every year/);
  });

  it("is absent without an organisation profile", () => {
    expect(buildDualConformanceReport(demoInput({ profile: null })).programme.guidance).toBeUndefined();
  });
});

describe("the SP 800-53 overlay", () => {
  it("appears only when the profile names a baseline", () => {
    expect(buildDualConformanceReport(demoInput()).sp80053).toBeUndefined();
    const overlay = buildDualConformanceReport(demoInput({ profile: { ...base, customerMix: "federal", holdsIso27001: true, sp80053Baseline: "MODERATE" } })).sp80053!;
    expect(overlay.baseline).toBe("MODERATE");
    expect(overlay.totals.controls).toBe(287);
    expect(overlay.basis).toBe("inferred");
    expect(overlay.note).toMatch(/never implemented/);
  });

  it("reaches baseline controls only through ISO/IEC 27001 controls the organisation's work addresses, never stronger than an overlap", () => {
    const report = buildDualConformanceReport(demoInput({ profile: { ...base, customerMix: "federal", sp80053Baseline: "HIGH" } }));
    const overlay = report.sp80053!;
    const addressed = new Set(report.iso27001.controls.filter((c) => c.status !== "none").map((c) => c.ref));
    expect(overlay.totals.reached).toBeGreaterThan(0);
    expect(overlay.totals.reached + overlay.totals.notReached).toBe(overlay.controls.length);
    for (const c of overlay.controls.filter((x) => x.reached)) {
      expect(c.via.length).toBeGreaterThan(0);
      for (const v of c.via) expect(addressed.has(v.ref), `${c.ref} via ${v.ref}`).toBe(true);
      expect(["intersect", "related"]).toContain(c.relationship);
    }
  });

  it("refuses a baseline the profile schema does not know", () => {
    expect(OrgProfile.safeParse({ ...base, customerMix: "federal", sp80053Baseline: "EXTREME" }).success).toBe(false);
  });
});
