import type { z } from "zod";
import { AiSystem } from "./ai-system";
import { ImpactAssessment } from "./impact-assessment";
import { AiPolicy } from "./management/ai-policy";
import { InternalAudit } from "./management/internal-audit";
import { ManagementReview } from "./management/management-review";
import { Metric } from "./management/metric";
import { Nonconformity } from "./management/nonconformity";
import { Objective } from "./management/objective";
import { ProfileEntry } from "./profile";
import { Risk } from "./risk";
import { SoaEntry } from "./soa";
import type { WorkbookSnapshot } from "./snapshot";

/** The record type of each keyed collection of a snapshot. */
export interface CollectionRecordMap {
  aiSystems: AiSystem;
  risks: Risk;
  soa: SoaEntry;
  impactAssessments: ImpactAssessment;
  profile: ProfileEntry;
  policies: AiPolicy;
  objectives: Objective;
  internalAudits: InternalAudit;
  managementReviews: ManagementReview;
  metrics: Metric;
  nonconformities: Nonconformity;
}
export type CollectionName = keyof CollectionRecordMap;

/** Every keyed collection, in the order diffs, counts and reports list them. */
export const COLLECTION_NAMES = [
  "aiSystems",
  "risks",
  "soa",
  "impactAssessments",
  "profile",
  "policies",
  "objectives",
  "internalAudits",
  "managementReviews",
  "metrics",
  "nonconformities",
] as const satisfies readonly CollectionName[];

export interface CollectionSpec<N extends CollectionName = CollectionName> {
  readonly name: N;
  /** The field that identifies a record within the collection. */
  readonly key: "id" | "controlId" | "subcategory";
  /** Where the collection sits in a snapshot. */
  readonly path: readonly ["managementSystem", N] | readonly [N];
  readonly schema: z.ZodType<CollectionRecordMap[N]>;
  /** For people: "risks", "Statement of Applicability rows" … */
  readonly label: string;
  /** The collection's records in a snapshot. */
  readonly get: (snapshot: WorkbookSnapshot) => readonly CollectionRecordMap[N][];
}

type Specs = { readonly [N in CollectionName]: CollectionSpec<N> };

export const COLLECTIONS: Specs = {
  aiSystems: {
    name: "aiSystems",
    key: "id",
    path: ["aiSystems"],
    schema: AiSystem,
    label: "AI systems",
    get: (s) => s.aiSystems,
  },
  risks: {
    name: "risks",
    key: "id",
    path: ["risks"],
    schema: Risk,
    label: "risks",
    get: (s) => s.risks,
  },
  soa: {
    name: "soa",
    key: "controlId",
    path: ["soa"],
    schema: SoaEntry,
    label: "Statement of Applicability rows",
    get: (s) => s.soa,
  },
  impactAssessments: {
    name: "impactAssessments",
    key: "id",
    path: ["impactAssessments"],
    schema: ImpactAssessment,
    label: "impact assessments",
    get: (s) => s.impactAssessments,
  },
  profile: {
    name: "profile",
    key: "subcategory",
    path: ["profile"],
    schema: ProfileEntry,
    label: "AI RMF profile rows",
    get: (s) => s.profile,
  },
  policies: {
    name: "policies",
    key: "id",
    path: ["managementSystem", "policies"],
    schema: AiPolicy,
    label: "AI policies",
    get: (s) => s.managementSystem.policies,
  },
  objectives: {
    name: "objectives",
    key: "id",
    path: ["managementSystem", "objectives"],
    schema: Objective,
    label: "AI objectives",
    get: (s) => s.managementSystem.objectives,
  },
  internalAudits: {
    name: "internalAudits",
    key: "id",
    path: ["managementSystem", "internalAudits"],
    schema: InternalAudit,
    label: "internal audits",
    get: (s) => s.managementSystem.internalAudits,
  },
  managementReviews: {
    name: "managementReviews",
    key: "id",
    path: ["managementSystem", "managementReviews"],
    schema: ManagementReview,
    label: "management reviews",
    get: (s) => s.managementSystem.managementReviews,
  },
  metrics: {
    name: "metrics",
    key: "id",
    path: ["managementSystem", "metrics"],
    schema: Metric,
    label: "metrics",
    get: (s) => s.managementSystem.metrics,
  },
  nonconformities: {
    name: "nonconformities",
    key: "id",
    path: ["managementSystem", "nonconformities"],
    schema: Nonconformity,
    label: "nonconformities",
    get: (s) => s.managementSystem.nonconformities,
  },
};

/** The records of one collection of a snapshot. */
export function collectionRecords<N extends CollectionName>(
  snapshot: WorkbookSnapshot,
  name: N,
): readonly CollectionRecordMap[N][] {
  const records = (COLLECTIONS[name] as CollectionSpec<N>).get(snapshot);
  return Array.isArray(records) ? records : [];
}

/** The key of a record of a collection (its id, control id or subcategory). */
export function recordKey<N extends CollectionName>(name: N, record: CollectionRecordMap[N]): string {
  const key = COLLECTIONS[name].key;
  const value = (record as unknown as Record<string, unknown>)[key];
  return typeof value === "string" ? value : "";
}
