import { addDays } from "../../shared/demo/dates";
import { demoHistory } from "../../shared/demo/history";
import { DEMO_ORG } from "../../shared/demo/org";
import type { OrgProfileDocument } from "../../shared/api/org-profile";

/** The demo org the local server seeds on first run: three teams, three versions each. */
export interface DemoWorkbook {
  readonly team: string;
  readonly workbook: string;
  /** Oldest first; each is pushed as the next version. */
  readonly versions: readonly unknown[];
}

/** shared/demo's history, dated around `today` so overdue actions and reviews look current. */
export function demoWorkbooks(today: Date = new Date()): DemoWorkbook[] {
  return demoHistory({ asOf: today.toISOString().slice(0, 10) }).map((h) => ({
    team: h.team,
    workbook: h.workbook,
    versions: h.versions,
  }));
}

/**
 * The demo org's profile: a mid-sized lender selling to federal agencies and international
 * customers, ISO/IEC 27001-certified, aiming at ISO/IEC 42001 certification in about nine months
 * (so the certification cycle's first steps fall in the coming months) as one integrated system.
 */
export function demoOrgProfile(today: Date = new Date()): OrgProfileDocument {
  return {
    name: DEMO_ORG,
    customerMix: "both",
    size: "medium",
    auditBandwidth: "medium",
    holdsIso27001: true,
    iso27001Since: "2021-06-01",
    plansIso42001Certification: true,
    plannedCertificationDate: addDays(today.toISOString().slice(0, 10), 270),
    integratedManagementSystem: true,
  };
}
