import { FRAMEWORK_PREFIX } from "../catalog/framework";

/** What a suggestion proposes: an AI RMF subcategory, an ISO/IEC 42001 Annex A control, an AI 600-1 risk or a trustworthiness characteristic. */
export const TARGET_KINDS = ["ai-rmf", "iso42001", "genai-risk", "trustworthiness"] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

/**
 * Prefixes of suggestion targets. AI RMF and ISO ids are the model's references; AI 600-1 risks
 * and trustworthiness characteristics are enum values in the model (`genAiRisks`,
 * `trustworthiness`), namespaced here so one list can hold every kind of decision.
 */
export const TARGET_PREFIX: Readonly<Record<TargetKind, string>> = {
  "ai-rmf": FRAMEWORK_PREFIX["ai-rmf"],
  iso42001: FRAMEWORK_PREFIX.iso42001,
  "genai-risk": "GAI",
  trustworthiness: "TRUST",
};

export function targetId(kind: TargetKind, ref: string): string {
  return `${TARGET_PREFIX[kind]}:${ref}`;
}

/** The kind and bare ref of a target id, or undefined for an id of no suggestion kind. */
export function splitTarget(id: string): { readonly kind: TargetKind; readonly ref: string } | undefined {
  const colon = id.indexOf(":");
  if (colon <= 0) return undefined;
  const prefix = id.slice(0, colon);
  const kind = TARGET_KINDS.find((k) => TARGET_PREFIX[k] === prefix);
  return kind ? { kind, ref: id.slice(colon + 1) } : undefined;
}
