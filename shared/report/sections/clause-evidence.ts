import type { WorkbookSnapshot } from "../../model/snapshot";
import type { CatalogIndex } from "../catalog-index";
import { missing, StatusBuilder, type StatusWithReasons } from "../evidence-status";
import { addDays } from "../util/dates";
import { examples } from "../util/stats";
import type { RiskAnalysis } from "./risk-analysis";

/** A kind of ISO/IEC 42001 clause evidence the report looks for in every workbook. */
export interface EvidenceItemDefinition {
  readonly id: EvidenceItemId;
  readonly title: string;
  /** The clauses the records evidence (namespaced). */
  readonly clauses: readonly string[];
  /** The dual-conformance activity these records belong to. */
  readonly activity: string;
}

export const EVIDENCE_ITEM_IDS = [
  "ai-policy",
  "objectives",
  "ai-system-inventory",
  "statement-of-applicability",
  "risk-assessment",
  "risk-treatment",
  "impact-assessment",
  "monitoring",
  "internal-audit",
  "management-review",
  "corrective-action",
] as const;
export type EvidenceItemId = (typeof EVIDENCE_ITEM_IDS)[number];

/** In clause order, as an auditor walks a management system. */
export const EVIDENCE_ITEMS: readonly EvidenceItemDefinition[] = [
  { id: "ai-policy", title: "AI policy", clauses: ["ISO42001:5.2"], activity: "ai-policy" },
  { id: "objectives", title: "AI objectives and planning to achieve them", clauses: ["ISO42001:6.2"], activity: "ai-policy" },
  { id: "ai-system-inventory", title: "AI system inventory (scope and operation)", clauses: ["ISO42001:4.3", "ISO42001:8.1"], activity: "ai-system-inventory" },
  { id: "statement-of-applicability", title: "Statement of Applicability", clauses: ["ISO42001:6.1.3"], activity: "risk-register-action" },
  { id: "risk-assessment", title: "AI risk assessment", clauses: ["ISO42001:6.1.2", "ISO42001:8.2"], activity: "risk-assessment" },
  { id: "risk-treatment", title: "AI risk treatment", clauses: ["ISO42001:6.1.3", "ISO42001:8.3"], activity: "risk-register-action" },
  { id: "impact-assessment", title: "AI system impact assessment", clauses: ["ISO42001:6.1.4", "ISO42001:8.4"], activity: "risk-assessment" },
  { id: "monitoring", title: "Monitoring, measurement, analysis and evaluation", clauses: ["ISO42001:9.1"], activity: "metrics-monitoring" },
  { id: "internal-audit", title: "Internal audit", clauses: ["ISO42001:9.2.1", "ISO42001:9.2.2"], activity: "management-review" },
  { id: "management-review", title: "Management review", clauses: ["ISO42001:9.3.1", "ISO42001:9.3.2", "ISO42001:9.3.3"], activity: "management-review" },
  { id: "corrective-action", title: "Nonconformity and corrective action", clauses: ["ISO42001:10.2"], activity: "risk-register-action" },
];

export interface TeamClauseEvidence extends StatusWithReasons {
  readonly item: EvidenceItemId;
}

interface Context {
  readonly snapshot: WorkbookSnapshot;
  readonly asOf: string;
  /** Audits, reviews and SoA reviews older than this are overdue. */
  readonly staleBefore: string;
  readonly risks: RiskAnalysis;
  readonly index: CatalogIndex;
}

/** The status of each evidence item for one team, in `EVIDENCE_ITEMS` order. */
export function teamClauseEvidence(
  snapshot: WorkbookSnapshot,
  asOf: string,
  reviewIntervalDays: number,
  risks: RiskAnalysis,
  index: CatalogIndex,
): TeamClauseEvidence[] {
  const context: Context = { snapshot, asOf, staleBefore: addDays(asOf, -reviewIntervalDays), risks, index };
  return EVIDENCE_ITEMS.map((item) => ({ item: item.id, ...RULES[item.id](context) }));
}

