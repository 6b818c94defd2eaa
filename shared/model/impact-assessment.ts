import * as z from "zod";
import { Extra, IsoDate, Level, LIMITS, RecordId, Text, TextList } from "./primitives";
import { ReferenceSuggestions } from "./reference-suggestions";
import { AiRmfRefs, Iso42001Refs } from "./refs";

export const IMPACT_KINDS = ["harm", "benefit"] as const;
export const ImpactKind = z.enum(IMPACT_KINDS);
export type ImpactKind = z.infer<typeof ImpactKind>;

/**
 * One foreseeable harm or benefit. Severity and likelihood are levels on the workbook matrix's
 * impact and likelihood scales (AI RMF MAP 5.1: likelihood and magnitude of each impact).
 */
export const Impact = z.object({
  id: RecordId.optional(),
  kind: ImpactKind.optional(),
  description: Text,
  /** Individuals, groups or society affected (ISO/IEC 42001 A.5.4, A.5.5). */
  affected: TextList.optional(),
  severity: Level.optional(),
  likelihood: Level.optional(),
  measures: TextList.optional(),
});
export type Impact = z.infer<typeof Impact>;

export const ASSESSMENT_STATUSES = ["draft", "in-review", "approved", "superseded"] as const;
export const AssessmentStatus = z.enum(ASSESSMENT_STATUSES);
export type AssessmentStatus = z.infer<typeof AssessmentStatus>;

export const Approval = z.object({
  approver: Text.optional(),
  date: IsoDate.optional(),
});
export type Approval = z.infer<typeof Approval>;

/** An AI system impact assessment (ISO/IEC 42001 6.1.4, A.5.2–A.5.5; AI RMF MAP 1, 3, 5). */
export const ImpactAssessment = z.object({
  id: RecordId,
  /** Id of the assessed AI system in the inventory. */
  aiSystem: RecordId.optional(),
  title: Text.optional(),
  scope: Text.optional(),
  intendedUse: Text.optional(),
  foreseeableMisuse: Text.optional(),
  affectedParties: TextList.optional(),
  impacts: z.array(Impact).max(LIMITS.list).optional(),
  /** Measures across all impacts (those of one impact live on the impact). */
  measures: TextList.optional(),
  assessor: Text.optional(),
  assessmentDate: IsoDate.optional(),
  status: AssessmentStatus.optional(),
  approval: Approval.optional(),
  /** Next scheduled review (overdue when before the as-of date). */
  reviewDate: IsoDate.optional(),
  aiRmfRefs: AiRmfRefs.optional(),
  iso42001Refs: Iso42001Refs.optional(),
  /** Decisions on suggested references: which references came from accepted suggestions, which were rejected. */
  suggestions: ReferenceSuggestions.optional(),
  notes: Text.optional(),
  extra: Extra.optional(),
});
export type ImpactAssessment = z.infer<typeof ImpactAssessment>;
