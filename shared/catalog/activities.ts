import activities from "./data/activities.json";
import type { NamespacedId } from "./framework";

/** Which part of a team workbook is the evidence for an activity. */
export type ActivityArtifact = "management-system" | "ai-systems" | "risk-register" | "impact-assessments" | "soa" | "profile";

/**
 * The pairing the seed's dual-conformance table gives an activity, exactly: the AI RMF
 * function(s) and the ISO/IEC 42001 clauses and Annex A controls it names. Everything else an
 * activity lists is what Crosswalk adds (see `additionsOf`).
 */
export interface SeedPairing {
  /** As the table words it, e.g. "Map + Measure", "Implicit in Govern". */
  readonly aiRmf: string;
  /** As the table words it, e.g. "Clause 6 + AI system impact assessment". */
  readonly iso42001: string;
  readonly aiRmfFunctions: readonly string[];
  readonly iso42001Clauses: readonly NamespacedId[];
  readonly iso42001Controls: readonly NamespacedId[];
  readonly note?: string;
}

/**
 * One of the six things an organisation does once and shows to both instruments: each with the
 * AI RMF functions and subcategories and the ISO/IEC 42001 clauses and Annex A controls asking for it.
 */
export interface DualConformanceActivity {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly artifact: ActivityArtifact;
  readonly aiRmfFunctions: readonly string[];
  readonly aiRmfSubcategories: readonly NamespacedId[];
  readonly iso42001Clauses: readonly NamespacedId[];
  readonly iso42001Controls: readonly NamespacedId[];
  readonly seed: SeedPairing;
}

export const DUAL_CONFORMANCE_ACTIVITIES = activities as readonly DualConformanceActivity[];

/** What Crosswalk adds to the seed's pairing: functions, subcategories of other functions, clauses and controls it does not name. */
export interface ActivityAdditions {
  readonly aiRmfFunctions: readonly string[];
  readonly aiRmfSubcategories: readonly NamespacedId[];
  readonly iso42001Clauses: readonly NamespacedId[];
  readonly iso42001Controls: readonly NamespacedId[];
}

export function additionsOf(activity: DualConformanceActivity): ActivityAdditions {
  const seed = activity.seed;
  const functionOf = (id: string) => id.slice(id.indexOf(":") + 1).split(" ")[0] ?? "";
  return {
    aiRmfFunctions: activity.aiRmfFunctions.filter((f) => !seed.aiRmfFunctions.includes(f)),
    aiRmfSubcategories: activity.aiRmfSubcategories.filter((id) => !seed.aiRmfFunctions.includes(functionOf(id))),
    iso42001Clauses: activity.iso42001Clauses.filter((id) => !seed.iso42001Clauses.includes(id)),
    iso42001Controls: activity.iso42001Controls.filter((id) => !seed.iso42001Controls.includes(id)),
  };
}
