import type { CollectionName } from "../model/collections";

/**
 * A flaw planted in the demo data on purpose, for validation to find and reports to show.
 * `kind` describes the flaw in plain words; validation rules name their own codes.
 */
export interface DemoProblem {
  readonly team: string;
  readonly collection: CollectionName;
  /** Key of the record (id, control id or subcategory). */
  readonly id: string;
  readonly field?: string;
  readonly kind:
    | "missing-owner"
    | "review-overdue"
    | "due-date-passed"
    | "accepted-without-approver"
    | "residual-above-inherent"
    | "level-off-matrix"
    | "unknown-framework-id"
    | "unknown-ai-system"
    | "ai-system-without-impact-assessment"
    | "exclusion-without-justification"
    | "implemented-without-evidence"
    | "profile-target-below-current";
  readonly note: string;
}

/** Every deliberate problem in `demoSnapshots()`, whatever the as-of date (all dates move with it). */
export const DEMO_PROBLEMS: readonly DemoProblem[] = [
  { team: "credit-risk", collection: "risks", id: "CR-R07", field: "reviewDate", kind: "review-overdue", note: "review fell due 45 days before the as-of date" },
  { team: "credit-risk", collection: "risks", id: "CR-R11", field: "residualImpact", kind: "residual-above-inherent", note: "residual impact 5 above inherent 4" },
  { team: "credit-risk", collection: "risks", id: "CR-R03", field: "aiRmfRefs", kind: "unknown-framework-id", note: "AIRMF:MEASURE 2.14 does not exist" },
  { team: "customer-service", collection: "risks", id: "CS-R05", field: "owner", kind: "missing-owner", note: "risk has no owner" },
  { team: "customer-service", collection: "risks", id: "CS-R12", field: "inherentImpact", kind: "level-off-matrix", note: "impact 4 on a 3×3 matrix" },
  { team: "customer-service", collection: "risks", id: "CS-R06", field: "actions", kind: "due-date-passed", note: "action CS-A03 due 10 days before the as-of date, in progress" },
  { team: "customer-service", collection: "impactAssessments", id: "AIIA-CS-03", field: "reviewDate", kind: "review-overdue", note: "review fell due 135 days before the as-of date" },
  { team: "customer-service", collection: "soa", id: "ISO42001:A.4.5", field: "justification", kind: "exclusion-without-justification", note: "A.4.5 excluded with no justification" },
  { team: "people", collection: "risks", id: "PE-R04", field: "acceptance", kind: "accepted-without-approver", note: "accepted with a date but no approver" },
  { team: "people", collection: "risks", id: "PE-R09", field: "aiSystem", kind: "unknown-ai-system", note: "AIS-PE-07 is not in the inventory" },
  { team: "people", collection: "aiSystems", id: "AIS-PE-03", kind: "ai-system-without-impact-assessment", note: "no impact assessment names AIS-PE-03" },
  { team: "people", collection: "impactAssessments", id: "AIIA-PE-01", field: "reviewDate", kind: "review-overdue", note: "review fell due 35 days before the as-of date" },
  { team: "people", collection: "soa", id: "ISO42001:A.6.2.6", field: "evidence", kind: "implemented-without-evidence", note: "implemented with no evidence" },
  { team: "people", collection: "profile", id: "AIRMF:MAP 3.5", field: "target", kind: "profile-target-below-current", note: "target 2 below current 3" },
  { team: "people", collection: "nonconformities", id: "NC-PE-01", field: "dueDate", kind: "due-date-passed", note: "corrective action due 5 days before the as-of date, open" },
];
