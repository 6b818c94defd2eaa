export { BandId, Colour, RatingBand } from "./band";
export { bandByName, commonBandOf } from "./band-of";
export { RiskMatrix, SCORING_METHODS, ScoringMethod, scoreRangeOf, type RiskMatrixInput } from "./matrix";
export { mapLevel, normaliseLevel, normaliseScore, toCommonScale, type CommonRating } from "./normalise";
export {
  COMMON_MATRIX,
  DEFAULT_MATRIX,
  MATRIX_3X3,
  MATRIX_4X4,
  MATRIX_5X5,
  MATRIX_PRESETS,
  matrixPreset,
  type MatrixPresetId,
} from "./presets";
export { matrixForSize } from "./matrix-for-size";
export { levelLabel, resolveLevel, Scale, SCALE_MAX_LEVELS, SCALE_MIN_LEVELS, ScaleLevel, wordKey } from "./scale";
export { isOnMatrix, rate, rating, score, scoreRange } from "./score";
