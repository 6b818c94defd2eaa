import type { WorkbookSnapshot } from "../../model/snapshot";
import type { CatalogIndex } from "../catalog-index";
import { dayNumber } from "../util/dates";
import { naturalCompare } from "../util/natural-compare";
import { TopKSelection } from "../util/top-k";
import type { TeamAiRmf } from "./ai-rmf";
import { EVIDENCE_ITEMS, type TeamClauseEvidence } from "./clause-evidence";
import type { OverdueItems, OverdueKey, OverdueKind } from "./overdue-items";
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

/** What orders gaps (`compareGaps` reads nothing else). */
export type GapKey = Pick<Gap, "priority" | "kind" | "team" | "ref" | "dueDate" | "daysOverdue">;

const PRIORITY_RANK: Readonly<Record<GapPriority, number>> = { high: 0, medium: 1, low: 2 };
const KIND_RANK = new Map<GapKind, number>(GAP_KINDS.map((kind, i) => [kind, i]));

/**
 * Priority first; then the longest overdue; then the nearest due date (none last); then team,
 * kind and reference, so the order is total and the same on every run.
 */
export function compareGaps(a: GapKey, b: GapKey): number {
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

type MutableGap = { -readonly [K in keyof Gap]: Gap[K] };

/**
 * A gap with its optional fields set only when known, keys always in the same order (so the JSON
 * reads the same for every gap) and no object spread on the hot path.
 */
function makeGap(
  priority: GapPriority,
  kind: GapKind,
  standard: Gap["standard"],
  team: string,
  ref: string,
  title: string,
  reason: string,
  owner?: string,
  dueDate?: string,
  daysOverdue?: number,
): Gap {
  const gap = { priority, kind, standard, team, ref, title } as MutableGap;
  if (owner !== undefined) gap.owner = owner;
  if (dueDate !== undefined) gap.dueDate = dueDate;
  if (daysOverdue !== undefined) gap.daysOverdue = daysOverdue;
  gap.reason = reason;
  return gap;
}

/**
 * One team's gaps: those of its records, clauses, controls and profile made (a few hundred at
 * most), and those of its overdue register items left as they are — there can be thousands, and
 * only the ones that make the list are made (`gapList`). They go between the profile gaps and the
 * acceptance gaps, where a gap list made of every gap would have them.
 */
export interface TeamGaps {
  readonly team: string;
  /** Gaps made, unsorted. */
  readonly made: readonly Gap[];
  /** Where in `made` the overdue register items go. */
  readonly overdueAt: number;
  readonly overdue: OverdueItems;
  /** Every gap of the team (overdue items too) per kind, keys in `GAP_KINDS` order. */
  readonly byKind: Readonly<Record<GapKind, number>>;
}

const OVERDUE_GAP: Readonly<Record<OverdueKind, { readonly kind: GapKind; readonly priority: GapPriority }>> = {
  action: { kind: "overdue-action", priority: "high" },
  "risk-treatment": { kind: "overdue-treatment", priority: "high" },
  "risk-review": { kind: "overdue-review", priority: "medium" },
};

/** Every gap of one team. Split by source so each part stays small for the optimiser. */
export function teamGaps(
  team: string,
  snapshot: WorkbookSnapshot,
  asOf: string,
  ai: TeamAiRmf,
  evidence: readonly TeamClauseEvidence[],
  soa: TeamSoa,
  risks: RiskAnalysis,
  index: CatalogIndex,
): TeamGaps {
  const gaps: Gap[] = [];
  const asOfDay = dayNumber(asOf);
  clauseGaps(gaps, team, evidence);
  controlGaps(gaps, team, soa, index);
  profileGaps(gaps, team, ai, asOf, asOfDay, index);
  const overdueAt = gaps.length;
  acceptanceGaps(gaps, team, risks);
  recordGaps(gaps, team, snapshot, asOf, asOfDay);
  const byKind = Object.fromEntries(GAP_KINDS.map((kind) => [kind, 0])) as Record<GapKind, number>;
  for (const gap of gaps) byKind[gap.kind] += 1;
  for (const [kind, { kind: gapKind }] of Object.entries(OVERDUE_GAP) as [OverdueKind, (typeof OVERDUE_GAP)[OverdueKind]][]) byKind[gapKind] += risks.overdue.byKind[kind];
  return { team, made: gaps, overdueAt, overdue: risks.overdue, byKind };
}

function clauseGaps(gaps: Gap[], team: string, evidence: readonly TeamClauseEvidence[]): void {
  EVIDENCE_ITEMS.forEach((item, position) => {
    const e = evidence[position];
    if (!e || e.status === "present") return;
    gaps.push(makeGap(e.status === "partial" ? "medium" : "high", "clause-evidence", "iso42001", team, item.clauses.map(bare).join(", "), item.title, `${e.status}: ${e.reasons.join("; ")}`));
  });
}

function controlGaps(gaps: Gap[], team: string, soa: TeamSoa, index: CatalogIndex): void {
  index.annexA.forEach((control, k) => {
    const cell = soa.cells[k];
    if (cell?.applicable === false) {
      if (!cell.justified) gaps.push(makeGap("high", "exclusion-without-justification", "iso42001", team, control.ref, control.title, "excluded from the SoA without a justification", cell.owner));
      return;
    }
    if (cell?.status === "implemented") {
      if (cell.evidence === 0) gaps.push(makeGap("medium", "implemented-without-evidence", "iso42001", team, control.ref, control.title, "marked implemented with no evidence recorded", cell.owner));
      return;
    }
    const status = cell === undefined ? "no SoA row" : cell.applicable === undefined ? "applicability not decided" : (cell.status ?? "no implementation status");
    const priority = cell?.status === "partially-implemented" ? "low" : cell?.status === "planned" ? "medium" : "high";
    gaps.push(makeGap(priority, "control-not-implemented", "iso42001", team, control.ref, control.title, status, cell?.owner));
  });
}

function profileGaps(gaps: Gap[], team: string, ai: TeamAiRmf, asOf: string, asOfDay: number, index: CatalogIndex): void {
  ai.profile.forEach((cell, k) => {
    if (!cell || cell.gap <= 0) return;
    const item = index.subcategories[k]!;
    const due = cell.dueDate;
    const overdue = due !== undefined && due < asOf;
    gaps.push(
      makeGap(
        overdue ? "high" : cell.gap >= 2 ? "medium" : "low",
        "profile-gap",
        "ai-rmf",
        team,
        item.ref,
        item.title,
        `current ${cell.current ?? 0}, target ${cell.target ?? 0}${overdue ? `; due ${due}` : ""}`,
        cell.owner,
        due,
        overdue ? asOfDay - dayNumber(due) : undefined,
      ),
    );
  });
}

const overdueRef = (o: OverdueKey) => (o.actionId !== undefined ? `${o.riskId} / ${o.actionId}` : o.riskId);

/** What orders the gap of an overdue register item. */
function gapKey(o: OverdueKey): GapKey {
  const { kind, priority } = OVERDUE_GAP[o.kind];
  return { priority, kind, team: o.team, ref: overdueRef(o), dueDate: o.dueDate, daysOverdue: o.daysOverdue };
}

/** The gap of a team's j-th overdue register item. */
function overdueGap(team: string, overdue: OverdueItems, j: number): Gap {
  const o = overdue.item(j);
  const review = o.kind === "risk-review";
  const { kind, priority } = OVERDUE_GAP[o.kind];
  return makeGap(priority, kind, "both", team, overdueRef(o), o.description, `${review ? "review" : "due"} ${o.dueDate}, ${o.daysOverdue} days overdue`, o.owner, o.dueDate, o.daysOverdue);
}

function acceptanceGaps(gaps: Gap[], team: string, risks: RiskAnalysis): void {
  for (const a of risks.acceptedWithoutApproval) {
    gaps.push(makeGap("high", "accepted-without-approval", "both", team, a.riskId, a.title ?? a.riskId, a.expired !== undefined ? `acceptance expired ${a.expired}` : `acceptance has no ${a.missing.join(" and no ")}`, a.owner));
  }
}

function recordGaps(gaps: Gap[], team: string, snapshot: WorkbookSnapshot, asOf: string, asOfDay: number): void {
  for (const nc of snapshot.managementSystem.nonconformities) {
    const open = nc.status === undefined || nc.status === "open" || nc.status === "in-progress";
    if (!open || nc.dueDate === undefined || nc.dueDate >= asOf) continue;
    const days = asOfDay - dayNumber(nc.dueDate);
    gaps.push(makeGap("high", "overdue-corrective-action", "iso42001", team, nc.id, nc.title ?? nc.id, `corrective action due ${nc.dueDate}, ${days} days overdue`, nc.owner, nc.dueDate, days));
  }
  for (const ia of snapshot.impactAssessments) {
    if (ia.status === "superseded" || ia.reviewDate === undefined || ia.reviewDate >= asOf) continue;
    const days = asOfDay - dayNumber(ia.reviewDate);
    gaps.push(makeGap("medium", "overdue-review", "both", team, ia.id, ia.title ?? `Impact assessment ${ia.id}`, `impact assessment review due ${ia.reviewDate}, ${days} days overdue`, ia.assessor, ia.reviewDate, days));
  }
  for (const system of snapshot.aiSystems) {
    if (system.stage === "retired" || system.reviewDate === undefined || system.reviewDate >= asOf) continue;
    const days = asOfDay - dayNumber(system.reviewDate);
    gaps.push(makeGap("medium", "overdue-review", "both", team, system.id, system.name ?? `AI system ${system.id}`, `AI system review due ${system.reviewDate}, ${days} days overdue`, system.owner, system.reviewDate, days));
  }
}

/**
 * The organisation's gaps counted, and the first `listLimit` in priority order made. Gaps are
 * offered in team order as each team holds them, so ties fall as a sort of every gap would have
 * them; an overdue item whose priority and days overdue (or, on a tie, its key) place it after the
 * last gap kept is skipped without being made.
 */
export function gapList(perTeam: readonly { team: string; gaps: TeamGaps }[], listLimit: number): GapList {
  const byPriority: Record<GapPriority, number> = { high: 0, medium: 0, low: 0 };
  const byKind = Object.fromEntries(GAP_KINDS.map((kind) => [kind, 0])) as Record<GapKind, number>;
  const selection = new TopKSelection<Gap>(listLimit, compareGaps);
  let total = 0;
  const teams = perTeam.map(({ team, gaps }) => {
    const counts: Record<GapPriority, number> = { high: 0, medium: 0, low: 0 };
    for (const kind of GAP_KINDS) {
      const n = gaps.byKind[kind];
      byKind[kind] += n;
      total += n;
    }
    gaps.made.forEach((gap, position) => {
      if (position === gaps.overdueAt) offerOverdue(selection, team, gaps.overdue, counts);
      counts[gap.priority] += 1;
      selection.offer(gap);
    });
    if (gaps.made.length === gaps.overdueAt) offerOverdue(selection, team, gaps.overdue, counts);
    for (const priority of GAP_PRIORITIES) byPriority[priority] += counts[priority];
    return { team, ...counts };
  });
  return { total, byPriority, byKind, teams, items: selection.items() };
}

function offerOverdue(selection: TopKSelection<Gap>, team: string, overdue: OverdueItems, counts: Record<GapPriority, number>): void {
  for (let j = 0; j < overdue.total; j++) {
    const priority = OVERDUE_GAP[overdue.kind(j)].priority;
    counts[priority] += 1;
    const worst = selection.worst;
    if (worst !== undefined) {
      const rank = PRIORITY_RANK[priority] - PRIORITY_RANK[worst.priority];
      if (rank > 0) continue;
      const days = overdue.daysOverdue(j);
      const worstDays = worst.daysOverdue ?? -1;
      if (rank === 0 && (days < worstDays || (days === worstDays && compareGaps(gapKey(overdue.key(j)), worst) >= 0))) continue;
    }
    selection.offer(overdueGap(team, overdue, j));
  }
}
