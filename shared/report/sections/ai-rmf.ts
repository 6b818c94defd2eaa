import type { WorkbookSnapshot } from "../../model/snapshot";
import type { CatalogIndex } from "../catalog-index";
import { type Stat, StatTally } from "../util/stats";
import type { RiskAiRmfRefs } from "./risk-ai-rmf-refs";

/** How a subcategory is addressed across the organisation: directly by at least one team, only through the crosswalk, or not at all. */
export type AddressedStatus = "direct" | "inferred" | "none";

/** What in a team's workbook addresses a subcategory directly. */
export interface DirectEvidence {
  readonly team: string;
  /** Risks whose AI RMF references name the subcategory. */
  readonly risks: number;
  /** A profile row with a current level above 0 or recorded evidence. */
  readonly profile: boolean;
  readonly impactAssessments: number;
  readonly aiSystems: number;
  /** Policies, objectives and metrics naming the subcategory. */
  readonly managementRecords: number;
  /**
   * Of the risks, AI systems and impact assessments above, those whose reference came from a
   * suggestion the team accepted (source "suggested, accepted"); the rest typed it. Part of
   * those counts, never added to them.
   */
  readonly suggested: number;
}

/** A team that addresses a subcategory only through ISO/IEC 42001 controls it has implemented. */
export interface InferredEvidence {
  readonly team: string;
  /** The implemented Annex A controls the crosswalk links to the subcategory (bare refs). */
  readonly via: readonly string[];
}

export interface ProfileCell {
  readonly team: string;
  readonly current?: number;
  readonly target?: number;
  /** target − current when positive, else 0. */
  readonly gap: number;
  readonly owner?: string;
  readonly dueDate?: string;
}

export interface ProfileSummary {
  readonly teams: readonly ProfileCell[];
  readonly current?: Stat;
  readonly target?: Stat;
  /** Teams whose target is above their current level. */
  readonly teamsWithGap: number;
}

export interface AiRmfSubcategoryRow {
  readonly id: string;
  readonly ref: string;
  readonly function: string;
  readonly category: string;
  readonly title: string;
  readonly status: AddressedStatus;
  /** Addressed directly, but only through accepted suggestions in every team that addresses it directly. */
  readonly directSuggestedOnly: boolean;
  /** Distinct teams addressing it, directly or by inference (never both for one team). */
  readonly teamsAddressing: number;
  readonly direct: readonly DirectEvidence[];
  readonly inferred: readonly InferredEvidence[];
  readonly profile: ProfileSummary;
}

/** Totals over a set of subcategories; `direct + inferredOnly + unaddressed = subcategories`. */
export interface AddressedTotals {
  readonly subcategories: number;
  readonly direct: number;
  /** Of `direct`: addressed directly only through accepted suggestions, never a typed reference or profile evidence. */
  readonly directSuggestedOnly: number;
  readonly inferredOnly: number;
  readonly unaddressed: number;
}

export interface AiRmfRollup extends AddressedTotals {
  readonly id: string;
  readonly ref: string;
  readonly title: string;
  /** For a category, its function's ref. */
  readonly function?: string;
  /** Distinct teams addressing at least one subcategory of the group directly / only by inference. */
  readonly teamsDirect: number;
  readonly teamsInferredOnly: number;
  /** Profile levels of every team row in the group. */
  readonly current?: Stat;
  readonly target?: Stat;
}

export interface AiRmfTeamRow extends AddressedTotals {
  readonly team: string;
  readonly byFunction: readonly ({ readonly function: string } & AddressedTotals)[];
  readonly profile: {
    readonly rows: number;
    readonly current?: Stat;
    readonly target?: Stat;
    /** Rows whose target is above the current level. */
    readonly gaps: number;
    /** Rows whose target is below the current level (a data problem). */
    readonly targetBelowCurrent: readonly string[];
  };
}

export interface ReferenceIssue {
  readonly team: string;
  readonly collection: string;
  readonly record: string;
  readonly ref: string;
  readonly problem: "unknown" | "not-a-subcategory";
}

export interface AiRmfSection {
  readonly totals: AddressedTotals;
  readonly functions: readonly AiRmfRollup[];
  readonly categories: readonly AiRmfRollup[];
  readonly subcategories: readonly AiRmfSubcategoryRow[];
  readonly teams: readonly AiRmfTeamRow[];
  readonly referenceIssues: { readonly total: number; readonly items: readonly ReferenceIssue[] };
}

