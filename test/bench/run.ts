/**
 * `npm run bench`: runs every `test/bench/*.bench.ts` (each exports `benchmarks: Benchmark[]`),
 * prints a table and writes bench-results.json: name → { value, unit, baseline?, ratio? }.
 * Pass names (substrings) as arguments to run only some.
 */
import { readdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Benchmark } from "./benchmark";

interface Row {
  value: number;
  unit: string;
  baseline?: number;
  ratio?: number;
  note?: string;
}

const here = dirname(fileURLToPath(import.meta.url));
const filters = process.argv.slice(2);

const files = (await readdir(here)).filter((f) => f.endsWith(".bench.ts")).sort();
const results: Record<string, Row> = {};
for (const file of files) {
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { benchmarks?: Benchmark[] };
  for (const bench of mod.benchmarks ?? []) {
    if (filters.length > 0 && !filters.some((f) => bench.name.includes(f))) continue;
    process.stderr.write(`running ${bench.name}…\n`);
    const result = await bench.run();
    const row: Row = { value: round(result.value), unit: bench.unit };
    if (result.baseline !== undefined) {
      row.baseline = round(result.baseline);
      row.ratio = round(result.value / result.baseline);
    }
    if (result.note) row.note = result.note;
    results[bench.name] = row;
  }
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

const nameWidth = Math.max(9, ...Object.keys(results).map((n) => n.length));
const lines = [
  `${"benchmark".padEnd(nameWidth)}  ${"value".padStart(12)}  unit      ${"baseline".padStart(12)}  ${"ratio".padStart(7)}  note`,
];
for (const [name, r] of Object.entries(results)) {
  lines.push(
    `${name.padEnd(nameWidth)}  ${String(r.value).padStart(12)}  ${r.unit.padEnd(8)}  ${String(r.baseline ?? "").padStart(12)}  ${String(r.ratio ?? "").padStart(7)}  ${r.note ?? ""}`,
  );
}
process.stdout.write(`${lines.join("\n")}\n`);
await writeFile(join(here, "..", "..", "bench-results.json"), `${JSON.stringify(results, null, 2)}\n`);
process.stdout.write("wrote bench-results.json\n");
