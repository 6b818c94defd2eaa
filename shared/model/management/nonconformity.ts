import * as z from "zod";
import { Extra, IsoDate, RecordId, Text } from "../primitives";
import { Iso42001Refs } from "../refs";

export const NONCONFORMITY_SOURCES = [
  "internal-audit",
  "external-audit",
  "management-review",
  "incident",
  "monitoring",
  "complaint",
  "other",
] as const;
export const NonconformitySource = z.enum(NONCONFORMITY_SOURCES);
export type NonconformitySource = z.infer<typeof NonconformitySource>;

export const NONCONFORMITY_SEVERITIES = ["observation", "minor", "major"] as const;
export const NonconformitySeverity = z.enum(NONCONFORMITY_SEVERITIES);
export type NonconformitySeverity = z.infer<typeof NonconformitySeverity>;

export const NONCONFORMITY_STATUSES = ["open", "in-progress", "closed", "verified"] as const;
export const NonconformityStatus = z.enum(NONCONFORMITY_STATUSES);
export type NonconformityStatus = z.infer<typeof NonconformityStatus>;

/** A nonconformity and its corrective action (ISO/IEC 42001 10.2; AI RMF MANAGE 4.3). */
export const Nonconformity = z.object({
  id: RecordId,
  title: Text.optional(),
  description: Text.optional(),
  source: NonconformitySource.optional(),
  /** Id of the audit, review or incident that raised it. */
  sourceRef: Text.optional(),
  severity: NonconformitySeverity.optional(),
  raisedDate: IsoDate.optional(),
  /** Immediate correction (10.2 a). */
  correction: Text.optional(),
  rootCause: Text.optional(),
  correctiveAction: Text.optional(),
  owner: Text.optional(),
  dueDate: IsoDate.optional(),
  status: NonconformityStatus.optional(),
  closedDate: IsoDate.optional(),
  /** Review of the corrective action's effectiveness (10.2 d). */
  effectiveness: Text.optional(),
  iso42001Refs: Iso42001Refs.optional(),
  notes: Text.optional(),
  extra: Extra.optional(),
});
export type Nonconformity = z.infer<typeof Nonconformity>;
