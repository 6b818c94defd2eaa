import type { DualConformanceReport } from "../report";
import { bare, percent } from "./format";

/** A scalar a table cell holds; `null` is an empty cell. */
export type Cell = string | number | boolean | null;

export interface Column {
  readonly key: string;
  readonly header: string;
  /** How a spreadsheet should format the column. `ratio` is 0..1 shown as a percentage. */
  readonly kind?: "text" | "number" | "ratio" | "date";
}

/** One rectangular table of the report, complete (nothing left out), as CSV and XLSX write it. */
export interface ReportTable {
  readonly id: string;
  readonly title: string;
  readonly columns: readonly Column[];
  readonly rows: readonly (readonly Cell[])[];
}

const c = (key: string, header: string, kind: Column["kind"] = "text"): Column => ({ key, header, kind });
const join = (items: readonly string[]) => items.join("; ");
const opt = <T>(value: T | undefined): T | null => (value === undefined ? null : value);

/**
 * Every table of the report, in report order. Ids are stable (they name CSV files and XLSX sheets);
 * team-specific figures are in long form (one row per team and item) so the tables stay rectangular
 * whatever the number of teams.
 */
export function reportTables(report: DualConformanceReport): ReportTable[] {
  const r = report;
  return [
    ...overviewTables(r),
    ...sp80053Tables(r),
    ...programmeTables(r),
    ...aiRmfTables(r),
    ...iso42001Tables(r),
    ...iso27001Tables(r),
    ...activitiesTables(r),
    ...riskTables(r),
    ...methodTables(r),
  ];
}

/** Summary, teams, readiness and gaps. */
function overviewTables(r: DualConformanceReport): ReportTable[] {
  const tables: ReportTable[] = [];
  const s = r.summary;
  tables.push({
    id: "summary",
    title: "Summary",
    columns: [c("figure", "Figure"), c("value", "Value")],
    rows: [
      ["Organisation", r.org.name],
      ["As of", r.asOf],
      ["Report version", r.reportVersion],
      ["Teams", s.teams],
      ["Risks", s.risks],
      ["Open risks", s.openRisks],
      ["AI RMF readiness (mean of teams)", s.aiRmf.readiness === undefined ? null : percent(s.aiRmf.readiness)],
      ["AI RMF subcategories addressed (of 72)", s.aiRmf.addressed],
      ["AI RMF subcategories addressed directly", s.aiRmf.addressedDirectly],
      ["ISO/IEC 42001 readiness (mean of teams)", s.iso42001.readiness === undefined ? null : percent(s.iso42001.readiness)],
      ["Annex A controls implemented wherever applied", s.iso42001.implementedWherever],
      ["Clause evidence present (team × item)", `${s.iso42001.clauseEvidencePresent} of ${s.iso42001.clauseEvidenceCells}`],
      ["Gaps", s.gaps.total],
      ["High-priority gaps", s.gaps.high],
      ["Overdue actions and reviews", s.overdue],
      ["Accepted risks without approval", s.acceptedWithoutApproval],
      ["Recommended path", s.recommendedPath ?? null],
    ],
  });

  tables.push({
    id: "teams",
    title: "Teams and workbook versions",
    columns: [c("key", "Team"), c("name", "Name"), c("workbook", "Workbook"), c("version", "Version", "number"), c("author", "Author"), c("createdAt", "Pushed at"), c("contentAsOf", "Content as of", "date"), c("matrix", "Matrix"), c("risks", "Risks", "number"), c("aiSystems", "AI systems", "number"), c("soa", "SoA rows", "number"), c("profile", "Profile rows", "number")],
    rows: r.teams.map((t) => [t.key, t.name, t.workbook, t.version, opt(t.author), t.createdAt, opt(t.contentAsOf), `${t.matrix.likelihoodLevels}×${t.matrix.impactLevels} ${t.matrix.id}`, t.counts.risks, t.counts.aiSystems, t.counts.soa, t.counts.profile]),
  });

  tables.push({
    id: "readiness",
    title: "Readiness per team",
    columns: [c("team", "Team"), c("aiRmf", "AI RMF", "ratio"), c("aiRmfCoverage", "AI RMF coverage", "ratio"), c("aiRmfAttainment", "AI RMF profile attainment", "ratio"), c("iso42001", "ISO/IEC 42001", "ratio"), c("iso42001Clauses", "42001 clause evidence", "ratio"), c("iso42001Controls", "42001 Annex A controls", "ratio"), c("iso27001", "ISO/IEC 27001 (inferred coverage)", "ratio")],
    rows: [
      ...r.readiness.teams.map((t) => [t.team, t.aiRmf.value, t.aiRmf.coverage, opt(t.aiRmf.attainment), t.iso42001.value, t.iso42001.clauses, t.iso42001.controls, t.iso27001.value]),
      ["(organisation mean)", opt(r.readiness.org.aiRmf?.avg), null, null, opt(r.readiness.org.iso42001?.avg), null, null, opt(r.readiness.org.iso27001?.avg)],
    ],
  });

  tables.push({
    id: "gaps",
    title: "Gaps by priority",
    columns: [c("priority", "Priority"), c("kind", "Kind"), c("standard", "Standard"), c("team", "Team"), c("ref", "Reference"), c("title", "Title"), c("owner", "Owner"), c("dueDate", "Due", "date"), c("daysOverdue", "Days overdue", "number"), c("reason", "Reason")],
    rows: r.readiness.gaps.items.map((g) => [g.priority, g.kind, g.standard, g.team, g.ref, g.title, opt(g.owner), opt(g.dueDate), opt(g.daysOverdue), g.reason]),
  });
  return tables;
}

