/** Lowest, mean and highest of a set of figures, and how many there were. */
export interface Stat {
  readonly n: number;
  readonly min: number;
  readonly avg: number;
  readonly max: number;
}

/** Rounded to `places` decimals, so figures print and compare the same everywhere. */
export function round(value: number, places = 3): number {
  const factor = 10 ** places;
  return Math.round(value * factor) / factor;
}

/** The `Stat` of some numbers, or undefined when there are none. */
export function statOf(values: readonly number[], places = 3): Stat | undefined {
  if (values.length === 0) return undefined;
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  for (const value of values) {
    if (value < min) min = value;
    if (value > max) max = value;
    sum += value;
  }
  return { n: values.length, min: round(min, places), avg: round(sum / values.length, places), max: round(max, places) };
}

/**
 * Up to `limit` examples from a list, with how many more there were, for reasons such as
 * "CS-R05, CS-R09 and 3 more". `total` is the list's length when `ids` holds only its first ones.
 */
export function examples(ids: readonly string[], limit = 5, total = ids.length): string {
  if (total <= limit) return ids.join(", ");
  return `${ids.slice(0, limit).join(", ")} and ${total - limit} more`;
}
