import fc from "fast-check";
import { matrixForSize } from "../../../shared/scoring/index";

const level = fc.oneof(fc.integer({ min: -2, max: 12 }), fc.constantFrom("High", "low", "3", "Very likely", ""), fc.constant(null));
const date = fc.oneof(fc.constantFrom("2026-01-01", "2026-09-29", "2026-09-30", "2027-12-31", "2025/1/5", "not a date"), fc.constant(undefined));
const ref = fc.constantFrom("AIRMF:GOVERN 1.1", "AIRMF:MAP 3.5", "AIRMF:MEASURE 2.14", "AIRMF:GOVERN 1", "GV-1.1", "ISO42001:A.5.2", "junk");
const control = fc.constantFrom("ISO42001:A.2.2", "ISO42001:A.4.5", "ISO42001:A.6.2.6", "ISO42001:A.99", "ISO27001:A.5.1", "ISO27001:A.8.16", "ORG:X-1", "A.5.2");

/** Snapshot-shaped JSON with realistic keys and unrealistic values, for restore to make valid. */
export const snapshotLike = fc.record(
  {
    schemaVersion: fc.constantFrom(1, 0, "1", undefined),
    workbook: fc.record({ team: fc.string({ maxLength: 8 }), name: fc.string({ maxLength: 8 }) }, { requiredKeys: [] }),
    matrix: fc.oneof(fc.constantFrom("3x3", "4x4", "5x5", undefined, { id: "weird" }), fc.constant(matrixForSize(2, 7))),
    risks: fc.array(
      fc.record(
        {
          id: fc.oneof(fc.string({ maxLength: 6 }), fc.integer()),
          title: fc.string({ maxLength: 20 }),
          inherentLikelihood: level,
          inherentImpact: level,
          residualLikelihood: level,
          residualImpact: level,
          status: fc.constantFrom("open", "closed", "In Progress", "monitoring", "?"),
          treatment: fc.constantFrom("accept", "mitigate", "Transfer", "nope"),
          acceptance: fc.record({ approver: fc.string({ maxLength: 5 }), date, expires: date }, { requiredKeys: [] }),
          dueDate: date,
          reviewDate: date,
          actions: fc.array(fc.record({ description: fc.string({ maxLength: 10 }), dueDate: date, status: fc.constantFrom("done", "in-progress", "x") }, { requiredKeys: [] }), { maxLength: 3 }),
          aiRmfRefs: fc.array(ref, { maxLength: 4 }),
          trustworthiness: fc.array(fc.constantFrom("safe", "privacy-enhanced", "valid-and-reliable", "bogus"), { maxLength: 3 }),
          aiSystem: fc.constantFrom("AIS-1", "AIS-2", "missing"),
        },
        { requiredKeys: [] },
      ),
      { maxLength: 12 },
    ),
    soa: fc.array(fc.record({ controlId: control, applicable: fc.constantFrom(true, false, "yes", undefined), status: fc.constantFrom("implemented", "planned", "Partially Implemented", "x"), justification: fc.string({ maxLength: 5 }), evidence: fc.array(fc.string({ maxLength: 5 }), { maxLength: 2 }) }, { requiredKeys: [] }), { maxLength: 12 }),
    profile: fc.array(fc.record({ subcategory: ref, current: level, target: level, dueDate: date }, { requiredKeys: [] }), { maxLength: 10 }),
    aiSystems: fc.array(fc.record({ id: fc.constantFrom("AIS-1", "AIS-2", "AIS-3"), stage: fc.constantFrom("operation", "retired", "x"), reviewDate: date }, { requiredKeys: [] }), { maxLength: 4 }),
    impactAssessments: fc.array(fc.record({ id: fc.string({ maxLength: 4 }), aiSystem: fc.constantFrom("AIS-1", "AIS-3"), status: fc.constantFrom("approved", "draft"), reviewDate: date }, { requiredKeys: [] }), { maxLength: 3 }),
    managementSystem: fc.record(
      {
        policies: fc.array(fc.record({ id: fc.string({ maxLength: 4 }), status: fc.constantFrom("approved", "draft", "retired"), reviewDate: date }, { requiredKeys: [] }), { maxLength: 2 }),
        internalAudits: fc.array(fc.record({ id: fc.string({ maxLength: 4 }), status: fc.constantFrom("completed", "planned"), completedDate: date, plannedDate: date }, { requiredKeys: [] }), { maxLength: 2 }),
        managementReviews: fc.array(fc.record({ id: fc.string({ maxLength: 4 }), status: fc.constantFrom("held", "planned"), date, nextDate: date }, { requiredKeys: [] }), { maxLength: 2 }),
        nonconformities: fc.array(fc.record({ id: fc.string({ maxLength: 4 }), status: fc.constantFrom("open", "closed"), dueDate: date }, { requiredKeys: [] }), { maxLength: 2 }),
        metrics: fc.array(fc.record({ id: fc.string({ maxLength: 4 }), status: fc.constantFrom("no-data", "on-target") }, { requiredKeys: [] }), { maxLength: 2 }),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: [] },
);

