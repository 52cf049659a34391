/**
 * Truncated SVD of a sparse matrix by randomised range finding (Halko, Martinsson & Tropp 2011) with power
 * iterations, then an exact eigen-decomposition of the small projected matrix by cyclic Jacobi rotations.
 * Deterministic for a given seed. Returns the top right singular vectors scaled for folding in (m × k).
 */
export interface SparseRows {
  /** Per row: column indices and values. */
  columns: Int32Array[];
  values: Float32Array[];
  columnCount: number;
}

export interface TruncatedSvd {
  /** Right singular vectors, row-major m × k. */
  rightVectors: Float32Array;
  singularValues: Float64Array;
  rank: number;
}

function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

function gaussian(random: () => number): number {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** Y = X · M, with X sparse (n × m) and M dense column-major blocks (m × l) stored row-major. */
function multiply(matrix: SparseRows, dense: Float64Array, width: number): Float64Array {
  const rows = matrix.columns.length;
  const result = new Float64Array(rows * width);
  for (let row = 0; row < rows; row++) {
    const columns = matrix.columns[row];
    const values = matrix.values[row];
    const offset = row * width;
    for (let entry = 0; entry < columns.length; entry++) {
      const value = values[entry];
      const source = (columns[entry]) * width;
      for (let column = 0; column < width; column++) result[offset + column] += value * (dense[source + column]);
    }
  }
  return result;
}

/** Z = Xᵀ · Y, with Y dense n × l row-major. */
function multiplyTransposed(matrix: SparseRows, dense: Float64Array, width: number): Float64Array {
  const result = new Float64Array(matrix.columnCount * width);
  for (let row = 0; row < matrix.columns.length; row++) {
    const columns = matrix.columns[row];
    const values = matrix.values[row];
    const offset = row * width;
    for (let entry = 0; entry < columns.length; entry++) {
      const value = values[entry];
      const target = (columns[entry]) * width;
      for (let column = 0; column < width; column++) result[target + column] += value * (dense[offset + column]);
    }
  }
  return result;
}

/**
 * Orthonormalises the columns of a row-major rows × width matrix in place by CholeskyQR2: G = YᵀY, G = LLᵀ,
 * Y ← Y L⁻ᵀ, done twice for stability. Row-major friendly and far cheaper than Gram-Schmidt.
 */
function orthonormalize(matrix: Float64Array, rows: number, width: number): void {
  for (let pass = 0; pass < 2; pass++) {
    const gram = new Float64Array(width * width);
    for (let row = 0; row < rows; row++) {
      const offset = row * width;
      for (let i = 0; i < width; i++) {
        const value = matrix[offset + i];
        if (value === 0) continue;
        const target = i * width;
        for (let j = i; j < width; j++) gram[target + j] += value * matrix[offset + j];
      }
    }
    // Cholesky: gram = L Lᵀ (lower triangle), with a tiny ridge for rank-deficient columns.
    const lower = new Float64Array(width * width);
    let trace = 0;
    for (let i = 0; i < width; i++) trace += gram[i * width + i];
    const ridge = (trace / width) * 1e-10 + 1e-300;
    for (let i = 0; i < width; i++) {
      for (let j = 0; j <= i; j++) {
        let sum = gram[j * width + i];
        for (let k = 0; k < j; k++) sum -= lower[i * width + k] * lower[j * width + k];
        if (i === j) lower[i * width + i] = Math.sqrt(Math.max(sum, ridge));
        else lower[i * width + j] = sum / lower[j * width + j];
      }
    }
    // Solve Y_new Lᵀ = Y row by row (forward substitution).
    const solved = new Float64Array(width);
    for (let row = 0; row < rows; row++) {
      const offset = row * width;
      for (let i = 0; i < width; i++) {
        let sum = matrix[offset + i];
        for (let k = 0; k < i; k++) sum -= solved[k] * lower[i * width + k];
        solved[i] = sum / lower[i * width + i];
      }
      for (let i = 0; i < width; i++) matrix[offset + i] = solved[i];
    }
  }
}

/** Eigen-decomposition of a symmetric size × size matrix (row-major) by cyclic Jacobi. */
function symmetricEigen(input: Float64Array, size: number): { values: Float64Array; vectors: Float64Array } {
  const a = Float64Array.from(input);
  const vectors = new Float64Array(size * size);
  for (let index = 0; index < size; index++) vectors[index * size + index] = 1;
  for (let sweep = 0; sweep < 50; sweep++) {
    let offDiagonal = 0;
    for (let p = 0; p < size; p++) for (let q = p + 1; q < size; q++) offDiagonal += (a[p * size + q]) ** 2;
    if (offDiagonal < 1e-18) break;
    for (let p = 0; p < size; p++) {
      for (let q = p + 1; q < size; q++) {
        const apq = a[p * size + q];
        if (Math.abs(apq) < 1e-15) continue;
        const app = a[p * size + p];
        const aqq = a[q * size + q];
        const theta = (aqq - app) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < size; k++) {
          const akp = a[k * size + p];
          const akq = a[k * size + q];
          a[k * size + p] = c * akp - s * akq;
          a[k * size + q] = s * akp + c * akq;
        }
        for (let k = 0; k < size; k++) {
          const apk = a[p * size + k];
          const aqk = a[q * size + k];
          a[p * size + k] = c * apk - s * aqk;
          a[q * size + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < size; k++) {
          const vkp = vectors[k * size + p];
          const vkq = vectors[k * size + q];
          vectors[k * size + p] = c * vkp - s * vkq;
          vectors[k * size + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const values = new Float64Array(size);
  for (let index = 0; index < size; index++) values[index] = a[index * size + index];
  return { values, vectors };
}

export function truncatedSvd(matrix: SparseRows, rank: number, options: { oversampling?: number; powerIterations?: number; seed?: number } = {}): TruncatedSvd {
  const rows = matrix.columns.length;
  const width = Math.min(rank + (options.oversampling ?? 10), rows, matrix.columnCount);
  const random = seededRandom(options.seed ?? 20260101);
  const omega = new Float64Array(matrix.columnCount * width);
  for (let index = 0; index < omega.length; index++) omega[index] = gaussian(random);
  let y = multiply(matrix, omega, width);
  orthonormalize(y, rows, width);
  for (let iteration = 0; iteration < (options.powerIterations ?? 1); iteration++) {
    // Only the short side is re-orthonormalised: cheap, and enough for one or two iterations.
    const z = multiplyTransposed(matrix, y, width);
    y = multiply(matrix, z, width);
    orthonormalize(y, rows, width);
  }
  // Bᵀ = Xᵀ Q (m × width); C = B Bᵀ = (Bᵀ)ᵀ Bᵀ (width × width).
  const bTransposed = multiplyTransposed(matrix, y, width);
  const gram = new Float64Array(width * width);
  for (let term = 0; term < matrix.columnCount; term++) {
    const offset = term * width;
    for (let i = 0; i < width; i++) {
      const value = bTransposed[offset + i];
      if (value === 0) continue;
      for (let j = i; j < width; j++) gram[i * width + j] += value * (bTransposed[offset + j]);
    }
  }
  for (let i = 0; i < width; i++) for (let j = 0; j < i; j++) gram[i * width + j] = gram[j * width + i];
  const { values, vectors } = symmetricEigen(gram, width);
  const order = Array.from({ length: width }, (_, index) => index).sort((left, right) => (values[right]) - (values[left]));
  const kept = Math.min(rank, width);
  const singularValues = new Float64Array(kept);
  // Eigenvectors of the kept components, divided by their singular value, as a contiguous kept × width matrix.
  const scaled = new Float64Array(kept * width);
  for (let component = 0; component < kept; component++) {
    const source = order[component];
    const sigma = Math.sqrt(Math.max(values[source], 0));
    singularValues[component] = sigma;
    if (sigma < 1e-12) continue;
    for (let i = 0; i < width; i++) scaled[component * width + i] = vectors[i * width + source] / sigma;
  }
  const rightVectors = new Float32Array(matrix.columnCount * kept);
  for (let term = 0; term < matrix.columnCount; term++) {
    const offset = term * width;
    for (let component = 0; component < kept; component++) {
      let sum = 0;
      const base = component * width;
      for (let i = 0; i < width; i++) sum += bTransposed[offset + i] * scaled[base + i];
      rightVectors[term * kept + component] = sum;
    }
  }
  return { rightVectors, singularValues, rank: kept };
}
