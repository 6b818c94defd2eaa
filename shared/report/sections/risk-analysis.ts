import type { RiskMatrix } from "../../scoring/matrix";
import { normaliseScore } from "../../scoring/normalise";
import { COMMON_MATRIX } from "../../scoring/presets";
import { levelLabel } from "../../scoring/scale";
import { rating, score } from "../../scoring/score";
import { naturalCompare } from "../util/natural-compare";
import { round } from "../util/stats";
import { OverdueItems, text } from "./overdue-items";
import { COMMON_SCORE, type RatingCounts, type RegisterCounts, type RiskFacts, type RiskKernel, type ToCommon } from "./risk-kernel";

export type { BandCounts, HeatGrid, RatingCounts } from "./risk-kernel";

export type { OverdueItem, OverdueKind } from "./overdue-items";

export interface AcceptedWithoutApproval {
  readonly team: string;
  readonly riskId: string;
  readonly title?: string;
  readonly owner?: string;
  /** What the acceptance lacks: an approver, a date, or both. */
  readonly missing: readonly ("approver" | "date")[];
  /** Set when the acceptance has lapsed (its expiry is before the as-of date). */
  readonly expired?: string;
}

export interface OffMatrixRating {
  readonly team: string;
  readonly riskId: string;
  readonly rating: "inherent" | "residual";
  readonly likelihood: number;
  readonly impact: number;
  /** The team's matrix size, e.g. `3×3`. */
  readonly matrix: string;
}

export interface UnknownAiSystem {
  readonly team: string;
  readonly riskId: string;
  /** The AI system id the risk names, which the team's inventory does not hold. */
  readonly aiSystem: string;
}

export interface ResidualAboveInherent {
  readonly team: string;
  readonly riskId: string;
  readonly title?: string;
  readonly inherent: { readonly likelihood: number; readonly impact: number };
  readonly residual: { readonly likelihood: number; readonly impact: number };
}

/** A residual risk placed on both the team's own matrix and the common one. */
export interface RankedRisk {
  readonly team: string;
  readonly riskId: string;
  readonly title?: string;
  readonly owner?: string;
  readonly aiSystem?: string;
  readonly status?: string;
  readonly treatment?: string;
  readonly own: {
    readonly likelihood: number;
    readonly impact: number;
    readonly likelihoodLabel: string;
    readonly impactLabel: string;
    readonly score: number;
    /** The team's own band label for the score. */
    readonly rating?: string;
    /** The score's place in the team's own score range, 0..1. */
    readonly normalised: number;
  };
  readonly common: {
    readonly likelihood: number;
    readonly impact: number;
    readonly score: number;
    readonly band?: string;
    readonly bandLabel?: string;
    readonly normalised: number;
  };
}

/** What one team's risk register says, in one pass. Closed risks are counted and otherwise left out. */
export interface RiskAnalysis extends RegisterCounts {
  readonly considered: number;
  readonly offMatrix: readonly OffMatrixRating[];
  readonly residualAboveInherent: readonly ResidualAboveInherent[];
  readonly unknownAiSystems: readonly UnknownAiSystem[];
  readonly acceptedWithoutApproval: readonly AcceptedWithoutApproval[];
  /** Overdue on the as-of date; made into items only where listed. */
  readonly overdue: OverdueItems;
  /** The team's highest residual risks, best first, at most `top`. */
  readonly top: readonly RankedRisk[];
}

/** Orders ranked risks: common score, then own normalised score (both descending), then team and id. */
export function compareRanked(a: RankedRisk, b: RankedRisk): number {
  return (
    b.common.score - a.common.score ||
    b.own.normalised - a.own.normalised ||
    naturalCompare(a.team, b.team) ||
    naturalCompare(a.riskId, b.riskId)
  );
}

/**
 * One team's register as the report reads it on `asOf`: its kernel (risk-kernel.ts, computed now or
 * at push) with the team's report key put on every entry, the dated candidates that are overdue on
 * `asOf` (in register order, as read), the acceptances that lack something or have lapsed, and the
 * first `top` of the ranked risks. The kernel is only read, so a cached one serves every request.
 */
