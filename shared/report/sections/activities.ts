import { additionsOf, DUAL_CONFORMANCE_ACTIVITIES, type DualConformanceActivity } from "../../catalog/activities";
import type { WorkbookSnapshot } from "../../model/snapshot";
import type { CatalogIndex } from "../catalog-index";
import { combineStatuses, emptyStatusCounts, type StatusCounts, type StatusWithReasons } from "../evidence-status";
import { examples } from "../util/stats";
import type { TeamAiRmf } from "./ai-rmf";
import { EVIDENCE_ITEMS, type TeamClauseEvidence } from "./clause-evidence";
import type { TeamSoa } from "./soa";

export interface ActivityCell {
  readonly team: string;
  readonly aiRmf: StatusWithReasons;
  readonly iso42001: StatusWithReasons;
}

export interface ActivityRow {
  readonly id: string;
  readonly title: string;
  readonly artifact: string;
  readonly aiRmfFunctions: readonly string[];
  readonly aiRmfSubcategories: readonly string[];
  readonly iso42001Clauses: readonly string[];
  readonly iso42001Controls: readonly string[];
  /** The seed table's pairing for this activity, as it words it. */
  readonly seed: { readonly aiRmf: string; readonly iso42001: string; readonly note?: string };
  /** What Crosswalk adds beyond the seed's pairing (bare ids and function names). */
  readonly additions: readonly string[];
  /** The evidence items of the ISO/IEC 42001 section this activity is judged by. */
  readonly evidenceItems: readonly string[];
  readonly teams: readonly ActivityCell[];
  /** Teams per status, for each standard; each adds up to the number of teams. */
  readonly counts: { readonly aiRmf: StatusCounts; readonly iso42001: StatusCounts };
}

export interface ActivitiesSection {
  readonly activities: readonly ActivityRow[];
}

const bare = (id: string) => id.slice(id.indexOf(":") + 1);

/** Records of the artifact an activity is evidenced by, for the AI RMF side. */
function recordsFor(activity: DualConformanceActivity, snapshot: WorkbookSnapshot, risks: number): { count: number; label: string } {
  const ms = snapshot.managementSystem;
  switch (activity.id) {
    case "ai-policy":
      return { count: ms.policies.length, label: "AI policy" };
    case "metrics-monitoring":
      return { count: ms.metrics.length, label: "metrics" };
    case "management-review":
      return { count: ms.managementReviews.length + ms.internalAudits.length, label: "management review or internal audit" };
    default:
      break;
  }
  switch (activity.artifact) {
    case "ai-systems":
      return { count: snapshot.aiSystems.length, label: "AI system inventory" };
    case "risk-register":
      return { count: risks, label: "risk register" };
    case "impact-assessments":
      return { count: snapshot.impactAssessments.length + risks, label: "risk or impact assessment" };
    case "soa":
      return { count: snapshot.soa.length, label: "Statement of Applicability" };
    case "profile":
      return { count: snapshot.profile.length, label: "AI RMF profile" };
    default:
      return { count: ms.policies.length + ms.objectives.length + ms.metrics.length + ms.managementReviews.length, label: "management-system" };
  }
}

/**
 * What an activity is judged by, as positions in the catalog index and the evidence items: worked
 * out once per activity, not once per team.
 */
interface ActivityPlan {
  readonly activity: DualConformanceActivity;
  readonly subcategories: readonly number[];
  readonly controls: readonly number[];
  readonly items: readonly { readonly item: (typeof EVIDENCE_ITEMS)[number]; readonly position: number }[];
}

function planOf(activity: DualConformanceActivity, index: CatalogIndex): ActivityPlan {
  return {
    activity,
    subcategories: activity.aiRmfSubcategories.map((id) => index.subcategoryIndex.get(id)).filter((k): k is number => k !== undefined),
    controls: activity.iso42001Controls.map((id) => index.annexAIndex.get(id)).filter((k): k is number => k !== undefined),
    items: EVIDENCE_ITEMS.map((item, position) => ({ item, position })).filter(({ item }) => item.activity === activity.id),
  };
}

