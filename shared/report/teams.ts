import type { WorkbookSnapshot } from "../model/snapshot";
import type { RiskMatrix } from "../scoring/matrix";
import { mapLevel } from "../scoring/normalise";
import { COMMON_MATRIX } from "../scoring/presets";
import type { ReportWorkbook } from "./input";
import { naturalCompare } from "./util/natural-compare";

/** One contributing team workbook, as the report names it everywhere else (`team` fields hold its `key`). */
export interface TeamSummary {
  /**
   * How the rest of the report refers to this workbook: the team id, or `team/workbook` when a team
   * contributes more than one workbook. Each key counts as one team in every "distinct teams" total.
   */
  readonly key: string;
  readonly team: string;
  readonly workbook: string;
  /** The team's own name for itself, else its id. */
  readonly name: string;
  readonly version: number;
  readonly author?: string;
  readonly createdAt: string;
  /** The date the team says its content reflects, if it says. */
  readonly contentAsOf?: string;
  readonly matrix: TeamMatrixSummary;
  readonly counts: TeamCounts;
}

export interface TeamMatrixSummary {
  readonly id: string;
  readonly name?: string;
  readonly likelihoodLevels: number;
  readonly impactLevels: number;
  readonly scoring: "product" | "sum";
  /** Where each of the team's levels lands on the common matrix (index 0 = level 1). */
  readonly toCommon: { readonly likelihood: readonly number[]; readonly impact: readonly number[] };
}

export interface TeamCounts {
  readonly aiSystems: number;
  readonly risks: number;
  readonly soa: number;
  readonly impactAssessments: number;
  readonly profile: number;
  readonly policies: number;
  readonly objectives: number;
  readonly internalAudits: number;
  readonly managementReviews: number;
  readonly metrics: number;
  readonly nonconformities: number;
}

/** A workbook with its report key, in report order. */
export interface TeamInput {
  readonly key: string;
  readonly entry: ReportWorkbook;
  readonly snapshot: WorkbookSnapshot;
}

/** Keys the workbooks and puts them in one order (by key, natural), whatever order they came in. */
export function orderTeams(workbooks: readonly ReportWorkbook[]): TeamInput[] {
  const perTeam = new Map<string, number>();
  for (const entry of workbooks) perTeam.set(entry.team, (perTeam.get(entry.team) ?? 0) + 1);
  return workbooks
    .map((entry) => ({ key: (perTeam.get(entry.team) ?? 0) > 1 ? `${entry.team}/${entry.workbook}` : entry.team, entry, snapshot: entry.snapshot }))
    .sort((a, b) => naturalCompare(a.key, b.key));
}

/** Where each level of a team's matrix lands on the common matrix (index 0 = level 1). */
export function levelsOnCommon(matrix: RiskMatrix): TeamMatrixSummary["toCommon"] {
  const nL = matrix.likelihood.levels.length;
  const nI = matrix.impact.levels.length;
  const commonL = COMMON_MATRIX.likelihood.levels.length;
  const commonI = COMMON_MATRIX.impact.levels.length;
  return {
    likelihood: Array.from({ length: nL }, (_, index) => mapLevel(nL, index + 1, commonL) ?? 0),
    impact: Array.from({ length: nI }, (_, index) => mapLevel(nI, index + 1, commonI) ?? 0),
  };
}

/** `risks`: the register's length (the snapshot's risks may have been left out for a risk kernel). */
export function teamSummary(team: TeamInput, risks: number): TeamSummary {
  const { snapshot, entry } = team;
  const matrix = snapshot.matrix;
  const ms = snapshot.managementSystem;
  return {
    key: team.key,
    team: entry.team,
    workbook: entry.workbook,
    name: snapshot.workbook.teamName ?? entry.team,
    version: entry.version,
    ...(entry.author !== undefined ? { author: entry.author } : {}),
    createdAt: entry.createdAt,
    ...(snapshot.workbook.asOf !== undefined ? { contentAsOf: snapshot.workbook.asOf } : {}),
    matrix: {
      id: matrix.id,
      ...(matrix.name !== undefined ? { name: matrix.name } : {}),
      likelihoodLevels: matrix.likelihood.levels.length,
      impactLevels: matrix.impact.levels.length,
      scoring: matrix.scoring,
      toCommon: levelsOnCommon(matrix),
    },
    counts: {
      aiSystems: snapshot.aiSystems.length,
      risks,
      soa: snapshot.soa.length,
      impactAssessments: snapshot.impactAssessments.length,
      profile: snapshot.profile.length,
      policies: ms.policies.length,
      objectives: ms.objectives.length,
      internalAudits: ms.internalAudits.length,
      managementReviews: ms.managementReviews.length,
      metrics: ms.metrics.length,
      nonconformities: ms.nonconformities.length,
    },
  };
}
