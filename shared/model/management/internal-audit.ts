import * as z from "zod";
import { Extra, IdList, IsoDate, RecordId, Text } from "../primitives";
import { Iso42001Refs } from "../refs";

export const AUDIT_STATUSES = ["planned", "in-progress", "completed", "cancelled"] as const;
export const AuditStatus = z.enum(AUDIT_STATUSES);
export type AuditStatus = z.infer<typeof AuditStatus>;

/** One internal audit of the AI management system (ISO/IEC 42001 9.2). */
export const InternalAudit = z.object({
  id: RecordId,
  title: Text.optional(),
  scope: Text.optional(),
  /** Clauses and controls in the audit's scope. */
  iso42001Refs: Iso42001Refs.optional(),
  auditor: Text.optional(),
  plannedDate: IsoDate.optional(),
  completedDate: IsoDate.optional(),
  status: AuditStatus.optional(),
  conclusion: Text.optional(),
  /** Ids of the nonconformities the audit raised. */
  nonconformities: IdList.optional(),
  reportLocation: Text.optional(),
  notes: Text.optional(),
  extra: Extra.optional(),
});
export type InternalAudit = z.infer<typeof InternalAudit>;
