import * as z from "zod";
import { Extra, IdList, IsoDate, Text, TextList } from "./primitives";
import { ControlRef } from "./refs";

/** How far a control is implemented. Not-applicable controls say so with `applicable: false`. */
export const IMPLEMENTATION_STATUSES = ["not-implemented", "planned", "partially-implemented", "implemented"] as const;
export const ImplementationStatus = z.enum(IMPLEMENTATION_STATUSES);
export type ImplementationStatus = z.infer<typeof ImplementationStatus>;

/**
 * One row of the Statement of Applicability (ISO/IEC 42001 6.1.3 d–f), keyed by `controlId`:
 * every Annex A control (`ISO42001:A.5.2`), plus any additional control — another framework's
 * (`ISO27001:A.5.1`, for an integrated management system) or the organisation's own (`ORG:AI-07`).
 */
export const SoaEntry = z.object({
  controlId: ControlRef,
  title: Text.optional(),
  applicable: z.boolean().optional(),
  /** Why the control is included or excluded. */
  justification: Text.optional(),
  status: ImplementationStatus.optional(),
  /** How the control is implemented. */
  implementation: Text.optional(),
  owner: Text.optional(),
  evidence: TextList.optional(),
  /** Ids of the risks this control treats. */
  linkedRisks: IdList.optional(),
  lastReview: IsoDate.optional(),
  notes: Text.optional(),
  extra: Extra.optional(),
});
export type SoaEntry = z.infer<typeof SoaEntry>;
