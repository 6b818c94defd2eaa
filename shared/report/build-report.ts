import { catalogIndex, type CatalogIndex } from "./catalog-index";
import { checkInput, type ReportInput, type ReportOptions, type ReportWorkbook } from "./input";
import { methodNotes } from "./method";
import { REPORT_VERSION, type DualConformanceReport, type ReportSummary } from "./report";
import { activitiesSection } from "./sections/activities";
import { aiRmfSection, teamAiRmf } from "./sections/ai-rmf";
import { teamClauseEvidence } from "./sections/clause-evidence";
import { gapList, teamGaps } from "./sections/gaps";
import { iso27001Overlay, teamOverlay } from "./sections/iso27001-overlay";
import { sp80053Overlay } from "./sections/sp800-53-overlay";
import { iso42001Section } from "./sections/iso42001";
import { programmeSection, type ProgrammeTeamFacts } from "./sections/programme";
import { readinessSection, teamReadiness } from "./sections/readiness";
import { resolveRisks } from "./sections/risk-analysis";
import { riskKernel, type RiskKernel, type ToCommon } from "./sections/risk-kernel";
import { riskPostureSection } from "./sections/risk-posture";
import { consolidateSoa, teamSoa } from "./sections/soa";
import { levelsOnCommon, orderTeams, teamSummary } from "./teams";

/**
 * The consolidated dual-conformance report over one version of each team workbook. Pure and
 * deterministic: no clock (`asOf` stands in for today), no randomness, every list in a fixed order;
 * the same input gives byte-identical `JSON.stringify` output whatever order the workbooks came in.
 *
 * Throws `ReportInputError` (with every problem) when the envelope is invalid — a bad `asOf`, an
 * unknown option, the same team workbook twice. Snapshots are trusted to be valid
 * `WorkbookSnapshot`s (parse or restore them on the way in); any such snapshot gives a report.
 *
 * @example
 * const report = buildDualConformanceReport({
 *   org: { id: "northwind", name: "Northwind Financial", profile: OrgProfile.parse({ customerMix: "both", size: "medium", auditBandwidth: "medium" }) },
 *   asOf: "2026-09-30",
 *   workbooks: [{ team: "credit-risk", workbook: "ai-conformance", version: 3, createdAt: "2026-09-29T10:00:00Z", snapshot }],
 * });
 */
export function buildDualConformanceReport(input: ReportInput): DualConformanceReport {
  return buildReportWithKernels(input, (entry, toCommon, index, options) => riskKernel(entry.snapshot, toCommon, index, options.topRisks));
}

/**
 * Where a workbook's risk kernel comes from: computed from its snapshot's risks now, or stored with
 * its digest at push (then the snapshot's `risks` are not read at all).
 */
export type KernelSource = (entry: ReportWorkbook, toCommon: ToCommon, index: CatalogIndex, options: ReportOptions) => RiskKernel;

