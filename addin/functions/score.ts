import { resolveLevel } from "../../shared/scoring/scale";
import { score } from "../../shared/scoring/score";
import { MATRIX_ARG_HELP, parseMatrixArg } from "./matrix-arg";
import { type FunctionResult, fail, ok } from "./result";

/**
 * Likelihood × impact on a matrix (levels as numbers or as the matrix's words).
 *
 * @example scoreOf(4, 5) // ok(20) on the default 5×5
 * @example scoreOf("High", "Medium", "3x3") // ok(6)
 */
export function scoreOf(likelihood: unknown, impact: unknown, matrix?: unknown): FunctionResult<number> {
  const m = parseMatrixArg(matrix);
  if (!m) return fail("#VALUE!", `Unknown matrix "${String(matrix)}"; ${MATRIX_ARG_HELP}.`);
  const l = resolveLevel(m.likelihood, likelihood);
  if (l === undefined) return fail("#VALUE!", `Likelihood "${String(likelihood)}" is not a level of the ${m.name ?? m.id} matrix (1–${m.likelihood.levels.length} or ${m.likelihood.levels.map((x) => x.label).join(", ")}).`);
  const i = resolveLevel(m.impact, impact);
  if (i === undefined) return fail("#VALUE!", `Impact "${String(impact)}" is not a level of the ${m.name ?? m.id} matrix (1–${m.impact.levels.length} or ${m.impact.levels.map((x) => x.label).join(", ")}).`);
  const value = score(m, l, i);
  return value === undefined ? fail("#VALUE!", "Levels are off the matrix.") : ok(value);
}
