/**
 * What set-up asks of the user, shared by the Set up panel and the Import panel's "Set up the
 * workbook and write": the matrix presets offered (and the default), a matrix in one line, and the
 * sheets of the user's that stand where set-up would create its own.
 */
import type { RiskMatrix } from "../../../shared/scoring/matrix";
import type { MatrixPresetId } from "../../../shared/scoring/presets";
import type { WorkbookPlan } from "../../port/workbook-plan";
import { LISTS_KIND } from "../../port/workbook-plan";

export interface Conflict {
  readonly sheet: string;
}

/** Sheets the plan would create whose names are taken by sheets Crosswalk did not make. */
export function conflictsOf(plan: WorkbookPlan, sheets: readonly { name: string; crosswalkKind?: string }[]): Conflict[] {
  const wanted = [...plan.sheets.map((s) => ({ name: s.name, kind: s.kind })), { name: plan.listsSheet, kind: LISTS_KIND }];
  return wanted.flatMap((w) => {
    const existing = sheets.find((s) => s.name.toLowerCase() === w.name.toLowerCase());
    return existing && existing.crosswalkKind !== w.kind ? [{ sheet: existing.name }] : [];
  });
}

export const PRESET_IDS: readonly MatrixPresetId[] = ["3x3", "4x4", "5x5"];
export const DEFAULT_CHOICE: MatrixPresetId = "5x5";

/** A matrix in one line: "Likelihood 1 Rare … 4 Almost certain · Impact 1 Minor … 4 Severe · Low 1–3, …". */
export function describeMatrix(matrix: RiskMatrix): string {
  const scale = (name: string, levels: RiskMatrix["likelihood"]["levels"]) => {
    const first = levels[0];
    const last = levels[levels.length - 1];
    return first && last ? `${name} ${first.value} ${first.label} … ${last.value} ${last.label}` : name;
  };
  const bands = matrix.bands.map((b) => `${b.label} ${b.min}–${b.max}`).join(", ");
  return `${scale("Likelihood", matrix.likelihood.levels)} · ${scale("Impact", matrix.impact.levels)} · ${bands}`;
}
