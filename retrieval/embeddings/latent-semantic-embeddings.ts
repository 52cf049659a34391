import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DutchAnalyzer } from '../dutch-analyzer.js';
import { normalizeVector, type EmbeddingProvider } from './embedding-provider.js';
import { truncatedSvd, type SparseRows } from './randomized-svd.js';

/**
 * The offline default: latent semantic analysis learned from the corpus itself. Passages become TF-IDF vectors
 * over Dutch stems and compound parts, and a truncated SVD maps them into a space where words that occur in the
 * same contexts lie close (so "netwerkende overheid" lands near "samenwerking", "partners", "NPG"). Nothing is
 * downloaded; the model is rebuilt with the index and saved beside it.
 */
export interface LatentSemanticModelData {
  terms: string[];
  idf: number[];
  dimensions: number;
}

const MODEL_FILE = 'lsa-model.json';
const PROJECTION_FILE = 'lsa-projection.f32';

export class LatentSemanticEmbeddings implements EmbeddingProvider {
  readonly id = 'offline-lsa';
  private readonly termIndex: Map<string, number>;

  private constructor(
    private readonly data: LatentSemanticModelData,
    private readonly projection: Float32Array,
    private readonly analyzer: DutchAnalyzer,
  ) {
    this.termIndex = new Map(data.terms.map((term, index) => [term, index]));
  }

  get dimensions(): number {
    return this.data.dimensions;
  }

  static fit(documentTerms: readonly string[][], analyzer: DutchAnalyzer, dimensions = 256): LatentSemanticEmbeddings {
    const documentFrequency = new Map<string, number>();
    for (const terms of documentTerms) for (const term of new Set(terms)) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    const total = documentTerms.length;
    const terms = [...documentFrequency.entries()]
      // Rare and ubiquitous words carry no shared meaning; tiny corpora (tests, a single added note) keep them all.
      .filter(([, frequency]) => (total < 50 || (frequency >= 2 && frequency <= total * 0.5)))
      .map(([term]) => term)
      .sort();
    const idf = terms.map((term) => Math.log((1 + total) / (1 + (documentFrequency.get(term) ?? 0))) + 1);
    const data: LatentSemanticModelData = { terms, idf, dimensions: Math.max(1, Math.min(dimensions, terms.length, total)) };
    const model = new LatentSemanticEmbeddings(data, new Float32Array(0), analyzer);
    const matrix: SparseRows = { columns: [], values: [], columnCount: terms.length };
    for (const termsOfDocument of documentTerms) {
      const [columns, values] = model.weigh(termsOfDocument);
      matrix.columns.push(columns);
      matrix.values.push(values);
    }
    const svd = truncatedSvd(matrix, data.dimensions);
    data.dimensions = svd.rank;
    return new LatentSemanticEmbeddings(data, svd.rightVectors, analyzer);
  }

  static async load(directory: string, analyzer: DutchAnalyzer): Promise<LatentSemanticEmbeddings> {
    const data = JSON.parse(await readFile(join(directory, MODEL_FILE), 'utf8')) as LatentSemanticModelData;
    const buffer = await readFile(join(directory, PROJECTION_FILE));
    const projection = new Float32Array(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength));
    if (projection.length !== data.terms.length * data.dimensions) throw new Error('LSA projection has the wrong size');
    return new LatentSemanticEmbeddings(data, projection, analyzer);
  }

  async save(directory: string): Promise<void> {
    await writeFile(join(directory, MODEL_FILE), JSON.stringify(this.data));
    await writeFile(join(directory, PROJECTION_FILE), Buffer.from(this.projection.buffer, this.projection.byteOffset, this.projection.byteLength));
  }

  /** Sublinear TF-IDF weights of known terms, L2-normalised, as sparse columns/values. */
  private weigh(terms: readonly string[]): [Int32Array, Float32Array] {
    const counts = new Map<number, number>();
    for (const term of terms) {
      const index = this.termIndex.get(term);
      if (index !== undefined) counts.set(index, (counts.get(index) ?? 0) + 1);
    }
    const columns = Int32Array.from(counts.keys());
    const values = Float32Array.from(columns, (column) => (1 + Math.log(counts.get(column) ?? 1)) * (this.data.idf[column] ?? 0));
    let norm = 0;
    for (const value of values) norm += value * value;
    norm = Math.sqrt(norm) || 1;
    for (let index = 0; index < values.length; index++) values[index] = (values[index] ?? 0) / norm;
    return [columns, values];
  }

  embedTerms(terms: readonly string[]): number[] {
    const [columns, values] = this.weigh(terms);
    const dimensions = this.data.dimensions;
    const vector = new Float64Array(dimensions);
    for (let entry = 0; entry < columns.length; entry++) {
      const offset = (columns[entry] ?? 0) * dimensions;
      const weight = values[entry] ?? 0;
      for (let dimension = 0; dimension < dimensions; dimension++) vector[dimension] += weight * (this.projection[offset + dimension] ?? 0);
    }
    return normalizeVector(vector);
  }

  async embedDocuments(texts: string[], onProgress?: (done: number, total: number) => void): Promise<number[][]> {
    const vectors = texts.map((text) => this.embedTerms(this.analyzer.terms(text)));
    onProgress?.(texts.length, texts.length);
    return vectors;
  }

  async embedQuery(text: string): Promise<number[]> {
    return this.embedTerms(this.analyzer.terms(text, { correctSpelling: true }));
  }
}