const RULES: Readonly<Record<EvidenceItemId, (context: Context) => StatusWithReasons>> = {
  "ai-policy": aiPolicy,
  objectives,
  "ai-system-inventory": aiSystemInventory,
  "statement-of-applicability": statementOfApplicability,
  "risk-assessment": riskAssessment,
  "risk-treatment": riskTreatment,
  "impact-assessment": impactAssessment,
  monitoring,
  "internal-audit": internalAudit,
  "management-review": managementReview,
  "corrective-action": correctiveAction,
};

/** How many ids a reason names before "and N more". */
const EXAMPLES = 5;

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

function aiPolicy({ snapshot, asOf }: Context): StatusWithReasons {
  const policies = snapshot.managementSystem.policies.filter((p) => p.status !== "retired");
  if (policies.length === 0) {
    return missing(snapshot.managementSystem.policies.length > 0 ? "only retired AI policies are recorded" : "no AI policy recorded");
  }
  const builder = new StatusBuilder();
  const approved = policies.filter((p) => p.status === "approved" || (p.status === undefined && p.approvedDate !== undefined));
  if (approved.length === 0) builder.markPartial(`no approved AI policy (${examples(policies.map((p) => `${p.id} ${p.status ?? "without status"}`))})`);
  for (const p of approved) {
    if (p.reviewDate !== undefined && p.reviewDate < asOf) builder.markOverdue(`review of ${p.id} was due ${p.reviewDate}`);
  }
  if (approved.length > 0 && !approved.some((p) => p.communicated === true)) builder.markPartial("no approved policy is recorded as communicated");
  const first = approved[0];
  return builder.result(first ? `${first.id} approved${first.reviewDate ? `, next review ${first.reviewDate}` : ""}` : "AI policy recorded");
}

function objectives({ snapshot, asOf }: Context): StatusWithReasons {
  const list = snapshot.managementSystem.objectives;
  if (list.length === 0) return missing("no AI objectives recorded");
  const builder = new StatusBuilder();
  const unowned = list.filter((o) => o.owner === undefined).map((o) => o.id);
  if (unowned.length > 0) builder.markPartial(`${plural(unowned.length, "objective")} without an owner (${examples(unowned)})`);
  const unmeasured = list.filter((o) => o.measure === undefined && o.target === undefined).map((o) => o.id);
  if (unmeasured.length > 0) builder.markPartial(`${plural(unmeasured.length, "objective")} without a measure or target (${examples(unmeasured)})`);
  const late = list.filter((o) => o.dueDate !== undefined && o.dueDate < asOf && o.status !== "achieved" && o.status !== "missed").map((o) => `${o.id} due ${o.dueDate}`);
  if (late.length > 0) builder.markOverdue(`${plural(late.length, "objective")} past due and not achieved (${examples(late)})`);
  return builder.result(`${plural(list.length, "objective")}, each with an owner and a measure or target`);
}

function aiSystemInventory({ snapshot, asOf }: Context): StatusWithReasons {
  const systems = snapshot.aiSystems;
  if (systems.length === 0) return missing("no AI systems recorded");
  const builder = new StatusBuilder();
  const incomplete = systems.filter((s) => s.owner === undefined || s.purpose === undefined || s.stage === undefined).map((s) => s.id);
  if (incomplete.length > 0) builder.markPartial(`${plural(incomplete.length, "AI system")} without owner, purpose or life-cycle stage (${examples(incomplete)})`);
  const late = systems.filter((s) => s.stage !== "retired" && s.reviewDate !== undefined && s.reviewDate < asOf).map((s) => `${s.id} due ${s.reviewDate}`);
  if (late.length > 0) builder.markOverdue(`${plural(late.length, "AI system review")} overdue (${examples(late)})`);
  return builder.result(`${plural(systems.length, "AI system")} recorded with owner, purpose and stage`);
}