/** The SP 800-53 baseline overlay, when the report has one. */
function sp80053Tables(r: DualConformanceReport): ReportTable[] {
  const tables: ReportTable[] = [];
  if (r.sp80053) {
    tables.push({
      id: "sp800-53",
      title: `SP 800-53 ${r.sp80053.baseline} baseline reached through the crosswalk (inferred)`,
      columns: [c("ref", "Control"), c("title", "Title"), c("reached", "Reached (inferred)"), c("relationship", "Relationship"), c("via", "Through ISO/IEC 27001")],
      rows: r.sp80053.controls.map((x) => [x.ref, x.title, x.reached, opt(x.relationship), join(x.via.map((v) => `${v.ref} (${v.status})`))]),
    });
  }
  return tables;
}

/** The programme view and the certification cycle. */
function programmeTables(r: DualConformanceReport): ReportTable[] {
  const tables: ReportTable[] = [];
  const rec = r.programme.recommendation;
  tables.push({
    id: "programme",
    title: "Programme view",
    columns: [c("part", "Part"), c("factor", "Factor"), c("text", "Text")],
    rows: rec
      ? [
          ["path", rec.path, rec.title],
          ...(rec.later ? [["later", rec.later, ""]] : []),
          ...rec.reasons.map((x) => ["reason", x.factor, x.text]),
          ...rec.nextSteps.map((x) => ["next step", "", x]),
          ...guidanceRows(r.programme.guidance),
        ]
      : [["path", "", "no organisation profile given"]],
  });

  tables.push({
    id: "certification",
    title: "ISO/IEC 42001 certification cycle",
    columns: [c("milestone", "Milestone"), c("date", "Date", "date"), c("offset", "Offset"), c("daysFromAsOf", "Days from as-of", "number"), c("when", "When"), c("required", "Readiness needed", "ratio"), c("readiness", "Readiness now", "ratio"), c("met", "Met now"), c("conditions", "Conditions"), c("teamsBelow", "Teams below")],
    rows: r.programme.certification.milestones.map((m) => [m.title, m.date, m.offset, m.daysFromAsOf, m.when, m.requiredReadiness, opt(m.readiness), m.met, join(m.conditions.map((x) => `${x.met ? "met" : "not met"}: ${x.text}`)), join(m.teamsBelow)]),
  });
  return tables;
}

