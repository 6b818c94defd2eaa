import * as z from "zod";
import { Sp80053Baseline } from "../catalog/sp800-53-baselines";
import { IsoDate } from "../model/primitives";

/** Who the organisation sells to: US federal agencies, international commercial customers, or both. */
export const CUSTOMER_MIXES = ["federal", "international-commercial", "both"] as const;
export const CustomerMix = z.enum(CUSTOMER_MIXES);
export type CustomerMix = z.infer<typeof CustomerMix>;

export const ORG_SIZES = ["small", "medium", "large"] as const;
export const OrgSize = z.enum(ORG_SIZES);
export type OrgSize = z.infer<typeof OrgSize>;

/** How much internal audit capacity the organisation can give a management system. */
export const AUDIT_BANDWIDTHS = ["low", "medium", "high"] as const;
export const AuditBandwidth = z.enum(AUDIT_BANDWIDTHS);
export type AuditBandwidth = z.infer<typeof AuditBandwidth>;

/**
 * What the programme view needs to know about the organisation to recommend a path: AI RMF
 * alone, AI RMF and ISO/IEC 42001, or one integrated ISO/IEC 27001 + 42001 management system.
 * Flat, so an API query or CLI flags map onto it one to one.
 */
export const OrgProfile = z
  .object({
    customerMix: CustomerMix,
    size: OrgSize,
    auditBandwidth: AuditBandwidth,
    /** Holds an ISO/IEC 27001 certificate. */
    holdsIso27001: z.boolean().default(false),
    /** Certified to ISO/IEC 27001 since this date. */
    iso27001Since: IsoDate.optional(),
    /** Intends to certify its AI management system to ISO/IEC 42001. */
    plansIso42001Certification: z.boolean().default(false),
    /** The date the ISO/IEC 42001 certificate is wanted by; the certification cycle counts from it. */
    plannedCertificationDate: IsoDate.optional(),
    /** Wants one integrated management system for information security and AI. */
    integratedManagementSystem: z.boolean().default(false),
    /** The organisation's own ISO/IEC 42001 certification quote, as free text (e.g. "$28,000 over three years, BSI, 2026"); shown beside the seed's estimate. */
    certificationQuote: z.string().trim().min(1).max(200).optional(),
    /** The SP 800-53 baseline the organisation works to (LOW, MODERATE, HIGH or PRIVACY); the report then adds an SP 800-53 overlay. */
    sp80053Baseline: Sp80053Baseline.optional(),
  })
  .strict();
export type OrgProfile = z.infer<typeof OrgProfile>;
export type OrgProfileInput = z.input<typeof OrgProfile>;
