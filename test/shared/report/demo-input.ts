import { DEMO_AS_OF, demoSnapshots } from "../../../shared/demo/index";
import type { WorkbookSnapshot } from "../../../shared/model/index";
import { OrgProfile, type OrgProfileInput, type ReportInput } from "../../../shared/report/index";

/** The demo organisation's profile: both customer kinds, holds ISO/IEC 27001, certification planned. */
export const DEMO_PROFILE: OrgProfileInput = {
  customerMix: "both",
  size: "medium",
  auditBandwidth: "medium",
  holdsIso27001: true,
  iso27001Since: "2021-06-01",
  plansIso42001Certification: true,
  plannedCertificationDate: "2027-06-30",
  integratedManagementSystem: true,
};

/** The three demo team workbooks (5×5 numbers, 3×3 words, 4×4) as a report input. */
export function demoInput(options: { profile?: OrgProfileInput | null; snapshots?: WorkbookSnapshot[]; asOf?: string } = {}): ReportInput {
  const snapshots = options.snapshots ?? demoSnapshots();
  const profile = options.profile === null ? undefined : OrgProfile.parse(options.profile ?? DEMO_PROFILE);
  return {
    org: { id: "northwind", name: "Northwind Financial", ...(profile ? { profile } : {}) },
    asOf: options.asOf ?? DEMO_AS_OF,
    workbooks: snapshots.map((snapshot, index) => ({
      team: snapshot.workbook.team,
      workbook: snapshot.workbook.name,
      version: 3 + index,
      author: `${snapshot.workbook.owner ?? "owner"} <${snapshot.workbook.team}@northwind.example>`,
      createdAt: `${DEMO_AS_OF}T0${index + 7}:30:00Z`,
      snapshot,
    })),
  };
}
