/**
 * Adding a second scorer's scores to the lexical raw scores on one scale: the second scorer's
 * standardised scores (mean 0, standard deviation 1 over the subcategories) times `share` times
 * the raw scores' own standard deviation. Equal shares rank as the sum of both z-scores does,
 * and the result stays on BM25's scale, so the squash to 0–1 and the thresholds keep their
 * meaning. A subcategory without a word in common (raw 0) stays at 0, so every suggestion has
 * words to show as matched; one pushed below 0 drops to 0.
 */
function meanAndDeviation(xs: Float64Array): { mean: number; sd: number } {
  let mean = 0;
  for (const x of xs) mean += x;
  mean /= xs.length || 1;
  let variance = 0;
  for (const x of xs) variance += (x - mean) ** 2;
  return { mean, sd: Math.sqrt(variance / (xs.length || 1)) };
}

/** Adds the scores in place; returns the raw-score units per unit of `scores` (0 when nothing was added). */
export function addStandardised(raw: Float64Array, scores: Float64Array, share: number): number {
  const lexical = meanAndDeviation(raw);
  const other = meanAndDeviation(scores);
  if (share <= 0 || lexical.sd === 0 || other.sd === 0) return 0;
  const scale = (share * lexical.sd) / other.sd;
  for (let d = 0; d < raw.length; d += 1) {
    if (raw[d]! <= 0) continue;
    raw[d] = Math.max(0, raw[d]! + scale * (scores[d]! - other.mean));
  }
  return scale;
}
