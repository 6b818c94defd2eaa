/**
 * Which risk matrix set-up follows: the one in the workbook's Crosswalk Settings sheet (what push
 * and validation read), or, in a workbook without that sheet, the preset the user chose — written
 * into a new settings sheet so that every later operation reads the same matrix.
 */
import type { RiskMatrix } from "../../shared/scoring/matrix";
import { MATRIX_PRESETS, type MatrixPresetId } from "../../shared/scoring/presets";
import { workbookMatrix, type WorkbookMatrix } from "../../shared/workbook-pipeline/workbook-matrix";
import { readSettings, SETTINGS_KIND, SETTINGS_SHEET, settingsFormats, settingsRows } from "../../shared/workbook-snapshot/settings-sheet";
import type { NewSheet, WorkbookPlan } from "../port/workbook-plan";
import type { WorkbookInfo, WorkbookPort } from "../port/workbook-port";

/** Column widths of the settings sheet in points (label, value, other words, description, colour). */
export const SETTINGS_COLUMN_WIDTHS: readonly number[] = [22, 40, 22, 40, 12].map((chars) => chars * 7);

export type { WorkbookMatrix };

/**
 * The workbook's matrix from an inspection that read the settings sheet along (`inspect({ read })`),
 * decided by the workbook pipeline's rule. Without a settings sheet (`source: "none"`) set-up
 * follows the user's choice instead of the fallback.
 */
export function workbookMatrixOf(info: WorkbookInfo): WorkbookMatrix {
  const sheet = info.sheets.find((s) => s.name.toLowerCase() === SETTINGS_SHEET.toLowerCase());
  const grid = sheet && info.grids?.find((g) => g.name.toLowerCase() === SETTINGS_SHEET.toLowerCase());
  if (!sheet) return workbookMatrix(undefined);
  // A settings sheet the inspection could not read along says nothing about the matrix.
  return workbookMatrix({ sheet: sheet.name, read: grid ? readSettings(grid) : { meta: {}, cells: {}, issues: [] } });
}

/** A new settings sheet holding only the matrix; Settings fills in the team and workbook ids. */
export function newSettingsSheet(matrix: RiskMatrix): NewSheet {
  const rows = settingsRows({}, matrix);
  return { name: SETTINGS_SHEET, kind: SETTINGS_KIND, rows, formats: settingsFormats(rows), columnWidths: SETTINGS_COLUMN_WIDTHS };
}

export interface SetupPreparation {
  /** The inspection the plan was made from (passed on to `setUpWorkbook` as `inspected`). */
  readonly info: WorkbookInfo;
  readonly found: WorkbookMatrix;
  /** The matrix the plan follows. */
  readonly matrix: RiskMatrix;
  readonly plan: WorkbookPlan;
}

/**
 * The set-up plan for the workbook as inspected: on its matrix, or on the chosen preset with a
 * new settings sheet. `planOn` builds the plan on a matrix (buildPlan of the shared layout).
 */
export function setupPlanFor(info: WorkbookInfo, choice: MatrixPresetId, planOn: (matrix: RiskMatrix) => WorkbookPlan): SetupPreparation {
  const found = workbookMatrixOf(info);
  const matrix = found.source === "none" ? MATRIX_PRESETS[choice] : found.matrix;
  const plan = planOn(matrix);
  return { info, found, matrix, plan: found.source === "none" ? { ...plan, newSheets: [newSettingsSheet(matrix)] } : plan };
}

/**
 * Inspects the workbook with its settings sheet (2 round trips in Excel) and plans set-up from
 * it. The catalogs and the crosswalk the plan needs load while Excel answers.
 */
export async function prepareSetup(port: WorkbookPort, choice: MatrixPresetId): Promise<SetupPreparation> {
  const [{ buildPlan }, { sharedWorkbookLayout }, info] = await Promise.all([
    import("./build-plan"),
    import("./shared-layout"),
    port.inspect({ read: [SETTINGS_SHEET] }),
  ]);
  return setupPlanFor(info, choice, (matrix) => buildPlan(sharedWorkbookLayout(matrix)));
}

/** What the workbook's settings say about its matrix (for the Set up panel as it opens; 2 round trips). */
export async function readWorkbookMatrix(port: WorkbookPort): Promise<WorkbookMatrix> {
  return workbookMatrixOf(await port.inspect({ read: [SETTINGS_SHEET] }));
}
