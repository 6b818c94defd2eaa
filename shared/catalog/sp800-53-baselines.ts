import * as z from "zod";
import sp80053Data from "./data/sp800-53.json";
import { type NamespacedId, namespaced } from "./framework";

/**
 * The SP 800-53B control baselines (LOW, MODERATE, HIGH) and the privacy control baseline
 * (PRIVACY), as NIST's OSCAL profiles list them.
 */
export const SP800_53_BASELINES = ["LOW", "MODERATE", "HIGH", "PRIVACY"] as const;
export const Sp80053Baseline = z.enum(SP800_53_BASELINES);
export type Sp80053Baseline = z.infer<typeof Sp80053Baseline>;

const BASELINES: Readonly<Record<Sp80053Baseline, readonly string[]>> = sp80053Data.baselines;

/** The controls and enhancements a baseline selects, namespaced, in the profile's order. */
export function baselineControls(baseline: Sp80053Baseline): readonly NamespacedId[] {
  return BASELINES[baseline].map((ref) => namespaced("sp800-53", ref));
}

/** The baselines that select a control, e.g. `["LOW", "MODERATE", "HIGH"]` for `SP800-53:AC-2`. */
export function baselinesOf(id: string): readonly Sp80053Baseline[] {
  const ref = id.startsWith("SP800-53:") ? id.slice("SP800-53:".length) : id;
  return SP800_53_BASELINES.filter((b) => BASELINES[b].includes(ref));
}
