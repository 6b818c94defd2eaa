import { createPrng, syntheticSnapshot } from "../../shared/demo/index";
import { matrixPreset } from "../../shared/scoring/index";
import { buildDualConformanceReport, renderCsv, renderHtml, renderMarkdown, renderOscalJson, type ReportInput, type ReportWorkbook } from "../../shared/report/index";
import { renderXlsx } from "../../report-files/render-xlsx";
import type { Benchmark } from "./benchmark";

const TEAMS = 200;
const RISKS = 500;
const BUDGET_MS = 1_000;

let cached: { input: ReportInput; bytes: number } | undefined;

/** 200 team workbooks of 500 risks each (with SoA and profile), on 3×3, 4×4 and 5×5 matrices. Built once, outside every timing. */
function inputs(): { input: ReportInput; bytes: number } {
  cached ??= (() => {
    const random = createPrng(2026);
    const matrices = [matrixPreset("5x5"), matrixPreset("3x3"), matrixPreset("4x4")];
    const workbooks: ReportWorkbook[] = Array.from({ length: TEAMS }, (_, k) => {
      const team = `team-${String(k + 1).padStart(3, "0")}`;
      return { team, workbook: "ai-conformance", version: 1 + (k % 7), createdAt: "2026-09-29T12:00:00Z", snapshot: syntheticSnapshot({ team, risks: RISKS, random, matrix: matrices[k % 3]! }) };
    });
    const bytes = workbooks.reduce((sum, w) => sum + JSON.stringify(w.snapshot).length, 0);
    return { input: { org: { id: "bench", name: "Bench Org" }, asOf: "2026-09-30", workbooks }, bytes };
  })();
  return cached;
}

/** CPU milliseconds (user + system) of one call. */
function cpuMs(fn: () => unknown): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

async function cpuMsAsync(fn: () => Promise<unknown>): Promise<number> {
  const start = process.cpuUsage();
  await fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

export const benchmarks: Benchmark[] = [
  {
    name: `report: build for ${TEAMS} teams × ${RISKS} risks (CPU)`,
    unit: "ms",
    async run() {
      const { input, bytes } = inputs();
      // The first build in the process pays for JIT warm-up and the catalog index; report it apart.
      const first = cpuMs(() => buildDualConformanceReport(input));
      const runs = Array.from({ length: 5 }, () => cpuMs(() => buildDualConformanceReport(input)));
      const value = median(runs);
      return {
        value,
        baseline: BUDGET_MS,
        note: `median of 5 after one warm-up; first (cold) build ${first.toFixed(0)} ms; budget ${BUDGET_MS} ms CPU; input ${TEAMS * RISKS} risks, ${(bytes / 1e6).toFixed(1)} MB of snapshot JSON; storage reads are the API's to count`,
      };
    },
  },
  {
    name: `report: render ${TEAMS} teams to JSON, CSV, Markdown, HTML, OSCAL (CPU)`,
    unit: "ms",
    async run() {
      const report = buildDualConformanceReport(inputs().input);
      const sizes: string[] = [];
      const value = cpuMs(() => {
        for (const [name, render] of [["json", (r: typeof report) => JSON.stringify(r)], ["csv", renderCsv], ["md", renderMarkdown], ["html", renderHtml], ["oscal", renderOscalJson]] as const) {
          sizes.push(`${name} ${(render(report).length / 1e6).toFixed(1)} MB`);
        }
      });
      return { value, note: sizes.join(", ") };
    },
  },
  {
    name: `report: render ${TEAMS} teams to XLSX (CPU)`,
    unit: "ms",
    async run() {
      const report = buildDualConformanceReport(inputs().input);
      let size = 0;
      const value = await cpuMsAsync(async () => {
        size = (await renderXlsx(report)).length;
      });
      return { value, note: `${(size / 1e6).toFixed(1)} MB` };
    },
  },
];
