import { describe, expect, it } from "vitest";
import type { Vocabulary } from "../../../../shared/import/vocabulary/vocabulary";
import { ASSESSMENT_STATUS_WORDS, IMPACT_KIND_WORDS } from "../../../../shared/import/vocabulary/assessment";
import { RISK_STATUS_WORDS } from "../../../../shared/import/vocabulary/risk-status";
import { ROLE_WORDS } from "../../../../shared/import/vocabulary/role";
import { SOA_STATUS_WORDS } from "../../../../shared/import/vocabulary/soa-status";
import { STAGE_WORDS } from "../../../../shared/import/vocabulary/stage";
import { TREATMENT_WORDS } from "../../../../shared/import/vocabulary/treatment";
import { YES_NO_WORDS } from "../../../../shared/import/vocabulary/yes-no";

// Thirty languages share each list, and the lookup folds accents and inflections: a word of one
// language must not fold onto another value's word ("niewdrożone" is not "wdrożone").
const VOCABULARIES: readonly [string, Vocabulary<unknown>][] = [
  ["yes/no", YES_NO_WORDS],
  ["implementation status", SOA_STATUS_WORDS],
  ["lifecycle stage", STAGE_WORDS],
  ["role", ROLE_WORDS],
  ["risk status", RISK_STATUS_WORDS],
  ["treatment", TREATMENT_WORDS],
  ["assessment status", ASSESSMENT_STATUS_WORDS],
  ["impact kind", IMPACT_KIND_WORDS],
];

describe("every word a vocabulary lists reads as its own value", () => {
  it.each(VOCABULARIES)("%s", (_, vocabulary) => {
    const misread = vocabulary.entries.flatMap((entry) =>
      entry.words.filter((word) => vocabulary.exactly(word) !== entry.value).map((word) => `${word} → ${String(vocabulary.exactly(word))}`),
    );
    expect(misread).toEqual([]);
  });
});
