import type { CatalogIndex } from "../catalog-index";
import type { EvidenceStatus } from "../evidence-status";
import type { OrgProfile } from "../org-profile";
import { addDays, addMonths, daysBetween } from "../util/dates";
import { round } from "../util/stats";
import type { EvidenceItemId } from "./clause-evidence";

export const PROGRAMME_PATHS = ["ai-rmf", "ai-rmf-and-iso42001", "integrated-iso27001-iso42001"] as const;
export type ProgrammePath = (typeof PROGRAMME_PATHS)[number];

export const PATH_TITLE: Readonly<Record<ProgrammePath, string>> = {
  "ai-rmf": "NIST AI RMF alone",
  "ai-rmf-and-iso42001": "NIST AI RMF, and also an ISO/IEC 42001 certified AI management system",
  "integrated-iso27001-iso42001": "One integrated ISO/IEC 27001 + ISO/IEC 42001 management system, reported in NIST AI RMF terms too",
};

export interface ProgrammeReason {
  readonly factor: "customer-mix" | "iso27001" | "capacity" | "certification-plan" | "integration";
  readonly text: string;
}

export interface Recommendation {
  readonly path: ProgrammePath;
  readonly title: string;
  /** A next phase the organisation should plan for, when the path starts smaller. */
  readonly later?: ProgrammePath;
  readonly reasons: readonly ProgrammeReason[];
  readonly nextSteps: readonly string[];
}

export interface MilestoneCondition {
  readonly text: string;
  readonly met: boolean;
}

export interface Milestone {
  readonly id: string;
  readonly title: string;
  readonly date: string;
  /** The offset from the planned certification date, e.g. "−3 months". */
  readonly offset: string;
  readonly daysFromAsOf: number;
  readonly when: "past" | "upcoming";
  /** ISO/IEC 42001 readiness (organisation mean) this step needs. */
  readonly requiredReadiness: number;
  readonly readiness?: number;
  readonly conditions: readonly MilestoneCondition[];
  /** Teams whose own ISO/IEC 42001 readiness is below the requirement. */
  readonly teamsBelow: readonly string[];
  /** The readiness and every condition are met now. */
  readonly met: boolean;
}

export interface CertificationCycle {
  readonly applicable: boolean;
  readonly reason: string;
  readonly plannedDate?: string;
  readonly milestones: readonly Milestone[];
}

/** One consideration from the seed's decision guidance, and whether this organisation's profile makes it apply. */
export interface GuidancePoint {
  readonly id: string;
  readonly text: string;
  readonly applies: boolean;
}

/**
 * The seed's decision guidance for ISO/IEC 42001 certification against the AI RMF alone: cost,
 * reasons to pursue and to pass, and how the paths differ — each marked for this organisation.
 */
export interface DecisionGuidance {
  readonly certificationCost: {
    readonly text: string;
    /** The seed's estimate for a small firm, named as such: not a quote. */
    readonly estimate: string;
    readonly estimateSource: string;
    /** The organisation's own quote, when its profile holds one. */
    readonly quote?: string;
  };
  readonly aiRmfCost: string;
  readonly reasonsToPursue: readonly GuidancePoint[];
  readonly reasonsToPass: readonly GuidancePoint[];
  readonly paths: readonly GuidancePoint[];
  readonly aiRmfAssessment: string;
}

export interface ProgrammeSection {
  readonly recommendation?: Recommendation;
  /** Present when an organisation profile is given. */
  readonly guidance?: DecisionGuidance;
  readonly certification: CertificationCycle;
}

/** The seed's cost estimate for certifying a small firm to ISO/IEC 42001. */
const SEED_CERTIFICATION_ESTIMATE = "$15K–$60K+";

