/**
 * Import benchmarks (`npm run bench import`):
 * - a generated 10,000-row register from .xlsx bytes to validated records, against SheetJS alone
 *   parsing the same bytes with the same options (the harness reports the ratio; target ≤ 1.5);
 * - validation of 100,000 risks (budget 1 s);
 * - linearity: the full path on 100,000 rows against ten times the 10,000-row time (ratio ≈ 1).
 */
import * as XLSX from "@e965/xlsx";
import { parseOptions, readWorkbook } from "../../shared/file-reader/read-workbook";
import { DEFAULT_LIMITS } from "../../shared/file-reader/limits";
import { importWorkbook } from "../../shared/import/import-workbook";
import { locateImports } from "../../shared/import/locate";
import type { Located, RiskInput } from "../../shared/validation/input";
import { validate } from "../../shared/validation/validate";
import { type Benchmark, medianMs } from "./benchmark";

const CATEGORIES = ["SECURITY", "PRIVACY", "BIAS / FAIRNESS", "OPERATIONAL", "GOVERNANCE"];
const WORDS = ["Rare", "Unlikely", "Possible", "Likely", "Almost certain"];
const OWNERS = ["Ann Lee", "Bo Chen", "Cy Diaz", "Di Eke", "Ed Fox"];

/** A register like the ones risk managers keep: a banner, a header, words and numbers, dates, lists. */
export function registerBytes(rows: number): Uint8Array {
  const aoa: unknown[][] = [
    ["ACME AI RISK REGISTER — generated for benchmarking"],
    ["Risk ID", "Risk title", "Risk description", "Category", "Inherent\nLikelihood", "Inherent\nImpact", "Controls in place", "Residual\nLikelihood", "Residual\nImpact", "Treatment", "Risk owner", "Status", "Due date", "Next review", "ISO 42001", "AI RMF"],
  ];
  for (let i = 0; i < rows; i++) {
    const l = (i % 5) + 1;
    const impact = ((i * 7) % 5) + 1;
    aoa.push([
      `R-${String(i + 1).padStart(5, "0")}`,
      `Risk number ${i + 1}`,
      `The model may produce wrong outputs for case ${i} because of drift in the input data; consequence: unfair decisions.`,
      CATEGORIES[i % 5],
      i % 3 === 0 ? WORDS[l - 1] : l,
      impact,
      "1. Monitoring of drift\n2. Human review of outliers\n3. Quarterly revalidation",
      Math.max(1, l - 1),
      Math.max(1, impact - 1),
      ["Mitigate", "Accept", "Transfer", "Avoid"][i % 4],
      OWNERS[i % 5],
      ["Open", "In progress", "Monitoring", "Closed"][i % 4],
      new Date(Date.UTC(2026, i % 12, (i % 27) + 1)),
      `${(i % 27) + 1}/${(i % 12) + 1}/2026`,
      ["A.6.2.4", "6.1.2, A.5.2", "A.7.4", ""][i % 4],
      ["MAP 1.1", "GV-1.1, MS-2.5", "", "MANAGE 2.3"][i % 4],
    ]);
  }
  const sheet = XLSX.utils.aoa_to_sheet(aoa, { cellDates: true, dateNF: "yyyy-mm-dd" });
  sheet["!merges"] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 15 } }];
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, "Risk Register");
  return new Uint8Array(XLSX.write(book, { type: "array", bookType: "xlsx" }) as ArrayBuffer);
}

/** File bytes → grids → records → validation issues: what `crosswalk validate` does. */
function fullPath(bytes: Uint8Array): number {
  const read = readWorkbook(bytes, "register.xlsx");
  const outcome = importWorkbook(read);
  if (!outcome.ok || outcome.chosen.kind !== "risk-register") throw new Error("the generated register was not recognised");
  const result = validate(locateImports([outcome.chosen]), { asOf: "2026-06-30" });
  return outcome.chosen.records.length + result.issues.length;
}

function parserAlone(bytes: Uint8Array): number {
  return XLSX.read(bytes, { ...parseOptions(DEFAULT_LIMITS), type: "array" }).SheetNames.length;
}

function risks(count: number): Located<RiskInput>[] {
  const columns = { id: "A", owner: "K", inherentLikelihood: "E", inherentImpact: "F", residualLikelihood: "H", residualImpact: "I", reviewDate: "N", dueDate: "M", iso42001Refs: "O", aiRmfRefs: "P", aiSystem: "Q" };
  return Array.from({ length: count }, (_, i) => ({
    sheet: "Risk Register",
    row: i + 2,
    columns,
    record: {
      id: `R-${i}`,
      owner: i % 10 === 0 ? undefined : OWNERS[i % 5],
      inherentLikelihood: (i % 6) + 1,
      inherentImpact: ((i * 3) % 5) + 1,
      residualLikelihood: (i % 5) + 1,
      residualImpact: (i % 4) + 1,
      treatment: i % 7 === 0 ? "accept" : "mitigate",
      status: i % 4 === 0 ? "closed" : "open",
      reviewDate: `2026-${String((i % 12) + 1).padStart(2, "0")}-15`,
      dueDate: `2026-${String((i % 12) + 1).padStart(2, "0")}-01`,
      iso42001Refs: i % 9 === 0 ? ["ISO42001:A.6.2.44"] : ["ISO42001:A.6.2.4", "ISO42001:6.1.2"],
      aiRmfRefs: ["AIRMF:MAP 1.1"],
      aiSystem: `AI-${i % 50}`,
    },
  }));
}

/** Medians of `runs` alternating timings of two functions (after one untimed run of each). */
function interleavedMedians(a: () => unknown, b: () => unknown, runs: number): [number, number] {
  a();
  b();
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < runs; i++) {
    let start = performance.now();
    a();
    ta.push(performance.now() - start);
    start = performance.now();
    b();
    tb.push(performance.now() - start);
  }
  const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] ?? Number.NaN;
  return [median(ta), median(tb)];
}

let small: Uint8Array | undefined;
const smallRegister = () => (small ??= registerBytes(10_000));

export const benchmarks: Benchmark[] = [
  {
    name: "import: 10k-row register, bytes → validated records (vs SheetJS parse alone)",
    unit: "ms",
    async run() {
      const bytes = smallRegister();
      // Interleaved, so that load from other processes hits both sides alike.
      const [value, baseline] = interleavedMedians(() => fullPath(bytes), () => parserAlone(bytes), 9);
      return { value, baseline, note: `target ratio ≤ 1.5; ${(bytes.length / 1024).toFixed(0)} KB .xlsx, same parse options both sides` };
    },
  },
  {
    name: "validate: 100k risks",
    unit: "ms",
    async run() {
      const input = { risks: risks(100_000), aiSystems: Array.from({ length: 50 }, (_, i) => ({ sheet: "AI Systems", row: i + 2, columns: { id: "A" }, record: { id: `AI-${i}`, owner: "Ann" } })) };
      const value = await medianMs(() => validate(input, { asOf: "2026-06-30" }).issues.length, 5, 1);
      return { value, note: "budget 1000 ms" };
    },
  },
  {
    name: "import: 100k rows vs 10 × 10k rows, bytes → validated records",
    unit: "ms",
    async run() {
      const big = registerBytes(100_000);
      const [hundred, ten] = interleavedMedians(() => fullPath(big), () => fullPath(smallRegister()), 3);
      return { value: hundred, baseline: ten * 10, note: `linear ⇔ ratio ≈ 1; 10k rows took ${ten.toFixed(0)} ms` };
    },
  },
];
