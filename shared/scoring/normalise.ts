import type { RatingBand } from "./band";
import type { RiskMatrix } from "./matrix";
import { COMMON_MATRIX } from "./presets";
import type { Scale } from "./scale";
import { rating, score, scoreRange } from "./score";

/*
 * Normalising across teams' matrices — the method consolidation uses and reports.
 *
 * Teams rate on different matrices (3×3 words, 4×4, 5×5 numbers …), so their raw scores are not
 * comparable: 9 is the top of a 3×3 and the middle of a 5×5. Crosswalk offers two views:
 *
 * 1. `normaliseScore(matrix, s)`: a score's place in its own matrix's range,
 *    (s − min) / (max − min), clamped to 0..1. The lowest possible score maps to 0, the highest
 *    to 1, and the map is monotonic, so ordering within a team is kept exactly. Use it for a
 *    single 0..1 figure (ranking, averages).
 *
 * 2. `toCommonScale(matrix, l, i)`: the levels moved onto the common 5×5 axis by axis, then
 *    scored and rated with the common matrix's bands (the consolidated heat map). Each axis is
 *    mapped linearly from its end points: level k of an n-level scale becomes
 *        round_half_up(1 + (k − 1) × (5 − 1) / (n − 1))
 *    so the lowest level stays lowest and the highest stays highest on every matrix:
 *        3 levels → 1, 3, 5        4 levels → 1, 2, 4, 5        5 levels → unchanged
 *    The map never reverses an order (it is non-decreasing), but on scales longer than the
 *    target two neighbouring levels can land on one cell.
 *
 * Band labels are not carried over: a team's "High" may sit in the common "Medium" band. Reports
 * show the team's own rating beside the common one.
 */

/**
 * A score's place between the lowest and highest score of its matrix, 0..1 (clamped).
 *
 * @example normaliseScore(MATRIX_5X5, 1)  // 0
 * @example normaliseScore(MATRIX_5X5, 25) // 1
 * @example normaliseScore(MATRIX_3X3, 5)  // 0.5
 */
export function normaliseScore(matrix: RiskMatrix, value: number): number {
  const { min, max } = scoreRange(matrix);
  if (Number.isNaN(value)) return 0;
  if (max === min) return 0;
  const fraction = (value - min) / (max - min);
  return Math.min(1, Math.max(0, fraction));
}

/** A level's place on its scale, 0 (lowest) .. 1 (highest); clamped. */
export function normaliseLevel(scale: Scale, level: number): number {
  const size = scale.levels.length;
  if (size <= 1 || Number.isNaN(level)) return 0;
  return Math.min(1, Math.max(0, (level - 1) / (size - 1)));
}

/**
 * A level moved onto a scale of `targetSize` levels by the end-point-linear map above;
 * undefined when the level is off its scale.
 *
 * @example mapLevel(3, 2, 5) // 3
 * @example mapLevel(4, 3, 5) // 4
 */
export function mapLevel(sourceSize: number, level: number, targetSize: number): number | undefined {
  if (!Number.isInteger(level) || level < 1 || level > sourceSize || sourceSize < 1 || targetSize < 1) return undefined;
  if (sourceSize === 1) return 1;
  return Math.floor(1 + ((level - 1) * (targetSize - 1)) / (sourceSize - 1) + 0.5);
}

export interface CommonRating {
  /** Levels on the common matrix. */
  readonly likelihood: number;
  readonly impact: number;
  /** Score and band on the common matrix. */
  readonly score: number;
  readonly band: RatingBand | undefined;
  /** `normaliseScore` of the common score, 0..1. */
  readonly normalised: number;
}

/**
 * A likelihood × impact pair of one team's matrix expressed on the common matrix (5×5 by default);
 * undefined when either level is off the team's matrix.
 *
 * @example toCommonScale(MATRIX_3X3, 3, 2) // { likelihood: 5, impact: 3, score: 15, band: High, … }
 */
export function toCommonScale(
  matrix: RiskMatrix,
  likelihood: number,
  impact: number,
  common: RiskMatrix = COMMON_MATRIX,
): CommonRating | undefined {
  const l = mapLevel(matrix.likelihood.levels.length, likelihood, common.likelihood.levels.length);
  const i = mapLevel(matrix.impact.levels.length, impact, common.impact.levels.length);
  if (l === undefined || i === undefined) return undefined;
  const value = score(common, l, i);
  if (value === undefined) return undefined;
  return { likelihood: l, impact: i, score: value, band: rating(common, value), normalised: normaliseScore(common, value) };
}
