import { GENAI_RISK_LABEL, GENAI_RISKS } from "../../model/genai-risk";
import { TRUSTWORTHINESS_CHARACTERISTICS, TRUSTWORTHINESS_LABEL } from "../../model/trustworthiness";
import { COMMON_MATRIX } from "../../scoring/presets";
import { rating, score } from "../../scoring/score";
import type { CatalogIndex } from "../catalog-index";
import { naturalCompare } from "../util/natural-compare";
import { topK, TopKSelection } from "../util/top-k";
import {
  type AcceptedWithoutApproval,
  type BandCounts,
  compareRanked,
  type HeatGrid,
  type OffMatrixRating,
  type OverdueItem,
  type OverdueKind,
  type RankedRisk,
  type RatingCounts,
  type ResidualAboveInherent,
  type RiskAnalysis,
  type UnknownAiSystem,
} from "./risk-analysis";
import type { OverdueKey } from "./overdue-items";
import { emptyBandCounts, emptyGrid } from "./risk-kernel";

export interface CommonMatrixSummary {
  readonly id: string;
  readonly name?: string;
  readonly likelihood: readonly string[];
  readonly impact: readonly string[];
  readonly bands: readonly { readonly id: string; readonly label: string; readonly min: number; readonly max: number; readonly colour: string }[];
  /** Score of each cell, `[likelihood − 1][impact − 1]`. */
  readonly scores: readonly (readonly number[])[];
  /** Band id of each cell. */
  readonly cellBands: readonly (readonly string[])[];
}

export interface Listed<T> {
  /** How many there are in all. */
  readonly total: number;
  /** The first `listLimit` of them, in report order. */
  readonly items: readonly T[];
}

export interface RiskTeamRow {
  readonly team: string;
  readonly matrix: string;
  readonly risks: number;
  readonly closed: number;
  readonly considered: number;
  readonly inherent: RatingCounts;
  readonly residual: RatingCounts;
  readonly overdue: Readonly<Record<OverdueKind, number>>;
  readonly acceptedWithoutApproval: number;
  readonly residualAboveInherent: number;
  /** Per function, in `byFunction` order. */
  readonly byFunction: readonly number[];
  /** Per characteristic, in `byTrustworthiness` order. */
  readonly byTrustworthiness: readonly number[];
  readonly withoutTrustworthiness: number;
}

export interface RiskPostureSection {
  readonly commonMatrix: CommonMatrixSummary;
  readonly totals: {
    readonly risks: number;
    readonly closed: number;
    /** Risks not closed: everything below counts only these. */
    readonly considered: number;
    readonly inherent: { readonly rated: number; readonly banded: number; readonly unrated: number; readonly offMatrix: number };
    readonly residual: { readonly rated: number; readonly banded: number; readonly unrated: number; readonly offMatrix: number };
  };
  /**
   * Risks per band of the common matrix, by level (their heat-map cell's band) or, for risks
   * rated only by a word, by their own band placed on the common matrix; sums to rated + banded.
   */
  readonly byBand: { readonly inherent: BandCounts; readonly residual: BandCounts };
  /** Counts per common-matrix cell, `[likelihood − 1][impact − 1]`; each grid sums to its `rated` total. */
  readonly heatMap: { readonly inherent: HeatGrid; readonly residual: HeatGrid };
  readonly topResidual: readonly RankedRisk[];
  readonly overdue: Listed<OverdueItem> & { readonly byKind: Readonly<Record<OverdueKind, number>> };
  readonly acceptedWithoutApproval: Listed<AcceptedWithoutApproval>;
  readonly residualAboveInherent: Listed<ResidualAboveInherent>;
  readonly offMatrix: Listed<OffMatrixRating>;
  /** Risks naming an AI system that is not in their team's inventory. */
  readonly unknownAiSystems: Listed<UnknownAiSystem>;
  /** Risks referencing each AI RMF function (a risk naming two functions counts under both). */
  readonly byFunction: readonly { readonly function: string; readonly title: string; readonly risks: number; readonly highResidual: number }[];
  /** Risks per trustworthiness characteristic (a risk naming two counts under both). */
  readonly byTrustworthiness: readonly { readonly id: string; readonly title: string; readonly risks: number; readonly highResidual: number }[];
  readonly withoutTrustworthiness: number;
  readonly byGenAiRisk: readonly { readonly id: string; readonly title: string; readonly risks: number }[];
  readonly teams: readonly RiskTeamRow[];
}

