export { AI_SYSTEM_ROLES, AI_SYSTEM_STAGES, AiSystem, AiSystemRole, AiSystemStage } from "./ai-system";
export {
  COLLECTION_NAMES,
  COLLECTIONS,
  collectionRecords,
  recordKey,
  type CollectionName,
  type CollectionRecordMap,
  type CollectionSpec,
} from "./collections";
export { GENAI_RISK_LABEL, GENAI_RISKS, GenAiRisk } from "./genai-risk";
export {
  Approval,
  ASSESSMENT_STATUSES,
  AssessmentStatus,
  Impact,
  IMPACT_KINDS,
  ImpactAssessment,
  ImpactKind,
} from "./impact-assessment";
export { AiPolicy, POLICY_STATUSES, PolicyStatus } from "./management/ai-policy";
export { AUDIT_STATUSES, AuditStatus, InternalAudit } from "./management/internal-audit";
export { ManagementReview, REVIEW_STATUSES, ReviewStatus } from "./management/management-review";
export { emptyManagementSystem, ManagementSystem, type ManagementSystemInput } from "./management/management-system";
export { Metric, METRIC_STATUSES, MetricStatus } from "./management/metric";
export {
  Nonconformity,
  NONCONFORMITY_SEVERITIES,
  NONCONFORMITY_SOURCES,
  NONCONFORMITY_STATUSES,
  NonconformitySeverity,
  NonconformitySource,
  NonconformityStatus,
} from "./management/nonconformity";
export { Objective, OBJECTIVE_STATUSES, ObjectiveStatus } from "./management/objective";
export { API_ID_PATTERN, API_ID_RULE, ApiId } from "./api-id";
export { parseSnapshot, type ParseSnapshotOptions, type ParseSnapshotResult, type SnapshotIssue } from "./parse-snapshot";
export { CellValue, Extra, IdList, IsoDate, isIsoDate, Level, LIMITS, RecordId, Text, TextList } from "./primitives";
export { ProfileEntry } from "./profile";
export { PROFILE_LEVEL_MAX, PROFILE_LEVEL_MIN, PROFILE_LEVELS, ProfileLevel, profileLevelOf } from "./profile-level";
export { AiRmfRef, AiRmfRefs, ControlRef, Iso27001Ref, Iso27001Refs, Iso42001Ref, Iso42001Refs, Sp80053Ref } from "./refs";
export {
  ReferenceSuggestions,
  referenceSource,
  type ReferenceSource,
  SUGGESTED_ACCEPTED,
  TYPED,
} from "./reference-suggestions";
export * from "./restore/index";
export {
  ACTION_STATUSES,
  ActionStatus,
  Risk,
  RISK_STATUSES,
  RISK_TREATMENTS,
  RiskAcceptance,
  RiskAction,
  RiskStatus,
  RiskTreatment,
} from "./risk";
export { emptySnapshot, SNAPSHOT_SCHEMA_VERSION, WorkbookSnapshot, type WorkbookSnapshotInput } from "./snapshot";
export { IMPLEMENTATION_STATUSES, ImplementationStatus, SoaEntry } from "./soa";
export { TRUSTWORTHINESS_CHARACTERISTICS, TRUSTWORTHINESS_LABEL, TrustworthinessCharacteristic } from "./trustworthiness";
export { WorkbookMeta } from "./workbook";
