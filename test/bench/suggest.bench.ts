import { demoSnapshots } from "../../shared/demo/demo-snapshots";
import { createSuggester, prepareCorpus } from "../../shared/suggest/suggester";
import { suggestForRecords } from "../../shared/suggest/record-suggestions";
import type { Risk } from "../../shared/model/risk";
import type { Benchmark } from "./benchmark";
import { heldOutActions, leaveOneOut, type LeaveOneOutResult } from "./suggest-leave-one-out";

/*
 * Suggestion quality and speed (issue 15). Quality: leave-one-out over the Playbook's 606
 * suggested actions and AI 600-1's 212 actions — each action's text is taken out of the index
 * (everywhere it feeds, under its key) and used as the query; the figure is the share whose own
 * subcategory ranks in the top k. "strict" also takes out every other passage whose stems
 * nearly repeat it (Jaccard ≥ 0.8), so a duplicate cannot leak the answer. Target: top-3 ≥ 60 %.
 */

let cached: Map<string, LeaveOneOutResult> | undefined;
function results(): Map<string, LeaveOneOutResult> {
  if (cached) return cached;
  const prepared = prepareCorpus();
  const items = heldOutActions();
  cached = new Map();
  for (const source of ["playbook", "genai"] as const) {
    const subset = items.filter((i) => i.source === source);
    cached.set(source, leaveOneOut(prepared, subset, false));
    cached.set(`${source}-strict`, leaveOneOut(prepared, subset, true));
  }
  return cached;
}

const pct = (x: number) => Math.round(x * 1000) / 10;

function accuracy(key: string, k: "top1" | "top3" | "top5", label: string): Benchmark {
  return {
    name: `suggest: leave-one-out ${label} ${k} accuracy`,
    unit: "%",
    async run() {
      const r = results().get(key)!;
      return {
        value: pct(r[k]),
        ...(k === "top3" ? { baseline: 60 } : {}),
        note: `${r.items} actions; ${r.withNearDuplicates} with near-duplicates elsewhere (${r.nearDuplicatesSameSubcategory} under the same subcategory)${key.endsWith("strict") ? ", those removed too" : ""}`,
      };
    },
  };
}

/** 1,000 risks made from the demo teams' risk texts, each varied so no two queries are equal. */
function thousandRisks(): Risk[] {
  const base = demoSnapshots().flatMap((s) => s.risks);
  return Array.from({ length: 1000 }, (_, i) => {
    const r = base[i % base.length]!;
    return { ...r, id: `R-${i}`, title: `${r.title ?? ""} (${["vendor", "model", "customer", "data", "staff"][i % 5]} ${i})`, aiRmfRefs: [], iso42001Refs: [] };
  });
}

let withModel: LeaveOneOutResult | undefined;
/**
 * The trained subcategory model is off by default (docs/suggest.md): this row keeps the figure
 * behind that decision reproducible — all 818 actions, the model retrained without each one.
 */
function modelAccuracy(): Benchmark {
  return {
    name: "suggest: leave-one-out all actions, trained model on (modelShare 1), top1 / top3 / top5 in the note",
    unit: "%",
    async run() {
      withModel ??= leaveOneOut(prepareCorpus(), heldOutActions(), false, { modelShare: 1 });
      return { value: pct(withModel.top3), baseline: 60, note: `top-1 ${pct(withModel.top1)} %, top-5 ${pct(withModel.top5)} %; ${withModel.items} actions, one training per held-out action` };
    },
  };
}

export const benchmarks: Benchmark[] = [
  ...(["top1", "top3", "top5"] as const).flatMap((k) => [accuracy("playbook", k, "Playbook actions"), accuracy("genai", k, "AI 600-1 actions")]),
  accuracy("playbook-strict", "top3", "Playbook actions (strict)"),
  accuracy("genai-strict", "top3", "AI 600-1 actions (strict)"),
  modelAccuracy(),
  speed("index already built", (risks) => {
    const suggester = createSuggester();
    return () => suggestForRecords({ risks }, { top: 3 }, suggester);
  }),
  speed("including the index build", (risks) => () => suggestForRecords({ risks }, { top: 3 }, createSuggester(prepareCorpus()))),
];

/**
 * Medians of 5 runs (after one warm-up) of the process's CPU time and of wall time. The CPU
 * figure is the one held against the 500 ms budget: on a shared machine wall time mostly
 * measures the other processes (it is in the note).
 */
function speed(label: string, make: (risks: Risk[]) => () => unknown): Benchmark {
  return {
    name: `suggest: 1,000 risks, ${label} (CPU ms, median of 5)`,
    unit: "ms",
    async run() {
      const fn = make(thousandRisks());
      fn();
      const cpu: number[] = [];
      const wall: number[] = [];
      for (let i = 0; i < 5; i += 1) {
        const c0 = process.cpuUsage();
        const t0 = performance.now();
        fn();
        wall.push(performance.now() - t0);
        const c = process.cpuUsage(c0);
        cpu.push((c.user + c.system) / 1000);
      }
      const median = (xs: number[]) => xs.sort((a, b) => a - b)[2]!;
      return { value: median(cpu), baseline: 500, note: `wall ${Math.round(median(wall))} ms; all four kinds, top 3 each; module load excluded` };
    },
  };
}