const KIND_RANK: Readonly<Record<OverdueKind, number>> = { action: 0, "risk-treatment": 1, "risk-review": 2 };
const OVERDUE_KINDS = Object.keys(KIND_RANK) as OverdueKind[];

export function compareOverdue(a: OverdueKey, b: OverdueKey): number {
  return (
    b.daysOverdue - a.daysOverdue ||
    naturalCompare(a.team, b.team) ||
    naturalCompare(a.riskId, b.riskId) ||
    KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
    naturalCompare(a.actionId ?? "", b.actionId ?? "")
  );
}

function commonMatrixSummary(): CommonMatrixSummary {
  const nL = COMMON_MATRIX.likelihood.levels.length;
  const nI = COMMON_MATRIX.impact.levels.length;
  const scores = Array.from({ length: nL }, (_, l) => Array.from({ length: nI }, (_, i) => score(COMMON_MATRIX, l + 1, i + 1) ?? 0));
  return {
    id: COMMON_MATRIX.id,
    ...(COMMON_MATRIX.name !== undefined ? { name: COMMON_MATRIX.name } : {}),
    likelihood: COMMON_MATRIX.likelihood.levels.map((level) => level.label),
    impact: COMMON_MATRIX.impact.levels.map((level) => level.label),
    bands: COMMON_MATRIX.bands.map((band) => ({ id: band.id, label: band.label, min: band.min, max: band.max, colour: band.colour })),
    scores,
    cellBands: scores.map((row) => row.map((value) => rating(COMMON_MATRIX, value)?.id ?? "")),
  };
}

function addGrid(into: HeatGrid, from: HeatGrid): void {
  from.forEach((row, l) => row.forEach((count, i) => (into[l]![i]! += count)));
}

/**
 * Every team's overdue items counted, and the first `listLimit` made: a candidate with fewer days
 * overdue than the last one kept cannot make the list, nor one as many days overdue whose key
 * (team, risk, kind, action) orders after it, so neither is made.
 */
function overdueListed(perTeam: readonly { risks: RiskAnalysis }[], listLimit: number): RiskPostureSection["overdue"] {
  const byKind: Record<OverdueKind, number> = { action: 0, "risk-treatment": 0, "risk-review": 0 };
  const selection = new TopKSelection<OverdueItem>(listLimit, compareOverdue);
  for (const { risks } of perTeam) {
    const overdue = risks.overdue;
    for (const kind of OVERDUE_KINDS) byKind[kind] += overdue.byKind[kind];
    for (let j = 0; j < overdue.total; j++) {
      const worst = selection.worst;
      if (worst !== undefined) {
        const days = overdue.daysOverdue(j);
        if (days < worst.daysOverdue || (days === worst.daysOverdue && compareOverdue(overdue.key(j), worst) >= 0)) continue;
      }
      selection.offer(overdue.item(j));
    }
  }
  return { total: byKind.action + byKind["risk-treatment"] + byKind["risk-review"], items: selection.items(), byKind };
}

function listed<T>(items: T[], limit: number): Listed<T> {
  return { total: items.length, items: items.slice(0, limit) };
}

