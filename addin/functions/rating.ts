import { rating, scoreRange } from "../../shared/scoring/score";
import { MATRIX_ARG_HELP, parseMatrixArg } from "./matrix-arg";
import { type FunctionResult, fail, ok } from "./result";

/**
 * The rating band a score falls in on a matrix.
 *
 * @example ratingOf(20) // ok("Critical") on the default 5×5
 * @example ratingOf(4, "3x3") // ok("Medium")
 */
export function ratingOf(value: unknown, matrix?: unknown): FunctionResult<string> {
  const m = parseMatrixArg(matrix);
  if (!m) return fail("#VALUE!", `Unknown matrix "${String(matrix)}"; ${MATRIX_ARG_HELP}.`);
  const n = typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value) : Number.NaN;
  const range = scoreRange(m);
  if (!Number.isFinite(n)) return fail("#VALUE!", `"${String(value)}" is not a score.`);
  const band = rating(m, n);
  if (!band) return fail("#N/A", `${n} is outside the ${m.name ?? m.id} matrix's scores (${range.min}–${range.max}).`);
  return ok(band.label);
}
