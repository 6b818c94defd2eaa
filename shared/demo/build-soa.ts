import type { ImplementationStatus } from "../model/soa";
import type { Risk } from "../model/risk";
import type { SoaEntry } from "../model/soa";
import { DEMO_ANNEX_A_CONTROLS, type DemoAnnexAControlId } from "./annex-a";
import { CONTROL_NOTES, type ControlNote } from "./control-notes";

/**
 * One letter per Annex A control, in Annex A order (spaces between objectives are ignored):
 * I implemented, P partially implemented, L planned, N not implemented, X excluded.
 */
export type SoaPlan = string;

const STATUS: Readonly<Record<string, ImplementationStatus | undefined>> = {
  I: "implemented",
  P: "partially-implemented",
  L: "planned",
  N: "not-implemented",
  X: undefined,
};

export interface SoaSpec {
  readonly plan: SoaPlan;
  readonly owners: Readonly<Record<ControlNote["owner"], string>>;
  /** Exclusion justifications; `null` leaves an exclusion unjustified (a deliberate problem). */
  readonly exclusions: Partial<Readonly<Record<DemoAnnexAControlId, string | null>>>;
  /** Controls marked implemented but recorded without evidence (a deliberate problem). */
  readonly withoutEvidence?: readonly DemoAnnexAControlId[];
  readonly risks: readonly Risk[];
  readonly lastReview: string;
}

export function buildSoa(spec: SoaSpec): SoaEntry[] {
  const letters = spec.plan.replace(/\s+/g, "");
  if (letters.length !== DEMO_ANNEX_A_CONTROLS.length) {
    throw new RangeError(`SoA plan has ${letters.length} letters, expected ${DEMO_ANNEX_A_CONTROLS.length}`);
  }
  return DEMO_ANNEX_A_CONTROLS.map((control, index) => {
    const letter = letters[index] ?? "N";
    const note = CONTROL_NOTES[control.id];
    const controlId = `ISO42001:${control.id}`;
    const linkedRisks = spec.risks.filter((risk) => risk.iso42001Refs?.includes(controlId)).map((risk) => risk.id);
    const owner = spec.owners[note.owner];
    if (letter === "X") {
      const justification = spec.exclusions[control.id];
      const row: SoaEntry = { controlId, title: control.title, applicable: false, owner, lastReview: spec.lastReview };
      return justification ? { ...row, justification } : row;
    }
    const status = STATUS[letter] ?? "not-implemented";
    const row: SoaEntry = {
      controlId,
      title: control.title,
      applicable: true,
      justification: note.justification,
      status,
      owner,
      lastReview: spec.lastReview,
    };
    if (status === "implemented" || status === "partially-implemented") {
      row.implementation = status === "implemented" ? note.implementation : `In progress: ${lowerFirst(note.implementation)}`;
      if (!spec.withoutEvidence?.includes(control.id)) row.evidence = [...note.evidence];
    }
    if (linkedRisks.length > 0) row.linkedRisks = linkedRisks;
    return row;
  });
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
