/**
 * Prints round four's table (docs/suggest.md): top-1 / top-3 / top-5 over all 818 held-out
 * actions and top-3 on each half, for the engine's defaults (before and after this round) and
 * each variant built from the scorers of `suggest-variants.ts`.
 *
 *   npx tsx test/bench/suggest-round-four.ts [nonActionDims foldDims]   (defaults 100 150)
 */
import { type Scored, scoreAll } from "./suggest-variants";
import { accuracy, defaults, engineFusion, engineSquash, fused, get, type Ranker, raw, row, standardise, withCentroid } from "./suggest-rankers";

/**
 * Pairwise logistic regression over the standardised scorers (no bias: only differences between
 * the right subcategory and each of the 71 others count), by full-batch gradient descent from
 * weight 1 on the first scorer. All rivals, not the strongest few: picking rivals by the default
 * score biases the weights of the scorers it is made of (they came out negative).
 */
function trainPairwise(scored: readonly Scored[], rankers: readonly Ranker[]): Float64Array {
  const pairs: Float64Array[] = [];
  for (const s of scored) {
    const z = rankers.map((r) => standardise(r(s)));
    for (let d = 0; d < z[0]!.length; d += 1) if (d !== s.gold) pairs.push(Float64Array.from(z, (zz) => zz[s.gold]! - zz[d]!));
  }
  const w = new Float64Array(rankers.length);
  w[0] = 1;
  for (let epoch = 0; epoch < 200; epoch += 1) {
    const g = new Float64Array(w.length);
    for (const x of pairs) {
      const p = 1 / (1 + Math.exp(-x.reduce((a, xi, i) => a + w[i]! * xi, 0)));
      x.forEach((xi, i) => (g[i] = g[i]! + (p - 1) * xi));
    }
    w.forEach((wi, i) => (w[i] = wi - (0.5 * g[i]!) / pairs.length - 1e-3 * wi));
  }
  return w;
}

