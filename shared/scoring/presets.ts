import type { RatingBand } from "./band";
import type { RiskMatrix } from "./matrix";
import type { ScaleLevel } from "./scale";

const GREEN = "#63BE7B";
const YELLOW = "#FFEB84";
const ORANGE = "#F8A35B";
const RED = "#F8696B";

function level(value: number, label: string, synonyms: string[] = []): ScaleLevel {
  return synonyms.length > 0 ? { value, label, synonyms } : { value, label };
}

function band(id: string, label: string, min: number, max: number, colour: string): RatingBand {
  return { id, label, min, max, colour };
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object") {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/** 3×3 with word levels (Low / Medium / High on both axes); scores 1–9. */
export const MATRIX_3X3: RiskMatrix = deepFreeze({
  id: "3x3",
  name: "3×3 (Low / Medium / High)",
  likelihood: {
    name: "Likelihood",
    levels: [
      level(1, "Low", ["Unlikely", "L"]),
      level(2, "Medium", ["Possible", "M"]),
      level(3, "High", ["Likely", "H"]),
    ],
  },
  impact: {
    name: "Impact",
    levels: [
      level(1, "Low", ["Minor", "L"]),
      level(2, "Medium", ["Moderate", "M"]),
      level(3, "High", ["Major", "Severe", "H"]),
    ],
  },
  scoring: "product",
  bands: [band("low", "Low", 1, 2, GREEN), band("medium", "Medium", 3, 4, YELLOW), band("high", "High", 5, 9, RED)],
});

/** 4×4 (Rare … Almost certain × Minor … Severe); scores 1–16. */
export const MATRIX_4X4: RiskMatrix = deepFreeze({
  id: "4x4",
  name: "4×4",
  likelihood: {
    name: "Likelihood",
    levels: [level(1, "Rare"), level(2, "Unlikely"), level(3, "Likely", ["Possible"]), level(4, "Almost certain", ["Very likely"])],
  },
  impact: {
    name: "Impact",
    levels: [level(1, "Minor", ["Low"]), level(2, "Moderate", ["Medium"]), level(3, "Major", ["High"]), level(4, "Severe", ["Critical", "Very high"])],
  },
  scoring: "product",
  bands: [
    band("low", "Low", 1, 3, GREEN),
    band("medium", "Medium", 4, 6, YELLOW),
    band("high", "High", 7, 11, ORANGE),
    band("critical", "Critical", 12, 16, RED),
  ],
});

/** 5×5 (Rare … Almost certain × Insignificant … Severe); scores 1–25. The default and the common scale. */
export const MATRIX_5X5: RiskMatrix = deepFreeze({
  id: "5x5",
  name: "5×5",
  likelihood: {
    name: "Likelihood",
    levels: [
      level(1, "Rare", ["Very low", "Very unlikely"]),
      level(2, "Unlikely", ["Low"]),
      level(3, "Possible", ["Medium", "Moderate"]),
      level(4, "Likely", ["High"]),
      level(5, "Almost certain", ["Very high", "Very likely", "Certain"]),
    ],
  },
  impact: {
    name: "Impact",
    levels: [
      level(1, "Insignificant", ["Negligible", "Very low"]),
      level(2, "Minor", ["Low"]),
      level(3, "Moderate", ["Medium"]),
      level(4, "Major", ["High"]),
      level(5, "Severe", ["Catastrophic", "Critical", "Very high"]),
    ],
  },
  scoring: "product",
  bands: [
    band("low", "Low", 1, 4, GREEN),
    band("medium", "Medium", 5, 9, YELLOW),
    band("high", "High", 10, 15, ORANGE),
    band("critical", "Critical", 16, 25, RED),
  ],
});

export const MATRIX_PRESETS = { "3x3": MATRIX_3X3, "4x4": MATRIX_4X4, "5x5": MATRIX_5X5 } as const;
export type MatrixPresetId = keyof typeof MATRIX_PRESETS;

/** The matrix a workbook gets when it declares none. */
export const DEFAULT_MATRIX: RiskMatrix = MATRIX_5X5;

/** The scale consolidation normalises every team's matrix onto. */
export const COMMON_MATRIX: RiskMatrix = MATRIX_5X5;

/** A mutable copy of a preset, for a workbook to start from and adjust. */
export function matrixPreset(id: MatrixPresetId): RiskMatrix {
  return structuredCloneJson(MATRIX_PRESETS[id]);
}

function structuredCloneJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
