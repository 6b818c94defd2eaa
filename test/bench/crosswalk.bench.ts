import { aiRmfSubcategories, itemsOf } from "../../shared/catalog/catalogs";
import { coverage } from "../../shared/crosswalk/coverage";
import { defaultCrosswalk } from "../../shared/crosswalk/default-graph";
import { parseId } from "../../shared/ids/parse";
import { type Benchmark, medianMs } from "./benchmark";

const messyIds = ["GV-1.1", "Govern 2.3", "MAP 1.1:", "B.6.2.4", "a.5.2", "AC-02", "GOVREN 1.1", "A.5.38", "72", "2002-01-06"];

export const benchmarks: Benchmark[] = [
  {
    name: "ids: parse 100k messy ids (10 distinct forms, 3 unreadable)",
    unit: "ms",
    async run() {
      const value = await medianMs(() => {
        for (let i = 0; i < 100_000; i++) parseId(messyIds[i % messyIds.length], { framework: i % 2 ? "iso42001" : "iso27001" });
      }, 3);
      return { value };
    },
  },
  {
    name: "ids: parse 10k distinct unreadable ids (suggestions, no memo hits)",
    unit: "ms",
    async run() {
      let n = 0;
      const value = await medianMs(() => {
        for (let i = 0; i < 10_000; i++) parseId(`GOVREN ${n++}.${i % 9}`);
      }, 3);
      return { value };
    },
  },
  {
    name: "crosswalk: transitive lookup of all 72 subcategories",
    unit: "ms",
    async run() {
      const graph = defaultCrosswalk();
      const value = await medianMs(() => {
        for (const s of aiRmfSubcategories()) graph.lookup(s.id, { transitive: true });
      });
      return { value };
    },
  },
  {
    name: "crosswalk: coverage of AI RMF from all ISO 42001 items",
    unit: "ms",
    async run() {
      const graph = defaultCrosswalk();
      const implemented = itemsOf("iso42001").map((i) => i.id);
      const value = await medianMs(() => coverage(graph, implemented, "ai-rmf"));
      return { value };
    },
  },
];
