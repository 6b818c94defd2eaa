/**
 * One-off profiling aid for the cold report request, without the HTTP server or dynalite: the
 * digests of the API benchmark's 200 teams × 500 risks (same seed, same profile) are built and
 * serialised once, then each round parses them (`readWorkbookDigest`, as the API does), builds the
 * report (`buildReportFromDigests`) and renders its JSON, timing each step.
 *
 *   npx tsx test/bench/report-profile.ts [rounds] [--out report.json]
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx test/bench/report-profile.ts 3
 *
 * `--out` writes the last round's JSON, to compare two versions of the code byte for byte
 * (`--list-limit N` builds with that `listLimit`).
 * `--heap MB` first fills the heap with that many MB of live strings, like the benchmark's server
 * whose heap also holds dynalite's data, so garbage collection weighs as it does there.
 */
import { writeFileSync } from "node:fs";
import { createPrng, syntheticSnapshot } from "../../shared/demo/index";
import { buildReportFromDigests, buildWorkbookDigest, readWorkbookDigest, type WorkbookDigest } from "../../shared/report/digest/index";
import { OrgProfile } from "../../shared/report/org-profile";
import { renderJson } from "../../shared/report/render/json";
import { matrixPreset } from "../../shared/scoring/index";
import { DEMO_PROFILE } from "../shared/report/demo-input";

const TEAMS = 200;
const RISKS = 500;

const args = process.argv.slice(2);
const rounds = Number(args.find((a) => /^\d+$/.test(a)) ?? 3);
const out = args.includes("--out") ? args[args.indexOf("--out") + 1] : undefined;
const heapMb = args.includes("--heap") ? Number(args[args.indexOf("--heap") + 1]) : 0;
const listLimit = args.includes("--list-limit") ? Number(args[args.indexOf("--list-limit") + 1]) : undefined;

// Ballast: live objects the collector must trace, as dynalite's data is in the benchmark's server.
const ballast: string[][] = [];
for (let mb = 0; mb < heapMb; mb++) ballast.push(Array.from({ length: 1024 }, (_, i) => `${mb}:${i}:`.padEnd(1000, "x")));

const random = createPrng(2026);
const matrices = [matrixPreset("5x5"), matrixPreset("3x3"), matrixPreset("4x4")];
const stored = Array.from({ length: TEAMS }, (_, k) => {
  const team = `team-${String(k + 1).padStart(3, "0")}`;
  const snapshot = syntheticSnapshot({ team, risks: RISKS, random, matrix: matrices[k % 3]! });
  return JSON.stringify(buildWorkbookDigest({ team, workbook: "ai-conformance", version: 1, author: "bench", createdAt: "2026-09-29T12:00:00.000Z", snapshot }));
});
const profile = OrgProfile.parse(DEMO_PROFILE);
const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
process.stdout.write(`digests: ${mb(stored.reduce((s, d) => s + d.length, 0))} MB of JSON; ballast ${ballast.length} MB\n`);

/** Wall and CPU milliseconds of one step (CPU is the process's, so the collector's threads count too). */
function timed<T>(fn: () => T): { value: T; text: string } {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  const value = fn();
  const used = process.cpuUsage(cpu);
  return { value, text: `${(performance.now() - wall).toFixed(0)} ms (CPU ${((used.user + used.system) / 1000).toFixed(0)})` };
}

let json = "";
for (let round = 0; round < rounds; round++) {
  const parse = timed(() => stored.map((text) => readWorkbookDigest(text)) as WorkbookDigest[]);
  const build = timed(() => buildReportFromDigests({ org: { id: "bench", name: "Bench Org", profile }, asOf: "2026-09-30", digests: parse.value, ...(listLimit !== undefined ? { options: { listLimit } } : {}) }));
  const render = timed(() => renderJson(build.value));
  json = render.value;
  process.stdout.write(`round ${round + 1}: parse ${parse.text}, build ${build.text}, render ${render.text}; report ${mb(json.length)} MB\n`);
}
if (out) writeFileSync(out, json);