/** NIST AI RMF: roll-up, subcategories, teams, profile, reference issues. */
function aiRmfTables(r: DualConformanceReport): ReportTable[] {
  const tables: ReportTable[] = [];
  tables.push({
    id: "ai-rmf-rollup",
    title: "AI RMF functions and categories",
    columns: [c("level", "Level"), c("ref", "Id"), c("function", "Function"), c("title", "Title"), c("subcategories", "Subcategories", "number"), c("direct", "Addressed directly", "number"), c("inferredOnly", "Inferred only", "number"), c("unaddressed", "Not addressed", "number"), c("teamsDirect", "Teams (direct)", "number"), c("teamsInferredOnly", "Teams (inferred only)", "number"), c("current", "Current level (mean)", "number"), c("target", "Target level (mean)", "number")],
    rows: [
      ...r.aiRmf.functions.map((f) => ["function", f.ref, f.ref, f.title, f.subcategories, f.direct, f.inferredOnly, f.unaddressed, f.teamsDirect, f.teamsInferredOnly, opt(f.current?.avg), opt(f.target?.avg)]),
      ...r.aiRmf.categories.map((f) => ["category", f.ref, opt(f.function), f.title, f.subcategories, f.direct, f.inferredOnly, f.unaddressed, f.teamsDirect, f.teamsInferredOnly, opt(f.current?.avg), opt(f.target?.avg)]),
    ],
  });

  tables.push({
    id: "ai-rmf-subcategories",
    title: "AI RMF subcategories across teams",
    columns: [c("ref", "Subcategory"), c("function", "Function"), c("status", "Status"), c("teamsAddressing", "Teams addressing", "number"), c("direct", "Teams (direct)"), c("inferred", "Teams (inferred: via controls)"), c("currentAvg", "Current (mean)", "number"), c("currentMin", "Current (min)", "number"), c("currentMax", "Current (max)", "number"), c("targetAvg", "Target (mean)", "number"), c("teamsWithGap", "Teams with a gap", "number"), c("title", "Statement"), c("directSuggested", "Direct through accepted suggestions")],
    rows: r.aiRmf.subcategories.map((x) => [x.ref, x.function, x.status, x.teamsAddressing, join(x.direct.map((d) => d.team)), join(x.inferred.map((i) => `${i.team} (${i.via.join(", ")})`)), opt(x.profile.current?.avg), opt(x.profile.current?.min), opt(x.profile.current?.max), opt(x.profile.target?.avg), x.profile.teamsWithGap, x.title, join(x.direct.filter((d) => d.suggested > 0).map((d) => `${d.team} (${d.suggested})`))]),
  });

  tables.push({
    id: "ai-rmf-teams",
    title: "AI RMF per team",
    columns: [c("team", "Team"), c("direct", "Addressed directly", "number"), c("inferredOnly", "Inferred only", "number"), c("unaddressed", "Not addressed", "number"), c("profileRows", "Profile rows", "number"), c("current", "Current (mean)", "number"), c("target", "Target (mean)", "number"), c("gaps", "Profile gaps", "number"), c("targetBelowCurrent", "Target below current")],
    rows: r.aiRmf.teams.map((t) => [t.team, t.direct, t.inferredOnly, t.unaddressed, t.profile.rows, opt(t.profile.current?.avg), opt(t.profile.target?.avg), t.profile.gaps, join(t.profile.targetBelowCurrent.map(bare))]),
  });

  tables.push({
    id: "ai-rmf-profile",
    title: "AI RMF profile, current and target per team",
    columns: [c("team", "Team"), c("subcategory", "Subcategory"), c("current", "Current", "number"), c("target", "Target", "number"), c("gap", "Gap", "number"), c("owner", "Owner"), c("dueDate", "Due", "date")],
    rows: profileRows(r),
  });

  tables.push({
    id: "ai-rmf-references",
    title: "AI RMF references that name no subcategory",
    columns: [c("team", "Team"), c("collection", "Collection"), c("record", "Record"), c("ref", "Reference"), c("problem", "Problem")],
    rows: r.aiRmf.referenceIssues.items.map((x) => [x.team, x.collection, x.record, x.ref, x.problem]),
  });
  return tables;
}

