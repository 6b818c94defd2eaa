import type { Rule } from "../rule";
import { MISSING_REFERENCE_RULES } from "./missing-reference-rules";
import { PROFILE_RULES } from "./profile-rules";
import { REFERENCE_RULES } from "./reference-rules";
import { RATING_RULES } from "./rating-rules";
import { RISK_RULES } from "./risk-rules";
import { SOA_RULES } from "./soa-rules";
import { SYSTEM_RULES } from "./system-rules";

/** Every rule, in the order their issues are listed. Codes are stable; never reuse one. */
export const RULES: readonly Rule[] = [...RISK_RULES, ...RATING_RULES, ...SOA_RULES, ...SYSTEM_RULES, ...PROFILE_RULES, ...REFERENCE_RULES, ...MISSING_REFERENCE_RULES];
