import { describe, expect, it } from "vitest";
import { iso42001AnnexAControls, itemsOf } from "../../../shared/catalog/catalogs";
import type { Located, RiskInput, SoaInput, ValidationInput } from "../../../shared/validation/input";
import { matrixSizeOf } from "../../../shared/validation/input";
import { RULES } from "../../../shared/validation/rules/index";
import { RuleConfig, validate } from "../../../shared/validation/validate";
import { MATRIX_3X3 } from "../../../shared/scoring/presets";

const RISK_COLUMNS = { id: "A", owner: "B", inherentLikelihood: "C", inherentImpact: "D", residualLikelihood: "E", residualImpact: "F", treatment: "G", acceptanceApprover: "H", acceptanceDate: "I", reviewDate: "J", dueDate: "K", aiSystem: "L", aiRmfRefs: "M", iso42001Refs: "N" };

function risk(row: number, record: RiskInput): Located<RiskInput> {
  return { record, sheet: "Risks", row, columns: RISK_COLUMNS };
}

function soa(row: number, record: SoaInput): Located<SoaInput> {
  return { record, sheet: "SoA", row, columns: { controlId: "A", applicable: "B", justification: "C", status: "D", evidence: "E", owner: "F" } };
}

/** Every Annex A control, applicable, implemented with evidence and an owner. */
function fullSoa(): Located<SoaInput>[] {
  return iso42001AnnexAControls().map((c, i) => soa(i + 2, { controlId: c.id, applicable: true, status: "implemented", evidence: ["x"], owner: "Ann" }));
}

const good: RiskInput = {
  id: "R-1",
  owner: "Ann",
  inherentLikelihood: 4,
  inherentImpact: 4,
  residualLikelihood: 2,
  residualImpact: 3,
  treatment: "mitigate",
  reviewDate: "2026-12-31",
  dueDate: "2026-12-31",
  status: "open",
  aiRmfRefs: ["AIRMF:MAP 1.1"],
};

function codesFor(input: ValidationInput, asOf = "2026-06-30"): string[] {
  return validate(input, { asOf }).issues.map((i) => `${i.code}@${i.sheet}!${i.cell}`);
}

describe("risk rules", () => {
  it("find nothing wrong with a complete risk", () => {
    expect(codesFor({ risks: [risk(2, good)] })).toEqual([]);
  });

  it("report a missing owner at the owner cell", () => {
    expect(codesFor({ risks: [risk(5, { ...good, owner: "  " })] })).toEqual(["risk-owner-missing@Risks!B5"]);
  });

  it("report levels off the workbook's matrix", () => {
    expect(codesFor({ risks: [risk(2, { ...good, inherentLikelihood: 6 })] })).toEqual(["risk-level-off-matrix@Risks!C2"]);
    const onThree = { risks: [risk(2, { ...good, inherentLikelihood: 3, inherentImpact: 3, residualLikelihood: 2, residualImpact: 4 })], matrix: matrixSizeOf(MATRIX_3X3) };
    expect(codesFor(onThree)).toEqual(["risk-level-off-matrix@Risks!F2"]);
  });

  it("report a residual score above the inherent one", () => {
    expect(codesFor({ risks: [risk(2, { ...good, residualLikelihood: 5, residualImpact: 5 })] })).toEqual(["risk-residual-above-inherent@Risks!E2"]);
  });

  it("report an accepted risk without approver or date", () => {
    expect(codesFor({ risks: [risk(2, { ...good, treatment: "accept" })] })).toEqual(["risk-accepted-without-approval@Risks!H2"]);
    expect(codesFor({ risks: [risk(2, { ...good, treatment: "accept", acceptance: { approver: "CRO" } })] })).toEqual(["risk-accepted-without-approval@Risks!I2"]);
    expect(codesFor({ risks: [risk(2, { ...good, treatment: "accept", acceptance: { approver: "CRO", date: "2026-01-01" } })] })).toEqual([]);
  });

  it("report review and due dates passed as of the given date, not for closed risks", () => {
    const late = { ...good, reviewDate: "2026-01-31", dueDate: "2026-03-31" };
    expect(codesFor({ risks: [risk(2, late)] }, "2026-06-30")).toEqual(["risk-review-overdue@Risks!J2", "risk-due-overdue@Risks!K2"]);
    expect(codesFor({ risks: [risk(2, late)] }, "2026-01-15")).toEqual([]);
    expect(codesFor({ risks: [risk(2, { ...late, status: "closed" })] })).toEqual([]);
    expect(validate({ risks: [risk(2, late)] }).issues, "no date, no date rules").toEqual([]);
  });
});

