import { COMMON_MATRIX } from "../scoring/presets";
import { CERTIFICATION_MILESTONES } from "./sections/programme";
import type { TeamSummary } from "./teams";

export interface MethodNote {
  readonly id: string;
  readonly title: string;
  readonly text: string;
}

export interface MethodNotes {
  readonly notes: readonly MethodNote[];
  /** How each team's matrix lands on the common one. */
  readonly normalisation: {
    readonly commonMatrix: string;
    readonly teams: readonly { readonly team: string; readonly matrix: string; readonly likelihood: string; readonly impact: string }[];
  };
  readonly readiness: { readonly aiRmf: string; readonly iso42001: string; readonly iso27001: string; readonly organisation: string };
  readonly certificationOffsets: readonly { readonly id: string; readonly title: string; readonly offset: string; readonly requiredReadiness: number }[];
}

const READINESS = {
  aiRmf:
    "AI RMF readiness of a team = mean of coverage and attainment. Coverage = (subcategories addressed directly + ½ × subcategories addressed only through implemented ISO/IEC 42001 controls) / 72. Attainment = Σ min(current, target) / Σ target over the team's profile rows with a target above 0 (a missing current level counts as 0). Without such profile rows, readiness = coverage.",
  iso42001:
    "ISO/IEC 42001 readiness of a team = mean of a clause score and a control score. Clause score = mean weight of the 11 clause evidence items (present 1, partial ½, overdue ½, missing 0). Control score = Σ weight / applicable Annex A controls (implemented 1, partially implemented ½, anything else 0); a control is applicable unless excluded with a justification, and a control missing from the SoA counts as applicable and not implemented.",
  iso27001:
    "ISO/IEC 27001 figure = inferred evidence coverage, not readiness: (items implemented directly in the SoA + ½ × items reached only through the crosswalk) / assessable ISO/IEC 27001 items (leaf clauses and 93 Annex A controls).",
  organisation: "Organisation figures are the minimum, mean and maximum of the team figures; every team weighs the same whatever its size.",
} as const;

function levelMap(toCommon: readonly number[]): string {
  return toCommon.map((target, index) => `${index + 1}→${target}`).join(", ");
}

export function methodNotes(teams: readonly TeamSummary[], reviewIntervalDays: number, listLimit: number): MethodNotes {
  const common = `${COMMON_MATRIX.name ?? COMMON_MATRIX.id} (bands ${COMMON_MATRIX.bands.map((b) => `${b.label} ${b.min}–${b.max}`).join(", ")})`;
  const notes: MethodNote[] = [
    {
      id: "normalisation",
      title: "Normalising risk matrices",
      text:
        `Teams rate risks on their own matrices, so raw scores are not comparable. Each likelihood and impact level is moved onto the common ${common} axis by axis: level k of an n-level scale becomes round_half_up(1 + (k − 1) × 4 / (n − 1)), so 3 levels map to 1, 3, 5 and 4 levels to 1, 2, 4, 5; the lowest and highest levels stay lowest and highest and order is never reversed. The cell is then scored and banded on the common matrix. Band labels are not carried over: each top risk shows the team's own rating beside the common one. "Normalised" scores are a score's place in its matrix's range, (score − min) / (max − min).`,
    },
    {
      id: "risk-scope",
      title: "Which risks count",
      text: "Closed risks are counted and otherwise left out. A risk with a level missing is unrated, unless the register rates it by a word (\"Inherent risk: High\", a band of its matrix): then it is counted under that band, placed on the common matrix's band of the same name (or of the same place in the score range), but has no heat-map cell; a level that is not on the team's matrix (e.g. impact 4 on a 3×3) is off-matrix; neither appears in the heat map. Risks naming several AI RMF functions or trustworthiness characteristics count under each.",
    },
    {
      id: "direct-and-inferred",
      title: "Direct and inferred AI RMF evidence",
      text: "A team addresses a subcategory directly when a risk, AI system, impact assessment, policy, objective or metric references it, or its profile row has a current level above 0 or evidence. It addresses it by inference when an ISO/IEC 42001 Annex A control marked implemented (and applicable) in its SoA maps to the subcategory in the crosswalk. A team that addresses a subcategory directly is never also counted as inferring it, and every total counts distinct teams.",
    },
    {
      id: "evidence-status",
      title: "Clause evidence status",
      text: `Each evidence item is present, partial (records exist but are incomplete: unapproved, unowned, unjustified, without data), overdue (a review, audit, action or due date is before the as-of date, or an audit, management review, SoA review or measurement is older than ${reviewIntervalDays} days) or missing (no records). Overdue outranks partial; every status comes with its reasons.`,
    },
    {
      id: "overdue",
      title: "Overdue",
      text: "Everything \"overdue\" is judged against the report's as-of date, never the clock: an action due before it and not done or cancelled; a risk treatment due before it while the risk is open or in progress; a review date before it.",
    },
    { id: "readiness-ai-rmf", title: "AI RMF readiness", text: READINESS.aiRmf },
    { id: "readiness-iso42001", title: "ISO/IEC 42001 readiness", text: READINESS.iso42001 },
    { id: "readiness-iso27001", title: "ISO/IEC 27001 overlay figure", text: READINESS.iso27001 },
    { id: "readiness-organisation", title: "Organisation figures", text: READINESS.organisation },
    {
      id: "gap-priority",
      title: "Gap priorities",
      text: "High: missing or overdue clause evidence, applicable Annex A controls not implemented (or not decided), exclusions without justification, overdue actions, treatments and corrective actions, accepted risks without approval, profile gaps past their due date. Medium: partial clause evidence, planned controls, controls implemented without evidence, profile gaps of two levels or more, overdue reviews. Low: partially implemented controls, one-level profile gaps. Within a priority: longest overdue first, then nearest due date, then team and reference.",
    },
    {
      id: "certification-cycle",
      title: "Certification cycle",
      text: `Dates count from the planned certificate date: ${CERTIFICATION_MILESTONES.map((m) => `${m.title.toLowerCase()} ${m.offset}`).join("; ")}. These are typical offsets for accredited certification, not requirements. Each step lists the ISO/IEC 42001 readiness it needs and whether the organisation meets it now.`,
    },
    {
      id: "lists",
      title: "Lists and totals",
      text: `Long lists (overdue items, gaps, reference issues, SoA findings) show at most ${listLimit} entries in report order; their totals always count everything.`,
    },
  ];
  return {
    notes,
    normalisation: {
      commonMatrix: common,
      teams: teams.map((t) => ({
        team: t.key,
        matrix: `${t.matrix.likelihoodLevels}×${t.matrix.impactLevels} ${t.matrix.scoring}`,
        likelihood: levelMap(t.matrix.toCommon.likelihood),
        impact: levelMap(t.matrix.toCommon.impact),
      })),
    },
    readiness: READINESS,
    certificationOffsets: CERTIFICATION_MILESTONES.map((m) => ({ id: m.id, title: m.title, offset: m.offset, requiredReadiness: m.requiredReadiness })),
  };
}
