import type { Risk } from "../../model/risk";
import type { WorkbookSnapshot } from "../../model/snapshot";
import { GENAI_RISKS } from "../../model/genai-risk";
import { TRUSTWORTHINESS_CHARACTERISTICS } from "../../model/trustworthiness";
import { normaliseScore } from "../../scoring/normalise";
import { commonBandOf } from "../../scoring/band-of";
import { COMMON_MATRIX } from "../../scoring/presets";
import { rating, score } from "../../scoring/score";
import type { CatalogIndex } from "../catalog-index";
import { dayNumber, fromDayNumber } from "../util/dates";
import { naturalCompare } from "../util/natural-compare";
import { round } from "../util/stats";
import { TopKSelection } from "../util/top-k";
import { riskAiRmfRefs, type RiskAiRmfRefs } from "./risk-ai-rmf-refs";

/** A grid of counts on the common matrix: `grid[likelihood - 1][impact - 1]`. */
export type HeatGrid = number[][];

/** Counts per band id of the common matrix. */
export type BandCounts = Record<string, number>;

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

export function emptyBandCounts(): BandCounts {
  return Object.fromEntries(COMMON_MATRIX.bands.map((band) => [band.id, 0]));
}

const COMMON_L = COMMON_MATRIX.likelihood.levels.length;
const COMMON_I = COMMON_MATRIX.impact.levels.length;

export function emptyGrid(): HeatGrid {
  return Array.from({ length: COMMON_L }, () => new Array<number>(COMMON_I).fill(0));
}

export const COMMON_SCORE: readonly (readonly number[])[] = Array.from({ length: COMMON_L }, (_, l) => Array.from({ length: COMMON_I }, (_, i) => score(COMMON_MATRIX, l + 1, i + 1) ?? 0));
const HIGH_BANDS = new Set(["high", "critical"]);
const COMMON_BAND: string[][] = COMMON_SCORE.map((row) => row.map((value) => rating(COMMON_MATRIX, value)?.id ?? ""));
const COMMON_HIGH: boolean[][] = COMMON_SCORE.map((row) => row.map((value) => HIGH_BANDS.has(rating(COMMON_MATRIX, value)?.id ?? "")));

/**
 * What the lists need of a risk, written once however many lists name it:
 * `[id, title, owner, aiSystem, status, treatment]`, the last four as positions in
 * `RiskKernel.strings` (they repeat across risks), null where the risk has none.
 */
export type RiskFacts = readonly [id: string, title: string | null, owner: number | null, aiSystem: number | null, status: number | null, treatment: number | null];

/** Each list entry names its risk by position in `RiskKernel.facts`. */
export type OffMatrixEntry = readonly [riskId: string, rating: "inherent" | "residual", likelihood: number, impact: number];
export type AboveInherentEntry = readonly [risk: number, inherentL: number, inherentI: number, residualL: number, residualI: number];
export type UnknownAiSystemEntry = readonly [riskId: string, aiSystem: string];
/** An accepted risk that lacks an approver or date, or whose acceptance expires (it lapses once `expires` is before the as-of date). */
export type AcceptanceEntry = readonly [risk: number, missing: readonly ("approver" | "date")[], expires: string | null];
/**
 * Everything due that is not done, in the order the register is read, as columns (entry n is
 * position n of `kind`, `risk` and `due`): kind 0 an action, 1 a treatment, 2 a review, each naming
 * its risk (position in `RiskKernel.facts`); overdue once `due` is before the as-of date. The
 * actions' own columns hold one position per action, in the same order: its id, its description
 * and its owner (positions in `RiskKernel.strings`; owner null to fall back to the risk's). A
 * treatment's and a review's descriptions come from the risk's title. Columns, not an array per
 * entry: a thousand small arrays per digest made them half of a digest's parse time.
 */
export interface DatedItems {
  readonly kind: readonly (0 | 1 | 2)[];
  readonly risk: readonly number[];
  readonly due: readonly Due[];
  readonly actionId: readonly (string | null)[];
  readonly description: readonly number[];
  readonly owner: readonly (number | null)[];
}

function emptyDated(): { kind: (0 | 1 | 2)[]; risk: number[]; due: Due[]; actionId: (string | null)[]; description: number[]; owner: (number | null)[] } {
  return { kind: [], risk: [], due: [], actionId: [], description: [], owner: [] };
}

