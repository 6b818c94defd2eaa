import type { EvidenceStatus } from "../evidence-status";
import type { DualConformanceReport } from "../report";
import type { AddressedStatus } from "../sections/ai-rmf";
import type { GapPriority } from "../sections/gaps";
import type { CommonMatrixSummary } from "../sections/risk-posture";
import { ADDRESSED_LABEL, bare, fixed, grouped, percent, STATUS_LABEL } from "./format";

/*
 * The human-readable report as a list of blocks that Markdown and HTML both render, so the two
 * always say the same thing. All text here is plain (unescaped); each renderer escapes it.
 */

export type Tone = "good" | "warn" | "bad" | "info" | "neutral";

export interface RichCell {
  readonly text: string;
  readonly tone?: Tone;
}
export type DocCell = string | number | RichCell;

export type Block =
  | { readonly kind: "heading"; readonly level: 1 | 2 | 3; readonly text: string; readonly id: string }
  | { readonly kind: "paragraph"; readonly text: string }
  | { readonly kind: "note"; readonly text: string }
  | { readonly kind: "list"; readonly items: readonly string[] }
  | { readonly kind: "facts"; readonly items: readonly { readonly label: string; readonly value: DocCell }[] }
  | {
      readonly kind: "table";
      readonly columns: readonly string[];
      /** Right-align numeric columns. */
      readonly numeric?: readonly boolean[];
      readonly rows: readonly (readonly DocCell[])[];
      /** Shown under the table, e.g. "Showing 250 of 3,120." */
      readonly footnote?: string;
    }
  | { readonly kind: "heatmaps"; readonly matrix: CommonMatrixSummary; readonly maps: readonly { readonly title: string; readonly grid: readonly (readonly number[])[] }[] }
  | { readonly kind: "bars"; readonly title: string; readonly series: readonly string[]; readonly rows: readonly { readonly label: string; readonly values: readonly (number | undefined)[] }[] };

/** Above this many teams, per-team columns give way to counts so tables stay readable. */
export const MAX_TEAM_COLUMNS = 8;

const STATUS_TONE: Readonly<Record<EvidenceStatus, Tone>> = { present: "good", partial: "warn", overdue: "bad", missing: "bad" };
const ADDRESSED_TONE: Readonly<Record<AddressedStatus, Tone>> = { direct: "good", inferred: "info", none: "bad" };
const PRIORITY_TONE: Readonly<Record<GapPriority, Tone>> = { high: "bad", medium: "warn", low: "neutral" };

export const status = (s: EvidenceStatus): RichCell => ({ text: STATUS_LABEL[s], tone: STATUS_TONE[s] });
const addressed = (s: AddressedStatus): RichCell => ({ text: ADDRESSED_LABEL[s] ?? s, tone: ADDRESSED_TONE[s] });
const count = (value: number, of: number) => `${n(value)} of ${n(of)}`;
const n = grouped;
const level = (value: number | undefined) => (value === undefined ? "" : fixed(value));
const showing = (shown: number, total: number, what: string) => (total > shown ? `Showing the first ${n(shown)} of ${n(total)} ${what}.` : undefined);
const SOA_CODE: Readonly<Record<string, string>> = { implemented: "I", "partially-implemented": "P", planned: "L", "not-implemented": "N" };

function h(level: 1 | 2 | 3, text: string, id: string): Block {
  return { kind: "heading", level, text, id };
}

function table(columns: string[], rows: DocCell[][], numeric?: boolean[], footnote?: string): Block {
  return { kind: "table", columns, rows, ...(numeric ? { numeric } : {}), ...(footnote ? { footnote } : {}) };
}

/** Which team columns the tables show: one per team when few enough, else counts. */
interface TeamLayout {
  readonly teamKeys: readonly string[];
  readonly wide: boolean;
}

