import * as z from "zod";
import { LIMITS, Text } from "./primitives";
import { ControlRef } from "./refs";

/** What a reference's source says when it came from an accepted suggestion (`shared/suggest`). */
export const SUGGESTED_ACCEPTED = "suggested, accepted";
/** …and when the team typed it. */
export const TYPED = "typed";
export type ReferenceSource = typeof SUGGESTED_ACCEPTED | typeof TYPED;

const targets = z.array(ControlRef).max(LIMITS.list, { error: `list has more than ${LIMITS.list} items` });

/**
 * A record's decisions on suggested references. The references themselves stay in the record's
 * own fields (`aiRmfRefs`, `iso42001Refs`, `genAiRisks`, `trustworthiness`), where every reader
 * already looks; `accepted` says which of them came from a suggestion. Targets are namespaced:
 * `AIRMF:MAP 1.1`, `ISO42001:A.6.2.4`, `GAI:confabulation`, `TRUST:privacy-enhanced`.
 * Optional and additive: snapshots without it read as before (every reference typed).
 */
export const ReferenceSuggestions = z.object({
  /** Accepted suggestions: the references whose source is "suggested, accepted". */
  accepted: targets.optional(),
  /** Who accepted them (the add-in's user, the CLI's --by), the latest when several did. */
  acceptedBy: Text.optional(),
  /** Rejected suggestions: never offered again for this record. */
  rejected: targets.optional(),
});
export type ReferenceSuggestions = z.infer<typeof ReferenceSuggestions>;

/**
 * Where a reference the record holds came from: "suggested, accepted" when an accepted
 * suggestion put it there, "typed" otherwise. A reference the user deleted from the record is
 * no reference, whatever `accepted` remembers.
 *
 * @example referenceSource({ aiRmfRefs: ["AIRMF:MAP 1.1"], suggestions: { accepted: ["AIRMF:MAP 1.1"] } }, "AIRMF:MAP 1.1") // "suggested, accepted"
 */
export function referenceSource(record: { readonly suggestions?: ReferenceSuggestions | undefined }, ref: string): ReferenceSource {
  return record.suggestions?.accepted?.includes(ref) ? SUGGESTED_ACCEPTED : TYPED;
}
