/**
 * A latent semantic model (LSA) for the suggestion experiments (`suggest-variants.ts`): tf-idf
 * passage vectors, a truncated SVD by randomized subspace iteration (fixed seed), and the
 * projection of a text into the latent space. Only the experiments use it: it never reached the
 * engine (docs/suggest.md, "Round four").
 */

/** A term × passage matrix, one sparse column per passage. */
export interface SparseColumns {
  readonly rows: number;
  readonly columns: readonly { readonly index: Int32Array; readonly value: Float64Array }[];
}

export interface LatentModel {
  /** Stem → its row. */
  readonly vocabulary: ReadonlyMap<string, number>;
  readonly idf: Float64Array;
  /** Dimensions kept. */
  readonly dims: number;
  /** Left singular vectors, term-major: u[term × dims + c]. */
  readonly u: Float64Array;
}

/** A weighted bag of stems as a unit-length tf-idf vector (log term frequency); unknown stems are dropped. */
export function tfIdf(terms: readonly { readonly stem: string; readonly weight: number }[], vocabulary: ReadonlyMap<string, number>, idf: Float64Array) {
  const counts = new Map<number, number>();
  for (const t of terms) {
    const row = vocabulary.get(t.stem);
    if (row !== undefined) counts.set(row, (counts.get(row) ?? 0) + t.weight);
  }
  const index = Int32Array.from(counts.keys());
  const value = Float64Array.from(counts.values(), (c, k) => Math.log(1 + c) * idf[index[k]!]!);
  let norm = 0;
  for (const v of value) norm += v * v;
  norm = Math.sqrt(norm) || 1;
  for (let k = 0; k < value.length; k += 1) value[k] = value[k]! / norm;
  return { index, value };
}

const ones = (stems: readonly string[]) => stems.map((stem) => ({ stem, weight: 1 }));

/** A mulberry32 generator: the random start of the subspace iteration is the same on every run. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A · X, X column-major (columns × width) → rows × width, column-major. */
function times(a: SparseColumns, x: Float64Array, width: number): Float64Array {
  const n = a.columns.length;
  const out = new Float64Array(a.rows * width);
  a.columns.forEach((col, j) => {
    for (let t = 0; t < width; t += 1) {
      const scale = x[t * n + j]!;
      if (scale === 0) continue;
      for (let k = 0; k < col.index.length; k += 1) out[t * a.rows + col.index[k]!] = out[t * a.rows + col.index[k]!]! + col.value[k]! * scale;
    }
  });
  return out;
}

/** Aᵀ · Q, Q column-major (rows × width) → columns × width, column-major. */
function timesTransposed(a: SparseColumns, q: Float64Array, width: number): Float64Array {
  const n = a.columns.length;
  const out = new Float64Array(n * width);
  a.columns.forEach((col, j) => {
    for (let t = 0; t < width; t += 1) {
      let sum = 0;
      for (let k = 0; k < col.index.length; k += 1) sum += col.value[k]! * q[t * a.rows + col.index[k]!]!;
      out[t * n + j] = sum;
    }
  });
  return out;
}

/** Orthonormal columns in place (modified Gram–Schmidt, twice for stability). */
function orthonormalise(y: Float64Array, rows: number, width: number): void {
  for (let t = 0; t < width; t += 1) {
    const a = t * rows;
    for (let pass = 0; pass < 2; pass += 1) {
      for (let s = 0; s < t; s += 1) {
        const b = s * rows;
        let dot = 0;
        for (let i = 0; i < rows; i += 1) dot += y[a + i]! * y[b + i]!;
        for (let i = 0; i < rows; i += 1) y[a + i] = y[a + i]! - dot * y[b + i]!;
      }
    }
    let norm = 0;
    for (let i = 0; i < rows; i += 1) norm += y[a + i]! ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < rows; i += 1) y[a + i] = y[a + i]! / norm;
  }
}

