import { HNSWLib } from '@langchain/community/vectorstores/hnswlib';
import { Document } from '@langchain/core/documents';
import { Embeddings } from '@langchain/core/embeddings';

/** HNSWLib needs an Embeddings object; we always pass vectors ourselves, so this one refuses to embed. */
class PrecomputedEmbeddings extends Embeddings {
  constructor() {
    super({});
  }
  override async embedDocuments(): Promise<number[][]> {
    throw new Error('the vector store is given precomputed vectors');
  }
  override async embedQuery(): Promise<number[]> {
    throw new Error('the vector store is given precomputed vectors');
  }
}

export interface VectorHit {
  index: number;
  /** Cosine similarity (1 − HNSW's cosine distance). */
  similarity: number;
}

/**
 * Approximate nearest-neighbour search over passage vectors: HNSWLib (hnswlib-node) in cosine space. Each stored
 * document carries only the passage's position; the passages themselves live beside it in passages.json.
 */
export class VectorStore {
  private constructor(private readonly store: HNSWLib) {}

  static async build(vectors: number[][], searchEf: number): Promise<VectorStore> {
    const dimensions = vectors[0]?.length ?? 0;
    const store = new HNSWLib(new PrecomputedEmbeddings(), { space: 'cosine', numDimensions: dimensions });
    await store.addVectors(
      vectors,
      vectors.map((_, index) => new Document({ pageContent: String(index), metadata: { index } })),
    );
    store.index.setEf(searchEf);
    return new VectorStore(store);
  }

  static async load(directory: string, searchEf: number): Promise<VectorStore> {
    const store = await HNSWLib.load(directory, new PrecomputedEmbeddings());
    store.index.setEf(searchEf);
    return new VectorStore(store);
  }

  async save(directory: string): Promise<void> {
    await this.store.save(directory);
  }

  get size(): number {
    return this.store.index.getCurrentCount();
  }

  get dimensions(): number {
    return this.store.index.getNumDimensions();
  }

  /** The stored vector of one passage (normalised by the cosine space). */
  vectorOf(index: number): number[] {
    return this.store.index.getPoint(index);
  }

  async search(vector: number[], limit: number, filter?: (index: number) => boolean): Promise<VectorHit[]> {
    const k = Math.min(limit, this.size);
    if (k === 0) return [];
    const results = await this.store.similaritySearchVectorWithScore(
      vector,
      k,
      filter ? (document: Document) => filter(Number((document.metadata as { index: number }).index)) : undefined,
    );
    return results.map(([document, distance]) => ({ index: Number((document.metadata as { index: number }).index), similarity: 1 - distance }));
  }
}
