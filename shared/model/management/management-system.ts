import * as z from "zod";
import { LIMITS } from "../primitives";
import { AiPolicy } from "./ai-policy";
import { InternalAudit } from "./internal-audit";
import { ManagementReview } from "./management-review";
import { Metric } from "./metric";
import { Nonconformity } from "./nonconformity";
import { Objective } from "./objective";

const records = <T extends z.ZodType>(record: T) =>
  z.array(record).max(LIMITS.records).default([]);

/**
 * The management-system records of one workbook, one keyed collection per kind so that each has
 * its own sheet, its own diff and its own counts.
 */
export const ManagementSystem = z.object({
  policies: records(AiPolicy),
  objectives: records(Objective),
  internalAudits: records(InternalAudit),
  managementReviews: records(ManagementReview),
  metrics: records(Metric),
  nonconformities: records(Nonconformity),
});
export type ManagementSystem = z.infer<typeof ManagementSystem>;
export type ManagementSystemInput = z.input<typeof ManagementSystem>;

export function emptyManagementSystem(): ManagementSystem {
  return {
    policies: [],
    objectives: [],
    internalAudits: [],
    managementReviews: [],
    metrics: [],
    nonconformities: [],
  };
}
