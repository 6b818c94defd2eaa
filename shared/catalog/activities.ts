import activities from "./data/activities.json";
import type { NamespacedId } from "./framework";

/** Which part of a team workbook is the evidence for an activity. */
export type ActivityArtifact = "management-system" | "ai-systems" | "risk-register" | "impact-assessments" | "soa" | "profile";

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
}

export const DUAL_CONFORMANCE_ACTIVITIES = activities as readonly DualConformanceActivity[];
