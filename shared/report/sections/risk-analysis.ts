import type { Risk } from "../../model/risk";
import type { WorkbookSnapshot } from "../../model/snapshot";
import { GENAI_RISKS } from "../../model/genai-risk";
import { TRUSTWORTHINESS_CHARACTERISTICS } from "../../model/trustworthiness";
import { normaliseScore } from "../../scoring/normalise";
import { COMMON_MATRIX } from "../../scoring/presets";
import { levelLabel } from "../../scoring/scale";
import { rating, score } from "../../scoring/score";
import type { CatalogIndex } from "../catalog-index";
import { dayNumber } from "../util/dates";
import { naturalCompare } from "../util/natural-compare";
import { round } from "../util/stats";

/** A grid of counts on the common matrix: `grid[likelihood - 1][impact - 1]`. */
export type HeatGrid = number[][];

export interface RatingCounts {
  /** Risks whose levels are both on the team's matrix (these are in the grid). */
  readonly rated: number;
  /** Risks missing one or both levels. */
  readonly unrated: number;
  /** Risks with a level that is not on the team's matrix (e.g. impact 4 on a 3×3). */
  readonly offMatrix: number;
  readonly grid: HeatGrid;
}

export type OverdueKind = "action" | "risk-treatment" | "risk-review";

export interface OverdueItem {
  readonly team: string;
  readonly kind: OverdueKind;
  readonly riskId: string;
  /** The action's id, for an overdue action that has one. */
  readonly actionId?: string;
  readonly description: string;
  readonly owner?: string;
  readonly dueDate: string;
  readonly daysOverdue: number;
}

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
export interface RiskAnalysis {
  readonly total: number;
  readonly closed: number;
  readonly considered: number;
  readonly inherent: RatingCounts;
  readonly residual: RatingCounts;
  readonly withoutOwner: readonly string[];
  readonly withoutTreatment: readonly string[];
  readonly withoutResidual: readonly string[];
  readonly offMatrix: readonly OffMatrixRating[];
  readonly residualAboveInherent: readonly ResidualAboveInherent[];
  readonly unknownAiSystems: readonly UnknownAiSystem[];
  readonly acceptedWithoutApproval: readonly AcceptedWithoutApproval[];
  readonly overdue: readonly OverdueItem[];
  /** Per AI RMF function (catalog order): risks referencing it, and those with a high or critical common residual. */
  readonly byFunction: readonly number[];
  readonly byFunctionHigh: readonly number[];
  /** Per trustworthiness characteristic (model order), plus risks naming none. */
  readonly byTrustworthiness: readonly number[];
  readonly byTrustworthinessHigh: readonly number[];
  readonly withoutTrustworthiness: number;
  /** Per NIST AI 600-1 risk (model order). */
  readonly byGenAiRisk: readonly number[];
  /** The team's highest residual risks, best first, at most `top`. */
  readonly top: readonly RankedRisk[];
}

const DONE_ACTION = new Set(["done", "cancelled"]);
const TREATMENT_OPEN = new Set(["open", "in-progress"]);
const HIGH_BANDS = new Set(["high", "critical"]);

const COMMON_L = COMMON_MATRIX.likelihood.levels.length;
const COMMON_I = COMMON_MATRIX.impact.levels.length;

