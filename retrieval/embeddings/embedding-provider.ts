/** One interface for every way of turning text into vectors (offline or through an OpenAI-compatible API). */
export interface EmbeddingProvider {
  /** Stable identity recorded in the index manifest, e.g. "offline-lsa" or "openai-compatible:nomic-embed-text". */
  readonly id: string;
  /** Vector length; known after fitting or after the first call. */
  readonly dimensions: number;
  embedDocuments(texts: string[], onProgress?: (done: number, total: number) => void): Promise<number[][]>;
  embedQuery(text: string): Promise<number[]>;
}

/** Scales a vector to unit length (a zero vector stays zero). */
export function normalizeVector(vector: ArrayLike<number>): number[] {
  let sum = 0;
  for (let index = 0; index < vector.length; index++) sum += (vector[index] ?? 0) ** 2;
  const norm = Math.sqrt(sum);
  return Array.from(vector, (value) => (norm === 0 ? 0 : value / norm));
}

export function cosineSimilarity(left: ArrayLike<number>, right: ArrayLike<number>): number {
  let dot = 0;
  let leftNorm = 0;
  let rightNorm = 0;
  for (let index = 0; index < left.length; index++) {
    const a = left[index] ?? 0;
    const b = right[index] ?? 0;
    dot += a * b;
    leftNorm += a * a;
    rightNorm += b * b;
  }
  return leftNorm === 0 || rightNorm === 0 ? 0 : dot / Math.sqrt(leftNorm * rightNorm);
}