/** ISO/IEC 42001: clause evidence and the Statement of Applicability. */
function iso42001Tables(r: DualConformanceReport): ReportTable[] {
  const tables: ReportTable[] = [];
  tables.push({
    id: "iso42001-clause-evidence",
    title: "ISO/IEC 42001 clause evidence per team",
    columns: [c("item", "Evidence"), c("clauses", "Clauses"), c("team", "Team"), c("status", "Status"), c("reasons", "Reasons")],
    rows: r.iso42001.clauseEvidence.items.flatMap((item) => item.teams.map((t) => [item.title, item.clauses.join(", "), t.team, t.status, join(t.reasons)])),
  });

  tables.push({
    id: "soa-controls",
    title: "Consolidated Statement of Applicability",
    columns: [c("ref", "Control"), c("title", "Title"), c("applicable", "Applicable", "number"), c("excluded", "Excluded", "number"), c("undecided", "Undecided", "number"), c("absent", "No row", "number"), c("implemented", "Implemented", "number"), c("partiallyImplemented", "Partially implemented", "number"), c("planned", "Planned", "number"), c("notImplemented", "Not implemented", "number"), c("noStatus", "No status", "number"), c("disagreement", "Teams disagree")],
    rows: r.iso42001.soa.controls.map((x) => [x.ref, x.title, x.counts.applicable, x.counts.excluded, x.counts.undecided, x.counts.absent, x.counts.implemented, x.counts.partiallyImplemented, x.counts.planned, x.counts.notImplemented, x.counts.noStatus, x.disagreement]),
  });

  tables.push({
    id: "soa-teams",
    title: "Statement of Applicability per control and team",
    columns: [c("ref", "Control"), c("team", "Team"), c("applicable", "Applicable"), c("status", "Status"), c("justified", "Justified"), c("evidence", "Evidence items", "number"), c("owner", "Owner")],
    rows: r.iso42001.soa.controls.flatMap((x) => [
      ...x.teams.map((t) => [x.ref, t.team, t.applicable === undefined ? "undecided" : t.applicable ? "yes" : "no", opt(t.status), t.justified, t.evidence, opt(t.owner)]),
      ...x.absentFrom.map((team) => [x.ref, team, "no row", null, false, 0, null]),
    ]),
  });

  const soa = r.iso42001.soa;
  tables.push({
    id: "soa-findings",
    title: "Statement of Applicability findings",
    columns: [c("finding", "Finding"), c("ref", "Control"), c("team", "Team(s)"), c("detail", "Detail")],
    rows: [
      ...soa.exclusionsWithoutJustification.map((x) => ["exclusion without justification", x.ref, x.team, x.title]),
      ...soa.implementedWithoutEvidence.map((x) => ["implemented without evidence", x.ref, x.team, x.title]),
      ...soa.disagreements.map((x) => ["teams disagree on applicability", x.ref, `applicable: ${x.applicable.join(", ")}; excluded: ${x.excluded.join(", ")}`, x.title]),
      ...soa.unknownControls.map((x) => ["unknown ISO/IEC 42001 control", bare(x.controlId), x.team, x.controlId]),
    ],
  });
  return tables;
}

/** The inferred ISO/IEC 27001 overlay. */
function iso27001Tables(r: DualConformanceReport): ReportTable[] {
  const tables: ReportTable[] = [];
  const overlay = r.iso27001;
  tables.push({
    id: "iso27001-overlay",
    title: "ISO/IEC 27001 overlay (inferred from the ISO/IEC 42001 work)",
    columns: [c("ref", "ISO/IEC 27001 item"), c("kind", "Kind"), c("title", "Title"), c("status", "Status"), c("direct", "Teams (SoA, direct)"), c("inferred", "Teams (inferred: via 42001 items)"), c("basis", "Basis")],
    rows: [...overlay.clauses, ...overlay.controls].map((x) => [x.ref, x.kind, x.title, x.status, join(x.direct), join(x.inferred.map((i) => `${i.team} (${i.via.join(", ")}; ${i.relationship})`)), overlay.basis]),
  });
  return tables;
}

