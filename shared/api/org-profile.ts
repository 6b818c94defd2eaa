import * as z from "zod";
import { OrgProfile } from "../report/org-profile";

/**
 * The org profile as the API keeps it: the shared report's `OrgProfile` (what the programme view
 * needs) plus the name reports show for the organisation. Flat and strict, so what GET returns can
 * be edited and PUT back as it is.
 */
export const orgProfileDocumentSchema = z
  .strictObject({
    name: z
      .string()
      .trim()
      .min(1, "give the organisation a name, or leave `name` out")
      .max(200, "at most 200 characters")
      .optional()
      .describe("The organisation's name as reports show it; default: the org id."),
    ...OrgProfile.shape,
  })
  .meta({
    id: "OrgProfile",
    description:
      "The organisation's profile for the report's programme view. customerMix: federal | international-commercial | both. size: small | medium | large. auditBandwidth (internal audit capacity): low | medium | high. holdsIso27001 (default false) and iso27001Since (YYYY-MM-DD). plansIso42001Certification (default false) and plannedCertificationDate (YYYY-MM-DD; the ISO/IEC 42001 certification cycle is dated from it). integratedManagementSystem (default false): one management system for 27001 and 42001. certificationQuote: the organisation's own ISO/IEC 42001 certification quote as text. sp80053Baseline: LOW | MODERATE | HIGH | PRIVACY (adds the SP 800-53 overlay to the report). Unknown fields are refused.",
  });
export type OrgProfileDocument = z.output<typeof orgProfileDocumentSchema>;

/** The report's view of a profile document: its name, and the profile without it. */
export function splitOrgProfile(document: OrgProfileDocument): { name: string | undefined; profile: OrgProfile } {
  const { name, ...profile } = document;
  return { name, profile };
}