function statementOfApplicability({ snapshot, staleBefore, index }: Context): StatusWithReasons {
  const rows = snapshot.soa.filter((row) => index.annexAIndex.has(row.controlId));
  if (rows.length === 0) return missing("no Statement of Applicability rows for ISO/IEC 42001 Annex A controls");
  const builder = new StatusBuilder();
  const present = new Set(rows.map((row) => row.controlId));
  const absent = index.annexA.filter((c) => !present.has(c.id)).map((c) => c.ref);
  if (absent.length > 0) builder.markPartial(`${plural(absent.length, "Annex A control")} missing from the SoA (${examples(absent)})`);
  const undecided = rows.filter((row) => row.applicable === undefined).map((row) => ref(row.controlId));
  if (undecided.length > 0) builder.markPartial(`${plural(undecided.length, "control")} with applicability not decided (${examples(undecided)})`);
  const unjustified = rows.filter((row) => row.applicable === false && row.justification === undefined).map((row) => ref(row.controlId));
  if (unjustified.length > 0) builder.markPartial(`${plural(unjustified.length, "exclusion")} without justification (${examples(unjustified)})`);
  const noStatus = rows.filter((row) => row.applicable === true && row.status === undefined).map((row) => ref(row.controlId));
  if (noStatus.length > 0) builder.markPartial(`${plural(noStatus.length, "applicable control")} without implementation status (${examples(noStatus)})`);
  const noEvidence = rows.filter((row) => row.applicable !== false && row.status === "implemented" && (row.evidence === undefined || row.evidence.length === 0)).map((row) => ref(row.controlId));
  if (noEvidence.length > 0) builder.markPartial(`${plural(noEvidence.length, "control")} implemented without evidence (${examples(noEvidence)})`);
  const stale = rows.filter((row) => row.lastReview !== undefined && row.lastReview < staleBefore).map((row) => ref(row.controlId));
  if (stale.length > 0) builder.markOverdue(`${plural(stale.length, "SoA row")} last reviewed before ${staleBefore} (${examples(stale)})`);
  return builder.result(`all ${index.annexA.length} Annex A controls decided, exclusions justified`);
}

function riskAssessment({ risks }: Context): StatusWithReasons {
  if (risks.total === 0) return missing("no risks recorded");
  const builder = new StatusBuilder();
  if (risks.inherent.unrated > 0) builder.markPartial(`${plural(risks.inherent.unrated, "open risk")} without an inherent rating`);
  const off = risks.offMatrix.map((o) => `${o.riskId} ${o.rating} ${o.likelihood}×${o.impact} on ${o.matrix}`);
  if (off.length > 0) builder.markPartial(`${plural(off.length, "rating")} off the team's matrix (${examples(off)})`);
  if (risks.withoutOwner.length > 0) builder.markPartial(`${plural(risks.withoutOwner.length, "open risk")} without an owner (${examples(risks.withoutOwner)})`);
  const unknown = risks.unknownAiSystems.map((u) => `${u.riskId} → ${u.aiSystem}`);
  if (unknown.length > 0) builder.markPartial(`${plural(unknown.length, "open risk")} naming an AI system not in the inventory (${examples(unknown)})`);
  const reviews = risks.overdue.byKind["risk-review"];
  if (reviews > 0) builder.markOverdue(`${plural(reviews, "risk review")} overdue (${overdueExamples(risks, true)})`);
  return builder.result(`${plural(risks.considered, "open risk")} rated and owned, reviews on schedule`);
}

/** The first overdue reviews (or the other overdue items) as "R-7 due 2026-05-01", then how many more. */
function overdueExamples({ overdue }: RiskAnalysis, reviews: boolean): string {
  const first: string[] = [];
  let total = 0;
  for (let j = 0; j < overdue.total; j++) {
    if ((overdue.kind(j) === "risk-review") !== reviews) continue;
    total += 1;
    if (first.length < EXAMPLES) first.push(`${reviews ? overdue.riskId(j) : overdue.ref(j)} due ${overdue.dueDate(j)}`);
  }
  return examples(first, EXAMPLES, total);
}

