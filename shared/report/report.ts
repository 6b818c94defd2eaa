import type { OrgProfile } from "./org-profile";
import type { MethodNotes } from "./method";
import type { ActivitiesSection } from "./sections/activities";
import type { AiRmfSection } from "./sections/ai-rmf";
import type { Iso27001Overlay } from "./sections/iso27001-overlay";
import type { Sp80053Overlay } from "./sections/sp800-53-overlay";
import type { Iso42001Section } from "./sections/iso42001";
import type { ProgrammePath, ProgrammeSection } from "./sections/programme";
import type { ReadinessSection } from "./sections/readiness";
import type { RiskPostureSection } from "./sections/risk-posture";
import type { TeamSummary } from "./teams";

/**
 * The version of the report's shape. Fields may be added without a bump; renaming or removing one,
 * or changing what a figure means, bumps it.
 */
export const REPORT_VERSION = 1;

export interface ReportSummary {
  readonly teams: number;
  readonly risks: number;
  readonly openRisks: number;
  readonly aiRmf: {
    readonly readiness?: number;
    readonly subcategories: number;
    /** Addressed by at least one team, directly or by inference. */
    readonly addressed: number;
    readonly addressedDirectly: number;
  };
  readonly iso42001: {
    readonly readiness?: number;
    readonly annexAControls: number;
    /** Controls that every team applying them has implemented (and at least one team applies). */
    readonly implementedWherever: number;
    /** Team × evidence item cells that are present, out of `clauseEvidenceCells`. */
    readonly clauseEvidencePresent: number;
    readonly clauseEvidenceCells: number;
  };
  readonly gaps: { readonly total: number; readonly high: number };
  readonly overdue: number;
  readonly acceptedWithoutApproval: number;
  readonly recommendedPath?: ProgrammePath;
}

/**
 * The consolidated dual-conformance report: JSON-serialisable (no undefined values, no Maps), every
 * list in a fixed order, so the same input gives byte-identical JSON.
 */
export interface DualConformanceReport {
  readonly reportVersion: typeof REPORT_VERSION;
  readonly kind: "dual-conformance";
  readonly org: { readonly id: string; readonly name: string; readonly profile?: OrgProfile };
  readonly asOf: string;
  readonly teams: readonly TeamSummary[];
  readonly summary: ReportSummary;
  readonly aiRmf: AiRmfSection;
  readonly iso42001: Iso42001Section;
  readonly iso27001: Iso27001Overlay;
  /** Only for organisations whose profile names an SP 800-53 baseline. */
  readonly sp80053?: Sp80053Overlay;
  readonly activities: ActivitiesSection;
  readonly riskPosture: RiskPostureSection;
  readonly programme: ProgrammeSection;
  readonly readiness: ReadinessSection;
  readonly method: MethodNotes;
}
