import * as z from "zod";
import { Extra, IsoDate, RecordId, Text } from "../primitives";
import { AiRmfRefs, Iso42001Refs } from "../refs";

export const POLICY_STATUSES = ["draft", "approved", "retired"] as const;
export const PolicyStatus = z.enum(POLICY_STATUSES);
export type PolicyStatus = z.infer<typeof PolicyStatus>;

/** The AI policy and its topic policies (ISO/IEC 42001 5.2, A.2; AI RMF GOVERN 1). */
export const AiPolicy = z.object({
  id: RecordId,
  title: Text.optional(),
  version: Text.optional(),
  owner: Text.optional(),
  status: PolicyStatus.optional(),
  approvedBy: Text.optional(),
  approvedDate: IsoDate.optional(),
  /** Next scheduled review (ISO/IEC 42001 A.2.4). */
  reviewDate: IsoDate.optional(),
  /** Whether it has been communicated within the organisation (5.2 d). */
  communicated: z.boolean().optional(),
  /** Where the document lives (link or document number). */
  location: Text.optional(),
  scope: Text.optional(),
  aiRmfRefs: AiRmfRefs.optional(),
  iso42001Refs: Iso42001Refs.optional(),
  notes: Text.optional(),
  extra: Extra.optional(),
});
export type AiPolicy = z.infer<typeof AiPolicy>;
