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
  const tally = new StatTally();
  for (const value of values) tally.add(value);
  return tally.stat(places);
}

/** A `Stat` gathered one figure at a time, so figures spread over many records need no array. */
export class StatTally {
  #n = 0;
  #min = Infinity;
  #max = -Infinity;
  #sum = 0;

  add(value: number): void {
    this.#n += 1;
    if (value < this.#min) this.#min = value;
    if (value > this.#max) this.#max = value;
    this.#sum += value;
  }

  /** The figures' `Stat` (as `statOf` gives it for them in the order added), undefined when there were none. */
  stat(places = 3): Stat | undefined {
    if (this.#n === 0) return undefined;
    return { n: this.#n, min: round(this.#min, places), avg: round(this.#sum / this.#n, places), max: round(this.#max, places) };
  }
}

/**
 * Up to `limit` examples from a list, with how many more there were, for reasons such as
 * "CS-R05, CS-R09 and 3 more". `total` is the list's length when `ids` holds only its first ones.
 */
export function examples(ids: readonly string[], limit = 5, total = ids.length): string {
  if (total <= limit) return ids.join(", ");
  return `${ids.slice(0, limit).join(", ")} and ${total - limit} more`;
}