/** The report, with each workbook's risk register taken from `kernelOf` (see `buildDualConformanceReport`). */
export function buildReportWithKernels(input: ReportInput, kernelOf: KernelSource): DualConformanceReport {
  const { org, asOf, workbooks, options } = checkInput(input);
  const index = catalogIndex();
  const teams = orderTeams(workbooks);

  const perTeam = teams.map((t) => {
    const { snapshot, key, entry } = t;
    const toCommon = levelsOnCommon(snapshot.matrix);
    const kernel = kernelOf(entry, toCommon, index, options);
    const summary = teamSummary(t, kernel.total);
    const risks = resolveRisks(key, kernel, snapshot.matrix, toCommon, asOf, options.topRisks);
    const ai = teamAiRmf(key, snapshot, kernel.aiRmf, index, options.listLimit);
    const soa = teamSoa(key, snapshot, index);
    const evidence = teamClauseEvidence(snapshot, asOf, options.reviewIntervalDays, risks, index);
    const overlay = teamOverlay(key, soa.implemented, evidence, index);
    const readiness = teamReadiness(key, ai, evidence, soa, overlay, index);
    const gaps = teamGaps(key, snapshot, asOf, ai, evidence, soa, risks);
    return { team: key, snapshot, summary, risks, ai, soa, evidence, overlay, readiness, gaps };
  });

  const summaries = perTeam.map((t) => t.summary);
  const aiRmf = aiRmfSection(perTeam.map((t) => t.ai), index, options.listLimit);
  const soa = consolidateSoa(perTeam.map((t) => t.soa), index, options.listLimit);
  const iso42001 = iso42001Section(perTeam, soa);
  const iso27001 = iso27001Overlay(perTeam.map((t) => t.overlay), index, org.profile);
  const baseline = org.profile?.sp80053Baseline;
  const sp80053 = baseline ? sp80053Overlay(baseline, iso27001) : undefined;
  const activities = activitiesSection(perTeam, index);
  const riskPosture = riskPostureSection(
    perTeam.map((t) => ({ team: t.team, matrix: `${t.summary.matrix.likelihoodLevels}×${t.summary.matrix.impactLevels}`, risks: t.risks })),
    index,
    options.topRisks,
    options.listLimit,
  );
  const gaps = gapList(perTeam, options.listLimit, index);
  const readiness = readinessSection(perTeam.map((t) => t.readiness), gaps);

  const facts: ProgrammeTeamFacts[] = perTeam.map((t, position) => {
    const soaRow = soa.teams[position]; // consolidateSoa keeps the team order
    return {
      team: t.team,
      iso42001Readiness: t.readiness.iso42001.value,
      evidence: new Map(t.evidence.map((e) => [e.item, e.status])),
      soaComplete: soaRow !== undefined && soaRow.absent === 0 && soaRow.undecided === 0,
      unjustifiedExclusions: t.gaps.byKind["exclusion-without-justification"],
      implementedWithoutEvidence: t.gaps.byKind["implemented-without-evidence"],
      overdueCorrectiveActions: t.gaps.byKind["overdue-corrective-action"],
    };
  });
  const programme = programmeSection(
    org.profile,
    {
      teams: facts,
      ...(readiness.org.iso42001 ? { iso42001Readiness: readiness.org.iso42001.avg } : {}),
      ...(readiness.org.aiRmf ? { aiRmfReadiness: readiness.org.aiRmf.avg } : {}),
      highGaps: gaps.byPriority.high,
    },
    asOf,
    index,
  );

  const clauseCells = iso42001.clauseEvidence.items.reduce((sum, item) => sum + item.teams.length, 0);
  const clausePresent = iso42001.clauseEvidence.items.reduce((sum, item) => sum + item.counts.present, 0);
  const summary: ReportSummary = {
    teams: perTeam.length,
    risks: riskPosture.totals.risks,
    openRisks: riskPosture.totals.considered,
    aiRmf: {
      ...(readiness.org.aiRmf ? { readiness: readiness.org.aiRmf.avg } : {}),
      subcategories: aiRmf.totals.subcategories,
      addressed: aiRmf.totals.direct + aiRmf.totals.inferredOnly,
      addressedDirectly: aiRmf.totals.direct,
    },
    iso42001: {
      ...(readiness.org.iso42001 ? { readiness: readiness.org.iso42001.avg } : {}),
      annexAControls: soa.controls.length,
      implementedWherever: soa.controls.filter((c) => c.counts.applicable > 0 && c.counts.implemented === c.counts.applicable).length,
      clauseEvidencePresent: clausePresent,
      clauseEvidenceCells: clauseCells,
    },
    gaps: { total: gaps.total, high: gaps.byPriority.high },
    overdue: riskPosture.overdue.total,
    acceptedWithoutApproval: riskPosture.acceptedWithoutApproval.total,
    ...(programme.recommendation ? { recommendedPath: programme.recommendation.path } : {}),
  };

  return {
    reportVersion: REPORT_VERSION,
    kind: "dual-conformance",
    org,
    asOf,
    teams: summaries,
    summary,
    aiRmf,
    iso42001,
    iso27001,
    ...(sp80053 ? { sp80053 } : {}),
    activities,
    riskPosture,
    programme,
    readiness,
    method: methodNotes(summaries, options.reviewIntervalDays, options.listLimit),
  };
}