export function resolveRisks(team: string, kernel: RiskKernel, matrix: RiskMatrix, toCommon: ToCommon, asOf: string, top: number): RiskAnalysis {
  if (top > kernel.rankedLimit) throw new RangeError(`the risk kernel ranks ${kernel.rankedLimit} risks; ${top} asked`);
  const facts = kernel.facts;
  const size = `${matrix.likelihood.levels.length}×${matrix.impact.levels.length}`;
  return {
    total: kernel.total,
    closed: kernel.closed,
    treated: kernel.treated,
    considered: kernel.total - kernel.closed,
    inherent: kernel.inherent,
    residual: kernel.residual,
    withoutOwner: kernel.withoutOwner,
    withoutTreatment: kernel.withoutTreatment,
    withoutResidual: kernel.withoutResidual,
    offMatrix: kernel.offMatrix.map(([riskId, which, likelihood, impact]) => ({ team, riskId, rating: which, likelihood, impact, matrix: size })),
    residualAboveInherent: kernel.residualAboveInherent.map(([at, il, ii, rl, ri]) => {
      const [riskId, title] = facts[at]!;
      return { team, riskId, ...(title !== null ? { title } : {}), inherent: { likelihood: il, impact: ii }, residual: { likelihood: rl, impact: ri } };
    }),
    unknownAiSystems: kernel.unknownAiSystems.map(([riskId, aiSystem]) => ({ team, riskId, aiSystem })),
    acceptedWithoutApproval: acceptedOn(team, kernel, asOf),
    overdue: new OverdueItems(team, kernel, asOf),
    byFunction: kernel.byFunction,
    byFunctionHigh: kernel.byFunctionHigh,
    byTrustworthiness: kernel.byTrustworthiness,
    byTrustworthinessHigh: kernel.byTrustworthinessHigh,
    withoutTrustworthiness: kernel.withoutTrustworthiness,
    byGenAiRisk: kernel.byGenAiRisk,
    top: kernel.ranked.slice(0, top).map(([at, l, i]) => ranked(team, matrix, toCommon, kernel, facts[at]!, l, i)),
  };
}

function acceptedOn(team: string, kernel: RiskKernel, asOf: string): AcceptedWithoutApproval[] {
  const out: AcceptedWithoutApproval[] = [];
  for (const [at, missing, expires] of kernel.acceptances) {
    const expired = expires !== null && expires < asOf ? expires : undefined;
    if (missing.length === 0 && expired === undefined) continue;
    const [riskId, title, ownerAt] = kernel.facts[at]!;
    const owner = text(kernel, ownerAt);
    out.push({
      team,
      riskId,
      ...(title !== null ? { title } : {}),
      ...(owner !== undefined ? { owner } : {}),
      missing,
      ...(expired !== undefined ? { expired } : {}),
    });
  }
  return out;
}

function ranked(team: string, matrix: RiskMatrix, toCommon: ToCommon, kernel: RiskKernel, facts: RiskFacts, l: number, i: number): RankedRisk {
  const [riskId, title, ownerAt, aiSystemAt, statusAt, treatmentAt] = facts;
  const owner = text(kernel, ownerAt);
  const aiSystem = text(kernel, aiSystemAt);
  const status = text(kernel, statusAt);
  const treatment = text(kernel, treatmentAt);
  const own = score(matrix, l, i) ?? 0;
  const cl = toCommon.likelihood[l - 1] ?? 1;
  const ci = toCommon.impact[i - 1] ?? 1;
  const common = COMMON_SCORE[cl - 1]![ci - 1]!;
  const ownBand = rating(matrix, own);
  const commonBand = rating(COMMON_MATRIX, common);
  return {
    team,
    riskId,
    ...(title !== null ? { title } : {}),
    ...(owner !== undefined ? { owner } : {}),
    ...(aiSystem !== undefined ? { aiSystem } : {}),
    ...(status !== undefined ? { status } : {}),
    ...(treatment !== undefined ? { treatment } : {}),
    own: {
      likelihood: l,
      impact: i,
      likelihoodLabel: levelLabel(matrix.likelihood, l) ?? String(l),
      impactLabel: levelLabel(matrix.impact, i) ?? String(i),
      score: own,
      ...(ownBand ? { rating: ownBand.label } : {}),
      normalised: round(normaliseScore(matrix, own)),
    },
    common: {
      likelihood: cl,
      impact: ci,
      score: common,
      ...(commonBand ? { band: commonBand.id, bandLabel: commonBand.label } : {}),
      normalised: round(normaliseScore(COMMON_MATRIX, common)),
    },
  };
}