/** One team's AI RMF evidence, indexed by subcategory position. */
export interface TeamAiRmf {
  readonly team: string;
  readonly direct: readonly (DirectEvidence | undefined)[];
  readonly inferredVia: readonly (readonly string[] | undefined)[];
  readonly profile: readonly (ProfileCell | undefined)[];
  readonly referenceIssues: readonly ReferenceIssue[];
  readonly issueTotal: number;
  /** Per subcategory: 2 direct, 1 inferred only, 0 none. */
  readonly level: readonly number[];
  /** Per subcategory: addressed directly, and only through accepted suggestions. */
  readonly suggestedOnly: readonly boolean[];
}

interface MutableDirect {
  team: string;
  risks: number;
  profile: boolean;
  impactAssessments: number;
  aiSystems: number;
  managementRecords: number;
  suggested: number;
}

type DirectKey = "risks" | "impactAssessments" | "aiSystems" | "managementRecords";

/**
 * Direct and inferred AI RMF evidence of one team workbook. The risks' references come counted
 * (`riskRefs`, from the team's risk kernel); the snapshot's risks are not read.
 */
export function teamAiRmf(team: string, snapshot: WorkbookSnapshot, riskRefs: RiskAiRmfRefs, index: CatalogIndex, issueLimit: number): TeamAiRmf {
  const n = index.subcategories.length;
  const direct: (MutableDirect | undefined)[] = new Array(n).fill(undefined);
  const issues: ReferenceIssue[] = [];
  let issueTotal = 0;
  const note = (collection: string, record: string, ref: string) => {
    issueTotal += 1;
    if (issues.length < issueLimit) {
      issues.push({ team, collection, record, ref, problem: index.aiRmfFunctionOf.has(ref) ? "not-a-subcategory" : "unknown" });
    }
  };
  const slot = (k: number): MutableDirect => {
    let d = direct[k];
    if (!d) direct[k] = d = { team, risks: 0, profile: false, impactAssessments: 0, aiSystems: 0, managementRecords: 0, suggested: 0 };
    return d;
  };
  // A record naming a subcategory twice addresses it once: stamp each subcategory with the record's serial.
  const stamp = new Int32Array(n);
  let serial = 0;
  const count = (refs: readonly string[] | undefined, key: DirectKey, collection: string, record: string, accepted?: readonly string[]) => {
    if (refs === undefined) return;
    serial += 1;
    for (const ref of refs) {
      const k = index.subcategoryIndex.get(ref);
      if (k === undefined) {
        note(collection, record, ref);
        continue;
      }
      if (stamp[k] === serial) continue;
      stamp[k] = serial;
      const d = slot(k);
      d[key] += 1;
      if (accepted?.includes(ref)) d.suggested += 1;
    }
  };

  for (const [record, ref] of riskRefs.unmatched) note("risks", record, ref);
  for (const [subcategory, risks, suggested] of riskRefs.bySubcategory) {
    const k = index.subcategoryIndex.get(subcategory);
    if (k === undefined) continue; // counted against another catalog: DIGEST_VERSION is bumped when the catalog changes
    const d = slot(k);
    d.risks += risks;
    d.suggested += suggested;
  }
  for (const system of snapshot.aiSystems) count(system.aiRmfRefs, "aiSystems", "aiSystems", system.id, system.suggestions?.accepted);
  for (const assessment of snapshot.impactAssessments) count(assessment.aiRmfRefs, "impactAssessments", "impactAssessments", assessment.id, assessment.suggestions?.accepted);
  const ms = snapshot.managementSystem;
  for (const policy of ms.policies) count(policy.aiRmfRefs, "managementRecords", "policies", policy.id);
  for (const objective of ms.objectives) count(objective.aiRmfRefs, "managementRecords", "objectives", objective.id);
  for (const metric of ms.metrics) count(metric.aiRmfRefs, "managementRecords", "metrics", metric.id);

  const profile: (ProfileCell | undefined)[] = new Array(n).fill(undefined);
  for (const entry of snapshot.profile) {
    const k = index.subcategoryIndex.get(entry.subcategory);
    if (k === undefined) {
      note("profile", entry.subcategory, entry.subcategory);
      continue;
    }
    if (profile[k]) continue; // the first row for a subcategory wins; duplicates are a validation issue
    profile[k] = {
      team,
      ...(entry.current !== undefined ? { current: entry.current } : {}),
      ...(entry.target !== undefined ? { target: entry.target } : {}),
      gap: Math.max(0, (entry.target ?? 0) - (entry.current ?? 0)),
      ...(entry.owner !== undefined ? { owner: entry.owner } : {}),
      ...(entry.dueDate !== undefined ? { dueDate: entry.dueDate } : {}),
    };
    if ((entry.current ?? 0) > 0 || (entry.evidence?.length ?? 0) > 0) slot(k).profile = true;
  }

  const inferredVia: (string[] | undefined)[] = new Array(n).fill(undefined);
  for (const row of snapshot.soa) {
    if (row.status !== "implemented" || row.applicable === false) continue;
    const c = index.annexAIndex.get(row.controlId);
    if (c === undefined) continue;
    const control = index.annexA[c]!;
    for (const reach of index.controlToSubcategories[c] ?? []) {
      if (direct[reach.index]) continue;
      const via = (inferredVia[reach.index] ??= []);
      if (!via.includes(control.ref)) via.push(control.ref);
    }
  }
  // A team that addresses a subcategory directly is never also counted as inferring it.
  const level = new Array<number>(n).fill(0);
  const suggestedOnly = new Array<boolean>(n).fill(false);
  for (let k = 0; k < n; k += 1) {
    const d = direct[k];
    if (d) {
      inferredVia[k] = undefined;
      level[k] = 2;
      suggestedOnly[k] = !d.profile && d.managementRecords === 0 && d.suggested === d.risks + d.aiSystems + d.impactAssessments;
    } else if (inferredVia[k]) level[k] = 1;
  }
  return { team, direct, inferredVia, profile, referenceIssues: issues, issueTotal, level, suggestedOnly };
}

