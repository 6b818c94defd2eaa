import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AI_SYSTEM_ROLES, AI_SYSTEM_STAGES } from "../../../shared/model/ai-system";
import { GENAI_RISKS } from "../../../shared/model/genai-risk";
import { NONCONFORMITY_SOURCES } from "../../../shared/model/management/nonconformity";
import { parseSnapshot } from "../../../shared/model/parse-snapshot";
import { ACTION_STATUSES, RISK_STATUSES, RISK_TREATMENTS } from "../../../shared/model/risk";
import type { WorkbookSnapshot } from "../../../shared/model/snapshot";
import { IMPLEMENTATION_STATUSES } from "../../../shared/model/soa";
import { TRUSTWORTHINESS_CHARACTERISTICS } from "../../../shared/model/trustworthiness";
import { matrixForSize } from "../../../shared/scoring/matrix-for-size";
import { readCrosswalkWorkbook } from "../../../shared/workbook-pipeline/read-crosswalk-workbook";
import { sheetsFromSnapshot } from "../../../shared/workbook-snapshot/sheets-from-snapshot";
import { gridsOf } from "./grids";

/**
 * Texts that trip up spreadsheet readers built for foreign sheets: separators the importer
 * splits lists on, template and empty markers, formula-like text, numbers, ids Excel turns
 * into dates, brackets that look like action details.
 */