function riskTreatment({ risks }: Context): StatusWithReasons {
  if (risks.total === 0) return missing("no risks recorded");
  if (risks.treated === 0) return missing("no risk has a treatment decision");
  const builder = new StatusBuilder();
  if (risks.withoutTreatment.length > 0) builder.markPartial(`${plural(risks.withoutTreatment.length, "open risk")} without a treatment decision (${examples(risks.withoutTreatment)})`);
  if (risks.withoutResidual.length > 0) builder.markPartial(`${plural(risks.withoutResidual.length, "open risk")} without a residual rating (${examples(risks.withoutResidual)})`);
  const accepted = risks.acceptedWithoutApproval.map((a) => a.riskId);
  if (accepted.length > 0) builder.markPartial(`${plural(accepted.length, "accepted risk")} without a valid approval (${examples(accepted)})`);
  const above = risks.residualAboveInherent.map((a) => a.riskId);
  if (above.length > 0) builder.markPartial(`${plural(above.length, "risk")} with residual above inherent (${examples(above)})`);
  const late = risks.overdue.total - risks.overdue.byKind["risk-review"];
  if (late > 0) builder.markOverdue(`${plural(late, "treatment action")} overdue (${overdueExamples(risks, false)})`);
  return builder.result(`every open risk has a treatment, residual rating and owner`);
}

function impactAssessment({ snapshot, asOf }: Context): StatusWithReasons {
  const assessments = snapshot.impactAssessments.filter((a) => a.status !== "superseded");
  if (assessments.length === 0) return missing(snapshot.aiSystems.length > 0 ? "no AI system impact assessments recorded" : "no AI systems and no impact assessments recorded");
  const builder = new StatusBuilder();
  const assessed = new Set(assessments.map((a) => a.aiSystem).filter((id): id is string => id !== undefined));
  const unassessed = snapshot.aiSystems.filter((s) => s.stage !== "retired" && !assessed.has(s.id)).map((s) => s.id);
  if (unassessed.length > 0) builder.markPartial(`${plural(unassessed.length, "AI system")} without an impact assessment (${examples(unassessed)})`);
  const unapproved = assessments.filter((a) => a.status !== "approved" && a.approval?.date === undefined).map((a) => `${a.id} ${a.status ?? "without status"}`);
  if (unapproved.length > 0) builder.markPartial(`${plural(unapproved.length, "impact assessment")} not approved (${examples(unapproved)})`);
  const late = assessments.filter((a) => a.reviewDate !== undefined && a.reviewDate < asOf).map((a) => `${a.id} due ${a.reviewDate}`);
  if (late.length > 0) builder.markOverdue(`${plural(late.length, "impact assessment review")} overdue (${examples(late)})`);
  return builder.result(`every AI system assessed and approved (${plural(assessments.length, "assessment")})`);
}

function monitoring({ snapshot, staleBefore }: Context): StatusWithReasons {
  const metrics = snapshot.managementSystem.metrics;
  if (metrics.length === 0) return missing("no metrics recorded");
  const builder = new StatusBuilder();
  const noData = metrics.filter((m) => m.status === "no-data" || (m.lastValue === undefined && m.lastMeasured === undefined)).map((m) => m.id);
  if (noData.length > 0) builder.markPartial(`${plural(noData.length, "metric")} without data (${examples(noData)})`);
  const stale = metrics.filter((m) => m.lastMeasured !== undefined && m.lastMeasured < staleBefore).map((m) => `${m.id} ${m.lastMeasured}`);
  if (stale.length > 0) builder.markOverdue(`${plural(stale.length, "metric")} not measured since before ${staleBefore} (${examples(stale)})`);
  return builder.result(`${plural(metrics.length, "metric")} measured`);
}

