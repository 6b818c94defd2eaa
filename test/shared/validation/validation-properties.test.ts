import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Located, ValidationInput } from "../../../shared/validation/input";
import { validate } from "../../../shared/validation/validate";

const text = fc.oneof(fc.constant(undefined), fc.string({ maxLength: 20 }), fc.constantFrom("R-1", "AI-1", "Ann", "", "  "));
const date = fc.oneof(fc.constant(undefined), fc.constantFrom("2026-01-01", "2030-12-31", "not a date", ""));
const level = fc.oneof(fc.constant(undefined), fc.integer({ min: -3, max: 12 }), fc.double());
const refs = fc.option(fc.array(fc.oneof(fc.constantFrom("ISO42001:A.5.2", "ISO42001:A.5.99", "AIRMF:GOVERN 1.1", "AIRMF:GOVERN 9.9", "ORG:X-1", "junk"), fc.string()), { maxLength: 4 }), { nil: undefined });

function located<T>(record: fc.Arbitrary<T>): fc.Arbitrary<Located<T>[]> {
  return fc.array(
    fc.record({
      record,
      sheet: fc.string({ maxLength: 10 }),
      row: fc.integer({ min: 1, max: 1000 }),
      columns: fc.dictionary(fc.constantFrom("id", "owner", "controlId", "target", "reviewDate"), fc.constantFrom("A", "B", "ZZ")),
    }),
    { maxLength: 15 },
  );
}

const input: fc.Arbitrary<ValidationInput> = fc.record({
  risks: located(
    fc.record({
      id: text,
      owner: text,
      aiSystem: text,
      inherentLikelihood: level,
      inherentImpact: level,
      residualLikelihood: level,
      residualImpact: level,
      treatment: fc.constantFrom(undefined, "accept", "mitigate"),
      status: fc.constantFrom(undefined, "open", "closed"),
      reviewDate: date,
      dueDate: date,
      aiRmfRefs: refs,
      iso42001Refs: refs,
    }),
  ),
  soa: located(
    fc.record({
      controlId: fc.constantFrom(undefined, "ISO42001:A.5.2", "ISO42001:A.5.2", "ISO42001:A.9.9", "x"),
      applicable: fc.constantFrom(undefined, true, false),
      justification: text,
      status: fc.constantFrom(undefined, "implemented", "planned"),
      evidence: fc.option(fc.array(fc.string(), { maxLength: 2 }), { nil: undefined }),
    }),
  ),
  aiSystems: located(fc.record({ id: text, name: text, owner: text, stage: fc.constantFrom(undefined, "retired", "operation"), reviewDate: date })),
  impactAssessments: located(fc.record({ id: text, aiSystem: text, reviewDate: date })),
  profile: located(fc.record({ subcategory: fc.constantFrom(undefined, "AIRMF:GOVERN 1.1", "AIRMF:MAP 9.9"), current: fc.option(fc.integer({ min: -1, max: 6 }), { nil: undefined }), target: fc.option(fc.integer({ min: -1, max: 6 }), { nil: undefined }) })),
  matrix: fc.option(fc.record({ likelihood: fc.integer({ min: 2, max: 10 }), impact: fc.integer({ min: 2, max: 10 }), scoring: fc.constantFrom("product" as const, "sum" as const) }), { nil: undefined }),
}) as fc.Arbitrary<ValidationInput>;

describe("validation on random records", () => {
  it("never throws, no rule fails, and every issue names a sheet cell", () => {
    fc.assert(
      fc.property(input, fc.option(fc.constantFrom("2026-06-30", "garbage"), { nil: undefined }), (i, asOf) => {
        const result = validate(i, asOf ? { asOf } : {});
        expect(result.issues.map((x) => x.code)).not.toContain("rule-failed");
        for (const issue of result.issues) expect(issue.cell).toMatch(/^[A-Z]{1,3}\d+$/);
        expect(result.counts.error + result.counts.warning + result.counts.info).toBe(result.issues.length);
      }),
      { numRuns: 300 },
    );
  });
});
