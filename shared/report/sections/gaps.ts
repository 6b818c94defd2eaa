import type { WorkbookSnapshot } from "../../model/snapshot";
import type { CatalogIndex } from "../catalog-index";
import { dayNumber } from "../util/dates";
import { naturalCompare } from "../util/natural-compare";
import { topK } from "../util/top-k";
import type { TeamAiRmf } from "./ai-rmf";
import { EVIDENCE_ITEMS, type TeamClauseEvidence } from "./clause-evidence";
import type { RiskAnalysis } from "./risk-analysis";
import type { TeamSoa } from "./soa";

export const GAP_PRIORITIES = ["high", "medium", "low"] as const;
export type GapPriority = (typeof GAP_PRIORITIES)[number];

export const GAP_KINDS = [
  "clause-evidence",
  "control-not-implemented",
  "exclusion-without-justification",
  "implemented-without-evidence",
  "profile-gap",
  "overdue-action",
  "overdue-treatment",
  "overdue-corrective-action",
  "overdue-review",
  "accepted-without-approval",
] as const;
export type GapKind = (typeof GAP_KINDS)[number];

export interface Gap {
  readonly priority: GapPriority;
  readonly kind: GapKind;
  /** The standard the gap holds the organisation back on. */
  readonly standard: "ai-rmf" | "iso42001" | "both";
  readonly team: string;
  /** What the gap is about: a clause, control, subcategory or record id. */
  readonly ref: string;
  readonly title: string;
  readonly owner?: string;
  readonly dueDate?: string;
  readonly daysOverdue?: number;
  readonly reason: string;
}

export interface GapList {
  readonly total: number;
  readonly byPriority: Readonly<Record<GapPriority, number>>;
  readonly byKind: Readonly<Record<GapKind, number>>;
  readonly teams: readonly ({ readonly team: string } & Readonly<Record<GapPriority, number>>)[];
  /** The first `listLimit` gaps in priority order. */
  readonly items: readonly Gap[];
}

const PRIORITY_RANK: Readonly<Record<GapPriority, number>> = { high: 0, medium: 1, low: 2 };
const KIND_RANK = new Map<GapKind, number>(GAP_KINDS.map((kind, i) => [kind, i]));

/**
 * Priority first; then the longest overdue; then the nearest due date (none last); then team,
 * kind and reference, so the order is total and the same on every run.
 */
export function compareGaps(a: Gap, b: Gap): number {
  return (
    PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority] ||
    (b.daysOverdue ?? -1) - (a.daysOverdue ?? -1) ||
    compareDue(a.dueDate, b.dueDate) ||
    naturalCompare(a.team, b.team) ||
    (KIND_RANK.get(a.kind) ?? 0) - (KIND_RANK.get(b.kind) ?? 0) ||
    naturalCompare(a.ref, b.ref)
  );
}

function compareDue(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a < b ? -1 : 1;
}

const bare = (id: string) => id.slice(id.indexOf(":") + 1);

