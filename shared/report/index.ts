// Public surface of the consolidated dual-conformance report: the builder, its input and model types, and the renderers.
export { buildDualConformanceReport } from "./build-report";
export {
  checkInput,
  ReportEnvelope,
  ReportInputError,
  ReportOptions,
  type ReportInput,
  type ReportOptionsInput,
  type ReportOrg,
  type ReportWorkbook,
} from "./input";
export {
  AUDIT_BANDWIDTHS,
  AuditBandwidth,
  CUSTOMER_MIXES,
  CustomerMix,
  ORG_SIZES,
  OrgProfile,
  OrgSize,
  type OrgProfileInput,
} from "./org-profile";
export { REPORT_VERSION, type DualConformanceReport, type ReportSummary } from "./report";
export { EVIDENCE_STATUSES, type EvidenceStatus, type StatusCounts, type StatusWithReasons } from "./evidence-status";
export type { MethodNote, MethodNotes } from "./method";
export type { TeamSummary, TeamCounts, TeamMatrixSummary } from "./teams";
export type * from "./sections/ai-rmf";
export type * from "./sections/iso42001";
export type * from "./sections/soa";
export type * from "./sections/iso27001-overlay";
export type * from "./sections/activities";
export type * from "./sections/risk-posture";
export type * from "./sections/risk-analysis";
export type * from "./sections/readiness";
export type * from "./sections/gaps";
export type * from "./sections/programme";
export { EVIDENCE_ITEMS, EVIDENCE_ITEM_IDS } from "./sections/clause-evidence";
export { GAP_KINDS, GAP_PRIORITIES } from "./sections/gaps";
export { CERTIFICATION_MILESTONES, PATH_TITLE, PROGRAMME_PATHS } from "./sections/programme";
export { naturalCompare } from "./util/natural-compare";
export type { Stat } from "./util/stats";
export * from "./render/index";
