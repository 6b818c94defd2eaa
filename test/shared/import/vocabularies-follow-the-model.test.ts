import { describe, expect, it } from "vitest";
import type { Vocabulary } from "../../../shared/import/vocabulary/vocabulary";
import { ASSESSMENT_STATUS_WORDS, IMPACT_KIND_WORDS } from "../../../shared/import/vocabulary/assessment";
import { RISK_STATUS_WORDS } from "../../../shared/import/vocabulary/risk-status";
import { ROLE_WORDS } from "../../../shared/import/vocabulary/role";
import { SOA_STATUS_WORDS } from "../../../shared/import/vocabulary/soa-status";
import { STAGE_WORDS } from "../../../shared/import/vocabulary/stage";
import { TREATMENT_WORDS } from "../../../shared/import/vocabulary/treatment";
import { AI_SYSTEM_ROLES, AI_SYSTEM_STAGES } from "../../../shared/model/ai-system";
import { ASSESSMENT_STATUSES, IMPACT_KINDS } from "../../../shared/model/impact-assessment";
import { RISK_STATUSES, RISK_TREATMENTS } from "../../../shared/model/risk";
import { IMPLEMENTATION_STATUSES } from "../../../shared/model/soa";

// The model owns each list of values; a vocabulary only maps people's words onto them, so every
// value the model adds must be reachable by its own name (written with spaces, as people do).
const CASES: readonly [string, readonly string[], Vocabulary<string>][] = [
  ["lifecycle stage", AI_SYSTEM_STAGES, STAGE_WORDS],
  ["role", AI_SYSTEM_ROLES, ROLE_WORDS],
  ["risk status", RISK_STATUSES, RISK_STATUS_WORDS],
  ["treatment", RISK_TREATMENTS, TREATMENT_WORDS],
  ["implementation status", IMPLEMENTATION_STATUSES, SOA_STATUS_WORDS],
  ["assessment status", ASSESSMENT_STATUSES, ASSESSMENT_STATUS_WORDS],
  ["impact kind", IMPACT_KINDS, IMPACT_KIND_WORDS],
];

describe("each vocabulary maps words onto the model's values", () => {
  it.each(CASES)("every %s the model knows reads as itself", (_, values, words) => {
    for (const value of values) expect(words.exactly(value.replace(/-/g, " "))).toBe(value);
  });
});
