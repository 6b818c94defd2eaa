// Public surface of the pure domain core, shared by the add-in, the API and the CLI.
export * from "./catalog/framework";
export type { CatalogItem, ItemKind } from "./catalog/catalog-item";
export { catalogItem, itemsOf, childrenOf, iso42001AnnexAControls, aiRmfSubcategories } from "./catalog/catalogs";
export { TRUSTWORTHINESS_DETAILS, type TrustworthinessDetail } from "./catalog/trustworthiness";
export { GENAI_RISK_DETAILS, GENAI_ACTIONS, genAiActionsFor, type GenAiRiskDetail, type GenAiAction } from "./catalog/genai-profile";
export { parseId, type IdParseResult, type ParsedId, type IdIssue, type IdIssueCode, type ParseIdOptions } from "./ids/parse";
export { excelSerialToDate } from "./ids/excel-dates";
export { RELATIONSHIPS, type Relationship, invert, compose, strength } from "./crosswalk/relationship";
export type { CrosswalkEdge, EdgeSource } from "./crosswalk/edge";
export { CrosswalkGraph, type CrosswalkTarget, type PathStep, type LookupOptions } from "./crosswalk/graph";
export { coverage, assessableItems, type CoverageResult, type CoveredItem, type Support } from "./crosswalk/coverage";
export { defaultCrosswalk } from "./crosswalk/default-graph";
export { DUAL_CONFORMANCE_ACTIVITIES, type DualConformanceActivity, type ActivityArtifact } from "./catalog/activities";
export { catalogCounts } from "./catalog/stats";
export * from "./model/index";
export * from "./scoring/index";
export * from "./diff/index";
export * from "./demo/index";
