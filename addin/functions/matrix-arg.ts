import { MATRIX_PRESETS, type MatrixPresetId, DEFAULT_MATRIX } from "../../shared/scoring/presets";
import type { RiskMatrix } from "../../shared/scoring/matrix";

/**
 * The matrix argument of SCORE and RATING: a preset id ("5x5", "4x4", "3x3", also "5×5" or
 * "5 x 5"); empty means the default 5×5 matrix. Undefined for anything else.
 */
export function parseMatrixArg(value: unknown): RiskMatrix | undefined {
  if (value === undefined || value === null || value === "") return DEFAULT_MATRIX;
  const key = String(value).toLowerCase().replace(/[×*]/g, "x").replace(/\s+/g, "");
  return key in MATRIX_PRESETS ? MATRIX_PRESETS[key as MatrixPresetId] : undefined;
}

export const MATRIX_ARG_HELP = `use "5x5" (default), "4x4" or "3x3"`;
