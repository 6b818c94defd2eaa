/**
 * Rankers over the experiments' scorers (`suggest-variants.ts`) and their accuracy, shared by
 * round four's and round five's tables (docs/suggest.md): raw and standardised sums, the
 * engine's fusion (`addStandardised`) and squash, top-k on each half.
 */
import type { Scored } from "./suggest-variants";

export type Ranker = (s: Scored) => ArrayLike<number>;

/** Mean 0, standard deviation 1 over the subcategories: scorers on different scales can be added. */
export function standardise(v: ArrayLike<number>): Float64Array {
  const n = v.length;
  let mean = 0;
  for (let i = 0; i < n; i += 1) mean += v[i]!;
  mean /= n;
  let variance = 0;
  for (let i = 0; i < n; i += 1) variance += (v[i]! - mean) ** 2;
  const sd = Math.sqrt(variance / n) || 1;
  return Float64Array.from(v, (x) => (x - mean) / sd);
}

export const get = (name: string) => (s: Scored) => s.scores.get(name)!;

/** `Σ wᵢ · scorerᵢ`, raw scores as they are. */
export const raw = (...parts: [number, string][]): Ranker => (s) => {
  const out = new Float64Array(s.scores.get(parts[0]![1])!.length);
  for (const [w, name] of parts) s.scores.get(name)!.forEach((x, d) => (out[d] = out[d]! + w * x));
  return out;
};

/** `Σ wᵢ · standardised(rankerᵢ)`. */
export const fused = (...parts: [number, Ranker][]): Ranker => (s) => {
  const zs = parts.map(([w, r]) => [w, standardise(r(s))] as const);
  return Float64Array.from(zs[0]![1], (_, d) => zs.reduce((a, [w, z]) => a + w * z[d]!, 0));
};

/** The engine's ranking: raw squashed to three decimals (`raw / (raw + 14)`), ties by target id. */
export const engineSquash = (v: ArrayLike<number>) => Float64Array.from(v, (x) => (x <= 0 ? 0 : Math.round((x / (x + 14)) * 1000) / 1000));

export interface Accuracy {
  readonly top: readonly [number, number, number];
  readonly playbookTop3: number;
  readonly genaiTop3: number;
}

export function accuracy(scored: readonly Scored[], subIds: readonly string[], ranker: Ranker): Accuracy {
  const hits = { playbook: [0, 0, 0, 0], genai: [0, 0, 0, 0] };
  for (const s of scored) {
    const v = ranker(s);
    const g = v[s.gold]!;
    let rank = 0;
    for (let d = 0; d < v.length; d += 1) if (v[d]! > g || (v[d] === g && subIds[d]! < subIds[s.gold]!)) rank += 1;
    const h = hits[s.item.source];
    h[3] = h[3]! + 1;
    [1, 3, 5].forEach((k, i) => rank < k && (h[i] = h[i]! + 1));
  }
  const pct = (a: number, n: number) => Math.round((1000 * a) / n) / 10;
  const all = hits.playbook.map((x, i) => x + hits.genai[i]!);
  return {
    top: [pct(all[0]!, all[3]!), pct(all[1]!, all[3]!), pct(all[2]!, all[3]!)],
    playbookTop3: pct(hits.playbook[1]!, hits.playbook[3]!),
    genaiTop3: pct(hits.genai[1]!, hits.genai[3]!),
  };
}

export const defaults: Ranker = raw([1, "doc"], [0.5, "near"]);

/** Adds `share` × standardised `extra` in `base`'s spread where `base` > 0, as the engine does (`addStandardised`). */
export const engineFusion = (base: Ranker, share: number, extra: Ranker): Ranker => (s) => {
  const out = Float64Array.from(base(s));
  const other = Float64Array.from(extra(s));
  const sd = (v: Float64Array) => {
    const m = v.reduce((a, x) => a + x, 0) / v.length;
    return { m, sd: Math.sqrt(v.reduce((a, x) => a + (x - m) ** 2, 0) / v.length) };
  };
  const lexical = sd(out);
  const o = sd(other);
  if (lexical.sd === 0 || o.sd === 0) return out;
  for (let d = 0; d < out.length; d += 1) if (out[d]! > 0) out[d] = Math.max(0, out[d]! + ((share * lexical.sd) / o.sd) * (other[d]! - o.m));
  return out;
};

/** The engine's defaults since this round: the previous defaults plus ½ × the standardised centroid. */
export const withCentroid: Ranker = engineFusion(defaults, 0.5, get("centroid"));

export function row(label: string, a: Accuracy): string {
  return `| ${label} | ${a.top[0]} | ${a.top[1]} | ${a.top[2]} | ${a.playbookTop3} / ${a.genaiTop3} |`;
}

