import type { Relationship } from "../../crosswalk/relationship";
import { strength } from "../../crosswalk/relationship";
import type { CatalogIndex } from "../catalog-index";
import { EVIDENCE_ITEMS, type TeamClauseEvidence } from "./clause-evidence";
import type { AddressedStatus } from "./ai-rmf";
import type { OrgProfile } from "../org-profile";

export interface OverlayInference {
  readonly team: string;
  /** The ISO/IEC 42001 clauses and controls whose evidence carries over (bare ids). */
  readonly via: readonly string[];
  /** The strongest crosswalk relationship among them. */
  readonly relationship: Relationship;
}

export interface OverlayRow {
  readonly id: string;
  readonly ref: string;
  readonly kind: "clause" | "control";
  readonly title: string;
  readonly status: AddressedStatus;
  /** Teams whose SoA lists this ISO/IEC 27001 item as implemented. */
  readonly direct: readonly string[];
  /** Teams whose ISO/IEC 42001 work gives evidence for it through the authored crosswalk (and that have no direct row). */
  readonly inferred: readonly OverlayInference[];
}

export interface OverlayTotals {
  readonly items: number;
  readonly direct: number;
  readonly inferredOnly: number;
  readonly none: number;
}

export interface Iso27001Overlay {
  /** Whether the organisation runs (or wants) one integrated management system, per its profile. */
  readonly applies: boolean;
  readonly appliesReason: string;
  /** Always "inferred": this is evidence carried over through a crosswalk, not an ISO/IEC 27001 assessment. */
  readonly basis: "inferred";
  readonly note: string;
  readonly totals: { readonly clauses: OverlayTotals; readonly controls: OverlayTotals };
  readonly clauses: readonly OverlayRow[];
  readonly controls: readonly OverlayRow[];
  readonly teams: readonly ({ readonly team: string; readonly clauses: OverlayTotals; readonly controls: OverlayTotals })[];
}

/** Per ISO/IEC 27001 item position: 2 direct, 1 inferred, 0 none; and the inference detail. */
export interface TeamOverlay {
  readonly team: string;
  readonly level: readonly number[];
  readonly via: readonly ({ readonly via: string[]; relationship: Relationship } | undefined)[];
}

const bare = (id: string) => id.slice(id.indexOf(":") + 1);

export function teamOverlay(team: string, implemented: readonly string[], evidence: readonly TeamClauseEvidence[], index: CatalogIndex): TeamOverlay {
  const n = index.iso27001Items.length;
  const level = new Array<number>(n).fill(0);
  const via: ({ via: string[]; relationship: Relationship } | undefined)[] = new Array(n).fill(undefined);
  for (const id of implemented) {
    const k = index.iso27001Index.get(id);
    if (k !== undefined) level[k] = 2;
  }
  const sources: string[] = implemented.filter((id) => id.startsWith("ISO42001:"));
  EVIDENCE_ITEMS.forEach((item, position) => {
    if ((evidence[position]?.status ?? "missing") !== "missing") sources.push(...item.clauses);
  });
  for (const source of new Set(sources)) {
    for (const reach of index.iso42001To27001.get(source) ?? []) {
      if (level[reach.index] === 2) continue;
      level[reach.index] = 1;
      const entry = via[reach.index];
      if (!entry) via[reach.index] = { via: [bare(source)], relationship: reach.relationship };
      else {
        if (!entry.via.includes(bare(source))) entry.via.push(bare(source));
        if (strength(reach.relationship) > strength(entry.relationship)) entry.relationship = reach.relationship;
      }
    }
  }
  return { team, level, via };
}

const STATUS: readonly AddressedStatus[] = ["none", "inferred", "direct"];

function totals(levels: readonly number[]): OverlayTotals {
  let direct = 0;
  let inferredOnly = 0;
  let none = 0;
  for (const l of levels) {
    if (l === 2) direct += 1;
    else if (l === 1) inferredOnly += 1;
    else none += 1;
  }
  return { items: levels.length, direct, inferredOnly, none };
}

export function iso27001Overlay(perTeam: readonly TeamOverlay[], index: CatalogIndex, profile: OrgProfile | undefined): Iso27001Overlay {
  const rows: OverlayRow[] = index.iso27001Items.map((item, k) => {
    const direct: string[] = [];
    const inferred: OverlayInference[] = [];
    let best = 0;
    for (const t of perTeam) {
      const l = t.level[k]!;
      if (l > best) best = l;
      if (l === 2) direct.push(t.team);
      else if (l === 1) {
        const v = t.via[k]!;
        inferred.push({ team: t.team, via: [...v.via], relationship: v.relationship });
      }
    }
    return { id: item.id, ref: item.ref, kind: item.kind === "clause" ? "clause" : "control", title: item.title, status: STATUS[best]!, direct, inferred };
  });
  const clauseCount = index.iso27001Items.filter((i) => i.kind === "clause").length;
  const bestLevels = rows.map((r) => STATUS.indexOf(r.status));
  const applies = profile ? profile.holdsIso27001 || profile.integratedManagementSystem : false;
  const appliesReason = !profile
    ? "no organisation profile given; shown for information"
    : profile.holdsIso27001
      ? "the organisation holds ISO/IEC 27001, so one integrated management system can carry both standards"
      : profile.integratedManagementSystem
        ? "the organisation wants one integrated management system"
        : "the organisation neither holds ISO/IEC 27001 nor wants an integrated management system; shown for information";
  return {
    applies,
    appliesReason,
    basis: "inferred",
    note:
      "Inferred evidence, not an ISO/IEC 27001 assessment: clauses 4–10 carry over where the harmonised structure makes the requirement the same, Annex A controls through the project's authored ISO/IEC 42001 ↔ 27001 mapping (every Annex A edge is a partial overlap). SoA rows that name ISO/IEC 27001 controls as implemented count as direct.",
    totals: { clauses: totals(bestLevels.slice(0, clauseCount)), controls: totals(bestLevels.slice(clauseCount)) },
    clauses: rows.slice(0, clauseCount),
    controls: rows.slice(clauseCount),
    teams: perTeam.map((t) => ({ team: t.team, clauses: totals(t.level.slice(0, clauseCount)), controls: totals(t.level.slice(clauseCount)) })),
  };
}
