import type { RatingBand } from "./band";
import { scoreRangeOf, type RiskMatrix } from "./matrix";

/**
 * The score of a likelihood × impact pair on this matrix, or undefined when either level is not
 * on its scale (a validation issue, never a silent clamp).
 *
 * @example score(MATRIX_5X5, 4, 5) // 20
 */
export function score(matrix: RiskMatrix, likelihood: number, impact: number): number | undefined {
  if (!onScale(likelihood, matrix.likelihood.levels.length) || !onScale(impact, matrix.impact.levels.length)) {
    return undefined;
  }
  return matrix.scoring === "sum" ? likelihood + impact : likelihood * impact;
}

/** The band a score falls in, or undefined when no band holds it. */
export function rating(matrix: RiskMatrix, value: number): RatingBand | undefined {
  return matrix.bands.find((band) => value >= band.min && value <= band.max);
}

/** Score and band together; undefined when a level is off the matrix. */
export function rate(
  matrix: RiskMatrix,
  likelihood: number,
  impact: number,
): { score: number; band: RatingBand | undefined } | undefined {
  const value = score(matrix, likelihood, impact);
  return value === undefined ? undefined : { score: value, band: rating(matrix, value) };
}

/** Lowest and highest score this matrix can give. */
export function scoreRange(matrix: RiskMatrix): { min: number; max: number } {
  return scoreRangeOf(matrix.scoring, matrix.likelihood.levels.length, matrix.impact.levels.length);
}

/** True when both levels are on the matrix's scales. */
export function isOnMatrix(matrix: RiskMatrix, likelihood: number, impact: number): boolean {
  return onScale(likelihood, matrix.likelihood.levels.length) && onScale(impact, matrix.impact.levels.length);
}

function onScale(level: number, size: number): boolean {
  return Number.isInteger(level) && level >= 1 && level <= size;
}