function internalAudit({ snapshot, asOf, staleBefore }: Context): StatusWithReasons {
  const audits = snapshot.managementSystem.internalAudits.filter((a) => a.status !== "cancelled");
  if (audits.length === 0) return missing("no internal audit recorded");
  const builder = new StatusBuilder();
  const completed = audits.filter((a) => a.status === "completed" || a.completedDate !== undefined);
  const latest = completed.map((a) => a.completedDate ?? "").sort().pop();
  if (completed.length === 0) builder.markPartial(`no internal audit completed yet (${examples(audits.map((a) => `${a.id} ${a.status ?? "planned"}${a.plannedDate ? ` ${a.plannedDate}` : ""}`))})`);
  else if (latest !== undefined && latest !== "" && latest < staleBefore) builder.markOverdue(`last internal audit completed ${latest}, before ${staleBefore}`);
  const late = audits.filter((a) => a.completedDate === undefined && a.status !== "completed" && a.plannedDate !== undefined && a.plannedDate < asOf).map((a) => `${a.id} planned ${a.plannedDate}`);
  if (late.length > 0) builder.markOverdue(`${plural(late.length, "planned audit")} not completed (${examples(late)})`);
  return builder.result(`internal audit completed${latest ? ` ${latest}` : ""}`);
}

function managementReview({ snapshot, asOf, staleBefore }: Context): StatusWithReasons {
  const reviews = snapshot.managementSystem.managementReviews.filter((r) => r.status !== "cancelled");
  if (reviews.length === 0) return missing("no management review recorded");
  const builder = new StatusBuilder();
  const held = reviews.filter((r) => r.status === "held" || (r.status === undefined && r.date !== undefined && r.date <= asOf));
  const latest = held.map((r) => r.date ?? "").sort().pop();
  if (held.length === 0) builder.markPartial(`no management review held yet (${examples(reviews.map((r) => `${r.id} ${r.status ?? "planned"}${r.date ? ` ${r.date}` : ""}`))})`);
  else if (latest !== undefined && latest !== "" && latest < staleBefore) builder.markOverdue(`last management review held ${latest}, before ${staleBefore}`);
  const next = held.filter((r) => r.date === latest).map((r) => r.nextDate).find((d) => d !== undefined);
  const nextHeld = next !== undefined && held.some((r) => r.date !== undefined && r.date >= next);
  if (next !== undefined && next < asOf && !nextHeld) builder.markOverdue(`next management review was due ${next}`);
  const late = reviews.filter((r) => r.status === "planned" && r.date !== undefined && r.date < asOf).map((r) => `${r.id} planned ${r.date}`);
  if (late.length > 0) builder.markOverdue(`${plural(late.length, "planned review")} not held (${examples(late)})`);
  return builder.result(`management review held${latest ? ` ${latest}` : ""}`);
}

function correctiveAction({ snapshot, asOf }: Context): StatusWithReasons {
  const list = snapshot.managementSystem.nonconformities;
  if (list.length === 0) {
    const audited = snapshot.managementSystem.internalAudits.some((a) => a.status === "completed" || a.completedDate !== undefined);
    return audited
      ? { status: "present", reasons: ["no nonconformities raised; an internal audit has been completed"] }
      : missing("no nonconformities recorded and no completed audit to show the process runs");
  }
  const builder = new StatusBuilder();
  const open = list.filter((n) => n.status === undefined || n.status === "open" || n.status === "in-progress");
  const incomplete = open.filter((n) => n.correctiveAction === undefined || n.owner === undefined).map((n) => n.id);
  if (incomplete.length > 0) builder.markPartial(`${plural(incomplete.length, "open nonconformity", "open nonconformities")} without a corrective action or owner (${examples(incomplete)})`);
  const late = open.filter((n) => n.dueDate !== undefined && n.dueDate < asOf).map((n) => `${n.id} due ${n.dueDate}`);
  if (late.length > 0) builder.markOverdue(`${plural(late.length, "corrective action")} overdue (${examples(late)})`);
  return builder.result(`${plural(list.length, "nonconformity", "nonconformities")} with corrective actions on schedule`);
}

function ref(controlId: string): string {
  return controlId.slice(controlId.indexOf(":") + 1);
}