export function riskPostureSection(
  perTeam: readonly { team: string; matrix: string; risks: RiskAnalysis }[],
  index: CatalogIndex,
  topRisks: number,
  listLimit: number,
): RiskPostureSection {
  const inherent = emptyGrid();
  const residual = emptyGrid();
  const totals = { risks: 0, closed: 0, considered: 0, inherent: { rated: 0, banded: 0, unrated: 0, offMatrix: 0 }, residual: { rated: 0, banded: 0, unrated: 0, offMatrix: 0 } };
  const byBand = { inherent: emptyBandCounts(), residual: emptyBandCounts() };
  const byFunction = index.functions.map(() => ({ risks: 0, high: 0 }));
  const byTrust = TRUSTWORTHINESS_CHARACTERISTICS.map(() => ({ risks: 0, high: 0 }));
  const byGenAi = GENAI_RISKS.map(() => 0);
  let withoutTrustworthiness = 0;
  const top: RankedRisk[] = [];
  const accepted: AcceptedWithoutApproval[] = [];
  const above: ResidualAboveInherent[] = [];
  const off: OffMatrixRating[] = [];
  const unknownSystems: UnknownAiSystem[] = [];

  const teams: RiskTeamRow[] = perTeam.map(({ team, matrix, risks: r }) => {
    addGrid(inherent, r.inherent.grid);
    addGrid(residual, r.residual.grid);
    totals.risks += r.total;
    totals.closed += r.closed;
    totals.considered += r.considered;
    for (const kind of ["inherent", "residual"] as const) {
      totals[kind].rated += r[kind].rated;
      totals[kind].banded += r[kind].banded;
      for (const [band, count] of Object.entries(r[kind].byBand)) byBand[kind][band] = (byBand[kind][band] ?? 0) + count;
      totals[kind].unrated += r[kind].unrated;
      totals[kind].offMatrix += r[kind].offMatrix;
    }
    r.byFunction.forEach((count, f) => {
      byFunction[f]!.risks += count;
      byFunction[f]!.high += r.byFunctionHigh[f] ?? 0;
    });
    r.byTrustworthiness.forEach((count, k) => {
      byTrust[k]!.risks += count;
      byTrust[k]!.high += r.byTrustworthinessHigh[k] ?? 0;
    });
    r.byGenAiRisk.forEach((count, k) => (byGenAi[k]! += count));
    withoutTrustworthiness += r.withoutTrustworthiness;
    top.push(...r.top);
    accepted.push(...r.acceptedWithoutApproval);
    above.push(...r.residualAboveInherent);
    off.push(...r.offMatrix);
    unknownSystems.push(...r.unknownAiSystems);
    return {
      team,
      matrix,
      risks: r.total,
      closed: r.closed,
      considered: r.considered,
      inherent: r.inherent,
      residual: r.residual,
      overdue: { ...r.overdue.byKind },
      acceptedWithoutApproval: r.acceptedWithoutApproval.length,
      residualAboveInherent: r.residualAboveInherent.length,
      byFunction: r.byFunction,
      byTrustworthiness: r.byTrustworthiness,
      withoutTrustworthiness: r.withoutTrustworthiness,
    };
  });

  return {
    commonMatrix: commonMatrixSummary(),
    totals,
    heatMap: { inherent, residual },
    byBand,
    topResidual: topK(top, topRisks, compareRanked),
    overdue: overdueListed(perTeam, listLimit),
    acceptedWithoutApproval: listed(accepted, listLimit),
    residualAboveInherent: listed(above, listLimit),
    offMatrix: listed(off, listLimit),
    unknownAiSystems: listed(unknownSystems, listLimit),
    byFunction: index.functions.map((f, k) => ({ function: f.ref, title: f.title, risks: byFunction[k]!.risks, highResidual: byFunction[k]!.high })),
    byTrustworthiness: TRUSTWORTHINESS_CHARACTERISTICS.map((id, k) => ({ id, title: TRUSTWORTHINESS_LABEL[id], risks: byTrust[k]!.risks, highResidual: byTrust[k]!.high })),
    withoutTrustworthiness,
    byGenAiRisk: GENAI_RISKS.map((id, k) => ({ id, title: GENAI_RISK_LABEL[id], risks: byGenAi[k]! })),
    teams,
  };
}