const tricky = fc.constantFrom(
  "Bias testing, quarterly",
  "Recruiter training; sample audit",
  "A | B",
  "TBD",
  "N/A",
  "-",
  "none",
  "[R-XX-01]",
  "=SUM(A1:A3)",
  "+44 20 7946 0000",
  "@mention",
  "'quoted' text",
  "12",
  "6.1.2",
  "Yes",
  "2026-01-01",
  "Total",
  "Zoë’s café — naïve résumé",
  "Fix it [owner: nobody]",
  "Clause 4 [draft]",
);
const plain = fc.string({ minLength: 1, maxLength: 24 }).map((s) => s.replace(/[\r\n\t]/g, " ").trim()).filter((s) => s !== "");
const text = fc.oneof(tricky, plain);
const multiline = fc.oneof(text, fc.tuple(text, text).map(([a, b]) => `${a}\n${b}`));
const id = fc.stringMatching(/^[A-Z]{1,3}-[0-9]{1,3}$/);
const date = fc.integer({ min: 0, max: 20_000 }).map((d) => new Date(Date.UTC(1990, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const uniqueOf = <T>(values: readonly T[], max = 3) => fc.uniqueArray(fc.constantFrom(...values), { minLength: 1, maxLength: max });
const aiRmf = fc.constantFrom("AIRMF:GOVERN 1.1", "AIRMF:MAP 5.1", "AIRMF:MEASURE 2.11", "AIRMF:MANAGE 4.1", "AIRMF:GOVERN 6.2");
const iso42001 = fc.constantFrom("ISO42001:A.2.2", "ISO42001:A.6.2.4", "ISO42001:6.1.2", "ISO42001:A.10.3", "ISO42001:9.2");
const iso27001 = fc.constantFrom("ISO27001:A.5.15", "ISO27001:A.8.16", "ISO27001:6.1.3");
const control = fc.oneof(iso42001, iso27001, fc.constantFrom("ORG:AI-07", "ORG:X-1"));
const extra = opt(fc.dictionary(fc.constantFrom("Business Line", "Ticket", "Score Note"), fc.oneof(text, fc.integer({ min: -5, max: 500 }), fc.boolean()), { minKeys: 1, maxKeys: 2 }));
const list = fc.uniqueArray(text, { minLength: 1, maxLength: 3 });
const detail = fc.stringMatching(/^[A-Za-z][A-Za-z .'-]{0,14}[A-Za-z]$/);

const action = fc.record(
  { id: opt(id), description: text, owner: opt(detail), dueDate: opt(date), status: opt(fc.constantFrom(...ACTION_STATUSES)), completedDate: opt(date) },
  { requiredKeys: ["description"] },
);

const risk = (levels: { l: number; i: number }) =>
  fc.record(
    {
      id,
      title: opt(text),
      description: opt(multiline),
      cause: opt(text),
      event: opt(text),
      consequence: opt(text),
      aiSystem: opt(id),
      category: opt(text),
      trustworthiness: opt(uniqueOf(TRUSTWORTHINESS_CHARACTERISTICS)),
      genAiRisks: opt(uniqueOf(GENAI_RISKS)),
      inherentLikelihood: opt(fc.integer({ min: 1, max: levels.l })),
      inherentImpact: opt(fc.integer({ min: 1, max: levels.i })),
      residualLikelihood: opt(fc.integer({ min: 1, max: levels.l })),
      residualImpact: opt(fc.integer({ min: 1, max: levels.i })),
      treatment: opt(fc.constantFrom(...RISK_TREATMENTS)),
      actions: opt(fc.array(action, { minLength: 1, maxLength: 3 })),
      controls: opt(list),
      owner: opt(text),
      status: opt(fc.constantFrom(...RISK_STATUSES)),
      dueDate: opt(date),
      reviewDate: opt(date),
      lastReview: opt(date),
      identifiedDate: opt(date),
      acceptance: opt(fc.record({ approver: text, date: opt(date), rationale: opt(text), expires: opt(date) }, { requiredKeys: ["approver"] })),
      aiRmfRefs: opt(fc.uniqueArray(aiRmf, { minLength: 1, maxLength: 3 })),
      iso42001Refs: opt(fc.uniqueArray(iso42001, { minLength: 1, maxLength: 3 })),
      iso27001Refs: opt(fc.uniqueArray(iso27001, { minLength: 1, maxLength: 2 })),
      notes: opt(multiline),
      extra,
    },
    { requiredKeys: ["id"] },
  );

const snapshot: fc.Arbitrary<WorkbookSnapshot> = fc
  .record({ l: fc.integer({ min: 2, max: 7 }), i: fc.integer({ min: 2, max: 7 }) })
  .chain((levels) =>
    fc.record({
      workbook: fc.record(
        {
          team: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,10}$/),
          name: fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,10}$/),
          teamName: opt(text),
          title: opt(text),
          scope: opt(multiline),
          frameworks: opt(fc.uniqueArray(fc.constantFrom("ai-rmf", "iso42001", "iso27001"), { minLength: 1 })),
          asOf: opt(date),
          extra: opt(fc.dictionary(fc.constantFrom("Region", "Cost centre"), fc.oneof(text, fc.integer()), { minKeys: 1, maxKeys: 2 })),
        },
        { requiredKeys: ["team", "name"] },
      ),
      matrix: fc.constant(matrixForSize(levels.l, levels.i)),
      risks: fc.uniqueArray(risk(levels), { maxLength: 6, selector: (r) => r.id }),
      soa: fc.uniqueArray(
        fc.record(
          {
            controlId: control,
            title: opt(text),
            applicable: opt(fc.boolean()),
            justification: opt(text),
            status: opt(fc.constantFrom(...IMPLEMENTATION_STATUSES)),
            evidence: opt(list),
            linkedRisks: opt(fc.uniqueArray(id, { minLength: 1, maxLength: 3 })),
            lastReview: opt(date),
          },
          { requiredKeys: ["controlId"] },
        ),
        { maxLength: 6, selector: (s) => s.controlId },
      ),
      aiSystems: fc.uniqueArray(
        fc.record(
          {
            id,
            name: opt(text),
            stage: opt(fc.constantFrom(...AI_SYSTEM_STAGES)),
            role: opt(uniqueOf(AI_SYSTEM_ROLES, 4)),
            personalData: opt(fc.boolean()),
            thirdParties: opt(list),
            users: opt(text),
            humanOversight: opt(text),
            deployedDate: opt(date),
          },
          { requiredKeys: ["id"] },
        ),
        { maxLength: 3, selector: (s) => s.id },
      ),
      impactAssessments: fc.uniqueArray(
        fc.record(
          {
            id,
            aiSystem: opt(id),
            title: opt(text),
            affectedParties: opt(list),
            impacts: opt(
              fc.array(
                fc.record(
                  {
                    id: opt(id),
                    kind: opt(fc.constantFrom("harm" as const, "benefit" as const)),
                    description: text,
                    affected: opt(list),
                    severity: opt(fc.integer({ min: 1, max: levels.i })),
                    likelihood: opt(fc.integer({ min: 1, max: levels.l })),
                    measures: opt(list),
                  },
                  { requiredKeys: ["description"] },
                ),
                { minLength: 1, maxLength: 3 },
              ),
            ),
            measures: opt(list),
            status: opt(fc.constantFrom("draft" as const, "approved" as const)),
            approval: opt(fc.record({ approver: text, date: opt(date) }, { requiredKeys: ["approver"] })),
            iso42001Refs: opt(fc.uniqueArray(iso42001, { minLength: 1, maxLength: 2 })),
          },
          { requiredKeys: ["id"] },
        ),
        { maxLength: 3, selector: (a) => a.id },
      ),
      profile: fc.uniqueArray(
        fc.record({ subcategory: aiRmf, current: opt(fc.integer({ min: 0, max: 4 })), target: opt(fc.integer({ min: 0, max: 4 })), evidence: opt(list), dueDate: opt(date) }, { requiredKeys: ["subcategory"] }),
        { maxLength: 5, selector: (p) => p.subcategory },
      ),
      managementSystem: fc.record({
        policies: fc.uniqueArray(fc.record({ id, title: opt(text), communicated: opt(fc.boolean()), iso42001Refs: opt(fc.uniqueArray(iso42001, { minLength: 1 })) }, { requiredKeys: ["id"] }), { maxLength: 2, selector: (p) => p.id }),
        objectives: fc.constant([]),
        internalAudits: fc.uniqueArray(fc.record({ id, nonconformities: opt(fc.uniqueArray(id, { minLength: 1, maxLength: 2 })) }, { requiredKeys: ["id"] }), { maxLength: 2, selector: (a) => a.id }),
        managementReviews: fc.uniqueArray(fc.record({ id, attendees: opt(list), decisions: opt(list) }, { requiredKeys: ["id"] }), { maxLength: 2, selector: (r) => r.id }),
        metrics: fc.uniqueArray(fc.record({ id, lastValue: opt(fc.oneof(text, fc.double({ min: -1000, max: 1000, noNaN: true }), fc.boolean())) }, { requiredKeys: ["id"] }), { maxLength: 3, selector: (m) => m.id }),
        nonconformities: fc.uniqueArray(fc.record({ id, source: opt(fc.constantFrom(...NONCONFORMITY_SOURCES)) }, { requiredKeys: ["id"] }), { maxLength: 2, selector: (n) => n.id }),
      }),
    }),
  )
  .map((candidate) => {
    const parsed = parseSnapshot({ schemaVersion: 1, ...(stripUndefined(candidate) as object) });
    if (!parsed.success) throw new Error(`arbitrary made an invalid snapshot: ${JSON.stringify(parsed.issues)}`);
    return parsed.snapshot;
  });

function stripUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripUndefined);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => [k, stripUndefined(v)]));
}

describe("snapshot → sheets → snapshot, for any snapshot", () => {
  it("gives the snapshot back whatever its texts, ids, matrix and columns of the team's own", () => {
    fc.assert(
      fc.property(snapshot, (original) => {
        const build = readCrosswalkWorkbook(gridsOf(sheetsFromSnapshot(original)));
        expect(build.issues.filter((i) => i.severity === "error" && !i.code.startsWith("risk-") && !i.code.startsWith("soa-"))).toEqual([]);
        expect(build.snapshot).toEqual(original);
      }),
      { numRuns: 200 },
    );
  }, 120_000);
});
