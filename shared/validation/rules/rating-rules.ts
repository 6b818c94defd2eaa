import { matrixForSize } from "../../scoring/matrix-for-size";
import type { MatrixBand, MatrixSize, RiskInput } from "../input";
import type { Rule } from "../rule";
import { nameOf } from "../rule";

/**
 * Qualitative ratings ("Inherent risk: High"): a risk rated by a word holds the id of one of the
 * matrix's bands. A word that names no band cannot be placed on a heat map; a word that names
 * another band than likelihood × impact gives is a contradiction the owner must settle.
 */

const STAGES = [
  { stage: "inherent", rating: "inherentRating", likelihood: "inherentLikelihood", impact: "inherentImpact" },
  { stage: "residual", rating: "residualRating", likelihood: "residualLikelihood", impact: "residualImpact" },
] as const satisfies readonly { rating: keyof RiskInput; likelihood: keyof RiskInput; impact: keyof RiskInput; stage: string }[];

function bandsOf(matrix: MatrixSize): readonly MatrixBand[] {
  return matrix.bands ?? matrixForSize(matrix.likelihood, matrix.impact, matrix.scoring).bands;
}

function bandNamed(bands: readonly MatrixBand[], rating: string): MatrixBand | undefined {
  return bands.find((band) => band.id === rating);
}

function onScale(level: unknown, size: number): level is number {
  return typeof level === "number" && Number.isInteger(level) && level >= 1 && level <= size;
}

export const RATING_RULES: readonly Rule[] = [
  {
    code: "risk-rating-off-matrix",
    severity: "error",
    scope: "risks",
    description: "A qualitative rating (inherent or residual) names a band of the workbook's risk matrix.",
    check({ input, matrix }, report) {
      const bands = bandsOf(matrix);
      const names = bands.map((band) => band.label).join(", ");
      for (const at of input.risks ?? []) {
        for (const { stage, rating } of STAGES) {
          const value = at.record[rating];
          if (typeof value !== "string" || bandNamed(bands, value)) continue;
          report(
            at,
            rating,
            `${nameOf("Risk", at.record.id, at.row)}: ${stage} rating "${value}" is not a band of the matrix (${names})`,
            `Use one of ${names}, or add the band to the workbook's matrix.`,
          );
        }
      }
    },
  },
  {
    code: "risk-rating-disagrees",
    severity: "warning",
    scope: "risks",
    description: "A qualitative rating agrees with the band likelihood × impact gives on the workbook's matrix.",
    check({ input, matrix }, report) {
      const bands = bandsOf(matrix);
      for (const at of input.risks ?? []) {
        const r = at.record;
        for (const { stage, rating, likelihood, impact } of STAGES) {
          const named = typeof r[rating] === "string" ? bandNamed(bands, r[rating]) : undefined;
          const l = r[likelihood];
          const i = r[impact];
          if (!named || !onScale(l, matrix.likelihood) || !onScale(i, matrix.impact)) continue;
          const value = matrix.scoring === "sum" ? l + i : l * i;
          const computed = bands.find((band) => value >= band.min && value <= band.max);
          if (!computed || computed.id === named.id) continue;
          report(
            at,
            rating,
            `${nameOf("Risk", r.id, at.row)}: ${stage} rating ${named.label} disagrees with likelihood ${l} × impact ${i} = ${value}, which the matrix rates ${computed.label}`,
            "Correct the rating or the levels; the report places the risk by its levels.",
          );
        }
      }
    },
  },
];
