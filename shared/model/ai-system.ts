import * as z from "zod";
import { Extra, IsoDate, RecordId, Text, TextList } from "./primitives";
import { ReferenceSuggestions } from "./reference-suggestions";
import { AiRmfRefs, Iso42001Refs } from "./refs";

/**
 * The organisation's role towards an AI system (DESIGN §5; ISO/IEC 42001 A.10 and ISO/IEC 22989
 * roles in plain words). A team can hold several at once, e.g. it builds and runs its own model.
 */
export const AI_SYSTEM_ROLES = ["provider", "developer", "deployer", "user"] as const;
export const AiSystemRole = z.enum(AI_SYSTEM_ROLES);
export type AiSystemRole = z.infer<typeof AiSystemRole>;

/**
 * Life-cycle stage. Spreadsheet words map onto these: idea/inception → planning, build →
 * development, test/TEVV/verification → validation, pilot/roll-out → deployment,
 * live/production/in use → operation, decommissioned/retired/sunset → retired.
 */
export const AI_SYSTEM_STAGES = [
  "planning",
  "design",
  "development",
  "validation",
  "deployment",
  "operation",
  "retired",
] as const;
export const AiSystemStage = z.enum(AI_SYSTEM_STAGES);
export type AiSystemStage = z.infer<typeof AiSystemStage>;

/** One row of the AI system inventory (AI RMF GOVERN 1.6, MAP; ISO/IEC 42001 clause 8, A.4, A.6). */
export const AiSystem = z.object({
  id: RecordId,
  name: Text.optional(),
  purpose: Text.optional(),
  owner: Text.optional(),
  stage: AiSystemStage.optional(),
  /** One or more roles the organisation holds for this system. */
  role: z.array(AiSystemRole).max(AI_SYSTEM_ROLES.length).optional(),
  /** Kind of technology, e.g. "gradient-boosted classifier", "LLM (RAG)". */
  technology: Text.optional(),
  /** Data the system is trained on and processes. */
  data: Text.optional(),
  /** Whether personal data is processed. */
  personalData: z.boolean().optional(),
  /** Vendors, models and services the system depends on. */
  thirdParties: TextList.optional(),
  /** The organisation's own tier (e.g. "High", "Tier 1", "EU AI Act: high-risk"). */
  riskTier: Text.optional(),
  /** Who uses it and who is affected by its outputs. */
  users: Text.optional(),
  humanOversight: Text.optional(),
  businessUnit: Text.optional(),
  deployedDate: IsoDate.optional(),
  /** Next scheduled review (overdue when before the as-of date). */
  reviewDate: IsoDate.optional(),
  lastReview: IsoDate.optional(),
  aiRmfRefs: AiRmfRefs.optional(),
  iso42001Refs: Iso42001Refs.optional(),
  /** Decisions on suggested references: which references came from accepted suggestions, which were rejected. */
  suggestions: ReferenceSuggestions.optional(),
  notes: Text.optional(),
  extra: Extra.optional(),
});
export type AiSystem = z.infer<typeof AiSystem>;