/** The dual-conformance activities per team. */
function activitiesTables(r: DualConformanceReport): ReportTable[] {
  const tables: ReportTable[] = [];
  tables.push({
    id: "activities",
    title: "Dual-conformance activities per team",
    columns: [c("activity", "Activity"), c("team", "Team"), c("aiRmf", "AI RMF"), c("aiRmfReasons", "AI RMF reasons"), c("iso42001", "ISO/IEC 42001"), c("iso42001Reasons", "ISO/IEC 42001 reasons")],
    rows: r.activities.activities.flatMap((a) => a.teams.map((t) => [a.title, t.team, t.aiRmf.status, join(t.aiRmf.reasons), t.iso42001.status, join(t.iso42001.reasons)])),
  });
  return tables;
}

/** Risk posture: heat map, top risks, overdue, findings, categories, registers. */
function riskTables(r: DualConformanceReport): ReportTable[] {
  const tables: ReportTable[] = [];
  const posture = r.riskPosture;
  const cm = posture.commonMatrix;
  const heatRows = (kind: string, grid: readonly (readonly number[])[]) =>
    cm.likelihood.map((_, k) => {
      const l = cm.likelihood.length - 1 - k;
      return [kind, `${l + 1} ${cm.likelihood[l] ?? ""}`, ...cm.impact.map((__, i) => grid[l]?.[i] ?? 0)];
    });
  tables.push({
    id: "heat-map",
    title: `Heat map on the common ${cm.name ?? cm.id} matrix (open risks)`,
    columns: [c("rating", "Rating"), c("likelihood", "Likelihood"), ...cm.impact.map((label, i) => c(`impact${i + 1}`, `Impact ${i + 1} ${label}`, "number"))],
    rows: [...heatRows("inherent", posture.heatMap.inherent), ...heatRows("residual", posture.heatMap.residual)],
  });

  tables.push({
    id: "top-risks",
    title: "Top residual risks (normalised)",
    columns: [c("rank", "Rank", "number"), c("team", "Team"), c("riskId", "Risk"), c("title", "Title"), c("owner", "Owner"), c("own", "Team rating"), c("ownScore", "Team score", "number"), c("ownNormalised", "Team score normalised", "ratio"), c("common", "Common rating"), c("commonScore", "Common score", "number"), c("commonCell", "Common L×I")],
    rows: posture.topResidual.map((x, k) => [k + 1, x.team, x.riskId, opt(x.title), opt(x.owner), `${x.own.rating ?? ""} (${x.own.likelihoodLabel} × ${x.own.impactLabel})`, x.own.score, x.own.normalised, x.common.bandLabel ?? "", x.common.score, `${x.common.likelihood}×${x.common.impact}`]),
  });

  tables.push({
    id: "overdue",
    title: "Overdue actions and reviews",
    columns: [c("team", "Team"), c("kind", "Kind"), c("riskId", "Risk"), c("actionId", "Action"), c("description", "Description"), c("owner", "Owner"), c("dueDate", "Due", "date"), c("daysOverdue", "Days overdue", "number")],
    rows: posture.overdue.items.map((x) => [x.team, x.kind, x.riskId, opt(x.actionId), x.description, opt(x.owner), x.dueDate, x.daysOverdue]),
  });

  tables.push({
    id: "risk-findings",
    title: "Risk register findings",
    columns: [c("finding", "Finding"), c("team", "Team"), c("riskId", "Risk"), c("detail", "Detail")],
    rows: [
      ...posture.acceptedWithoutApproval.items.map((x) => ["accepted without approval", x.team, x.riskId, x.expired !== undefined ? `acceptance expired ${x.expired}` : `no ${x.missing.join(", no ")}`]),
      ...posture.residualAboveInherent.items.map((x) => ["residual above inherent", x.team, x.riskId, `inherent ${x.inherent.likelihood}×${x.inherent.impact}, residual ${x.residual.likelihood}×${x.residual.impact}`]),
      ...posture.offMatrix.items.map((x) => ["rating off the matrix", x.team, x.riskId, `${x.rating} ${x.likelihood}×${x.impact} on a ${x.matrix} matrix`]),
      ...posture.unknownAiSystems.items.map((x) => ["AI system not in the inventory", x.team, x.riskId, x.aiSystem]),
    ],
  });

  tables.push({
    id: "risk-categories",
    title: "Open risks by AI RMF function, trustworthiness characteristic and GenAI risk",
    columns: [c("dimension", "Dimension"), c("id", "Id"), c("title", "Title"), c("risks", "Risks", "number"), c("highResidual", "High or critical residual", "number")],
    rows: [
      ...posture.byFunction.map((x) => ["AI RMF function", x.function, x.title, x.risks, x.highResidual]),
      ...posture.byTrustworthiness.map((x) => ["trustworthiness", x.id, x.title, x.risks, x.highResidual]),
      ["trustworthiness", "none", "No characteristic named", posture.withoutTrustworthiness, null],
      ...posture.byGenAiRisk.map((x) => ["GenAI risk (AI 600-1)", x.id, x.title, x.risks, null]),
    ],
  });

  tables.push({
    id: "risk-teams",
    title: "Risk registers per team",
    columns: [c("team", "Team"), c("matrix", "Matrix"), c("risks", "Risks", "number"), c("closed", "Closed", "number"), c("open", "Open", "number"), c("inherentRated", "Inherent rated", "number"), c("inherentUnrated", "Inherent unrated", "number"), c("inherentOff", "Inherent off-matrix", "number"), c("residualRated", "Residual rated", "number"), c("residualUnrated", "Residual unrated", "number"), c("residualOff", "Residual off-matrix", "number"), c("overdueActions", "Overdue actions", "number"), c("overdueTreatments", "Overdue treatments", "number"), c("overdueReviews", "Overdue reviews", "number"), c("acceptedWithoutApproval", "Accepted without approval", "number")],
    rows: posture.teams.map((t) => [t.team, t.matrix, t.risks, t.closed, t.considered, t.inherent.rated, t.inherent.unrated, t.inherent.offMatrix, t.residual.rated, t.residual.unrated, t.residual.offMatrix, t.overdue.action, t.overdue["risk-treatment"], t.overdue["risk-review"], t.acceptedWithoutApproval]),
  });
  return tables;
}