/**
 * Totals of levels (2 direct, 1 inferred only, 0 none) at these positions (all by default);
 * `suggestedOnly[i]` marks direct levels reached only through accepted suggestions.
 */
function totalsOf(levels: readonly number[], suggestedOnly: readonly boolean[], at?: readonly number[]): AddressedTotals {
  let direct = 0;
  let directSuggestedOnly = 0;
  let inferredOnly = 0;
  let unaddressed = 0;
  const n = at ? at.length : levels.length;
  for (let position = 0; position < n; position++) {
    const i = at ? at[position]! : position;
    const level = levels[i];
    if (level === 2) {
      direct += 1;
      if (suggestedOnly[i]) directSuggestedOnly += 1;
    } else if (level === 1) inferredOnly += 1;
    else unaddressed += 1;
  }
  return { subcategories: direct + inferredOnly + unaddressed, direct, directSuggestedOnly, inferredOnly, unaddressed };
}

const STATUS_OF_LEVEL: readonly AddressedStatus[] = ["none", "inferred", "direct"];

export function aiRmfSection(perTeam: readonly TeamAiRmf[], index: CatalogIndex, listLimit: number): AiRmfSection {
  const n = index.subcategories.length;
  const best = new Array<number>(n).fill(0);
  for (const t of perTeam) for (let k = 0; k < n; k += 1) if (t.level[k]! > best[k]!) best[k] = t.level[k]!;
  // Organisation-wide, a subcategory is suggested-only when no team addresses it directly otherwise.
  const suggestedOnly = best.map((level, k) => level === 2 && perTeam.every((t) => t.level[k] !== 2 || t.suggestedOnly[k]));

  const subcategories: AiRmfSubcategoryRow[] = index.subcategories.map((item, k) => {
    const direct: DirectEvidence[] = [];
    const inferred: InferredEvidence[] = [];
    const cells: ProfileCell[] = [];
    for (const t of perTeam) {
      const d = t.direct[k];
      if (d) direct.push(d);
      const via = t.inferredVia[k];
      if (via) inferred.push({ team: t.team, via });
      const p = t.profile[k];
      if (p) cells.push(p);
    }
    const fn = index.functions[index.functionOf[k] ?? -1];
    const category = index.categories[index.categoryOf[k] ?? -1];
    return {
      id: item.id,
      ref: item.ref,
      function: fn?.ref ?? "",
      category: category?.ref ?? "",
      title: item.title,
      status: STATUS_OF_LEVEL[best[k]!]!,
      directSuggestedOnly: suggestedOnly[k]!,
      teamsAddressing: direct.length + inferred.length,
      direct,
      inferred,
      profile: profileSummary(cells),
    };
  });

  const rollup = (indices: readonly number[], item: { id: string; ref: string; title: string }, fnRef?: string): AiRmfRollup => {
    let teamsDirect = 0;
    let teamsInferredOnly = 0;
    for (const t of perTeam) {
      let strongest = 0;
      for (const k of indices) if (t.level[k]! > strongest) strongest = t.level[k]!;
      if (strongest === 2) teamsDirect += 1;
      else if (strongest === 1) teamsInferredOnly += 1;
    }
    const current = new StatTally();
    const target = new StatTally();
    for (const k of indices) {
      for (const t of perTeam) {
        const p = t.profile[k];
        if (p?.current !== undefined) current.add(p.current);
        if (p?.target !== undefined) target.add(p.target);
      }
    }
    const c = current.stat();
    const g = target.stat();
    return {
      id: item.id,
      ref: item.ref,
      title: item.title,
      ...(fnRef !== undefined ? { function: fnRef } : {}),
      ...totalsOf(best, suggestedOnly, indices),
      teamsDirect,
      teamsInferredOnly,
      ...(c ? { current: c } : {}),
      ...(g ? { target: g } : {}),
    };
  };
  const functionMembers = membersOf(index.functionOf, index.functions.length);
  const categoryMembers = membersOf(index.categoryOf, index.categories.length);
  const functions = index.functions.map((f, position) => rollup(functionMembers[position]!, f));
  const categories = index.categories.map((c, position) =>
    rollup(categoryMembers[position]!, c, index.functions.find((f) => f.id === c.parent)?.ref),
  );

  const teamRows: AiRmfTeamRow[] = perTeam.map((t) => {
    const currents = new StatTally();
    const targets = new StatTally();
    let gaps = 0;
    const below: string[] = [];
    let rows = 0;
    t.profile.forEach((p, k) => {
      if (!p) return;
      rows += 1;
      if (p.current !== undefined) currents.add(p.current);
      if (p.target !== undefined) targets.add(p.target);
      if (p.gap > 0) gaps += 1;
      if (p.current !== undefined && p.target !== undefined && p.target < p.current) below.push(index.subcategories[k]!.id);
    });
    const c = currents.stat();
    const g = targets.stat();
    return {
      team: t.team,
      ...totalsOf(t.level, t.suggestedOnly),
      byFunction: index.functions.map((f, position) => ({
        function: f.ref,
        ...totalsOf(t.level, t.suggestedOnly, functionMembers[position]!),
      })),
      profile: { rows, ...(c ? { current: c } : {}), ...(g ? { target: g } : {}), gaps, targetBelowCurrent: below },
    };
  });

  const issues: ReferenceIssue[] = [];
  for (const t of perTeam) for (const issue of t.referenceIssues) if (issues.length < listLimit) issues.push(issue);
  return {
    totals: totalsOf(best, suggestedOnly),
    functions,
    categories,
    subcategories,
    teams: teamRows,
    referenceIssues: { total: perTeam.reduce((sum, t) => sum + t.issueTotal, 0), items: issues },
  };
}

/** Positions grouped by the value at each position: `membersOf([0, 0, 1], 2)` → `[[0, 1], [2]]`. */
function membersOf(of: readonly number[], groups: number): number[][] {
  const members: number[][] = Array.from({ length: groups }, () => []);
  of.forEach((group, k) => members[group]?.push(k));
  return members;
}

function profileSummary(cells: readonly ProfileCell[]): ProfileSummary {
  const currents = new StatTally();
  const targets = new StatTally();
  let teamsWithGap = 0;
  for (const c of cells) {
    if (c.current !== undefined) currents.add(c.current);
    if (c.target !== undefined) targets.add(c.target);
    if (c.gap > 0) teamsWithGap += 1;
  }
  const current = currents.stat();
  const target = targets.stat();
  return { teams: cells, ...(current ? { current } : {}), ...(target ? { target } : {}), teamsWithGap };
}