/**
 * A due date as its day number (days since 1970-01-01), which parses without allocating and
 * compares as the date does; the date string itself in the odd case it does not round-trip.
 */
export type Due = number | string;

export function dueOf(date: string): Due {
  const day = dayNumber(date);
  return fromDayNumber(day) === date ? day : date;
}
/** A rated residual risk for the top list: `[risk, likelihood, impact]` on the team's own matrix. */
export type RankedEntry = readonly [risk: number, likelihood: number, impact: number];

/**
 * Everything the report takes from one team's risk register that depends neither on the report's
 * as-of date nor on the team's key among the other workbooks: counts, grids and lists, and the
 * dated candidates the as-of date filters. Plain JSON, so a digest stores it in place of the risks;
 * the report resolves it (risk-analysis.ts) the same way whether it was made at push or just now.
 */
export interface RiskKernel extends RegisterCounts {
  readonly offMatrix: readonly OffMatrixEntry[];
  readonly residualAboveInherent: readonly AboveInherentEntry[];
  readonly unknownAiSystems: readonly UnknownAiSystemEntry[];
  readonly acceptances: readonly AcceptanceEntry[];
  readonly dated: DatedItems;
  /** The highest residual risks, best first: every one when there are at most `rankedLimit`, else the first `rankedLimit`. */
  readonly ranked: readonly RankedEntry[];
  readonly rankedLimit: number;
  readonly facts: readonly RiskFacts[];
  /** Strings that repeat across risks (owners, AI systems, statuses, action descriptions), each once. */
  readonly strings: readonly string[];
  /** The risks' AI RMF references, as the AI RMF section counts them. */
  readonly aiRmf: RiskAiRmfRefs;
}

/** The counts and id lists of a register, the same in its kernel and in its analysis on a date. */
export interface RegisterCounts {
  readonly total: number;
  readonly closed: number;
  /** Risks, closed ones too, with a treatment decision. */
  readonly treated: number;
  readonly inherent: RatingCounts;
  readonly residual: RatingCounts;
  readonly withoutOwner: readonly string[];
  readonly withoutTreatment: readonly string[];
  readonly withoutResidual: readonly string[];
  /** Per AI RMF function (catalog order): risks referencing it, and those with a high or critical common residual. */
  readonly byFunction: readonly number[];
  readonly byFunctionHigh: readonly number[];
  /** Per trustworthiness characteristic (model order), plus risks naming none. */
  readonly byTrustworthiness: readonly number[];
  readonly byTrustworthinessHigh: readonly number[];
  readonly withoutTrustworthiness: number;
  /** Per NIST AI 600-1 risk (model order). */
  readonly byGenAiRisk: readonly number[];
}

const DONE_ACTION = new Set(["done", "cancelled"]);
const TREATMENT_OPEN = new Set(["open", "in-progress"]);
const TRUST_INDEX = new Map<string, number>(TRUSTWORTHINESS_CHARACTERISTICS.map((id, i) => [id, i]));
const GENAI_INDEX = new Map<string, number>(GENAI_RISKS.map((id, i) => [id, i]));

interface MatrixTables {
  readonly nL: number;
  readonly nI: number;
  readonly toCommonL: readonly number[];
  readonly toCommonI: readonly number[];
  /** `normaliseScore` of each cell of the team's own matrix, rounded, `[l − 1][i − 1]`. */
  readonly ownNormalised: readonly (readonly number[])[];
}

export interface ToCommon {
  readonly likelihood: readonly number[];
  readonly impact: readonly number[];
}