function decisionGuidance(profile: OrgProfile): DecisionGuidance {
  const federal = profile.customerMix === "federal" || profile.customerMix === "both";
  const international = profile.customerMix === "international-commercial" || profile.customerMix === "both";
  return {
    certificationCost: {
      text: `ISO/IEC 42001 certification means a certification audit every 3 years plus surveillance audits in between; the seed's estimate for a small firm is ${SEED_CERTIFICATION_ESTIMATE} (an estimate, not a quote).`,
      estimate: SEED_CERTIFICATION_ESTIMATE,
      estimateSource: "the seed's estimate for a small firm",
      ...(profile.certificationQuote ? { quote: profile.certificationQuote } : {}),
    },
    aiRmfCost: "NIST AI RMF has zero direct cost: it is voluntary and implemented internally, with no certification body to pay.",
    reasonsToPursue: [
      { id: "international-customers", text: "International commercial customers ask for ISO/IEC 42001.", applies: international },
      { id: "procurement-asset", text: "A certificate is a procurement asset: it answers supplier questionnaires and tenders with one document.", applies: international || profile.plansIso42001Certification },
      { id: "management-discipline", text: "The management-system discipline: objectives, internal audit, management review and corrective action keep AI risk work going.", applies: profile.auditBandwidth !== "low" || profile.integratedManagementSystem },
    ],
    reasonsToPass: [
      { id: "federal-only", text: "Purely federal customers: they work in NIST terms and do not ask for an ISO certificate.", applies: profile.customerMix === "federal" },
      { id: "no-audit-bandwidth", text: "A small firm without the bandwidth for an audit cycle (internal audits, reviews, surveillance).", applies: profile.size === "small" && profile.auditBandwidth === "low" },
    ],
    paths: [
      { id: "federal-first", text: "Federal-first firms prioritise the AI RMF.", applies: federal },
      { id: "iso27001-incremental", text: "ISO/IEC 27001 holders add ISO/IEC 42001 incrementally on the management system they run.", applies: profile.holdsIso27001 },
      { id: "both-from-scratch", text: "Without ISO/IEC 27001, starting both carries more overhead: the management system is built from nothing.", applies: !profile.holdsIso27001 },
    ],
    aiRmfAssessment: "The AI RMF is assessed through internal review, customer audit and mapping to SP 800-53, not by certification.",
  };
}

/**
 * The ISO/IEC 42001 certification cycle as offsets from the planned certificate date. Offsets are
 * typical of accredited certification (ISO/IEC 17021-1 practice), not requirements: the internal
 * audit and management review finished before stage 1; stage 1 about three months before the
 * certificate; stage 2 about six weeks before (time to close minor findings); surveillance audits
 * in years 1 and 2; recertification three months before the three-year certificate expires.
 */
export const CERTIFICATION_MILESTONES: readonly {
  readonly id: string;
  readonly title: string;
  readonly months: number;
  readonly days: number;
  readonly requiredReadiness: number;
  readonly offset: string;
}[] = [
  { id: "internal-audit-and-review", title: "Internal audit and management review completed", months: -4, days: 0, requiredReadiness: 0.6, offset: "−4 months" },
  { id: "stage-1", title: "Stage 1 audit (documentation and readiness review)", months: -3, days: 0, requiredReadiness: 0.7, offset: "−3 months" },
  { id: "stage-2", title: "Stage 2 audit (implementation and effectiveness)", months: 0, days: -42, requiredReadiness: 0.85, offset: "−6 weeks" },
  { id: "certificate", title: "Certificate issued", months: 0, days: 0, requiredReadiness: 0.9, offset: "planned date" },
  { id: "surveillance-1", title: "Surveillance audit, year 1", months: 12, days: 0, requiredReadiness: 0.9, offset: "+12 months" },
  { id: "surveillance-2", title: "Surveillance audit, year 2", months: 24, days: 0, requiredReadiness: 0.9, offset: "+24 months" },
  { id: "recertification", title: "Recertification audit (certificate expires at +36 months)", months: 33, days: 0, requiredReadiness: 0.9, offset: "+33 months" },
];

/** What the programme view reads from the rest of the report, per team. */
export interface ProgrammeTeamFacts {
  readonly team: string;
  readonly iso42001Readiness: number;
  readonly evidence: ReadonlyMap<EvidenceItemId, EvidenceStatus>;
  readonly soaComplete: boolean;
  readonly unjustifiedExclusions: number;
  readonly implementedWithoutEvidence: number;
  readonly overdueCorrectiveActions: number;
}

export interface ProgrammeFacts {
  readonly teams: readonly ProgrammeTeamFacts[];
  readonly iso42001Readiness?: number;
  readonly aiRmfReadiness?: number;
  readonly highGaps: number;
}