/** Every gap of one team, unsorted. */
export function teamGaps(
  team: string,
  snapshot: WorkbookSnapshot,
  asOf: string,
  ai: TeamAiRmf,
  evidence: readonly TeamClauseEvidence[],
  soa: TeamSoa,
  risks: RiskAnalysis,
  index: CatalogIndex,
): Gap[] {
  const gaps: Gap[] = [];
  const asOfDay = dayNumber(asOf);
  const opt = <K extends string, V>(key: K, value: V | undefined) => (value !== undefined ? ({ [key]: value } as Record<K, V>) : {});

  EVIDENCE_ITEMS.forEach((item, position) => {
    const e = evidence[position];
    if (!e || e.status === "present") return;
    gaps.push({
      priority: e.status === "partial" ? "medium" : "high",
      kind: "clause-evidence",
      standard: "iso42001",
      team,
      ref: item.clauses.map(bare).join(", "),
      title: item.title,
      reason: `${e.status}: ${e.reasons.join("; ")}`,
    });
  });

  index.annexA.forEach((control, k) => {
    const cell = soa.cells[k];
    if (cell?.applicable === false) {
      if (!cell.justified) {
        gaps.push({ priority: "high", kind: "exclusion-without-justification", standard: "iso42001", team, ref: control.ref, title: control.title, ...opt("owner", cell.owner), reason: "excluded from the SoA without a justification" });
      }
      return;
    }
    if (cell?.status === "implemented") {
      if (cell.evidence === 0) {
        gaps.push({ priority: "medium", kind: "implemented-without-evidence", standard: "iso42001", team, ref: control.ref, title: control.title, ...opt("owner", cell.owner), reason: "marked implemented with no evidence recorded" });
      }
      return;
    }
    const status = cell === undefined ? "no SoA row" : cell.applicable === undefined ? "applicability not decided" : (cell.status ?? "no implementation status");
    const priority = cell?.status === "partially-implemented" ? "low" : cell?.status === "planned" ? "medium" : "high";
    gaps.push({ priority, kind: "control-not-implemented", standard: "iso42001", team, ref: control.ref, title: control.title, ...opt("owner", cell?.owner), reason: status });
  });

  ai.profile.forEach((cell, k) => {
    if (!cell || cell.gap <= 0) return;
    const item = index.subcategories[k]!;
    const overdue = cell.dueDate !== undefined && cell.dueDate < asOf;
    gaps.push({
      priority: overdue ? "high" : cell.gap >= 2 ? "medium" : "low",
      kind: "profile-gap",
      standard: "ai-rmf",
      team,
      ref: item.ref,
      title: item.title,
      ...opt("owner", cell.owner),
      ...opt("dueDate", cell.dueDate),
      ...(overdue && cell.dueDate ? { daysOverdue: asOfDay - dayNumber(cell.dueDate) } : {}),
      reason: `current ${cell.current ?? 0}, target ${cell.target ?? 0}${overdue ? `; due ${cell.dueDate}` : ""}`,
    });
  });

  for (const o of risks.overdue) {
    gaps.push({
      priority: o.kind === "risk-review" ? "medium" : "high",
      kind: o.kind === "action" ? "overdue-action" : o.kind === "risk-treatment" ? "overdue-treatment" : "overdue-review",
      standard: "both",
      team,
      ref: o.actionId !== undefined ? `${o.riskId} / ${o.actionId}` : o.riskId,
      title: o.description,
      ...opt("owner", o.owner),
      dueDate: o.dueDate,
      daysOverdue: o.daysOverdue,
      reason: `${o.kind === "risk-review" ? "review" : "due"} ${o.dueDate}, ${o.daysOverdue} days overdue`,
    });
  }
  for (const a of risks.acceptedWithoutApproval) {
    gaps.push({
      priority: "high",
      kind: "accepted-without-approval",
      standard: "both",
      team,
      ref: a.riskId,
      title: a.title ?? a.riskId,
      ...opt("owner", a.owner),
      reason: a.expired !== undefined ? `acceptance expired ${a.expired}` : `acceptance has no ${a.missing.join(" and no ")}`,
    });
  }

  for (const nc of snapshot.managementSystem.nonconformities) {
    const open = nc.status === undefined || nc.status === "open" || nc.status === "in-progress";
    if (!open || nc.dueDate === undefined || nc.dueDate >= asOf) continue;
    const days = asOfDay - dayNumber(nc.dueDate);
    gaps.push({ priority: "high", kind: "overdue-corrective-action", standard: "iso42001", team, ref: nc.id, title: nc.title ?? nc.id, ...opt("owner", nc.owner), dueDate: nc.dueDate, daysOverdue: days, reason: `corrective action due ${nc.dueDate}, ${days} days overdue` });
  }
  for (const ia of snapshot.impactAssessments) {
    if (ia.status === "superseded" || ia.reviewDate === undefined || ia.reviewDate >= asOf) continue;
    const days = asOfDay - dayNumber(ia.reviewDate);
    gaps.push({ priority: "medium", kind: "overdue-review", standard: "both", team, ref: ia.id, title: ia.title ?? `Impact assessment ${ia.id}`, ...opt("owner", ia.assessor), dueDate: ia.reviewDate, daysOverdue: days, reason: `impact assessment review due ${ia.reviewDate}, ${days} days overdue` });
  }
  for (const system of snapshot.aiSystems) {
    if (system.stage === "retired" || system.reviewDate === undefined || system.reviewDate >= asOf) continue;
    const days = asOfDay - dayNumber(system.reviewDate);
    gaps.push({ priority: "medium", kind: "overdue-review", standard: "both", team, ref: system.id, title: system.name ?? `AI system ${system.id}`, ...opt("owner", system.owner), dueDate: system.reviewDate, daysOverdue: days, reason: `AI system review due ${system.reviewDate}, ${days} days overdue` });
  }
  return gaps;
}

export function gapList(perTeam: readonly { team: string; gaps: Gap[] }[], listLimit: number): GapList {
  const byPriority: Record<GapPriority, number> = { high: 0, medium: 0, low: 0 };
  const byKind = Object.fromEntries(GAP_KINDS.map((kind) => [kind, 0])) as Record<GapKind, number>;
  const all: Gap[] = [];
  const teams = perTeam.map(({ team, gaps }) => {
    const counts: Record<GapPriority, number> = { high: 0, medium: 0, low: 0 };
    for (const gap of gaps) {
      counts[gap.priority] += 1;
      byPriority[gap.priority] += 1;
      byKind[gap.kind] += 1;
      all.push(gap);
    }
    return { team, ...counts };
  });
  return { total: all.length, byPriority, byKind, teams, items: topK(all, listLimit, compareGaps) };
}
