import type { RatingBand } from "./band";
import type { RiskMatrix } from "./matrix";
import { normaliseScore } from "./normalise";
import { COMMON_MATRIX } from "./presets";
import { rating, scoreRange } from "./score";

/**
 * Bands named by a qualitative rating ("Inherent risk: High"). A risk rated only by a word holds
 * the id of one of its matrix's bands; these find that band again and place it on the common
 * matrix, so the report can count it next to risks rated by likelihood × impact.
 */

function key(text: string): string {
  return text.trim().toLowerCase().replace(/[\s_]+/g, "-");
}

/** The band of this matrix whose id or label the text is (case and spacing aside); undefined if none. */
export function bandByName(bands: readonly Pick<RatingBand, "id" | "label">[], text: string): Pick<RatingBand, "id" | "label"> | undefined {
  const wanted = key(text);
  if (wanted === "") return undefined;
  return bands.find((band) => band.id === wanted) ?? bands.find((band) => key(band.label) === wanted);
}

/**
 * The common matrix's band for a band of a team's matrix: the band of the same id when the common
 * matrix has one, else the common band at the same place of the score range (its middle score).
 *
 * @example commonBandOf(MATRIX_3X3, "medium")?.id // "medium"
 */
export function commonBandOf(matrix: RiskMatrix, bandId: string, common: RiskMatrix = COMMON_MATRIX): RatingBand | undefined {
  const same = common.bands.find((band) => band.id === bandId);
  if (same) return same;
  const own = matrix.bands.find((band) => band.id === bandId);
  if (!own) return undefined;
  const middle = normaliseScore(matrix, (own.min + own.max) / 2);
  const { min, max } = scoreRange(common);
  return rating(common, Math.round(min + middle * (max - min)));
}
