import * as z from "zod";

/**
 * The state scale of an AI RMF profile: 0–4, used for both current and target state.
 *
 * AI RMF 1.0 defines profiles but no tiers, so Crosswalk uses one small maturity scale that
 * compares as numbers (target below current is a validation issue, readiness is current/target):
 *
 * | level | name        | meaning                                                               |
 * |-------|-------------|-----------------------------------------------------------------------|
 * | 0     | Not in place| the outcome is not addressed                                          |
 * | 1     | Initial     | addressed ad hoc, undocumented, depends on individuals                |
 * | 2     | Partial     | documented, applied to some AI systems or teams                       |
 * | 3     | Defined     | documented and applied consistently across in-scope AI systems        |
 * | 4     | Managed     | measured, reviewed and improved on a schedule                         |
 */
export const PROFILE_LEVELS = [
  { value: 0, name: "none", label: "Not in place", description: "The outcome is not addressed." },
  { value: 1, name: "initial", label: "Initial", description: "Addressed ad hoc, undocumented, dependent on individuals." },
  { value: 2, name: "partial", label: "Partial", description: "Documented and applied to some AI systems or teams." },
  { value: 3, name: "defined", label: "Defined", description: "Documented and applied consistently across in-scope AI systems." },
  { value: 4, name: "managed", label: "Managed", description: "Measured, reviewed and improved on a schedule." },
] as const;

export const PROFILE_LEVEL_MIN = 0;
export const PROFILE_LEVEL_MAX = 4;

export const ProfileLevel = z
  .int({ error: "expected a profile level 0–4 (0 Not in place … 4 Managed)" })
  .min(PROFILE_LEVEL_MIN)
  .max(PROFILE_LEVEL_MAX);
export type ProfileLevel = z.infer<typeof ProfileLevel>;

/**
 * The level a spreadsheet wrote as a number, a name or a label (`3`, `"3"`, `"defined"`,
 * `"Not in place"`), case- and space-insensitive; undefined when it is none of these.
 */
export function profileLevelOf(input: unknown): ProfileLevel | undefined {
  if (typeof input === "number") return Number.isInteger(input) && input >= 0 && input <= 4 ? input : undefined;
  if (typeof input !== "string") return undefined;
  const text = input.trim().toLowerCase().replace(/\s+/g, " ");
  if (/^[0-4]$/.test(text)) return Number(text);
  const found = PROFILE_LEVELS.find((level) => level.name === text || level.label.toLowerCase() === text);
  return found?.value;
}
