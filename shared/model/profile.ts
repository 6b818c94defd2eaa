import * as z from "zod";
import { Extra, IsoDate, Text, TextList } from "./primitives";
import { ProfileLevel } from "./profile-level";
import { AiRmfRef, Iso42001Refs } from "./refs";

/**
 * One row of the team's AI RMF profile, keyed by subcategory (`AIRMF:GOVERN 1.1`). Current and
 * target state use the 0–4 scale of `PROFILE_LEVELS`.
 */
export const ProfileEntry = z.object({
  subcategory: AiRmfRef,
  current: ProfileLevel.optional(),
  target: ProfileLevel.optional(),
  evidence: TextList.optional(),
  /** What closes the gap between current and target. */
  gapAction: Text.optional(),
  owner: Text.optional(),
  dueDate: IsoDate.optional(),
  /** ISO/IEC 42001 controls the team relies on for this outcome. */
  iso42001Refs: Iso42001Refs.optional(),
  notes: Text.optional(),
  extra: Extra.optional(),
});
export type ProfileEntry = z.infer<typeof ProfileEntry>;
