/**
 * `crosswalk lookup GV-1.1 --json` as a whole process (node starting, cli/bin.mjs checking the
 * bundle is fresh, loading the lookup command, printing), against `node -e 0` on the same machine
 * in the same run. Runs alternate, so a busy machine slows both alike; the figure is the median.
 * Target (issue 10): at most 4× `node -e 0`.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { Benchmark } from "./benchmark";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const BIN = fileURLToPath(new URL("../../cli/bin.mjs", import.meta.url));
const RUNS = 15;

function timeProcess(args: readonly string[]): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  const ms = performance.now() - start;
  if (result.status !== 0) throw new Error(`node ${args.join(" ")} exited ${result.status}: ${result.stderr.toString()}`);
  return ms;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

export const benchmarks: Benchmark[] = [
  {
    name: "cli: `crosswalk lookup GV-1.1 --json` whole process (baseline `node -e 0`)",
    unit: "ms",
    async run() {
      // One untimed call builds the bundle if it is missing or stale, so the runs time a start.
      execFileSync(process.execPath, [BIN, "lookup", "GV-1.1", "--json"], { cwd: ROOT, stdio: "ignore" });
      const cli: number[] = [];
      const bare: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        bare.push(timeProcess(["-e", "0"]));
        cli.push(timeProcess([BIN, "lookup", "GV-1.1", "--json"]));
      }
      return { value: median(cli), baseline: median(bare), note: `median of ${RUNS} alternating runs; target ratio ≤ 4` };
    },
  },
];
