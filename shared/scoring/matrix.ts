import * as z from "zod";
import { RatingBand } from "./band";
import { Scale } from "./scale";

/**
 * How a likelihood level and an impact level combine into a score: their product (the usual
 * heat map, 1..n×m) or their sum (2..n+m).
 */
export const SCORING_METHODS = ["product", "sum"] as const;
export const ScoringMethod = z.enum(SCORING_METHODS);
export type ScoringMethod = z.infer<typeof ScoringMethod>;

/**
 * A workbook's risk matrix: likelihood and impact scales (sizes may differ, 2–10 levels each,
 * numbers or words), how they combine into a score, and the rating bands over the scores.
 */
export const RiskMatrix = z
  .object({
    /** Short key, e.g. `5x5`, `3x3-words`. */
    id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, { error: "matrix id must be letters, digits, '.', '_' or '-'" }),
    name: z.string().max(128).optional(),
    likelihood: Scale,
    impact: Scale,
    scoring: ScoringMethod.default("product"),
    bands: z.array(RatingBand).min(1).max(10),
  })
  .superRefine((matrix, ctx) => {
    const { min, max } = scoreRangeOf(matrix.scoring, matrix.likelihood.levels.length, matrix.impact.levels.length);
    const bands = matrix.bands;
    bands.forEach((band, index) => {
      if (band.min > band.max) {
        ctx.addIssue({ code: "custom", path: ["bands", index], message: `band "${band.label}" starts above its end (${band.min} > ${band.max})` });
      }
      const previous = bands[index - 1];
      if (previous && band.min !== previous.max + 1) {
        ctx.addIssue({
          code: "custom",
          path: ["bands", index, "min"],
          message: `band "${band.label}" must start at ${previous.max + 1}, right after "${previous.label}" ends; found ${band.min}`,
        });
      }
    });
    const first = bands[0];
    const last = bands[bands.length - 1];
    if (first && first.min > min) {
      ctx.addIssue({ code: "custom", path: ["bands", 0, "min"], message: `bands must cover the lowest score ${min}; the first starts at ${first.min}` });
    }
    if (last && last.max < max) {
      ctx.addIssue({ code: "custom", path: ["bands", bands.length - 1, "max"], message: `bands must cover the highest score ${max}; the last ends at ${last.max}` });
    }
    const ids = new Set<string>();
    bands.forEach((band, index) => {
      if (ids.has(band.id)) ctx.addIssue({ code: "custom", path: ["bands", index, "id"], message: `band id "${band.id}" is used twice` });
      ids.add(band.id);
    });
  });
export type RiskMatrix = z.infer<typeof RiskMatrix>;
export type RiskMatrixInput = z.input<typeof RiskMatrix>;

/** Lowest and highest score a matrix of these sizes can give. */
export function scoreRangeOf(method: ScoringMethod, likelihoodLevels: number, impactLevels: number): { min: number; max: number } {
  return method === "sum"
    ? { min: 2, max: likelihoodLevels + impactLevels }
    : { min: 1, max: likelihoodLevels * impactLevels };
}