export function recommend(profile: OrgProfile, facts: ProgrammeFacts, index: CatalogIndex): Recommendation {
  const federal = profile.customerMix === "federal" || profile.customerMix === "both";
  const international = profile.customerMix === "international-commercial" || profile.customerMix === "both";
  const lowCapacity = profile.size === "small" || profile.auditBandwidth === "low";
  const reasons: ProgrammeReason[] = [];
  if (federal) {
    reasons.push({ factor: "customer-mix", text: "US federal customers work with NIST frameworks: the AI RMF is the language they expect for AI risk management, so the AI RMF profile stays the primary view." });
  }
  if (international) {
    reasons.push({ factor: "customer-mix", text: "International commercial customers ask for assurance they can check: ISO/IEC 42001 is the AI management system standard an accredited body can certify." });
  }
  if (profile.holdsIso27001) {
    const equalClauses = [...index.iso42001To27001.entries()].filter(([id, reaches]) => index.iso42001Clauses.has(id) && reaches.some((r) => r.relationship === "equal")).length;
    reasons.push({
      factor: "iso27001",
      text: `The organisation already holds ISO/IEC 27001${profile.iso27001Since ? ` (since ${profile.iso27001Since})` : ""}: clauses 4–10 share the harmonised structure (${equalClauses} ISO/IEC 42001 clauses map as equal in the crosswalk), so one management system, one internal audit programme and one management review can carry both.`,
    });
  }
  if (lowCapacity) {
    reasons.push({
      factor: "capacity",
      text: `${profile.size === "small" ? "A small organisation" : "An organisation"} with ${profile.auditBandwidth} internal audit bandwidth: a certified management system needs internal audits and management reviews at planned intervals (typically yearly), and surveillance audits in the years between recertifications.`,
    });
  }
  if (profile.plansIso42001Certification) {
    reasons.push({ factor: "certification-plan", text: `ISO/IEC 42001 certification is planned${profile.plannedCertificationDate ? ` for ${profile.plannedCertificationDate}` : ""}.` });
  }
  if (profile.integratedManagementSystem && !profile.holdsIso27001) {
    reasons.push({ factor: "integration", text: "An integrated management system is wanted: build the ISO/IEC 42001 system on the harmonised structure so ISO/IEC 27001 can join it without a second set of records." });
  }

  let path: ProgrammePath;
  let later: ProgrammePath | undefined;
  if (profile.holdsIso27001 && (international || profile.plansIso42001Certification || profile.integratedManagementSystem)) {
    path = "integrated-iso27001-iso42001";
  } else if (international || profile.plansIso42001Certification) {
    if (lowCapacity && !profile.plansIso42001Certification) {
      path = "ai-rmf";
      later = "ai-rmf-and-iso42001";
    } else path = "ai-rmf-and-iso42001";
  } else {
    path = "ai-rmf";
    if (profile.holdsIso27001) later = "integrated-iso27001-iso42001";
  }

  const pct = (value: number | undefined) => (value === undefined ? "n/a" : `${Math.round(value * 100)}%`);
  const nextSteps: string[] = [];
  nextSteps.push(`Close the ${facts.highGaps} high-priority gaps in the gap list first.`);
  nextSteps.push(`Raise AI RMF readiness (now ${pct(facts.aiRmfReadiness)}) by closing profile gaps and linking risks to subcategories.`);
  if (path !== "ai-rmf") {
    nextSteps.push(`Raise ISO/IEC 42001 readiness (now ${pct(facts.iso42001Readiness)}) to ${pct(CERTIFICATION_MILESTONES[1]!.requiredReadiness)} before the stage 1 audit.`);
  }
  if (path === "integrated-iso27001-iso42001") {
    nextSteps.push("Run one internal audit programme and one management review for both standards; extend the ISO/IEC 27001 SoA with the ISO/IEC 42001 Annex A controls.");
  }
  if (later === "ai-rmf-and-iso42001") {
    nextSteps.push("Keep the ISO/IEC 42001 records (policy, SoA, impact assessments, audits, reviews) in the workbook now, so certification can follow when audit capacity allows.");
  }
  if (later === "integrated-iso27001-iso42001") {
    nextSteps.push("If customers start asking for certification, extend the ISO/IEC 27001 management system to AI rather than starting a second one.");
  }
  return { path, title: PATH_TITLE[path], ...(later ? { later } : {}), reasons, nextSteps };
}