export function emptyGrid(): HeatGrid {
  return Array.from({ length: COMMON_L }, () => new Array<number>(COMMON_I).fill(0));
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

interface MatrixTables {
  readonly nL: number;
  readonly nI: number;
  readonly toCommonL: readonly number[];
  readonly toCommonI: readonly number[];
  /** `normaliseScore` of each cell of the team's own matrix, rounded, `[l − 1][i − 1]`. */
  readonly ownNormalised: readonly (readonly number[])[];
}

function tables(snapshot: WorkbookSnapshot, toCommon: { likelihood: readonly number[]; impact: readonly number[] }): MatrixTables {
  const nL = snapshot.matrix.likelihood.levels.length;
  const nI = snapshot.matrix.impact.levels.length;
  return {
    nL,
    nI,
    toCommonL: toCommon.likelihood,
    toCommonI: toCommon.impact,
    ownNormalised: Array.from({ length: nL }, (_, l) => Array.from({ length: nI }, (_, i) => round(normaliseScore(snapshot.matrix, score(snapshot.matrix, l + 1, i + 1) ?? 0)))),
  };
}

const COMMON_SCORE: number[][] = Array.from({ length: COMMON_L }, (_, l) => Array.from({ length: COMMON_I }, (_, i) => score(COMMON_MATRIX, l + 1, i + 1) ?? 0));
const COMMON_HIGH: boolean[][] = COMMON_SCORE.map((row) => row.map((value) => HIGH_BANDS.has(rating(COMMON_MATRIX, value)?.id ?? "")));

function onScale(level: number | undefined, size: number): level is number {
  return level !== undefined && level >= 1 && level <= size;
}

export function analyseRisks(
  team: string,
  snapshot: WorkbookSnapshot,
  toCommon: { likelihood: readonly number[]; impact: readonly number[] },
  asOf: string,
  index: CatalogIndex,
  top: number,
): RiskAnalysis {
  const t = tables(snapshot, toCommon);
  const asOfDay = dayNumber(asOf);
  const matrixSize = `${t.nL}×${t.nI}`;
  const inherentGrid = emptyGrid();
  const residualGrid = emptyGrid();
  const counts = { inherentRated: 0, inherentUnrated: 0, inherentOff: 0, residualRated: 0, residualUnrated: 0, residualOff: 0, closed: 0 };
  const withoutOwner: string[] = [];
  const withoutTreatment: string[] = [];
  const withoutResidual: string[] = [];
  const offMatrix: OffMatrixRating[] = [];
  const residualAboveInherent: ResidualAboveInherent[] = [];
  const unknownAiSystems: UnknownAiSystem[] = [];
  const inventory = new Set(snapshot.aiSystems.map((system) => system.id));
  const acceptedWithoutApproval: AcceptedWithoutApproval[] = [];
  const overdue: OverdueItem[] = [];
  const functionCount = index.functions.length;
  const byFunction = new Array<number>(functionCount).fill(0);
  const byFunctionHigh = new Array<number>(functionCount).fill(0);
  const byTrustworthiness = new Array<number>(TRUSTWORTHINESS_CHARACTERISTICS.length).fill(0);
  const byTrustworthinessHigh = new Array<number>(TRUSTWORTHINESS_CHARACTERISTICS.length).fill(0);
  const trustIndex = new Map<string, number>(TRUSTWORTHINESS_CHARACTERISTICS.map((id, i) => [id, i]));
  const byGenAiRisk = new Array<number>(GENAI_RISKS.length).fill(0);
  const genAiIndex = new Map<string, number>(GENAI_RISKS.map((id, i) => [id, i]));
  let withoutTrustworthiness = 0;
  // Candidates for the top list: kept sorted, at most `top`, so the pass stays O(risks × top) at worst.
  const best: Candidate[] = [];

  for (const risk of snapshot.risks) {
    if (risk.status === "closed") {
      counts.closed += 1;
      continue;
    }
    if (risk.owner === undefined) withoutOwner.push(risk.id);
    if (risk.treatment === undefined) withoutTreatment.push(risk.id);
    if (risk.aiSystem !== undefined && !inventory.has(risk.aiSystem)) unknownAiSystems.push({ team, riskId: risk.id, aiSystem: risk.aiSystem });

    const il = risk.inherentLikelihood;
    const ii = risk.inherentImpact;
    if (il === undefined || ii === undefined) counts.inherentUnrated += 1;
    else if (!onScale(il, t.nL) || !onScale(ii, t.nI)) {
      counts.inherentOff += 1;
      offMatrix.push({ team, riskId: risk.id, rating: "inherent", likelihood: il, impact: ii, matrix: matrixSize });
    } else {
      counts.inherentRated += 1;
      inherentGrid[(t.toCommonL[il - 1] ?? 1) - 1]![(t.toCommonI[ii - 1] ?? 1) - 1]! += 1;
    }

    const rl = risk.residualLikelihood;
    const ri = risk.residualImpact;
    let high = false;
    if (rl === undefined || ri === undefined) {
      counts.residualUnrated += 1;
      withoutResidual.push(risk.id);
    } else if (!onScale(rl, t.nL) || !onScale(ri, t.nI)) {
      counts.residualOff += 1;
      offMatrix.push({ team, riskId: risk.id, rating: "residual", likelihood: rl, impact: ri, matrix: matrixSize });
    } else {
      counts.residualRated += 1;
      const cl = t.toCommonL[rl - 1] ?? 1;
      const ci = t.toCommonI[ri - 1] ?? 1;
      residualGrid[cl - 1]![ci - 1]! += 1;
      high = COMMON_HIGH[cl - 1]![ci - 1]!;
      const common = COMMON_SCORE[cl - 1]![ci - 1]!;
      const ownNormalised = t.ownNormalised[rl - 1]![ri - 1]!;
      const last = best[best.length - 1];
      // Most risks lose to the current last place on the score alone; only contenders are allocated.
      if (best.length < top || (last !== undefined && (common > last.common || (common === last.common && ownNormalised >= last.ownNormalised)))) {
        insertBounded(best, { risk, l: rl, i: ri, common, ownNormalised }, top);
      }
    }

    if (il !== undefined && ii !== undefined && rl !== undefined && ri !== undefined && (rl > il || ri > ii)) {
      residualAboveInherent.push({
        team,
        riskId: risk.id,
        ...(risk.title !== undefined ? { title: risk.title } : {}),
        inherent: { likelihood: il, impact: ii },
        residual: { likelihood: rl, impact: ri },
      });
    }

    if (risk.treatment === "accept") {
      const acceptance = risk.acceptance;
      const lacks: ("approver" | "date")[] = [];
      if (acceptance?.approver === undefined) lacks.push("approver");
      if (acceptance?.date === undefined) lacks.push("date");
      const expired = acceptance?.expires !== undefined && acceptance.expires < asOf ? acceptance.expires : undefined;
      if (lacks.length > 0 || expired !== undefined) {
        acceptedWithoutApproval.push({
          team,
          riskId: risk.id,
          ...(risk.title !== undefined ? { title: risk.title } : {}),
          ...(risk.owner !== undefined ? { owner: risk.owner } : {}),
          missing: lacks,
          ...(expired !== undefined ? { expired } : {}),
        });
      }
    }

    const actions = risk.actions;
    if (actions !== undefined) for (const action of actions) {
      if (action.dueDate === undefined || action.dueDate >= asOf) continue;
      if ((action.status !== undefined && DONE_ACTION.has(action.status)) || action.completedDate !== undefined) continue;
      const owner = action.owner ?? risk.owner;
      overdue.push({
        team,
        kind: "action",
        riskId: risk.id,
        ...(action.id !== undefined ? { actionId: action.id } : {}),
        description: action.description,
        ...(owner !== undefined ? { owner } : {}),
        dueDate: action.dueDate,
        daysOverdue: asOfDay - dayNumber(action.dueDate),
      });
    }
    if (risk.dueDate !== undefined && risk.dueDate < asOf && (risk.status === undefined || TREATMENT_OPEN.has(risk.status))) {
      overdue.push({
        team,
        kind: "risk-treatment",
        riskId: risk.id,
        description: `Treatment of ${risk.title ?? risk.id}`,
        ...(risk.owner !== undefined ? { owner: risk.owner } : {}),
        dueDate: risk.dueDate,
        daysOverdue: asOfDay - dayNumber(risk.dueDate),
      });
    }
    if (risk.reviewDate !== undefined && risk.reviewDate < asOf) {
      overdue.push({
        team,
        kind: "risk-review",
        riskId: risk.id,
        description: `Review of ${risk.title ?? risk.id}`,
        ...(risk.owner !== undefined ? { owner: risk.owner } : {}),
        dueDate: risk.reviewDate,
        daysOverdue: asOfDay - dayNumber(risk.reviewDate),
      });
    }

    // Bit sets (4 functions, 7 characteristics, 12 GenAI risks) count each once per risk without allocating.
    const refs = risk.aiRmfRefs;
    if (refs !== undefined && refs.length > 0) {
      let seen = 0;
      for (const ref of refs) {
        const f = index.aiRmfFunctionOf.get(ref);
        if (f !== undefined && f >= 0) seen |= 1 << f;
      }
      for (let f = 0; f < functionCount; f += 1) {
        if ((seen & (1 << f)) === 0) continue;
        byFunction[f]! += 1;
        if (high) byFunctionHigh[f]! += 1;
      }
    }
    const characteristics = risk.trustworthiness;
    if (characteristics === undefined || characteristics.length === 0) withoutTrustworthiness += 1;
    else {
      let seen = 0;
      for (const id of characteristics) {
        const k = trustIndex.get(id);
        if (k !== undefined) seen |= 1 << k;
      }
      for (let k = 0; k < byTrustworthiness.length; k += 1) {
        if ((seen & (1 << k)) === 0) continue;
        byTrustworthiness[k]! += 1;
        if (high) byTrustworthinessHigh[k]! += 1;
      }
    }
    const genAi = risk.genAiRisks;
    if (genAi !== undefined && genAi.length > 0) {
      let seen = 0;
      for (const id of genAi) {
        const k = genAiIndex.get(id);
        if (k !== undefined) seen |= 1 << k;
      }
      for (let k = 0; k < byGenAiRisk.length; k += 1) if ((seen & (1 << k)) !== 0) byGenAiRisk[k]! += 1;
    }
  }

  const total = snapshot.risks.length;
  return {
    total,
    closed: counts.closed,
    considered: total - counts.closed,
    inherent: { rated: counts.inherentRated, unrated: counts.inherentUnrated, offMatrix: counts.inherentOff, grid: inherentGrid },
    residual: { rated: counts.residualRated, unrated: counts.residualUnrated, offMatrix: counts.residualOff, grid: residualGrid },
    withoutOwner,
    withoutTreatment,
    withoutResidual,
    offMatrix,
    residualAboveInherent,
    unknownAiSystems,
    acceptedWithoutApproval,
    overdue,
    byFunction,
    byFunctionHigh,
    byTrustworthiness,
    byTrustworthinessHigh,
    withoutTrustworthiness,
    byGenAiRisk,
    top: best.map((b) => ranked(team, snapshot, b.risk, b.l, b.i, t)),
  };
}

interface Candidate {
  readonly risk: Risk;
  readonly l: number;
  readonly i: number;
  readonly common: number;
  readonly ownNormalised: number;
}

function compareCandidates(a: Candidate, b: Candidate): number {
  return b.common - a.common || b.ownNormalised - a.ownNormalised || naturalCompare(a.risk.id, b.risk.id);
}

/** Keeps `list` sorted best first and at most `limit` long; O(limit) per insert, nothing when the candidate is worse than the last. */
function insertBounded(list: Candidate[], candidate: Candidate, limit: number): void {
  const last = list[list.length - 1];
  if (list.length >= limit && last !== undefined && compareCandidates(candidate, last) >= 0) return;
  let at = list.length;
  while (at > 0 && compareCandidates(candidate, list[at - 1]!) < 0) at -= 1;
  list.splice(at, 0, candidate);
  if (list.length > limit) list.pop();
}

function ranked(team: string, snapshot: WorkbookSnapshot, risk: Risk, l: number, i: number, t: MatrixTables): RankedRisk {
  const matrix = snapshot.matrix;
  const own = score(matrix, l, i) ?? 0;
  const cl = t.toCommonL[l - 1] ?? 1;
  const ci = t.toCommonI[i - 1] ?? 1;
  const common = COMMON_SCORE[cl - 1]![ci - 1]!;
  const ownBand = rating(matrix, own);
  const commonBand = rating(COMMON_MATRIX, common);
  return {
    team,
    riskId: risk.id,
    ...(risk.title !== undefined ? { title: risk.title } : {}),
    ...(risk.owner !== undefined ? { owner: risk.owner } : {}),
    ...(risk.aiSystem !== undefined ? { aiSystem: risk.aiSystem } : {}),
    ...(risk.status !== undefined ? { status: risk.status } : {}),
    ...(risk.treatment !== undefined ? { treatment: risk.treatment } : {}),
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