export function reportDocument(report: DualConformanceReport): Block[] {
  const r = report;
  const teamKeys = r.teams.map((t) => t.key);
  const layout: TeamLayout = { teamKeys, wide: teamKeys.length <= MAX_TEAM_COLUMNS && teamKeys.length > 0 };
  return [
    h(1, `Dual-conformance report — ${r.org.name}`, "top"),
    {
      kind: "paragraph",
      text: `As of ${r.asOf}: ${n(r.teams.length)} team workbook${r.teams.length === 1 ? "" : "s"} consolidated against NIST AI RMF 1.0 and ISO/IEC 42001:2023, with an ISO/IEC 27001:2022 overlay. Report format version ${r.reportVersion}.`,
    },
    ...summarySection(r),
    ...teamsSection(r),
    ...programmeSection(r),
    ...certificationSection(r),
    ...readinessSection(r),
    ...aiRmfSection(r, layout),
    ...clauseEvidenceSection(r, layout),
    ...soaSection(r, layout),
    ...iso27001Section(r),
    ...sp80053Section(r),
    ...activitiesSection(r, layout),
    ...riskPostureSection(r),
    ...methodSection(r),
  ];
}

/** The headline figures and readiness per team. */
function summarySection(r: DualConformanceReport): Block[] {
  const blocks: Block[] = [];
  const s = r.summary;
  blocks.push(h(2, "Summary", "summary"));
  blocks.push({
    kind: "facts",
    items: [
      { label: "AI RMF readiness (mean of teams)", value: percent(s.aiRmf.readiness) },
      { label: "ISO/IEC 42001 readiness (mean of teams)", value: percent(s.iso42001.readiness) },
      { label: "AI RMF subcategories addressed", value: `${count(s.aiRmf.addressed, s.aiRmf.subcategories)} (${n(s.aiRmf.addressedDirectly)} directly)` },
      { label: "Annex A controls implemented wherever applied", value: count(s.iso42001.implementedWherever, s.iso42001.annexAControls) },
      { label: "Clause evidence present (team × item)", value: count(s.iso42001.clauseEvidencePresent, s.iso42001.clauseEvidenceCells) },
      { label: "Risks (open)", value: `${n(s.risks)} (${n(s.openRisks)})` },
      { label: "Gaps (high priority)", value: { text: `${n(s.gaps.total)} (${n(s.gaps.high)})`, tone: s.gaps.high > 0 ? "bad" : "good" } },
      { label: "Overdue actions and reviews", value: { text: n(s.overdue), tone: s.overdue > 0 ? "bad" : "good" } },
      { label: "Accepted risks without approval", value: { text: n(s.acceptedWithoutApproval), tone: s.acceptedWithoutApproval > 0 ? "bad" : "good" } },
      { label: "Recommended path", value: r.programme.recommendation?.title ?? "no organisation profile given" },
    ],
  });
  blocks.push({
    kind: "bars",
    title: "Readiness per team",
    series: ["AI RMF", "ISO/IEC 42001", "ISO/IEC 27001 (inferred)"],
    rows: [
      { label: "Organisation (mean)", values: [r.readiness.org.aiRmf?.avg, r.readiness.org.iso42001?.avg, r.readiness.org.iso27001?.avg] },
      ...r.readiness.teams.map((t) => ({ label: t.team, values: [t.aiRmf.value, t.iso42001.value, t.iso27001.value] })),
    ],
  });
  return blocks;
}

/** One row per team workbook in the report. */
function teamsSection(r: DualConformanceReport): Block[] {
  const blocks: Block[] = [];
  blocks.push(h(2, "Teams", "teams"));
  blocks.push(
    table(
      ["Team", "Name", "Workbook", "Version", "Pushed", "Author", "Matrix", "Risks", "AI systems"],
      r.teams.map((t) => [t.key, t.name, t.workbook, t.version, t.createdAt, t.author ?? "", `${t.matrix.likelihoodLevels}×${t.matrix.impactLevels} (${t.matrix.id})`, t.counts.risks, t.counts.aiSystems]),
      [false, false, false, true, false, false, false, true, true],
    ),
  );
  return blocks;
}

