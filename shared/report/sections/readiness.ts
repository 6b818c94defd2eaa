import type { CatalogIndex } from "../catalog-index";
import { STATUS_WEIGHT } from "../evidence-status";
import { round, type Stat, statOf } from "../util/stats";
import type { TeamAiRmf } from "./ai-rmf";
import type { TeamClauseEvidence } from "./clause-evidence";
import type { GapList } from "./gaps";
import type { TeamOverlay } from "./iso27001-overlay";
import type { TeamSoa } from "./soa";

export interface TeamReadiness {
  readonly team: string;
  readonly aiRmf: {
    readonly value: number;
    /** (direct + ½ × inferred-only) / 72. */
    readonly coverage: number;
    /** Σ min(current, target) / Σ target over profile rows with a target above 0; absent without such rows. */
    readonly attainment?: number;
  };
  readonly iso42001: {
    readonly value: number;
    /** Mean weight of the clause evidence statuses. */
    readonly clauses: number;
    /** Implementation weight over applicable Annex A controls. */
    readonly controls: number;
    readonly applicableControls: number;
  };
  /** Inferred evidence coverage of ISO/IEC 27001 (clauses and Annex A), not an assessment. */
  readonly iso27001: { readonly value: number };
}

export interface ReadinessSection {
  /** Each team weighs the same: `avg` is the mean of the team figures. */
  readonly org: { readonly aiRmf?: Stat; readonly iso42001?: Stat; readonly iso27001?: Stat };
  readonly teams: readonly TeamReadiness[];
  readonly gaps: GapList;
}

const IMPLEMENTATION_WEIGHT: Readonly<Record<string, number>> = { implemented: 1, "partially-implemented": 0.5 };

export function teamReadiness(
  team: string,
  ai: TeamAiRmf,
  evidence: readonly TeamClauseEvidence[],
  soa: TeamSoa,
  overlay: TeamOverlay,
  index: CatalogIndex,
): TeamReadiness {
  let direct = 0;
  let inferred = 0;
  for (const level of ai.level) {
    if (level === 2) direct += 1;
    else if (level === 1) inferred += 1;
  }
  const coverage = (direct + 0.5 * inferred) / Math.max(1, ai.level.length);
  let reached = 0;
  let wanted = 0;
  for (const cell of ai.profile) {
    if (!cell || cell.target === undefined || cell.target <= 0) continue;
    wanted += cell.target;
    reached += Math.min(cell.current ?? 0, cell.target);
  }
  const attainment = wanted > 0 ? reached / wanted : undefined;
  const aiValue = attainment === undefined ? coverage : (coverage + attainment) / 2;

  const clauses = evidence.reduce((sum, e) => sum + STATUS_WEIGHT[e.status], 0) / Math.max(1, evidence.length);
  let applicable = 0;
  let weight = 0;
  index.annexA.forEach((_, k) => {
    const cell = soa.cells[k];
    // A justified exclusion leaves the control out; an unjustified one does not count as an exclusion.
    if (cell?.applicable === false && cell.justified) return;
    applicable += 1;
    weight += cell?.applicable === false ? 0 : (IMPLEMENTATION_WEIGHT[cell?.status ?? ""] ?? 0);
  });
  const controls = applicable > 0 ? weight / applicable : 0;

  let overlayDirect = 0;
  let overlayInferred = 0;
  for (const level of overlay.level) {
    if (level === 2) overlayDirect += 1;
    else if (level === 1) overlayInferred += 1;
  }
  return {
    team,
    aiRmf: { value: round(aiValue), coverage: round(coverage), ...(attainment !== undefined ? { attainment: round(attainment) } : {}) },
    iso42001: { value: round((clauses + controls) / 2), clauses: round(clauses), controls: round(controls), applicableControls: applicable },
    iso27001: { value: round((overlayDirect + 0.5 * overlayInferred) / Math.max(1, overlay.level.length)) },
  };
}

export function readinessSection(teams: readonly TeamReadiness[], gaps: GapList): ReadinessSection {
  const aiRmf = statOf(teams.map((t) => t.aiRmf.value));
  const iso42001 = statOf(teams.map((t) => t.iso42001.value));
  const iso27001 = statOf(teams.map((t) => t.iso27001.value));
  return { org: { ...(aiRmf ? { aiRmf } : {}), ...(iso42001 ? { iso42001 } : {}), ...(iso27001 ? { iso27001 } : {}) }, teams, gaps };
}
