import type { Located } from "../input";
import { isMissing, nameOf, type Report, type Rule } from "../rule";

/** The code Validate's "Suggest references" action is offered on. */
export const REFERENCES_MISSING = "references-missing";

interface Referencing {
  readonly id?: string | undefined;
  readonly aiRmfRefs?: readonly string[] | undefined;
  readonly iso42001Refs?: readonly string[] | undefined;
}

const HINT = "Suggest references finds likely ones in the record's own words (the add-in's Suggest panel, or crosswalk suggest <file>).";

/**
 * Once per record: an impact assessment spans one sheet row per impact, and only its first row
 * holds the assessment's own references, so later rows of the same id are not records of their own.
 */
function reportUnreferenced(records: readonly Located<Referencing>[] | undefined, kind: string, report: Report): void {
  const seen = new Set<string>();
  for (const at of records ?? []) {
    const id = at.record.id;
    if (!isMissing(id)) {
      if (seen.has(id!)) continue;
      seen.add(id!);
    }
    const refs = (at.record.aiRmfRefs?.length ?? 0) + (at.record.iso42001Refs?.length ?? 0);
    if (refs === 0) report(at, "aiRmfRefs", `${nameOf(kind, id, at.row)} names no AI RMF subcategory or ISO 42001 control`, HINT);
  }
}

export const MISSING_REFERENCE_RULES: readonly Rule[] = [
  {
    code: REFERENCES_MISSING,
    severity: "info",
    scope: "workbook",
    description: "Risks, AI systems and impact assessments name at least one AI RMF subcategory or ISO/IEC 42001 control (a note, with suggestions offered).",
    check({ input }, report) {
      reportUnreferenced(input.risks, "Risk", report);
      reportUnreferenced(input.aiSystems, "AI system", report);
      reportUnreferenced(input.impactAssessments, "Impact assessment", report);
    },
  },
];