/** Eigenvalues and eigenvectors (columns of `vectors`, row-major) of a small symmetric matrix, by cyclic Jacobi rotations. */
export function symmetricEigen(matrix: Float64Array, size: number): { values: Float64Array; vectors: Float64Array } {
  const a = Float64Array.from(matrix);
  const v = new Float64Array(size * size);
  for (let i = 0; i < size; i += 1) v[i * size + i] = 1;
  for (let sweep = 0; sweep < 50; sweep += 1) {
    let off = 0;
    for (let i = 0; i < size; i += 1) for (let j = i + 1; j < size; j += 1) off += a[i * size + j]! ** 2;
    if (off < 1e-20) break;
    for (let p = 0; p < size; p += 1) {
      for (let q = p + 1; q < size; q += 1) {
        const apq = a[p * size + q]!;
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (a[q * size + q]! - a[p * size + p]!) / (2 * apq);
        const t = (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < size; k += 1) {
          const kp = a[k * size + p]!;
          const kq = a[k * size + q]!;
          a[k * size + p] = c * kp - s * kq;
          a[k * size + q] = s * kp + c * kq;
        }
        for (let k = 0; k < size; k += 1) {
          const pk = a[p * size + k]!;
          const qk = a[q * size + k]!;
          a[p * size + k] = c * pk - s * qk;
          a[q * size + k] = s * pk + c * qk;
        }
        for (let k = 0; k < size; k += 1) {
          const kp = v[k * size + p]!;
          const kq = v[k * size + q]!;
          v[k * size + p] = c * kp - s * kq;
          v[k * size + q] = s * kp + c * kq;
        }
      }
    }
  }
  return { values: Float64Array.from({ length: size }, (_, i) => a[i * size + i]!), vectors: v };
}

/**
 * The `dims` leading left singular vectors of A (Halko, Martinsson & Tropp's randomized range
 * finder): a random start of `dims + 10` columns, `iterations` power iterations, then the exact
 * SVD of the small projected matrix through its Gram matrix.
 */
export function truncatedSvd(a: SparseColumns, dims: number, iterations = 2, seed = 7): { u: Float64Array; singular: Float64Array; dims: number } {
  const n = a.columns.length;
  const width = Math.min(dims + 10, n, a.rows);
  const random = seeded(seed);
  const start = Float64Array.from({ length: n * width }, () => random() * 2 - 1);
  let q = times(a, start, width);
  orthonormalise(q, a.rows, width);
  for (let i = 0; i < iterations; i += 1) {
    const z = timesTransposed(a, q, width);
    orthonormalise(z, n, width);
    q = times(a, z, width);
    orthonormalise(q, a.rows, width);
  }
  // B = Qᵀ A; its left singular vectors are the eigenvectors of B Bᵀ (width × width).
  const bt = timesTransposed(a, q, width);
  const gram = new Float64Array(width * width);
  for (let x = 0; x < width; x += 1) {
    for (let y = x; y < width; y += 1) {
      let dot = 0;
      for (let j = 0; j < n; j += 1) dot += bt[x * n + j]! * bt[y * n + j]!;
      gram[x * width + y] = gram[y * width + x] = dot;
    }
  }
  const { values, vectors } = symmetricEigen(gram, width);
  const kept = [...values.keys()].sort((x, y) => values[y]! - values[x]!).slice(0, Math.min(dims, width));
  const u = new Float64Array(a.rows * kept.length);
  kept.forEach((e, c) => {
    for (let i = 0; i < a.rows; i += 1) {
      let sum = 0;
      for (let b = 0; b < width; b += 1) sum += q[b * a.rows + i]! * vectors[b * width + e]!;
      u[i * kept.length + c] = sum;
    }
  });
  return { u, singular: Float64Array.from(kept, (e) => Math.sqrt(Math.max(0, values[e]!))), dims: kept.length };
}

/** LSA over these texts (each a list of stems): tf-idf columns, `dims` latent dimensions. */
export function trainLatentModel(texts: readonly (readonly string[])[], dims: number): LatentModel {
  const vocabulary = new Map<string, number>();
  const df: number[] = [];
  for (const text of texts) {
    for (const stem of new Set(text)) {
      let row = vocabulary.get(stem);
      if (row === undefined) vocabulary.set(stem, (row = df.push(0) - 1));
      df[row] = df[row]! + 1;
    }
  }
  const idf = Float64Array.from(df, (d) => Math.log((texts.length + 1) / (d + 1)) + 1);
  const columns = texts.map((text) => tfIdf(ones(text), vocabulary, idf));
  const svd = truncatedSvd({ rows: vocabulary.size, columns }, dims);
  return { vocabulary, idf, dims: svd.dims, u: svd.u };
}

/** A text's coordinates in the latent space (its tf-idf vector times U). */
export function project(model: LatentModel, terms: readonly { readonly stem: string; readonly weight: number }[]): Float64Array {
  const { index, value } = tfIdf(terms, model.vocabulary, model.idf);
  const out = new Float64Array(model.dims);
  for (let k = 0; k < index.length; k += 1) {
    const offset = index[k]! * model.dims;
    for (let c = 0; c < model.dims; c += 1) out[c] = out[c]! + value[k]! * model.u[offset + c]!;
  }
  return out;
}

export function projectStems(model: LatentModel, stems: readonly string[]): Float64Array {
  return project(model, ones(stems));
}

export function cosine(a: Float64Array, b: Float64Array): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i += 1) {
    dot += a[i]! * b[i]!;
    na += a[i]! ** 2;
    nb += b[i]! ** 2;
  }
  return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
}
