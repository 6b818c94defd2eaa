import type { AiPolicy } from "../model/management/ai-policy";
import { addDays } from "./dates";

/** The demo organisation: a mid-sized lender with three teams using AI. */
export const DEMO_ORG = "Northwind Financial";

/** The default as-of date of the demo data; pass another to move every date with it. */
export const DEMO_AS_OF = "2026-09-30";

/** The default PRNG seed of the demo data. */
export const DEMO_SEED = 42_001;

/** The group AI policy every team's workbook records (ISO/IEC 42001 5.2). */
export function groupAiPolicy(asOf: string): AiPolicy {
  return {
    id: "POL-AI-01",
    title: "Group AI Policy",
    version: "2.1",
    owner: "Oliver Grant (Chief Risk Officer)",
    status: "approved",
    approvedBy: "Board Risk Committee",
    approvedDate: addDays(asOf, -210),
    reviewDate: addDays(asOf, 155),
    communicated: true,
    location: "GRC://policies/POL-AI-01",
    scope: "All AI systems developed, procured or used by Northwind Financial and its subsidiaries.",
    aiRmfRefs: ["AIRMF:GOVERN 1.1", "AIRMF:GOVERN 1.2", "AIRMF:GOVERN 1.4"],
    iso42001Refs: ["ISO42001:5.2", "ISO42001:A.2.2", "ISO42001:A.2.3"],
  };
}
