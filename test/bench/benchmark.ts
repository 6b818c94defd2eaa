/**
 * A benchmark measures one figure. Where it compares against something (the parser alone, a
 * budget), it returns the baseline too and the harness reports value / baseline as the ratio.
 */
export interface Benchmark {
  readonly name: string;
  readonly unit: string;
  run(): Promise<BenchmarkResult>;
}

export interface BenchmarkResult {
  readonly value: number;
  readonly baseline?: number;
  /** Free text shown next to the figure, e.g. "budget 1 s" or "10k vs 100k rows". */
  readonly note?: string;
}

/** Median of `runs` timings of `fn`, in milliseconds, after `warmup` untimed runs. */
export async function medianMs(fn: () => unknown, runs = 5, warmup = 1): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}