/** Method notes and each team's normalisation. */
function methodTables(r: DualConformanceReport): ReportTable[] {
  const tables: ReportTable[] = [];
  tables.push({
    id: "method",
    title: "Method notes",
    columns: [c("id", "Id"), c("title", "Title"), c("text", "Text")],
    rows: [
      ...r.method.notes.map((n) => [n.id, n.title, n.text]),
      ...r.method.normalisation.teams.map((t) => [`normalisation:${t.team}`, `${t.team} (${t.matrix})`, `likelihood ${t.likelihood}; impact ${t.impact}`]),
    ],
  });
  return tables;
}

/** Team-major rows of the profile table, without a per-team search through every subcategory. */
function profileRows(report: DualConformanceReport): Cell[][] {
  const byTeam = new Map<string, Cell[][]>(report.teams.map((t) => [t.key, []]));
  for (const x of report.aiRmf.subcategories) {
    for (const cell of x.profile.teams) byTeam.get(cell.team)?.push([cell.team, x.ref, opt(cell.current), opt(cell.target), cell.gap, opt(cell.owner), opt(cell.dueDate)]);
  }
  return [...byTeam.values()].flat();
}

/** The programme view's decision guidance as Part / Factor / Text rows; Factor says whether a point applies. */
function guidanceRows(g: DualConformanceReport["programme"]["guidance"]): string[][] {
  if (!g) return [];
  const applies = (p: { applies: boolean }) => (p.applies ? "applies" : "does not apply");
  return [
    ["cost", "ISO/IEC 42001", g.certificationCost.text],
    ...(g.certificationCost.quote ? [["cost", "organisation's quote", g.certificationCost.quote]] : []),
    ["cost", "AI RMF", g.aiRmfCost],
    ...g.reasonsToPursue.map((p) => ["reason to pursue", applies(p), p.text]),
    ...g.reasonsToPass.map((p) => ["reason to pass", applies(p), p.text]),
    ...g.paths.map((p) => ["path", applies(p), p.text]),
    ["assessment", "AI RMF", g.aiRmfAssessment],
  ];
}