/** The variants measured, each a ranker over the scorers. */
const VARIANTS: readonly [string, Ranker][] = [
  ["previous defaults (document BM25 + ½ nearest passages)", (s) => engineSquash(defaults(s))],
  ["defaults now: the previous + ½ standardised centroid, as the engine adds it", (s) => engineSquash(withCentroid(s))],
  ["document BM25 alone", get("doc")],
  ["BM25F (k1 3, b 0.75) alone", get("bm25f")],
  ["BM25F k1 3 + ½ nearest passages (instead of the document BM25)", raw([1, "bm25f"], [0.5, "near"])],
  ["BM25F k1 2 + ½ nearest passages", raw([1, "bm25f-k2"], [0.5, "near"])],
  ["Dirichlet query likelihood µ 3000 alone", get("ql-3000")],
  ["query likelihood µ 1000 + nearest passages, standardised, 1 : 1", fused([1, get("ql-1000")], [1, get("near")])],
  ["query likelihood µ 3000 + nearest passages, standardised, 1 : 1", fused([1, get("ql-3000")], [1, get("near")])],
  ["defaults + query likelihood µ 3000, standardised, 1 : ½", fused([1, defaults], [0.5, get("ql-3000")])],
  ["kNN votes, 20 nearest passages, alone", get("knn-20")],
  ["document BM25 + kNN 20 (instead of the three nearest per subcategory), standardised, 1 : ½", fused([1, get("doc")], [0.5, get("knn-20")])],
  ["document BM25 + kNN 40, standardised, 1 : ½", fused([1, get("doc")], [0.5, get("knn-40")])],
  ["tf-idf centroid alone", get("centroid")],
  ["defaults + centroid, standardised, 1 : ¼ / 1 : ½ / 1 : 1", fused([1, defaults], [0.25, get("centroid")])],
  ["", fused([1, defaults], [0.5, get("centroid")])],
  ["", fused([1, defaults], [1, get("centroid")])],
  ["LSA over the non-action texts alone (subcategory vectors from those texts)", get("lsa-non-action")],
  ["defaults + that LSA, standardised, 1 : ¼ / 1 : ½", fused([1, defaults], [0.25, get("lsa-non-action")])],
  ["", fused([1, defaults], [0.5, get("lsa-non-action")])],
  ["LSA over the non-action texts, subcategory vectors from all their passages, alone", get("lsa-non-action-all")],
  ["defaults + that LSA, standardised, 1 : ¼ / 1 : ½", fused([1, defaults], [0.25, get("lsa-non-action-all")])],
  ["", fused([1, defaults], [0.5, get("lsa-non-action-all")])],
  ["LSA over all texts, ten folds of the actions, alone", get("lsa-folds")],
  ["defaults + ten-fold LSA, standardised, 1 : ¼ / 1 : ½ / 1 : 1", fused([1, defaults], [0.25, get("lsa-folds")])],
  ["", fused([1, defaults], [0.5, get("lsa-folds")])],
  ["", fused([1, defaults], [1, get("lsa-folds")])],
  ["BM25F k1 3 + ½ nearest + ten-fold LSA, standardised, 1 : ½", fused([1, raw([1, "bm25f"], [0.5, "near"])], [0.5, get("lsa-folds")])],
  ["BM25F k1 3 + ½ nearest + centroid, standardised, 1 : ½", fused([1, raw([1, "bm25f"], [0.5, "near"])], [0.5, get("centroid")])],
  ["defaults now + ten-fold LSA, standardised, 1 : ¼ / 1 : ½", fused([1, withCentroid], [0.25, get("lsa-folds")])],
  ["", fused([1, withCentroid], [0.5, get("lsa-folds")])],
  ["defaults now + LSA over the non-action texts (all passages' vectors), standardised, 1 : ¼", fused([1, withCentroid], [0.25, get("lsa-non-action-all")])],
  ["defaults now with BM25F k1 3 in place of the document BM25", engineFusion(raw([1, "bm25f"], [0.5, "near"]), 0.5, get("centroid"))],
  ["previous defaults + Rocchio centroid with negatives (γ ¼ / ½), engine-style at ½", engineFusion(defaults, 0.5, get("rocchio-0.25"))],
  ["", engineFusion(defaults, 0.5, get("rocchio-0.5"))],
  ["defaults now with the three nearest passages by tf-idf cosine in place of BM25, standardised at ½", engineFusion(fused([1, get("doc")], [0.5, get("near-cosine")]), 0.5, get("centroid"))],
  ["defaults now + three nearest passages by cosine, standardised, 1 : ¼", fused([1, withCentroid], [0.25, get("near-cosine")])],
  ["defaults now + the category's centroid (its subcategories' unit centroids summed), standardised, 1 : ¼ / 1 : ½", fused([1, withCentroid], [0.25, get("category-centroid")])],
  ["", fused([1, withCentroid], [0.5, get("category-centroid")])],
  ["defaults now + query likelihood µ 1000, standardised, 1 : ¼", fused([1, withCentroid], [0.25, get("ql-1000")])],
  ["defaults now + kNN 20, standardised, 1 : ¼", fused([1, withCentroid], [0.25, get("knn-20")])],
];

const FUSED = ["doc", "near", "ql-3000", "knn-20", "centroid", "lsa-non-action-all"];

function main(): void {
  const [nonAction, folds] = process.argv.slice(2).map(Number);
  const { subIds, scored } = scoreAll({ nonAction: nonAction || 100, folds: folds || 150 });
  console.log("| variant | top-1 | top-3 | top-5 | top-3 Playbook / AI 600-1 |\n|---|---|---|---|---|");
  for (const [label, ranker] of VARIANTS) console.log(row(label || "…", accuracy(scored, subIds, ranker)));
  const rankers = FUSED.map(get);
  for (const [trainedOn, source] of [["Playbook", "playbook"], ["AI 600-1", "genai"]] as const) {
    const w = trainPairwise(scored.filter((s) => s.item.source === source), rankers);
    const learned = fused(...FUSED.map((_, i) => [w[i]!, rankers[i]!] as [number, Ranker]));
    const weights = FUSED.map((name, i) => `${name} ${w[i]!.toFixed(2)}`).join(", ");
    console.log(row(`pairwise logistic fusion trained on the ${trainedOn} half (${weights})`, accuracy(scored, subIds, learned)));
  }
}

main();