describe("SoA rules", () => {
  it("find nothing wrong with a complete SoA", () => {
    expect(codesFor({ soa: fullSoa(), soaHeader: { sheet: "SoA", cell: "A1" } })).toEqual([]);
  });

  it("report each Annex A control missing, at the control column's header", () => {
    const rows = fullSoa().filter((r) => r.record.controlId !== "ISO42001:A.6.2.4");
    const result = validate({ soa: rows, soaHeader: { sheet: "SoA", cell: "A1" } });
    expect(result.issues).toEqual([expect.objectContaining({ code: "soa-control-missing", severity: "error", sheet: "SoA", cell: "A1", message: expect.stringContaining("A.6.2.4") })]);
  });

  it("check an ISO/IEC 27001 SoA against the ISO/IEC 27001 Annex A", () => {
    const controls = itemsOf("iso27001", "control").filter((c) => c.ref.startsWith("A."));
    const rows = controls.slice(1).map((c, i) => soa(i + 2, { controlId: c.id, applicable: true, status: "implemented", evidence: ["x"], owner: "Ann" }));
    const result = validate({ soa: rows });
    expect(result.issues.map((i) => i.message)).toEqual([`ISO/IEC 27001 Annex A control ${controls[0]?.ref} is not in the Statement of Applicability`]);
    expect(controls.length).toBe(93);
  });

  it("report an exclusion without justification, implemented without evidence, duplicates and missing owners", () => {
    const rows = fullSoa();
    rows[0] = soa(2, { controlId: rows[0]?.record.controlId, applicable: false });
    rows[1] = soa(3, { ...rows[1]?.record, evidence: [] });
    rows.push(soa(99, { ...rows[2]?.record }));
    rows[3] = soa(5, { ...rows[3]?.record, owner: undefined });
    expect(codesFor({ soa: rows })).toEqual([
      "soa-excluded-without-justification@SoA!C2",
      "soa-implemented-without-evidence@SoA!E3",
      "soa-duplicate-control@SoA!A99",
      "soa-owner-missing@SoA!F5",
    ]);
  });
});

describe("cross-sheet rules", () => {
  const system = (row: number, id: string, name: string, extra = {}) => ({ record: { id, name, owner: "Ann", iso42001Refs: ["ISO42001:A.4.2"], ...extra }, sheet: "AI Systems", row, columns: { id: "A", name: "B", owner: "C" } });

  it("report a risk naming an AI system missing from the inventory (by id or name)", () => {
    const input = { aiSystems: [system(2, "AI-1", "Credit scorer")], risks: [risk(2, { ...good, aiSystem: "credit SCORER" }), risk(3, { ...good, aiSystem: "AI-9" })], impactAssessments: [{ record: { aiSystem: "AI-1", aiRmfRefs: ["AIRMF:MAP 5.1"] }, sheet: "AIA", row: 2, columns: {} }] };
    expect(codesFor(input)).toEqual(["risk-unknown-ai-system@Risks!L3"]);
  });

  it("report AI systems without an impact assessment, but not retired ones", () => {
    const input = { aiSystems: [system(2, "AI-1", "Scorer"), system(3, "AI-2", "Bot"), system(4, "AI-3", "Old", { stage: "retired" })], impactAssessments: [{ record: { aiSystem: "Scorer", aiRmfRefs: ["AIRMF:MAP 5.1"] }, sheet: "AIA", row: 2, columns: {} }] };
    expect(codesFor(input)).toEqual(["system-without-impact-assessment@AI Systems!A3"]);
  });

  it("report profile targets below the current state", () => {
    const profile = [{ record: { subcategory: "AIRMF:GOVERN 1.1", current: 3, target: 2 }, sheet: "Profile", row: 2, columns: { subcategory: "A", current: "B", target: "C" } }];
    expect(codesFor({ profile })).toEqual(["profile-target-below-current@Profile!C2"]);
  });

  it("report framework ids that do not exist, with a suggestion", () => {
    const result = validate({ risks: [risk(2, { ...good, aiRmfRefs: ["AIRMF:GOVERN 1.1", "AIRMF:GOVERN 1.9"], iso42001Refs: ["ISO42001:A.6.2.44", "ORG:AI-7"] })] });
    expect(result.issues.map((i) => [i.code, i.cell, i.message])).toEqual([
      ["framework-id-unknown", "M2", "GOVERN 1.9 does not exist in NIST AI RMF"],
      ["framework-id-unknown", "N2", "A.6.2.44 does not exist in ISO/IEC 42001"],
    ]);
    expect(result.issues[0]?.hint).toMatch(/Did you mean GOVERN 1\.\d/);
    expect(result.issues[1]?.hint).toMatch(/Did you mean A\.6\.2\.4/);
  });
});

