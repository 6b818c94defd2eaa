import * as z from "zod";
import { BandId } from "../scoring/band";
import { GenAiRisk } from "./genai-risk";
import { Extra, IsoDate, Level, LIMITS, RecordId, Text, TextList } from "./primitives";
import { ReferenceSuggestions } from "./reference-suggestions";
import { AiRmfRefs, Iso27001Refs, Iso42001Refs } from "./refs";
import { TrustworthinessCharacteristic } from "./trustworthiness";

/** Risk treatment options (ISO/IEC 42001 6.1.3; AI RMF MANAGE 1.3). */
export const RISK_TREATMENTS = ["avoid", "mitigate", "transfer", "accept"] as const;
export const RiskTreatment = z.enum(RISK_TREATMENTS);
export type RiskTreatment = z.infer<typeof RiskTreatment>;

/**
 * Where a risk stands. `monitoring`: treatment done, residual risk watched; `closed`: no longer
 * relevant (system retired, risk eliminated).
 */
export const RISK_STATUSES = ["open", "in-progress", "monitoring", "closed"] as const;
export const RiskStatus = z.enum(RISK_STATUSES);
export type RiskStatus = z.infer<typeof RiskStatus>;

export const ACTION_STATUSES = ["not-started", "in-progress", "done", "cancelled"] as const;
export const ActionStatus = z.enum(ACTION_STATUSES);
export type ActionStatus = z.infer<typeof ActionStatus>;

/** One treatment action of a risk. A sheet with one "Actions" column gives one action per risk. */
export const RiskAction = z.object({
  id: RecordId.optional(),
  description: Text,
  owner: Text.optional(),
  dueDate: IsoDate.optional(),
  status: ActionStatus.optional(),
  completedDate: IsoDate.optional(),
});
export type RiskAction = z.infer<typeof RiskAction>;

/** Formal acceptance of a (residual) risk by someone with the authority to accept it. */
export const RiskAcceptance = z.object({
  approver: Text.optional(),
  date: IsoDate.optional(),
  rationale: Text.optional(),
  /** Acceptance lapses on this date and must be renewed. */
  expires: IsoDate.optional(),
});
export type RiskAcceptance = z.infer<typeof RiskAcceptance>;

/**
 * One row of the AI risk register (AI RMF MAP 5, MEASURE, MANAGE 1–2; ISO/IEC 42001 6.1.2, 6.1.3,
 * 8.2, 8.3). Likelihood and impact are levels on the workbook's matrix (1 = lowest); scores are
 * computed from the matrix, never stored. Registers that rate risks only by a word ("Inherent
 * risk: High") keep it as `inherentRating` / `residualRating`, the id of one of the matrix's
 * bands (validation checks it is one, and that it agrees with likelihood × impact when both exist).
 */
export const Risk = z.object({
  id: RecordId,
  title: Text.optional(),
  description: Text.optional(),
  /** Cause → event → consequence, when the sheet states the risk that way. */
  cause: Text.optional(),
  event: Text.optional(),
  consequence: Text.optional(),
  /** Id of the AI system in the inventory. */
  aiSystem: RecordId.optional(),
  /** The sheet's own category wording, kept as typed. */
  category: Text.optional(),
  /** AI RMF trustworthiness characteristics the risk bears on. */
  trustworthiness: z.array(TrustworthinessCharacteristic).max(7).optional(),
  /** NIST AI 600-1 generative-AI risks. */
  genAiRisks: z.array(GenAiRisk).max(12).optional(),
  inherentLikelihood: Level.optional(),
  inherentImpact: Level.optional(),
  residualLikelihood: Level.optional(),
  residualImpact: Level.optional(),
  /** Qualitative ratings: ids of bands of the workbook's matrix (`high`), for risks rated by words. */
  inherentRating: BandId.optional(),
  residualRating: BandId.optional(),
  treatment: RiskTreatment.optional(),
  actions: z.array(RiskAction).max(LIMITS.list).optional(),
  /** Existing controls as the sheet names them (control names or ids, free text). */
  controls: TextList.optional(),
  owner: Text.optional(),
  status: RiskStatus.optional(),
  /** Treatment due date. */
  dueDate: IsoDate.optional(),
  /** Next scheduled review (overdue when before the as-of date). */
  reviewDate: IsoDate.optional(),
  lastReview: IsoDate.optional(),
  identifiedDate: IsoDate.optional(),
  acceptance: RiskAcceptance.optional(),
  aiRmfRefs: AiRmfRefs.optional(),
  iso42001Refs: Iso42001Refs.optional(),
  iso27001Refs: Iso27001Refs.optional(),
  /** Decisions on suggested references: which references came from accepted suggestions, which were rejected. */
  suggestions: ReferenceSuggestions.optional(),
  notes: Text.optional(),
  extra: Extra.optional(),
});
export type Risk = z.infer<typeof Risk>;