function tables(snapshot: WorkbookSnapshot, toCommon: ToCommon): MatrixTables {
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

function onScale(level: number | undefined, size: number): level is number {
  return level !== undefined && level >= 1 && level <= size;
}

/**
 * One team's register in a single pass. `rankedLimit` bounds the top list: the request's `topRisks`
 * when the report is built at once, the largest `topRisks` allowed when the kernel is stored.
 */
export function riskKernel(snapshot: WorkbookSnapshot, toCommon: ToCommon, index: CatalogIndex, rankedLimit: number): RiskKernel {
  const tally = new KernelTally(snapshot, tables(snapshot, toCommon), index, rankedLimit);
  for (const risk of snapshot.risks) tally.add(risk);
  return tally.result();
}

interface Candidate {
  readonly risk: Risk;
  readonly l: number;
  readonly i: number;
  readonly common: number;
  readonly ownNormalised: number;
}

/**
 * The pass is split into small methods on purpose: one large function took V8 hundreds of
 * milliseconds to optimise on the first (cold) report.
 */
class KernelTally {
  private readonly inventory: ReadonlySet<string>;
  private readonly inherentGrid = emptyGrid();
  private readonly residualGrid = emptyGrid();
  private closed = 0;
  private treated = 0;
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
  private readonly offMatrix: OffMatrixEntry[] = [];
  private readonly residualAboveInherent: AboveInherentEntry[] = [];
  private readonly unknownAiSystems: UnknownAiSystemEntry[] = [];
  private readonly acceptances: AcceptanceEntry[] = [];
  private readonly dated = emptyDated();
  private readonly byFunction: number[];
  private readonly byFunctionHigh: number[];
  private readonly byTrustworthiness = new Array<number>(TRUSTWORTHINESS_CHARACTERISTICS.length).fill(0);
  private readonly byTrustworthinessHigh = new Array<number>(TRUSTWORTHINESS_CHARACTERISTICS.length).fill(0);
  private readonly byGenAiRisk = new Array<number>(GENAI_RISKS.length).fill(0);
  /** Candidates for the top list: kept sorted, at most `rankedLimit`. */
  private readonly best: TopKSelection<Candidate>;
  private readonly facts: RiskFacts[] = [];
  private readonly factsAt = new Map<Risk, number>();
  private readonly strings: string[] = [];
  private readonly stringAt = new Map<string, number>();

  constructor(
    private readonly snapshot: WorkbookSnapshot,
    private readonly t: MatrixTables,
    private readonly index: CatalogIndex,
    private readonly rankedLimit: number,
  ) {
    this.inventory = new Set(snapshot.aiSystems.map((system) => system.id));
    this.best = new TopKSelection(rankedLimit, compareCandidates);
    this.byFunction = new Array<number>(index.functions.length).fill(0);
    this.byFunctionHigh = new Array<number>(index.functions.length).fill(0);
  }

  add(risk: Risk): void {
    if (risk.treatment !== undefined) this.treated += 1;
    if (risk.status === "closed") {
      this.closed += 1;
      return;
    }
    if (risk.owner === undefined) this.withoutOwner.push(risk.id);
    if (risk.treatment === undefined) this.withoutTreatment.push(risk.id);
    if (risk.aiSystem !== undefined && !this.inventory.has(risk.aiSystem)) this.unknownAiSystems.push([risk.id, risk.aiSystem]);
    this.rateInherent(risk);
    const high = this.rateResidual(risk);
    this.compareRatings(risk);
    if (risk.treatment === "accept") this.checkAcceptance(risk);
    this.collectDated(risk);
    this.countDimensions(risk, high);
  }

  /** The risk's position in `facts`, adding it on first use. */
  private factsOf(risk: Risk): number {
    let at = this.factsAt.get(risk);
    if (at === undefined) {
      at = this.facts.length;
      this.facts.push([risk.id, risk.title ?? null, this.stringOf(risk.owner), this.stringOf(risk.aiSystem), this.stringOf(risk.status), this.stringOf(risk.treatment)]);
      this.factsAt.set(risk, at);
    }
    return at;
  }

  /** The string's position in `strings`, adding it on first use; null for none. */
  private stringOf(value: string | undefined): number | null {
    if (value === undefined) return null;
    let at = this.stringAt.get(value);
    if (at === undefined) {
      at = this.strings.length;
      this.strings.push(value);
      this.stringAt.set(value, at);
    }
    return at;
  }

  private rateInherent(risk: Risk): void {
    const l = risk.inherentLikelihood;
    const i = risk.inherentImpact;
    if (l === undefined || i === undefined) {
      if (this.placeByBand(risk.inherentRating, this.inherentBands) === undefined) this.inherentUnrated += 1;
      else this.inherentBanded += 1;
    } else if (!onScale(l, this.t.nL) || !onScale(i, this.t.nI)) {
      this.inherentOff += 1;
      this.offMatrix.push([risk.id, "inherent", l, i]);
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
      this.offMatrix.push([risk.id, "residual", l, i]);
      return false;
    }
    this.residualRated += 1;
    const cl = this.t.toCommonL[l - 1] ?? 1;
    const ci = this.t.toCommonI[i - 1] ?? 1;
    this.residualGrid[cl - 1]![ci - 1]! += 1;
    countBand(this.residualBands, COMMON_BAND[cl - 1]![ci - 1]!);
    const common = COMMON_SCORE[cl - 1]![ci - 1]!;
    const ownNormalised = this.t.ownNormalised[l - 1]![i - 1]!;
    const last = this.best.worst;
    // Most risks lose to the current last place on the score alone; only contenders are allocated.
    if (last === undefined || common > last.common || (common === last.common && ownNormalised >= last.ownNormalised)) {
      this.best.offer({ risk, l, i, common, ownNormalised });
    }
    return COMMON_HIGH[cl - 1]![ci - 1]!;
  }

  private compareRatings(risk: Risk): void {
    const il = risk.inherentLikelihood;
    const ii = risk.inherentImpact;
    const rl = risk.residualLikelihood;
    const ri = risk.residualImpact;
    if (il === undefined || ii === undefined || rl === undefined || ri === undefined || (rl <= il && ri <= ii)) return;
    this.residualAboveInherent.push([this.factsOf(risk), il, ii, rl, ri]);
  }

  private checkAcceptance(risk: Risk): void {
    const acceptance = risk.acceptance;
    const lacks: ("approver" | "date")[] = [];
    if (acceptance?.approver === undefined) lacks.push("approver");
    if (acceptance?.date === undefined) lacks.push("date");
    const expires = acceptance?.expires;
    if (lacks.length === 0 && expires === undefined) return;
    this.acceptances.push([this.factsOf(risk), lacks, expires ?? null]);
  }

  private collectDated(risk: Risk): void {
    const actions = risk.actions;
    if (actions !== undefined) {
      for (const action of actions) {
        if (action.dueDate === undefined) continue;
        if ((action.status !== undefined && DONE_ACTION.has(action.status)) || action.completedDate !== undefined) continue;
        this.addDated(0, risk, action.dueDate);
        this.dated.actionId.push(action.id ?? null);
        this.dated.description.push(this.stringOf(action.description)!);
        this.dated.owner.push(this.stringOf(action.owner));
      }
    }
    if (risk.dueDate !== undefined && (risk.status === undefined || TREATMENT_OPEN.has(risk.status))) this.addDated(1, risk, risk.dueDate);
    if (risk.reviewDate !== undefined) this.addDated(2, risk, risk.reviewDate);
  }

  private addDated(kind: 0 | 1 | 2, risk: Risk, due: string): void {
    this.dated.kind.push(kind);
    this.dated.risk.push(this.factsOf(risk));
    this.dated.due.push(dueOf(due));
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

  result(): RiskKernel {
    const ranked: RankedEntry[] = this.best.items().map((b) => [this.factsOf(b.risk), b.l, b.i]);
    return {
      total: this.snapshot.risks.length,
      closed: this.closed,
      treated: this.treated,
      inherent: { rated: this.inherentRated, banded: this.inherentBanded, unrated: this.inherentUnrated, offMatrix: this.inherentOff, grid: this.inherentGrid, byBand: this.inherentBands },
      residual: { rated: this.residualRated, banded: this.residualBanded, unrated: this.residualUnrated, offMatrix: this.residualOff, grid: this.residualGrid, byBand: this.residualBands },
      withoutOwner: this.withoutOwner,
      withoutTreatment: this.withoutTreatment,
      withoutResidual: this.withoutResidual,
      offMatrix: this.offMatrix,
      residualAboveInherent: this.residualAboveInherent,
      unknownAiSystems: this.unknownAiSystems,
      acceptances: this.acceptances,
      dated: this.dated,
      byFunction: this.byFunction,
      byFunctionHigh: this.byFunctionHigh,
      byTrustworthiness: this.byTrustworthiness,
      byTrustworthinessHigh: this.byTrustworthinessHigh,
      withoutTrustworthiness: this.withoutTrustworthiness,
      byGenAiRisk: this.byGenAiRisk,
      ranked,
      rankedLimit: this.rankedLimit,
      facts: this.facts,
      strings: this.strings,
      aiRmf: riskAiRmfRefs(this.snapshot.risks, this.index),
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

function compareCandidates(a: Candidate, b: Candidate): number {
  return b.common - a.common || b.ownNormalised - a.ownNormalised || naturalCompare(a.risk.id, b.risk.id);
}
