import { createPrng, syntheticSnapshot } from "../../shared/demo/index";
import { diffSnapshots } from "../../shared/diff/index";
import { parseSnapshot, restoreSnapshot, type WorkbookSnapshot } from "../../shared/model/index";
import { type Benchmark, medianMs } from "./benchmark";

const RISKS = 5_000;
let cached: { snapshot: WorkbookSnapshot; json: string } | undefined;

function big(): { snapshot: WorkbookSnapshot; json: string } {
  cached ??= (() => {
    const snapshot = syntheticSnapshot({ team: "bench", risks: RISKS, random: createPrng(1) });
    return { snapshot, json: JSON.stringify(snapshot) };
  })();
  return cached;
}

/** The same snapshot written the way a loose client might: numbers and dates as text, words for enums. */
function sloppy(): unknown {
  const raw = JSON.parse(big().json) as { risks: Record<string, unknown>[] };
  for (const risk of raw.risks) {
    risk.inherentLikelihood = String(risk.inherentLikelihood);
    risk.dueDate = String(risk.dueDate).replaceAll("-", "/");
    risk.status = String(risk.status).replace("-", " ").toUpperCase();
    risk.Comment = "kept in extra";
  }
  return raw;
}

export const benchmarks: Benchmark[] = [
  {
    name: `parseSnapshot ${RISKS} risks`,
    unit: "ms",
    async run() {
      const { json } = big();
      const value = await medianMs(() => parseSnapshot(JSON.parse(json)));
      const baseline = await medianMs(() => JSON.parse(json));
      return { value, baseline, note: `${(json.length / 1e6).toFixed(1)} MB JSON; baseline JSON.parse alone` };
    },
  },
  {
    name: `restoreSnapshot ${RISKS} risks (valid)`,
    unit: "ms",
    async run() {
      const { json } = big();
      const value = await medianMs(() => restoreSnapshot(JSON.parse(json)));
      const baseline = await medianMs(() => parseSnapshot(JSON.parse(json)));
      return { value, baseline, note: "baseline parseSnapshot" };
    },
  },
  {
    name: `restoreSnapshot ${RISKS} risks (coercing 4 fields each)`,
    unit: "ms",
    async run() {
      const value = await medianMs(() => restoreSnapshot(sloppy()));
      return { value, note: "issues capped at 1,000" };
    },
  },
  {
    name: `diffSnapshots ${RISKS} risks`,
    unit: "ms",
    async run() {
      const { snapshot, json } = big();
      const other = JSON.parse(json) as WorkbookSnapshot;
      other.risks = other.risks.slice(100).map((risk, index) => (index % 10 === 0 ? { ...risk, owner: "Changed" } : risk));
      const value = await medianMs(() => diffSnapshots(snapshot, other));
      return { value, note: "100 removed, ~490 modified" };
    },
  },
];