/** The recommended path and the certify-or-not guidance. */
function programmeSection(r: DualConformanceReport): Block[] {
  const blocks: Block[] = [];
  blocks.push(h(2, "Programme view", "programme"));
  const rec = r.programme.recommendation;
  if (rec) {
    blocks.push({ kind: "paragraph", text: `Recommended path: ${rec.title}.${rec.later ? ` Plan next: ${rec.later === "ai-rmf-and-iso42001" ? "ISO/IEC 42001 certification" : "an integrated ISO/IEC 27001 + 42001 management system"}.` : ""}` });
    blocks.push(h(3, "Why", "programme-why"));
    blocks.push({ kind: "list", items: rec.reasons.map((x) => x.text) });
    blocks.push(h(3, "Next steps", "programme-next"));
    blocks.push({ kind: "list", items: [...rec.nextSteps] });
  } else {
    blocks.push({ kind: "note", text: "No organisation profile was given, so no path is recommended. Give the customer mix, size, audit bandwidth and ISO/IEC 27001 status to get one." });
  }
  const guidance = r.programme.guidance;
  if (guidance) {
    const mark = (p: { text: string; applies: boolean }) => `${p.applies ? "Applies" : "Does not apply"} to this organisation: ${p.text}`;
    blocks.push(h(3, "Certify to ISO/IEC 42001, or the AI RMF alone?", "programme-guidance"));
    blocks.push({ kind: "paragraph", text: `${guidance.certificationCost.text}${guidance.certificationCost.quote ? ` The organisation's own quote: ${guidance.certificationCost.quote}.` : ""} ${guidance.aiRmfCost}` });
    blocks.push({ kind: "list", items: [...guidance.reasonsToPursue.map((p) => `Reason to pursue — ${mark(p)}`), ...guidance.reasonsToPass.map((p) => `Reason to pass — ${mark(p)}`), ...guidance.paths.map(mark)] });
    blocks.push({ kind: "paragraph", text: guidance.aiRmfAssessment });
  }
  return blocks;
}

/** The ISO/IEC 42001 certification cycle's milestones. */
function certificationSection(r: DualConformanceReport): Block[] {
  const blocks: Block[] = [];
  const cert = r.programme.certification;
  blocks.push(h(3, "ISO/IEC 42001 certification cycle", "certification"));
  if (cert.milestones.length === 0) blocks.push({ kind: "note", text: `No certification dates: ${cert.reason}.` });
  else {
    blocks.push({ kind: "paragraph", text: `Dates count from the planned certificate date ${cert.plannedDate ?? ""}; readiness is the organisation's mean ISO/IEC 42001 readiness today.` });
    blocks.push(
      table(
        ["Step", "Date", "Offset", "Readiness needed", "Now", "Met now", "Conditions", "Teams below"],
        cert.milestones.map((m) => [
          m.title,
          `${m.date}${m.when === "past" ? " (past)" : ` (in ${n(m.daysFromAsOf)} days)`}`,
          m.offset,
          percent(m.requiredReadiness),
          percent(m.readiness),
          { text: m.met ? "yes" : "no", tone: m.met ? "good" : "bad" },
          m.conditions.map((x) => `${x.met ? "✓" : "✗"} ${x.text}`).join("; "),
          m.teamsBelow.join(", "),
        ]),
      ),
    );
  }
  return blocks;
}

/** Readiness per team and the gaps. */
function readinessSection(r: DualConformanceReport): Block[] {
  const blocks: Block[] = [];
  blocks.push(h(2, "Readiness", "readiness"));
  blocks.push(
    table(
      ["Team", "AI RMF", "coverage", "profile attainment", "ISO/IEC 42001", "clause evidence", "Annex A controls", "ISO/IEC 27001 (inferred)"],
      [
        ...r.readiness.teams.map((t) => [t.team, percent(t.aiRmf.value), percent(t.aiRmf.coverage), percent(t.aiRmf.attainment), percent(t.iso42001.value), percent(t.iso42001.clauses), percent(t.iso42001.controls), percent(t.iso27001.value)]),
        ["Organisation (mean)", percent(r.readiness.org.aiRmf?.avg), "", "", percent(r.readiness.org.iso42001?.avg), "", "", percent(r.readiness.org.iso27001?.avg)],
      ],
      [false, true, true, true, true, true, true, true],
    ),
  );
  blocks.push({ kind: "paragraph", text: "How these figures are computed is set out under Method." });
  const gaps = r.readiness.gaps;
  blocks.push(h(3, "Gaps", "gaps"));
  blocks.push({ kind: "paragraph", text: `${n(gaps.total)} gaps: ${n(gaps.byPriority.high)} high, ${n(gaps.byPriority.medium)} medium, ${n(gaps.byPriority.low)} low priority.` });
  blocks.push(
    table(
      ["Priority", "Team", "Kind", "Reference", "Title", "Owner", "Due", "Reason"],
      gaps.items.map((g) => [{ text: g.priority, tone: PRIORITY_TONE[g.priority] }, g.team, g.kind, g.ref, g.title, g.owner ?? "", g.dueDate ?? "", g.reason]),
      undefined,
      showing(gaps.items.length, gaps.total, "gaps"),
    ),
  );
  return blocks;
}

/** NIST AI RMF: functions, subcategories, teams, references that name none. */
function aiRmfSection(r: DualConformanceReport, layout: TeamLayout): Block[] {
  const { wide } = layout;
  const blocks: Block[] = [];
  const ai = r.aiRmf;
  blocks.push(h(2, "NIST AI RMF", "ai-rmf"));
  blocks.push({
    kind: "paragraph",
    text: `Of the ${ai.totals.subcategories} subcategories, ${ai.totals.direct} are addressed directly by at least one team, ${ai.totals.inferredOnly} only through implemented ISO/IEC 42001 controls (inferred), and ${ai.totals.unaddressed} by no team. A team counts once per subcategory: directly, or else by inference.${
      ai.totals.directSuggestedOnly > 0 ? ` ${ai.totals.directSuggestedOnly} of the directly addressed are so only through suggested references a team accepted (none typed).` : ""
    }`,
  });
  blocks.push(
    table(
      ["Function / category", "Subcategories", "Direct", "Inferred only", "Not addressed", "Teams (direct)", "Teams (inferred only)", "Current (mean)", "Target (mean)"],
      [...ai.functions, ...ai.categories].map((f) => [f.function ? `  ${f.ref}` : f.ref, f.subcategories, f.direct, f.inferredOnly, f.unaddressed, f.teamsDirect, f.teamsInferredOnly, level(f.current?.avg), level(f.target?.avg)]),
      [false, true, true, true, true, true, true, true, true],
    ),
  );
  blocks.push(h(3, "Subcategories", "ai-rmf-subcategories"));
  blocks.push(
    table(
      ["Subcategory", "Status", wide ? "Direct" : "Teams direct", wide ? "Inferred (via controls)" : "Teams inferred", "Current (mean, min–max)", "Target (mean)", "Teams with a gap"],
      ai.subcategories.map((x) => [
        x.ref,
        x.directSuggestedOnly ? `${addressed(x.status)} (suggested, accepted)` : addressed(x.status),
        wide ? x.direct.map((d) => (d.suggested > 0 ? `${d.team} (${d.suggested} suggested)` : d.team)).join(", ") : x.direct.length,
        wide ? x.inferred.map((i) => `${i.team} (${i.via.join(", ")})`).join("; ") : x.inferred.length,
        x.profile.current ? `${fixed(x.profile.current.avg)} (${x.profile.current.min}–${x.profile.current.max})` : "",
        level(x.profile.target?.avg),
        x.profile.teamsWithGap,
      ]),
    ),
  );
  blocks.push(h(3, "Per team", "ai-rmf-teams"));
  blocks.push(
    table(
      ["Team", "Direct", "Inferred only", "Not addressed", "Profile rows", "Current (mean)", "Target (mean)", "Gaps", "Target below current"],
      ai.teams.map((t) => [t.team, t.direct, t.inferredOnly, t.unaddressed, t.profile.rows, level(t.profile.current?.avg), level(t.profile.target?.avg), t.profile.gaps, t.profile.targetBelowCurrent.map(bare).join(", ")]),
      [false, true, true, true, true, true, true, true, false],
    ),
  );
  if (ai.referenceIssues.total > 0) {
    blocks.push(h(3, "References that name no subcategory", "ai-rmf-references"));
    blocks.push(
      table(
        ["Team", "Record", "Reference", "Problem"],
        ai.referenceIssues.items.map((x) => [x.team, `${x.collection} ${x.record}`, x.ref, x.problem]),
        undefined,
        showing(ai.referenceIssues.items.length, ai.referenceIssues.total, "references"),
      ),
    );
  }
  return blocks;
}

/** ISO/IEC 42001 heading and clause evidence. */
function clauseEvidenceSection(r: DualConformanceReport, layout: TeamLayout): Block[] {
  const { teamKeys, wide } = layout;
  const blocks: Block[] = [];
  const iso = r.iso42001;
  blocks.push(h(2, "ISO/IEC 42001", "iso42001"));
  blocks.push(h(3, "Clause evidence", "clause-evidence"));
  blocks.push(
    wide
      ? table(["Evidence", "Clauses", ...teamKeys], iso.clauseEvidence.items.map((item) => [item.title, item.clauses.join(", "), ...item.teams.map((t) => status(t.status))]))
      : table(
          ["Evidence", "Clauses", "Present", "Partial", "Overdue", "Missing"],
          iso.clauseEvidence.items.map((item) => [item.title, item.clauses.join(", "), item.counts.present, item.counts.partial, item.counts.overdue, item.counts.missing]),
          [false, false, true, true, true, true],
        ),
  );
  const reasons = iso.clauseEvidence.items.flatMap((item) => item.teams.filter((t) => t.status !== "present").map((t) => `${item.title}, ${t.team} — ${STATUS_LABEL[t.status].toLowerCase()}: ${t.reasons.join("; ")}`));
  if (reasons.length > 0) blocks.push({ kind: "list", items: reasons.slice(0, Math.max(50, teamKeys.length * 4)) });
  return blocks;
}

/** The Statement of Applicability and its findings. */
function soaSection(r: DualConformanceReport, layout: TeamLayout): Block[] {
  const { teamKeys, wide } = layout;
  const blocks: Block[] = [];
  const iso = r.iso42001;
  blocks.push(h(3, "Statement of Applicability", "soa"));
  blocks.push({ kind: "paragraph", text: wide ? "Per team: I implemented, P partially implemented, L planned, N not implemented, X excluded, ? applicability undecided, — no row." : "Teams per applicability and implementation status." });
  blocks.push(
    wide
      ? table(
          ["Control", "Title", ...teamKeys, "Disagree"],
          iso.soa.controls.map((x) => [
            x.ref,
            x.title,
            ...teamKeys.map((key): DocCell => {
              const cell = x.teams.find((t) => t.team === key);
              if (!cell) return { text: "—", tone: "bad" };
              if (cell.applicable === false) return { text: cell.justified ? "X" : "X (no justification)", tone: cell.justified ? "neutral" : "bad" };
              if (cell.applicable === undefined) return { text: "?", tone: "warn" };
              const code = SOA_CODE[cell.status ?? ""] ?? "—";
              if (cell.status === "implemented" && cell.evidence === 0) return { text: "I (no evidence)", tone: "warn" };
              return { text: code, tone: code === "I" ? "good" : code === "P" || code === "L" ? "warn" : "bad" };
            }),
            x.disagreement ? { text: "yes", tone: "warn" } : "",
          ]),
        )
      : table(
          ["Control", "Title", "Applicable", "Excluded", "Undecided", "No row", "Implemented", "Partial", "Planned", "Not implemented", "Disagree"],
          iso.soa.controls.map((x) => [x.ref, x.title, x.counts.applicable, x.counts.excluded, x.counts.undecided, x.counts.absent, x.counts.implemented, x.counts.partiallyImplemented, x.counts.planned, x.counts.notImplemented + x.counts.noStatus, x.disagreement ? "yes" : ""]),
          [false, false, true, true, true, true, true, true, true, true, false],
        ),
  );
  const findings = [
    ...iso.soa.exclusionsWithoutJustification.map((x) => `${x.ref} ${x.title}: excluded by ${x.team} without a justification`),
    ...iso.soa.implementedWithoutEvidence.map((x) => `${x.ref} ${x.title}: implemented by ${x.team} with no evidence recorded`),
    ...iso.soa.disagreements.map((x) => `${x.ref} ${x.title}: applicable for ${x.applicable.join(", ")}, excluded by ${x.excluded.join(", ")}`),
    ...iso.soa.unknownControls.map((x) => `${x.controlId}: in ${x.team}'s SoA but not an ISO/IEC 42001 Annex A control`),
  ];
  if (findings.length > 0) {
    blocks.push(h(3, "SoA findings", "soa-findings"));
    blocks.push({ kind: "list", items: findings });
  }
  return blocks;
}

/** The inferred ISO/IEC 27001 overlay. */
function iso27001Section(r: DualConformanceReport): Block[] {
  const blocks: Block[] = [];
  const ov = r.iso27001;
  blocks.push(h(2, "ISO/IEC 27001 overlay (inferred)", "iso27001"));
  blocks.push({ kind: "note", text: `${ov.note} Applies to this organisation: ${ov.applies ? "yes" : "no"} — ${ov.appliesReason}.` });
  blocks.push({
    kind: "paragraph",
    text: `Clauses: ${ov.totals.clauses.direct} direct, ${ov.totals.clauses.inferredOnly} inferred, ${ov.totals.clauses.none} without evidence (of ${ov.totals.clauses.items}). Annex A: ${ov.totals.controls.direct} direct, ${ov.totals.controls.inferredOnly} inferred, ${ov.totals.controls.none} without evidence (of ${ov.totals.controls.items}).`,
  });
  const withEvidence = [...ov.clauses, ...ov.controls].filter((x) => x.status !== "none");
  blocks.push(
    table(
      ["ISO/IEC 27001", "Title", "Status", "Teams (direct)", "Teams (inferred)", "Via ISO/IEC 42001"],
      withEvidence.map((x) => [x.ref, x.title, addressed(x.status), x.direct.length, x.inferred.length, [...new Set(x.inferred.flatMap((i) => i.via))].join(", ")]),
      [false, false, false, true, true, false],
    ),
  );
  const without = [...ov.clauses, ...ov.controls].filter((x) => x.status === "none").map((x) => x.ref);
  if (without.length > 0) blocks.push({ kind: "paragraph", text: `No evidence from the ISO/IEC 42001 work: ${without.join(", ")}.` });
  return blocks;
}

/** The inferred SP 800-53 baseline overlay, when the report has one. */
function sp80053Section(r: DualConformanceReport): Block[] {
  const blocks: Block[] = [];
  const sp = r.sp80053;
  if (sp) {
    blocks.push(h(2, `NIST SP 800-53 ${sp.baseline} baseline: reached through the crosswalk (inferred)`, "sp800-53"));
    blocks.push({ kind: "note", text: sp.note });
    blocks.push({ kind: "paragraph", text: `${n(sp.totals.reached)} of ${n(sp.totals.controls)} ${sp.baseline} baseline controls reached through the crosswalk; ${n(sp.totals.notReached)} not reached.` });
    blocks.push(
      table(
        ["Control", "Title", "Reached (inferred)", "Through ISO/IEC 27001"],
        sp.controls.filter((c) => c.reached).map((c) => [c.ref, c.title, c.relationship ?? "related", c.via.map((v) => `${v.ref} (${v.status})`).join(", ")]),
      ),
    );
  }
  return blocks;
}

/** The six dual-conformance activities. */
function activitiesSection(r: DualConformanceReport, layout: TeamLayout): Block[] {
  const { teamKeys, wide } = layout;
  const blocks: Block[] = [];
  blocks.push(h(2, "The six dual-conformance activities", "activities"));
  blocks.push(
    table(
      ["Activity", "AI RMF (seed)", "ISO/IEC 42001 (seed)", "Added by Crosswalk"],
      r.activities.activities.map((a) => [a.title, a.seed.aiRmf, a.seed.iso42001, a.additions.join(", ")]),
      undefined,
      "The seed's dual-conformance pairing; the last column is what Crosswalk adds to it.",
    ),
  );
  blocks.push(
    wide
      ? table(["Activity", ...teamKeys.flatMap((k) => [`${k}: AI RMF`, `${k}: ISO/IEC 42001`])], r.activities.activities.map((a) => [a.title, ...a.teams.flatMap((t) => [status(t.aiRmf.status), status(t.iso42001.status)])]))
      : table(
          ["Activity", "AI RMF present", "partial", "overdue", "missing", "ISO/IEC 42001 present", "partial", "overdue", "missing"],
          r.activities.activities.map((a) => [a.title, a.counts.aiRmf.present, a.counts.aiRmf.partial, a.counts.aiRmf.overdue, a.counts.aiRmf.missing, a.counts.iso42001.present, a.counts.iso42001.partial, a.counts.iso42001.overdue, a.counts.iso42001.missing]),
          [false, true, true, true, true, true, true, true, true],
        ),
  );
  if (wide) {
    blocks.push({
      kind: "list",
      items: r.activities.activities.flatMap((a) =>
        a.teams.flatMap((t) => [
          ...(t.aiRmf.status !== "present" ? [`${a.title}, ${t.team}, AI RMF — ${t.aiRmf.status}: ${t.aiRmf.reasons.join("; ")}`] : []),
          ...(t.iso42001.status !== "present" ? [`${a.title}, ${t.team}, ISO/IEC 42001 — ${t.iso42001.status}: ${t.iso42001.reasons.join("; ")}`] : []),
        ]),
      ),
    });
  }
  return blocks;
}

/** Risk posture: heat maps, top risks, overdue, acceptances, register checks, categories. */
function riskPostureSection(r: DualConformanceReport): Block[] {
  const blocks: Block[] = [];
  const p = r.riskPosture;
  blocks.push(h(2, "Risk posture", "risk-posture"));
  blocks.push({
    kind: "paragraph",
    text: `${n(p.totals.considered)} open risks (${n(p.totals.closed)} closed left out) from ${r.teams.length} registers on different matrices, normalised onto the common ${p.commonMatrix.name ?? p.commonMatrix.id} matrix level by level (see Method). Inherent: ${n(p.totals.inherent.rated)} rated, ${bandedText(p.totals.inherent.banded)}${n(p.totals.inherent.unrated)} unrated, ${n(p.totals.inherent.offMatrix)} off their matrix. Residual: ${n(p.totals.residual.rated)} rated, ${bandedText(p.totals.residual.banded)}${n(p.totals.residual.unrated)} unrated, ${n(p.totals.residual.offMatrix)} off their matrix.${bandCountsText(p)}`,
  });
  blocks.push({ kind: "heatmaps", matrix: p.commonMatrix, maps: [{ title: "Inherent", grid: p.heatMap.inherent }, { title: "Residual", grid: p.heatMap.residual }] });
  blocks.push(h(3, "Top residual risks", "top-risks"));
  blocks.push(
    table(
      ["#", "Team", "Risk", "Title", "Owner", "Team's rating", "Common rating", "Normalised"],
      p.topResidual.map((x, k) => [k + 1, x.team, x.riskId, x.title ?? "", x.owner ?? "", `${x.own.rating ?? ""} ${x.own.score} (${x.own.likelihoodLabel} × ${x.own.impactLabel})`, { text: `${x.common.bandLabel ?? ""} ${x.common.score} (${x.common.likelihood}×${x.common.impact})`, tone: x.common.band === "critical" || x.common.band === "high" ? "bad" : x.common.band === "medium" ? "warn" : "good" }, percent(x.common.normalised)]),
      [true, false, false, false, false, false, false, true],
    ),
  );
  blocks.push(h(3, "Overdue actions and reviews", "overdue"));
  blocks.push({ kind: "paragraph", text: `${n(p.overdue.total)} overdue as of ${r.asOf}: ${n(p.overdue.byKind.action)} actions, ${n(p.overdue.byKind["risk-treatment"])} treatments, ${n(p.overdue.byKind["risk-review"])} reviews.` });
  if (p.overdue.items.length > 0) {
    blocks.push(
      table(
        ["Team", "Kind", "Risk", "Description", "Owner", "Due", "Days overdue"],
        p.overdue.items.map((x) => [x.team, x.kind, x.actionId ? `${x.riskId} / ${x.actionId}` : x.riskId, x.description, x.owner ?? "", x.dueDate, x.daysOverdue]),
        [false, false, false, false, false, false, true],
        showing(p.overdue.items.length, p.overdue.total, "overdue items"),
      ),
    );
  }
  blocks.push(h(3, "Accepted risks without approval", "accepted"));
  blocks.push(
    p.acceptedWithoutApproval.total === 0
      ? { kind: "paragraph", text: "None." }
      : table(["Team", "Risk", "Title", "Owner", "Problem"], p.acceptedWithoutApproval.items.map((x) => [x.team, x.riskId, x.title ?? "", x.owner ?? "", x.expired ? `acceptance expired ${x.expired}` : `no ${x.missing.join(", no ")}`]), undefined, showing(p.acceptedWithoutApproval.items.length, p.acceptedWithoutApproval.total, "risks")),
  );
  const otherFindings = [
    ...p.residualAboveInherent.items.map((x) => `${x.team} ${x.riskId}: residual ${x.residual.likelihood}×${x.residual.impact} above inherent ${x.inherent.likelihood}×${x.inherent.impact}`),
    ...p.offMatrix.items.map((x) => `${x.team} ${x.riskId}: ${x.rating} rating ${x.likelihood}×${x.impact} is not on the team's ${x.matrix} matrix`),
    ...p.unknownAiSystems.items.map((x) => `${x.team} ${x.riskId}: names AI system ${x.aiSystem}, which is not in the team's inventory`),
  ];
  if (otherFindings.length > 0) {
    blocks.push(h(3, "Register entries to check", "register-checks"));
    blocks.push({ kind: "list", items: otherFindings });
  }
  blocks.push(h(3, "Risks by AI RMF function and trustworthiness characteristic", "risk-categories"));
  blocks.push(
    table(
      ["Dimension", "Risks", "High or critical residual"],
      [
        ...p.byFunction.map((x) => [`${x.function} (AI RMF function)`, x.risks, x.highResidual]),
        ...p.byTrustworthiness.map((x) => [x.title, x.risks, x.highResidual]),
        ["No characteristic named", p.withoutTrustworthiness, ""],
        ...p.byGenAiRisk.filter((x) => x.risks > 0).map((x) => [`${x.title} (AI 600-1)`, x.risks, ""]),
      ],
      [false, true, true],
    ),
  );
  blocks.push(
    table(
      ["Team", "Matrix", "Open risks", "Closed", "Overdue", "Accepted without approval", "Residual above inherent"],
      p.teams.map((t) => [t.team, t.matrix, t.considered, t.closed, t.overdue.action + t.overdue["risk-treatment"] + t.overdue["risk-review"], t.acceptedWithoutApproval, t.residualAboveInherent]),
      [false, false, true, true, true, true, true],
    ),
  );
  return blocks;
}

/** How the figures are computed. */
function methodSection(r: DualConformanceReport): Block[] {
  const blocks: Block[] = [];
  blocks.push(h(2, "Method", "method"));
  for (const note of r.method.notes) {
    blocks.push(h(3, note.title, `method-${note.id}`));
    blocks.push({ kind: "paragraph", text: note.text });
  }
  blocks.push(table(["Team", "Matrix", "Likelihood → common", "Impact → common"], r.method.normalisation.teams.map((t) => [t.team, t.matrix, t.likelihood, t.impact])));
  return blocks;
}


/** "2 rated by band only, " when a register rates risks by words alone; nothing otherwise. */
function bandedText(banded: number): string {
  return banded > 0 ? `${n(banded)} rated by band only, ` : "";
}

/** Counts per band of the common matrix, when some risks are placed by band alone (they have no heat-map cell). */
function bandCountsText(p: DualConformanceReport["riskPosture"]): string {
  if (p.totals.inherent.banded === 0 && p.totals.residual.banded === 0) return "";
  const counts = (byBand: Readonly<Record<string, number>>) => p.commonMatrix.bands.map((band) => `${band.label} ${n(byBand[band.id] ?? 0)}`).join(", ");
  return ` By band, rated and rated by band only together — inherent: ${counts(p.byBand.inherent)}; residual: ${counts(p.byBand.residual)}.`;
}
