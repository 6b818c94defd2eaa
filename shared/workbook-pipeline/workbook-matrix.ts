import type { Issue } from "../issues/issue";
import type { RiskMatrix } from "../scoring/matrix";
import { DEFAULT_MATRIX } from "../scoring/presets";
import { SETTINGS_SHEET, type SettingsRead } from "../workbook-snapshot/settings-sheet";

/**
 * Which risk matrix a workbook is on — the one place that decides it, for validation, push,
 * set-up and the settings panel alike: the matrix its settings sheet holds, else the fallback
 * (5×5 unless the caller says otherwise, e.g. `--matrix 3x3`).
 */
export type WorkbookMatrix =
  /** The settings sheet holds a valid matrix. */
  | { readonly source: "settings"; readonly sheet: string; readonly matrix: RiskMatrix }
  /** The settings sheet names no matrix, or one with errors: the fallback is assumed. */
  | { readonly source: "settings-unusable"; readonly sheet: string; readonly matrix: RiskMatrix; readonly problem: string }
  /** No settings sheet: the fallback is assumed (set-up lets the user choose instead). */
  | { readonly source: "none"; readonly matrix: RiskMatrix };

/** The settings sheet as found: its name as the workbook spells it, and what it says. */
export interface FoundSettings {
  readonly sheet: string;
  readonly read: SettingsRead;
}

export function workbookMatrix(settings: FoundSettings | undefined, fallback: RiskMatrix = DEFAULT_MATRIX): WorkbookMatrix {
  if (!settings) return { source: "none", matrix: fallback };
  if (settings.read.matrix) return { source: "settings", sheet: settings.sheet, matrix: settings.read.matrix };
  const invalid = settings.read.issues.find((i) => i.code === "matrix-invalid");
  const problem = invalid ? `its risk matrix has an error (${invalid.cell}: ${invalid.message})` : "it names no risk matrix";
  return { source: "settings-unusable", sheet: settings.sheet, matrix: fallback, problem };
}

/**
 * The warning that the matrix was assumed, when the settings sheet does not already report why
 * (a matrix with errors is reported cell by cell by `readSettings`).
 */
export function assumedMatrixIssue(found: WorkbookMatrix, settings: FoundSettings | undefined): Issue | undefined {
  if (found.source === "settings") return undefined;
  if (settings?.read.issues.some((i) => i.code === "matrix-invalid")) return undefined;
  return {
    code: "matrix-missing",
    severity: "warning",
    sheet: settings?.sheet ?? SETTINGS_SHEET,
    cell: "A1",
    message: `The workbook does not say which risk matrix it uses; ${found.matrix.name ?? found.matrix.id} is assumed`,
    hint: "Save the workbook's settings (team, workbook and risk matrix) in the Crosswalk Settings sheet.",
  };
}
