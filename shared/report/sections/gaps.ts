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
  return compareGapTo(a.priority, a.daysOverdue, a.dueDate, a.team, a.kind, a.ref, b);
}

/** `compareGaps` of a gap not made yet, given by its key's parts, against one made. */
function compareGapTo(priority: GapPriority, daysOverdue: number | undefined, dueDate: string | undefined, team: string, kind: GapKind, ref: string, b: GapKey): number {
  return (
    PRIORITY_RANK[priority] - PRIORITY_RANK[b.priority] ||
    (b.daysOverdue ?? -1) - (daysOverdue ?? -1) ||
    compareDue(dueDate, b.dueDate) ||
    naturalCompare(team, b.team) ||
    (KIND_RANK.get(kind) ?? 0) - (KIND_RANK.get(b.kind) ?? 0) ||
    naturalCompare(ref, b.ref)
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
 * One team's gaps, counted, with few of them made: a large organisation has tens of thousands and
 * the report lists a few hundred, so the gaps of its controls, profile rows and overdue register
 * items are made only when they make the list (`gapList`). The parts are in the order a list made
 * of every gap would have them: clause evidence, controls, profile, overdue items, acceptances,
 * records.
 */
export interface TeamGaps {
  readonly team: string;
  /** The clause-evidence gaps, made. */
  readonly clauses: readonly Gap[];
  readonly soa: TeamSoa;
  readonly profile: TeamAiRmf["profile"];
  readonly overdue: OverdueItems;
  /** The acceptance and record gaps, made. */
  readonly records: readonly Gap[];
  readonly asOf: string;
  /** Every gap of the team per kind (keys in `GAP_KINDS` order) and per priority. */
  readonly byKind: Readonly<Record<GapKind, number>>;
  readonly byPriority: Readonly<Record<GapPriority, number>>;
}

const OVERDUE_GAP: Readonly<Record<OverdueKind, GapSort>> = {
  action: { kind: "overdue-action", priority: "high" },
  "risk-treatment": { kind: "overdue-treatment", priority: "high" },
  "risk-review": { kind: "overdue-review", priority: "medium" },
};
const OVERDUE_KINDS = Object.keys(OVERDUE_GAP) as OverdueKind[];

interface GapSort {
  readonly kind: GapKind;
  readonly priority: GapPriority;
}

/** Every gap of one team (see `TeamGaps`). Split by source so each part stays small for the optimiser. */
export function teamGaps(
  team: string,
  snapshot: WorkbookSnapshot,
  asOf: string,
  ai: TeamAiRmf,
  evidence: readonly TeamClauseEvidence[],
  soa: TeamSoa,
  risks: RiskAnalysis,
): TeamGaps {
  const clauses: Gap[] = [];
  const records: Gap[] = [];
  const asOfDay = dayNumber(asOf);
  clauseGaps(clauses, team, evidence);
  acceptanceGaps(records, team, risks);
  recordGaps(records, team, snapshot, asOf, asOfDay);
  const byKind = Object.fromEntries(GAP_KINDS.map((kind) => [kind, 0])) as Record<GapKind, number>;
  const byPriority: Record<GapPriority, number> = { high: 0, medium: 0, low: 0 };
  const count = (sort: GapSort, n = 1) => {
    byKind[sort.kind] += n;
    byPriority[sort.priority] += n;
  };
  for (const gap of clauses) count(gap);
  for (const cell of soa.cells) {
    const sort = controlGapSort(cell);
    if (sort) count(sort);
  }
  for (const cell of ai.profile) {
    const sort = cell && profileGapSort(cell, asOf);
    if (sort) count(sort);
  }
  for (const kind of OVERDUE_KINDS) count(OVERDUE_GAP[kind], risks.overdue.byKind[kind]);
  for (const gap of records) count(gap);
  return { team, clauses, soa, profile: ai.profile, overdue: risks.overdue, records, asOf, byKind, byPriority };
}

function clauseGaps(gaps: Gap[], team: string, evidence: readonly TeamClauseEvidence[]): void {
  EVIDENCE_ITEMS.forEach((item, position) => {
    const e = evidence[position];
    if (!e || e.status === "present") return;
    gaps.push(makeGap(e.status === "partial" ? "medium" : "high", "clause-evidence", "iso42001", team, item.clauses.map(bare).join(", "), item.title, `${e.status}: ${e.reasons.join("; ")}`));
  });
}

const EXCLUDED: GapSort = { kind: "exclusion-without-justification", priority: "high" };
const NO_EVIDENCE: GapSort = { kind: "implemented-without-evidence", priority: "medium" };
const NOT_IMPLEMENTED: Readonly<Record<GapPriority, GapSort>> = {
  high: { kind: "control-not-implemented", priority: "high" },
  medium: { kind: "control-not-implemented", priority: "medium" },
  low: { kind: "control-not-implemented", priority: "low" },
};

/** The kind and priority of a control's gap (its SoA cell, or none), or undefined when it has none. */
function controlGapSort(cell: TeamSoa["cells"][number]): GapSort | undefined {
  if (cell?.applicable === false) return cell.justified ? undefined : EXCLUDED;
  if (cell?.status === "implemented") return cell.evidence === 0 ? NO_EVIDENCE : undefined;
  return NOT_IMPLEMENTED[cell?.status === "partially-implemented" ? "low" : cell?.status === "planned" ? "medium" : "high"];
}

function controlGap(team: string, cell: TeamSoa["cells"][number], sort: GapSort, control: CatalogIndex["annexA"][number]): Gap {
  const reason =
    sort === EXCLUDED
      ? "excluded from the SoA without a justification"
      : sort === NO_EVIDENCE
        ? "marked implemented with no evidence recorded"
        : cell === undefined
          ? "no SoA row"
          : cell.applicable === undefined
            ? "applicability not decided"
            : (cell.status ?? "no implementation status");
  return makeGap(sort.priority, sort.kind, "iso42001", team, control.ref, control.title, reason, cell?.owner);
}

const PROFILE_GAP: Readonly<Record<GapPriority, GapSort>> = {
  high: { kind: "profile-gap", priority: "high" },
  medium: { kind: "profile-gap", priority: "medium" },
  low: { kind: "profile-gap", priority: "low" },
};

type ProfileCellOf = NonNullable<TeamAiRmf["profile"][number]>;

/** A profile row's gap kind and priority (high once past due), or undefined when its target is met. */
function profileGapSort(cell: ProfileCellOf, asOf: string): GapSort | undefined {
  if (cell.gap <= 0) return undefined;
  const overdue = cell.dueDate !== undefined && cell.dueDate < asOf;
  return PROFILE_GAP[overdue ? "high" : cell.gap >= 2 ? "medium" : "low"];
}

function profileGap(team: string, cell: ProfileCellOf, sort: GapSort, item: CatalogIndex["subcategories"][number], days: number | undefined): Gap {
  const due = cell.dueDate;
  const reason = `current ${cell.current ?? 0}, target ${cell.target ?? 0}${days !== undefined ? `; due ${due}` : ""}`;
  return makeGap(sort.priority, sort.kind, "ai-rmf", team, item.ref, item.title, reason, cell.owner, due, days);
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
 * them; a gap not made yet whose key already places it after the last gap kept is skipped unmade.
 */
export function gapList(perTeam: readonly { team: string; gaps: TeamGaps }[], listLimit: number, index: CatalogIndex): GapList {
  const byPriority: Record<GapPriority, number> = { high: 0, medium: 0, low: 0 };
  const byKind = Object.fromEntries(GAP_KINDS.map((kind) => [kind, 0])) as Record<GapKind, number>;
  const selection = new TopKSelection<Gap>(listLimit, compareGaps);
  const teams = perTeam.map(({ team, gaps }) => {
    for (const kind of GAP_KINDS) byKind[kind] += gaps.byKind[kind];
    for (const priority of GAP_PRIORITIES) byPriority[priority] += gaps.byPriority[priority];
    for (const gap of gaps.clauses) selection.offer(gap);
    offerControls(selection, team, gaps.soa, index);
    offerProfile(selection, team, gaps, index);
    offerOverdue(selection, team, gaps.overdue);
    for (const gap of gaps.records) selection.offer(gap);
    return { team, ...gaps.byPriority };
  });
  const total = GAP_PRIORITIES.reduce((sum, priority) => sum + byPriority[priority], 0);
  return { total, byPriority, byKind, teams, items: selection.items() };
}

function offerControls(selection: TopKSelection<Gap>, team: string, soa: TeamSoa, index: CatalogIndex): void {
  index.annexA.forEach((control, k) => {
    const cell = soa.cells[k];
    const sort = controlGapSort(cell);
    if (!sort) return;
    const worst = selection.worst;
    if (worst !== undefined && compareGapTo(sort.priority, undefined, undefined, team, sort.kind, control.ref, worst) >= 0) return;
    selection.offer(controlGap(team, cell, sort, control));
  });
}

function offerProfile(selection: TopKSelection<Gap>, team: string, gaps: TeamGaps, index: CatalogIndex): void {
  const asOfDay = dayNumber(gaps.asOf);
  gaps.profile.forEach((cell, k) => {
    const sort = cell && profileGapSort(cell, gaps.asOf);
    if (!cell || !sort) return;
    const item = index.subcategories[k]!;
    const days = sort.priority === "high" ? asOfDay - dayNumber(cell.dueDate!) : undefined;
    const worst = selection.worst;
    if (worst !== undefined && compareGapTo(sort.priority, days, cell.dueDate, team, sort.kind, item.ref, worst) >= 0) return;
    selection.offer(profileGap(team, cell, sort, item, days));
  });
}

function offerOverdue(selection: TopKSelection<Gap>, team: string, overdue: OverdueItems): void {
  for (let j = 0; j < overdue.total; j++) {
    const priority = OVERDUE_GAP[overdue.kind(j)].priority;
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
