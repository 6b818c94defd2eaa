import type { Risk } from "../../model/risk";
import type { WorkbookSnapshot } from "../../model/snapshot";
import { GENAI_RISKS } from "../../model/genai-risk";
import { TRUSTWORTHINESS_CHARACTERISTICS } from "../../model/trustworthiness";
import { normaliseScore } from "../../scoring/normalise";
import { commonBandOf } from "../../scoring/band-of";
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
  /** Risks without both levels but with a qualitative rating on a band of the team's matrix (not in the grid; in `byBand`). */
  readonly banded: number;
  /** Risks missing one or both levels and without a qualitative rating. */
  readonly unrated: number;
  /** Risks with a level that is not on the team's matrix (e.g. impact 4 on a 3×3). */
  readonly offMatrix: number;
  readonly grid: HeatGrid;
  /** Rated and banded risks per band of the common matrix (its band ids, lowest first). */
  readonly byBand: BandCounts;
}

/** Counts per band id of the common matrix. */
export type BandCounts = Record<string, number>;

export function emptyBandCounts(): BandCounts {
  return Object.fromEntries(COMMON_MATRIX.bands.map((band) => [band.id, 0]));
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
const COMMON_BAND: string[][] = COMMON_SCORE.map((row) => row.map((value) => rating(COMMON_MATRIX, value)?.id ?? ""));
const COMMON_HIGH: boolean[][] = COMMON_SCORE.map((row) => row.map((value) => HIGH_BANDS.has(rating(COMMON_MATRIX, value)?.id ?? "")));

function onScale(level: number | undefined, size: number): level is number {
  return level !== undefined && level >= 1 && level <= size;
}

/**
 * One team's register, analysed in a single pass. The pass is split into small methods on purpose:
 * one large function took V8 hundreds of milliseconds to optimise on the first (cold) report.
 */
export function analyseRisks(
  team: string,
  snapshot: WorkbookSnapshot,
  toCommon: { likelihood: readonly number[]; impact: readonly number[] },
  asOf: string,
  index: CatalogIndex,
  top: number,
): RiskAnalysis {
  const tally = new RegisterTally(team, snapshot, tables(snapshot, toCommon), asOf, index, top);
  for (const risk of snapshot.risks) tally.add(risk);
  return tally.result();
}

const TRUST_INDEX = new Map<string, number>(TRUSTWORTHINESS_CHARACTERISTICS.map((id, i) => [id, i]));
const GENAI_INDEX = new Map<string, number>(GENAI_RISKS.map((id, i) => [id, i]));

class RegisterTally {
  private readonly asOfDay: number;
  private readonly matrixSize: string;
  private readonly inventory: ReadonlySet<string>;
  private readonly inherentGrid = emptyGrid();
  private readonly residualGrid = emptyGrid();
  private closed = 0;
  private inherentRated = 0;
  private inherentBanded = 0;
  private readonly inherentBands = emptyBandCounts();
  private readonly residualBands = emptyBandCounts();
  private residualBanded = 0;
  private inherentUnrated = 0;
  private inherentOff = 0;
  private residualRated = 0;
  private residualUnrated = 0;
  private residualOff = 0;
  private withoutTrustworthiness = 0;
  private readonly withoutOwner: string[] = [];
  private readonly withoutTreatment: string[] = [];
  private readonly withoutResidual: string[] = [];
  private readonly offMatrix: OffMatrixRating[] = [];
  private readonly residualAboveInherent: ResidualAboveInherent[] = [];
  private readonly unknownAiSystems: UnknownAiSystem[] = [];
  private readonly acceptedWithoutApproval: AcceptedWithoutApproval[] = [];
  private readonly overdue: OverdueItem[] = [];
  private readonly byFunction: number[];
  private readonly byFunctionHigh: number[];
  private readonly byTrustworthiness = new Array<number>(TRUSTWORTHINESS_CHARACTERISTICS.length).fill(0);
  private readonly byTrustworthinessHigh = new Array<number>(TRUSTWORTHINESS_CHARACTERISTICS.length).fill(0);
  private readonly byGenAiRisk = new Array<number>(GENAI_RISKS.length).fill(0);
  /** Candidates for the top list: kept sorted, at most `top`. */
  private readonly best: Candidate[] = [];

  constructor(
    private readonly team: string,
    private readonly snapshot: WorkbookSnapshot,
    private readonly t: MatrixTables,
    private readonly asOf: string,
    private readonly index: CatalogIndex,
    private readonly top: number,
  ) {
    this.asOfDay = dayNumber(asOf);
    this.matrixSize = `${t.nL}×${t.nI}`;
    this.inventory = new Set(snapshot.aiSystems.map((system) => system.id));
    this.byFunction = new Array<number>(index.functions.length).fill(0);
    this.byFunctionHigh = new Array<number>(index.functions.length).fill(0);
  }

  add(risk: Risk): void {
    if (risk.status === "closed") {
      this.closed += 1;
      return;
    }
    if (risk.owner === undefined) this.withoutOwner.push(risk.id);
    if (risk.treatment === undefined) this.withoutTreatment.push(risk.id);
    if (risk.aiSystem !== undefined && !this.inventory.has(risk.aiSystem)) this.unknownAiSystems.push({ team: this.team, riskId: risk.id, aiSystem: risk.aiSystem });
    this.rateInherent(risk);
    const high = this.rateResidual(risk);
    this.compareRatings(risk);
    if (risk.treatment === "accept") this.checkAcceptance(risk);
    this.collectOverdue(risk);
    this.countDimensions(risk, high);
  }

  private rateInherent(risk: Risk): void {
    const l = risk.inherentLikelihood;
    const i = risk.inherentImpact;
    if (l === undefined || i === undefined) {
      if (this.placeByBand(risk.inherentRating, this.inherentBands) === undefined) this.inherentUnrated += 1;
      else this.inherentBanded += 1;
    } else if (!onScale(l, this.t.nL) || !onScale(i, this.t.nI)) {
      this.inherentOff += 1;
      this.offMatrix.push({ team: this.team, riskId: risk.id, rating: "inherent", likelihood: l, impact: i, matrix: this.matrixSize });
    } else {
      this.inherentRated += 1;
      const cl = this.t.toCommonL[l - 1] ?? 1;
      const ci = this.t.toCommonI[i - 1] ?? 1;
      this.inherentGrid[cl - 1]![ci - 1]! += 1;
      countBand(this.inherentBands, COMMON_BAND[cl - 1]![ci - 1]!);
    }
  }

  /**
   * A risk rated only by a word: its band of the team's matrix, counted under the common matrix's
   * band for it. Undefined (and nothing counted) when the rating is absent or names no band.
   */
  private placeByBand(rating: string | undefined, counts: BandCounts): string | undefined {
    if (rating === undefined) return undefined;
    const common = commonBandOf(this.snapshot.matrix, rating)?.id;
    if (common !== undefined) countBand(counts, common);
    return common;
  }

  /** Places the residual rating; true when it lands in a high or critical cell of the common matrix. */
  private rateResidual(risk: Risk): boolean {
    const l = risk.residualLikelihood;
    const i = risk.residualImpact;
    if (l === undefined || i === undefined) {
      const band = this.placeByBand(risk.residualRating, this.residualBands);
      if (band !== undefined) {
        this.residualBanded += 1;
        return HIGH_BANDS.has(band);
      }
      this.residualUnrated += 1;
      this.withoutResidual.push(risk.id);
      return false;
    }
    if (!onScale(l, this.t.nL) || !onScale(i, this.t.nI)) {
      this.residualOff += 1;
      this.offMatrix.push({ team: this.team, riskId: risk.id, rating: "residual", likelihood: l, impact: i, matrix: this.matrixSize });
      return false;
    }
    this.residualRated += 1;
    const cl = this.t.toCommonL[l - 1] ?? 1;
    const ci = this.t.toCommonI[i - 1] ?? 1;
    this.residualGrid[cl - 1]![ci - 1]! += 1;
    countBand(this.residualBands, COMMON_BAND[cl - 1]![ci - 1]!);
    const common = COMMON_SCORE[cl - 1]![ci - 1]!;
    const ownNormalised = this.t.ownNormalised[l - 1]![i - 1]!;
    const best = this.best;
    const last = best[best.length - 1];
    // Most risks lose to the current last place on the score alone; only contenders are allocated.
    if (best.length < this.top || (last !== undefined && (common > last.common || (common === last.common && ownNormalised >= last.ownNormalised)))) {
      insertBounded(best, { risk, l, i, common, ownNormalised }, this.top);
    }
    return COMMON_HIGH[cl - 1]![ci - 1]!;
  }

  private compareRatings(risk: Risk): void {
    const il = risk.inherentLikelihood;
    const ii = risk.inherentImpact;
    const rl = risk.residualLikelihood;
    const ri = risk.residualImpact;
    if (il === undefined || ii === undefined || rl === undefined || ri === undefined || (rl <= il && ri <= ii)) return;
    this.residualAboveInherent.push({
      team: this.team,
      riskId: risk.id,
      ...(risk.title !== undefined ? { title: risk.title } : {}),
      inherent: { likelihood: il, impact: ii },
      residual: { likelihood: rl, impact: ri },
    });
  }

  private checkAcceptance(risk: Risk): void {
    const acceptance = risk.acceptance;
    const lacks: ("approver" | "date")[] = [];
    if (acceptance?.approver === undefined) lacks.push("approver");
    if (acceptance?.date === undefined) lacks.push("date");
    const expired = acceptance?.expires !== undefined && acceptance.expires < this.asOf ? acceptance.expires : undefined;
    if (lacks.length === 0 && expired === undefined) return;
    this.acceptedWithoutApproval.push({
      team: this.team,
      riskId: risk.id,
      ...(risk.title !== undefined ? { title: risk.title } : {}),
      ...(risk.owner !== undefined ? { owner: risk.owner } : {}),
      missing: lacks,
      ...(expired !== undefined ? { expired } : {}),
    });
  }

  private collectOverdue(risk: Risk): void {
    const asOf = this.asOf;
    const actions = risk.actions;
    if (actions !== undefined) {
      for (const action of actions) {
        if (action.dueDate === undefined || action.dueDate >= asOf) continue;
        if ((action.status !== undefined && DONE_ACTION.has(action.status)) || action.completedDate !== undefined) continue;
        this.overdue.push(overdueItem(this.team, "action", risk.id, action.id, action.description, action.owner ?? risk.owner, action.dueDate, this.asOfDay));
      }
    }
    if (risk.dueDate !== undefined && risk.dueDate < asOf && (risk.status === undefined || TREATMENT_OPEN.has(risk.status))) {
      this.overdue.push(overdueItem(this.team, "risk-treatment", risk.id, undefined, `Treatment of ${risk.title ?? risk.id}`, risk.owner, risk.dueDate, this.asOfDay));
    }
    if (risk.reviewDate !== undefined && risk.reviewDate < asOf) {
      this.overdue.push(overdueItem(this.team, "risk-review", risk.id, undefined, `Review of ${risk.title ?? risk.id}`, risk.owner, risk.reviewDate, this.asOfDay));
    }
  }

  /** Bit sets (functions, characteristics, GenAI risks) count each once per risk without allocating. */
  private countDimensions(risk: Risk, high: boolean): void {
    const refs = risk.aiRmfRefs;
    if (refs !== undefined && refs.length > 0) {
      let seen = 0;
      for (const ref of refs) {
        const f = this.index.aiRmfFunctionOf.get(ref);
        if (f !== undefined && f >= 0) seen |= 1 << f;
      }
      countBits(seen, this.byFunction, high ? this.byFunctionHigh : undefined);
    }
    const characteristics = risk.trustworthiness;
    if (characteristics === undefined || characteristics.length === 0) this.withoutTrustworthiness += 1;
    else {
      let seen = 0;
      for (const id of characteristics) {
        const k = TRUST_INDEX.get(id);
        if (k !== undefined) seen |= 1 << k;
      }
      countBits(seen, this.byTrustworthiness, high ? this.byTrustworthinessHigh : undefined);
    }
    const genAi = risk.genAiRisks;
    if (genAi !== undefined && genAi.length > 0) {
      let seen = 0;
      for (const id of genAi) {
        const k = GENAI_INDEX.get(id);
        if (k !== undefined) seen |= 1 << k;
      }
      countBits(seen, this.byGenAiRisk, undefined);
    }
  }

  result(): RiskAnalysis {
    const total = this.snapshot.risks.length;
    return {
      total,
      closed: this.closed,
      considered: total - this.closed,
      inherent: { rated: this.inherentRated, banded: this.inherentBanded, unrated: this.inherentUnrated, offMatrix: this.inherentOff, grid: this.inherentGrid, byBand: this.inherentBands },
      residual: { rated: this.residualRated, banded: this.residualBanded, unrated: this.residualUnrated, offMatrix: this.residualOff, grid: this.residualGrid, byBand: this.residualBands },
      withoutOwner: this.withoutOwner,
      withoutTreatment: this.withoutTreatment,
      withoutResidual: this.withoutResidual,
      offMatrix: this.offMatrix,
      residualAboveInherent: this.residualAboveInherent,
      unknownAiSystems: this.unknownAiSystems,
      acceptedWithoutApproval: this.acceptedWithoutApproval,
      overdue: this.overdue,
      byFunction: this.byFunction,
      byFunctionHigh: this.byFunctionHigh,
      byTrustworthiness: this.byTrustworthiness,
      byTrustworthinessHigh: this.byTrustworthinessHigh,
      withoutTrustworthiness: this.withoutTrustworthiness,
      byGenAiRisk: this.byGenAiRisk,
      top: this.best.map((b) => ranked(this.team, this.snapshot, b.risk, b.l, b.i, this.t)),
    };
  }
}

function countBand(counts: BandCounts, band: string): void {
  if (band in counts) counts[band]! += 1;
}

function countBits(bits: number, counts: number[], alsoHigh: number[] | undefined): void {
  for (let k = 0; bits !== 0; k += 1, bits >>>= 1) {
    if ((bits & 1) === 0) continue;
    counts[k]! += 1;
    if (alsoHigh) alsoHigh[k]! += 1;
  }
}

function overdueItem(team: string, kind: OverdueKind, riskId: string, actionId: string | undefined, description: string, owner: string | undefined, dueDate: string, asOfDay: number): OverdueItem {
  return {
    team,
    kind,
    riskId,
    ...(actionId !== undefined ? { actionId } : {}),
    description,
    ...(owner !== undefined ? { owner } : {}),
    dueDate,
    daysOverdue: asOfDay - dayNumber(dueDate),
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