function aiRmfStatus(plan: ActivityPlan, snapshot: WorkbookSnapshot, risks: number, ai: TeamAiRmf, index: CatalogIndex): StatusWithReasons {
  const positions = plan.subcategories;
  const records = recordsFor(plan.activity, snapshot, risks);
  let direct = 0;
  let inferred = 0;
  const open: string[] = [];
  for (const k of positions) {
    const level = ai.level[k];
    if (level === 2) direct += 1;
    else if (level === 1) inferred += 1;
    else if (level === 0) open.push(index.subcategories[k]!.ref);
  }
  const addressed = direct + inferred;
  const reasons = [`${addressed} of ${positions.length} subcategories addressed (${direct} directly, ${inferred} through implemented ISO/IEC 42001 controls)`];
  if (open.length > 0) reasons.push(`not addressed: ${examples(open)}`);
  if (records.count === 0) reasons.push(`no ${records.label} records`);
  if (addressed === 0 && records.count === 0) return { status: "missing", reasons };
  if (addressed === positions.length && records.count > 0) return { status: "present", reasons };
  return { status: addressed === 0 ? "missing" : "partial", reasons };
}

function isoStatus(plan: ActivityPlan, evidence: readonly TeamClauseEvidence[], soa: TeamSoa, index: CatalogIndex): StatusWithReasons {
  const items = plan.items;
  let status = combineStatuses(items.map(({ position }) => evidence[position]!.status));
  const reasons = items.map(({ item, position }) => {
    const e = evidence[position]!;
    return `${item.title}: ${e.status}${e.status === "present" ? "" : ` (${e.reasons[0] ?? ""})`}`;
  });
  const controls = plan.controls;
  if (controls.length > 0) {
    let applicable = 0;
    let implemented = 0;
    const open: string[] = [];
    for (const k of controls) {
      const cell = soa.cells[k];
      if (cell?.applicable === false && cell.justified) continue;
      applicable += 1;
      if (cell?.status === "implemented") implemented += 1;
      else open.push(index.annexA[k]!.ref);
    }
    reasons.push(`${implemented} of ${applicable} applicable Annex A controls implemented${open.length > 0 ? ` (open: ${examples(open)})` : ""}`);
    if (items.length === 0) status = implemented === 0 ? "missing" : implemented < applicable ? "partial" : "present";
    else if (status === "present" && implemented < applicable) status = "partial";
  }
  return { status, reasons };
}

export function activitiesSection(
  perTeam: readonly { team: string; snapshot: WorkbookSnapshot; risks: { readonly total: number }; ai: TeamAiRmf; evidence: readonly TeamClauseEvidence[]; soa: TeamSoa }[],
  index: CatalogIndex,
): ActivitiesSection {
  return {
    activities: DUAL_CONFORMANCE_ACTIVITIES.map((activity) => {
      const plan = planOf(activity, index);
      const counts = { aiRmf: emptyStatusCounts(), iso42001: emptyStatusCounts() };
      const teams = perTeam.map((t) => {
        const aiRmf = aiRmfStatus(plan, t.snapshot, t.risks.total, t.ai, index);
        const iso42001 = isoStatus(plan, t.evidence, t.soa, index);
        counts.aiRmf[aiRmf.status] += 1;
        counts.iso42001[iso42001.status] += 1;
        return { team: t.team, aiRmf, iso42001 };
      });
      return {
        id: activity.id,
        title: activity.title,
        artifact: activity.artifact,
        aiRmfFunctions: [...activity.aiRmfFunctions],
        aiRmfSubcategories: activity.aiRmfSubcategories.map(bare),
        iso42001Clauses: activity.iso42001Clauses.map(bare),
        iso42001Controls: activity.iso42001Controls.map(bare),
        seed: { aiRmf: activity.seed.aiRmf, iso42001: activity.seed.iso42001, ...(activity.seed.note ? { note: activity.seed.note } : {}) },
        additions: additionList(activity),
        evidenceItems: EVIDENCE_ITEMS.filter((item) => item.activity === activity.id).map((item) => item.id),
        teams,
        counts,
      };
    }),
  };
}

function additionList(activity: DualConformanceActivity): string[] {
  const added = additionsOf(activity);
  return [...added.aiRmfFunctions, ...added.aiRmfSubcategories.map(bare), ...added.iso42001Clauses.map(bare), ...added.iso42001Controls.map(bare)];
}
