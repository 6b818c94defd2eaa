import * as z from "zod";
import { Extra, IsoDate, RecordId, Text, TextList } from "../primitives";

export const REVIEW_STATUSES = ["planned", "held", "cancelled"] as const;
export const ReviewStatus = z.enum(REVIEW_STATUSES);
export type ReviewStatus = z.infer<typeof ReviewStatus>;

/** A management review of the AI management system (ISO/IEC 42001 9.3; AI RMF GOVERN 1.5). */
export const ManagementReview = z.object({
  id: RecordId,
  date: IsoDate.optional(),
  status: ReviewStatus.optional(),
  chair: Text.optional(),
  attendees: TextList.optional(),
  /** Inputs considered (9.3.2), e.g. audit results, objectives, risk treatment status. */
  inputs: TextList.optional(),
  /** Decisions and results (9.3.3). */
  decisions: TextList.optional(),
  actions: TextList.optional(),
  minutesLocation: Text.optional(),
  nextDate: IsoDate.optional(),
  notes: Text.optional(),
  extra: Extra.optional(),
});
export type ManagementReview = z.infer<typeof ManagementReview>;
