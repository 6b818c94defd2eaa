import { describe, expect, it } from "vitest";
import { importSheet } from "../../../../shared/import/import-sheet";
import { grid } from "../grids";

/**
 * A small Statement of Applicability in one language: a header naming control id, control title,
 * applicability, justification, implementation status, implementation and evidence, and five
 * ISO/IEC 42001 controls. The first four are applicable and implemented, partially implemented,
 * planned and not implemented; the fifth is not applicable (in both its applicability and its
 * status cell), each written as a practitioner of that language writes it.
 */
export interface ExampleSoa {
  readonly header: readonly [string, string, string, string, string, string, string];
  /** Four ways of saying "applicable" (yes, or the language's word for it), then one for "not applicable". */
  readonly applicable: readonly [string, string, string, string, string];
  /** Implemented, partially implemented, planned, not implemented, not applicable. */
  readonly status: readonly [string, string, string, string, string];
}

const FIELDS = ["controlId", "title", "applicable", "justification", "status", "implementation", "evidence"];
const CONTROLS = ["A.2.2", "A.2.3", "A.2.4", "A.3.2", "A.3.3"];

export function describeSoa(language: string, example: ExampleSoa): void {
  describe(`a Statement of Applicability in ${language}`, () => {
    const rows = CONTROLS.map((id, i) => [
      id, `Control ${id}`, example.applicable[i] ?? null, `Reason ${i + 1}`, example.status[i] ?? null,
      i < 3 ? `How ${id} is done` : null, i < 2 ? `DOC-${i + 1}` : null,
    ]);
    const result = importSheet(grid([[...example.header], ...rows]));

    it("is read as an SoA with every column mapped", () => {
      expect(result.kind).toBe("soa");
      expect(result.columns.map((c) => c.field)).toEqual(FIELDS);
      expect(result.records.map((r) => r.controlId)).toEqual(CONTROLS.map((id) => `ISO42001:${id}`));
    });

    it("reads the applicability and the implementation statuses", () => {
      expect(result.records.map((r) => r.applicable)).toEqual([true, true, true, true, false]);
      expect(result.records.map((r) => r.status)).toEqual(
        ["implemented", "partially-implemented", "planned", "not-implemented", undefined],
      );
      expect(result.records.map((r) => r.evidence)).toEqual([["DOC-1"], ["DOC-2"], undefined, undefined, undefined]);
      expect(result.issues.filter((i) => i.severity !== "info")).toEqual([]);
    });
  });
}