describe("records without references", () => {
  it("note each risk, AI system and impact assessment naming no AI RMF subcategory or ISO 42001 control, once per record", () => {
    const bare = { ...good, aiRmfRefs: undefined };
    const assessments = [
      { record: { id: "IA-1" }, sheet: "AIA", row: 2, columns: { id: "A", aiRmfRefs: "F" } },
      // The same assessment's second impact row: not a record of its own.
      { record: { id: "IA-1" }, sheet: "AIA", row: 3, columns: { id: "A", aiRmfRefs: "F" } },
      { record: { id: "IA-2", iso42001Refs: ["ISO42001:A.5.2"] }, sheet: "AIA", row: 4, columns: { id: "A", aiRmfRefs: "F" } },
    ];
    const systems = [{ record: { id: "AI-1", name: "Scorer", owner: "Ann" }, sheet: "AI Systems", row: 2, columns: { id: "A", aiRmfRefs: "D" } }];
    const result = validate({ risks: [risk(7, bare), risk(8, { ...bare, id: "R-8", genAiRisks: ["confabulation"] }), risk(9, { ...good, id: "R-9" })], aiSystems: systems, impactAssessments: assessments });
    const notes = result.issues.filter((i) => i.code === "references-missing");
    expect(notes.map((i) => [i.severity, `${i.sheet}!${i.cell}`, i.message])).toEqual([
      ["info", "Risks!M7", "Risk R-1 names no AI RMF subcategory or ISO 42001 control"],
      ["info", "Risks!M8", "Risk R-8 names no AI RMF subcategory or ISO 42001 control"],
      ["info", "AI Systems!D2", "AI system AI-1 names no AI RMF subcategory or ISO 42001 control"],
      ["info", "AIA!F2", "Impact assessment IA-1 names no AI RMF subcategory or ISO 42001 control"],
    ]);
    expect(result.counts.error).toBe(0);
  });
});

describe("rule configuration", () => {
  const late = { risks: [risk(2, { ...good, owner: undefined })] };

  it("switches a rule off or changes its severity", () => {
    expect(validate(late, { config: { rules: { "risk-owner-missing": "off" } } }).issues).toEqual([]);
    expect(validate(late, { config: { rules: { "risk-owner-missing": "error" } } }).issues[0]?.severity).toBe("error");
    const outcome = validate(late, { config: { rules: { "risk-owner-missing": "off" } } }).rules.find((r) => r.code === "risk-owner-missing");
    expect(outcome).toEqual({ code: "risk-owner-missing", enabled: false, issues: 0 });
  });

  it("has stable, unique, documented codes", () => {
    const codes = RULES.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const rule of RULES) {
      expect(rule.code).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(rule.description.length).toBeGreaterThan(10);
    }
    expect(codes).toEqual(
      expect.arrayContaining([
        "risk-owner-missing",
        "risk-level-off-matrix",
        "risk-residual-above-inherent",
        "risk-accepted-without-approval",
        "risk-review-overdue",
        "risk-due-overdue",
        "framework-id-unknown",
        "soa-control-missing",
        "soa-excluded-without-justification",
        "soa-implemented-without-evidence",
        "soa-duplicate-control",
        "risk-unknown-ai-system",
        "system-without-impact-assessment",
        "profile-target-below-current",
      ]),
    );
  });

  it("parses rule files", () => {
    expect(RuleConfig.safeParse({ rules: { "risk-owner-missing": "off" } }).success).toBe(true);
    expect(RuleConfig.safeParse({ rules: { "risk-owner-missing": "loud" } }).success).toBe(false);
  });
});
