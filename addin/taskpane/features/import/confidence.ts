/**
 * How sure the importer is of a kind or a column, in a word and a look that differ per level: a
 * "likely" guess must not look like a sure one (issue 9), so the level changes the badge's
 * appearance as well as its colour.
 */
export type ConfidenceLevel = "sure" | "likely" | "guess";

export interface ConfidenceLook {
  readonly level: ConfidenceLevel;
  readonly word: string;
  readonly color: "success" | "warning" | "danger";
  readonly appearance: "filled" | "tint" | "outline";
}

export function confidenceLook(c: number): ConfidenceLook {
  if (c >= 0.9) return { level: "sure", word: "sure", color: "success", appearance: "filled" };
  if (c >= 0.6) return { level: "likely", word: "likely", color: "warning", appearance: "tint" };
  return { level: "guess", word: "a guess", color: "danger", appearance: "outline" };
}