function certificationCycle(profile: OrgProfile | undefined, recommendation: Recommendation | undefined, facts: ProgrammeFacts, asOf: string): CertificationCycle {
  if (!profile || !recommendation) return { applicable: false, reason: "no organisation profile given", milestones: [] };
  const onPath = recommendation.path !== "ai-rmf" || recommendation.later !== undefined || profile.plansIso42001Certification;
  if (!onPath) return { applicable: false, reason: "ISO/IEC 42001 certification is not on the recommended path", milestones: [] };
  const planned = profile.plannedCertificationDate;
  if (planned === undefined) return { applicable: true, reason: "no planned certification date in the organisation profile: set one to see the cycle as dates", milestones: [] };
  const every = (test: (t: ProgrammeTeamFacts) => boolean) => facts.teams.length > 0 && facts.teams.every(test);
  const evidenceIs = (t: ProgrammeTeamFacts, item: EvidenceItemId, ...ok: EvidenceStatus[]) => ok.includes(t.evidence.get(item) ?? "missing");
  const conditionsFor = (id: string): MilestoneCondition[] => {
    switch (id) {
      case "internal-audit-and-review":
        return [
          { text: "every team has a completed internal audit (9.2)", met: every((t) => evidenceIs(t, "internal-audit", "present")) },
          { text: "every team has a management review held (9.3)", met: every((t) => evidenceIs(t, "management-review", "present")) },
        ];
      case "stage-1":
        return [
          { text: "no team is missing clause evidence", met: every((t) => [...t.evidence.values()].every((s) => s !== "missing")) },
          { text: "every team's SoA decides every Annex A control", met: every((t) => t.soaComplete) },
        ];
      case "stage-2":
        return [
          { text: "all clause evidence present in every team", met: every((t) => [...t.evidence.values()].every((s) => s === "present")) },
          { text: "no exclusion without justification", met: every((t) => t.unjustifiedExclusions === 0) },
          { text: "no control implemented without evidence", met: every((t) => t.implementedWithoutEvidence === 0) },
        ];
      case "certificate":
        return [{ text: "no overdue corrective action", met: every((t) => t.overdueCorrectiveActions === 0) }];
      default:
        return [
          { text: "internal audit and management review within the last year in every team", met: every((t) => evidenceIs(t, "internal-audit", "present") && evidenceIs(t, "management-review", "present")) },
          { text: "no overdue corrective action", met: every((t) => t.overdueCorrectiveActions === 0) },
        ];
    }
  };
  const milestones = CERTIFICATION_MILESTONES.map((m) => {
    const date = addDays(addMonths(planned, m.months), m.days);
    const daysFromAsOf = daysBetween(asOf, date);
    const conditions = conditionsFor(m.id);
    const readiness = facts.iso42001Readiness;
    return {
      id: m.id,
      title: m.title,
      date,
      offset: m.offset,
      daysFromAsOf,
      when: daysFromAsOf < 0 ? ("past" as const) : ("upcoming" as const),
      requiredReadiness: m.requiredReadiness,
      ...(readiness !== undefined ? { readiness: round(readiness) } : {}),
      conditions,
      teamsBelow: facts.teams.filter((t) => t.iso42001Readiness < m.requiredReadiness).map((t) => t.team),
      met: readiness !== undefined && readiness >= m.requiredReadiness && conditions.every((c) => c.met),
    };
  });
  return { applicable: true, reason: `certificate planned for ${planned}`, plannedDate: planned, milestones };
}

export function programmeSection(profile: OrgProfile | undefined, facts: ProgrammeFacts, asOf: string, index: CatalogIndex): ProgrammeSection {
  const recommendation = profile ? recommend(profile, facts, index) : undefined;
  return {
    ...(recommendation ? { recommendation } : {}),
    ...(profile ? { guidance: decisionGuidance(profile) } : {}),
    certification: certificationCycle(profile, recommendation, facts, asOf),
  };
}
