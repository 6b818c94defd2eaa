import type { RatingBand } from "./band";
import { scoreRangeOf, type RiskMatrix, type ScoringMethod } from "./matrix";
import { MATRIX_PRESETS } from "./presets";
import { SCALE_MAX_LEVELS, SCALE_MIN_LEVELS, type Scale } from "./scale";

const PRESET_BY_SIZE: Readonly<Record<number, RiskMatrix>> = {
  3: MATRIX_PRESETS["3x3"],
  4: MATRIX_PRESETS["4x4"],
  5: MATRIX_PRESETS["5x5"],
};

const BAND_STYLES = [
  { id: "low", label: "Low", colour: "#63BE7B" },
  { id: "medium", label: "Medium", colour: "#FFEB84" },
  { id: "high", label: "High", colour: "#F8A35B" },
  { id: "critical", label: "Critical", colour: "#F8696B" },
] as const;

/**
 * A matrix of the given sizes: the preset for 3×3, 4×4 and 5×5 (product scoring), otherwise
 * numbered levels and four bands (Low, Medium, High, Critical) splitting the score range into
 * near-equal runs. Sizes are clamped to 2–10 levels. For an importer that learns only a matrix's
 * size, and for restoring a snapshot whose matrix is unreadable but whose sizes are known.
 *
 * @example matrixForSize(5, 3).bands.map((b) => [b.min, b.max]) // [[1,4],[5,8],[9,11],[12,15]]
 */
export function matrixForSize(likelihoodLevels: number, impactLevels: number, scoring: ScoringMethod = "product"): RiskMatrix {
  const l = clampSize(likelihoodLevels);
  const i = clampSize(impactLevels);
  const preset = l === i && scoring === "product" ? PRESET_BY_SIZE[l] : undefined;
  if (preset) return JSON.parse(JSON.stringify(preset)) as RiskMatrix;
  const { min, max } = scoreRangeOf(scoring, l, i);
  return {
    id: scoring === "product" ? `${l}x${i}` : `${l}x${i}-sum`,
    name: `${l}×${i}`,
    likelihood: numberedScale("Likelihood", l),
    impact: numberedScale("Impact", i),
    scoring,
    bands: splitBands(min, max),
  };
}

function clampSize(size: number): number {
  if (!Number.isFinite(size)) return SCALE_MIN_LEVELS;
  return Math.min(SCALE_MAX_LEVELS, Math.max(SCALE_MIN_LEVELS, Math.round(size)));
}

function numberedScale(name: string, size: number): Scale {
  return { name, levels: Array.from({ length: size }, (_, index) => ({ value: index + 1, label: String(index + 1) })) };
}

function splitBands(min: number, max: number): RatingBand[] {
  const span = max - min + 1;
  const count = Math.min(BAND_STYLES.length, span);
  const bands: RatingBand[] = [];
  let start = min;
  for (let index = 0; index < count; index += 1) {
    const end = index === count - 1 ? max : min + Math.round((span * (index + 1)) / count) - 1;
    const style = BAND_STYLES[index + (BAND_STYLES.length - count)] ?? BAND_STYLES[0];
    bands.push({ id: style.id, label: style.label, min: start, max: end, colour: style.colour });
    start = end + 1;
  }
  return bands;
}
