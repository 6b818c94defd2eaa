/**
 * What a digest leaves out of each record: the fields no report section reads. Listing what is
 * dropped rather than what is kept means a field added to the model later (a risk rating, say) is
 * carried by default — the report from digests stays equal to the report from snapshots, and only
 * the digest's size pays until the field is listed here. The equality test
 * (test/shared/report/digest/digest-equality.test.ts) fails if a listed field turns out to be read.
 *
 * A nested entry applies to the object (or each element of the array) under that field.
 */
export interface Omissions {
  readonly drop?: readonly string[];
  readonly nested?: Readonly<Record<string, Omissions>>;
}

const SUGGESTIONS: Omissions = { drop: ["acceptedBy", "rejected"] };

export const DIGEST_OMISSIONS: Readonly<Record<string, Omissions>> = {
  workbook: { drop: ["extra"] },
  matrix: { nested: { likelihood: { nested: { levels: { drop: ["synonyms"] } } }, impact: { nested: { levels: { drop: ["synonyms"] } } } } },
  // No entry for risks: a digest holds them as a risk kernel (sections/risk-kernel.ts), never as records.
  aiSystems: {
    drop: ["role", "technology", "personalData", "thirdParties", "riskTier", "users", "humanOversight", "businessUnit", "deployedDate", "iso42001Refs", "extra"],
    nested: { suggestions: SUGGESTIONS },
  },
  soa: { drop: ["linkedRisks", "extra"] },
  impactAssessments: {
    drop: ["intendedUse", "foreseeableMisuse", "affectedParties", "measures", "assessmentDate", "iso42001Refs", "extra"],
    nested: { suggestions: SUGGESTIONS, impacts: { drop: ["affected", "severity", "measures"] } },
  },
  profile: { drop: ["gapAction", "iso42001Refs", "extra"] },
  managementSystem: {
    nested: {
      policies: { drop: ["approvedBy", "location", "iso42001Refs", "extra"] },
      objectives: { drop: ["resources", "evaluation", "iso42001Refs", "extra"] },
      internalAudits: { drop: ["iso42001Refs", "conclusion", "reportLocation", "extra"] },
      managementReviews: { drop: ["chair", "attendees", "inputs", "decisions", "minutesLocation", "extra"] },
      metrics: { drop: ["unit", "frequency", "threshold", "iso42001Refs", "extra"] },
      nonconformities: { drop: ["sourceRef", "severity", "raisedDate", "correction", "rootCause", "closedDate", "effectiveness", "iso42001Refs", "extra"] },
    },
  },
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A copy of `value` without the omitted fields; key order kept, so the report's order is too. */
export function omitFields(value: unknown, omissions: Omissions): unknown {
  if (Array.isArray(value)) return value.map((element) => omitFields(element, omissions));
  if (!isRecord(value)) return value;
  const drop = new Set(omissions.drop ?? []);
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (drop.has(key)) continue;
    const nested = omissions.nested?.[key];
    out[key] = nested ? omitFields(field, nested) : field;
  }
  return out;
}
