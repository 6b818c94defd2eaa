/**
 * The `k` smallest items under `compare`, sorted, without sorting everything: O(n log k) compares
 * and no allocation for items that do not make the cut. Items that compare equal keep the order
 * they came in (a stable sort's first `k`); `compare` should be a total order for the result to
 * be deterministic.
 */
export function topK<T>(items: Iterable<T>, k: number, compare: (a: T, b: T) => number): T[] {
  const selection = new TopKSelection(k, compare);
  for (const item of items) selection.offer(item);
  return selection.items();
}

/**
 * A `topK` fed one item at a time that says, before an item is made, what it has to beat: a
 * caller with a cheap key (a number of days, a priority) skips candidates that order strictly
 * after `worst` without building them, and offers the rest, made, for the full comparison.
 * Offering only those gives what offering everything would.
 */
export class TopKSelection<T> {
  readonly #k: number;
  readonly #compare: (a: T, b: T) => number;
  readonly #kept: T[] = [];

  constructor(k: number, compare: (a: T, b: T) => number) {
    this.#k = Math.max(0, k);
    this.#compare = compare;
  }

  /**
   * The last item kept once `k` are: a new item must order strictly before it to be kept.
   * Undefined while fewer are kept (or `k` is 0), when no key can rule an item out.
   */
  get worst(): T | undefined {
    return this.#k > 0 && this.#kept.length >= this.#k ? this.#kept[this.#kept.length - 1] : undefined;
  }

  offer(item: T): void {
    const kept = this.#kept;
    if (this.#k === 0) return;
    if (kept.length >= this.#k && this.#compare(item, kept[kept.length - 1]!) >= 0) return;
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.#compare(item, kept[mid]!) < 0) hi = mid;
      else lo = mid + 1;
    }
    kept.splice(lo, 0, item);
    if (kept.length > this.#k) kept.pop();
  }

  /** The items kept, in order. */
  items(): T[] {
    return [...this.#kept];
  }
}
