import * as z from "zod";
import { Extra, IsoDate, RecordId, Text } from "../primitives";
import { AiRmfRefs, Iso42001Refs } from "../refs";

export const OBJECTIVE_STATUSES = ["not-started", "on-track", "at-risk", "achieved", "missed"] as const;
export const ObjectiveStatus = z.enum(OBJECTIVE_STATUSES);
export type ObjectiveStatus = z.infer<typeof ObjectiveStatus>;

/** An AI objective and the plan to achieve it (ISO/IEC 42001 6.2; AI RMF MAP 1.3). */
export const Objective = z.object({
  id: RecordId,
  title: Text.optional(),
  /** How achievement is measured, e.g. a metric id or a description. */
  measure: Text.optional(),
  target: Text.optional(),
  owner: Text.optional(),
  resources: Text.optional(),
  dueDate: IsoDate.optional(),
  status: ObjectiveStatus.optional(),
  /** How results are evaluated (6.2 k). */
  evaluation: Text.optional(),
  aiRmfRefs: AiRmfRefs.optional(),
  iso42001Refs: Iso42001Refs.optional(),
  notes: Text.optional(),
  extra: Extra.optional(),
});
export type Objective = z.infer<typeof Objective>;
