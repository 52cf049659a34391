import type { OpenAIEmbeddings } from '@langchain/openai';
import { StuurwijzerError } from '../../engine/errors.js';
import type { EmbeddingProvider } from './embedding-provider.js';

export interface OpenAiCompatibleEmbeddingOptions {
  baseUrl: string;
  apiKey?: string;
  model: string;
  batchSize: number;
  timeoutMs: number;
  maxRetries: number;
  /** Requested vector length, for models that support shortening (OpenAI text-embedding-3). */
  dimensions?: number;
}

/** The embedding endpoint failed or answered nonsense. */
export class EmbeddingServiceError extends StuurwijzerError {}

/**
 * Embeddings from any OpenAI-compatible endpoint (OpenAI, Azure OpenAI, Ollama, vLLM, LM Studio), through
 * LangChain's client. The vector length is learned from the first answer.
 */
export class OpenAiCompatibleEmbeddings implements EmbeddingProvider {
  readonly id: string;
  private client: Promise<OpenAIEmbeddings> | undefined;
  private knownDimensions: number;

  constructor(private readonly options: OpenAiCompatibleEmbeddingOptions) {
    this.id = `openai-compatible:${options.model}`;
    this.knownDimensions = options.dimensions ?? 0;
  }

  /** The LangChain client, created on first use (importing it takes over a second). */
  private embeddings(): Promise<OpenAIEmbeddings> {
    const options = this.options;
    this.client ??= import('@langchain/openai').then(
      ({ OpenAIEmbeddings }) =>
        new OpenAIEmbeddings({
          model: options.model,
          apiKey: options.apiKey || 'not-needed',
          batchSize: options.batchSize,
          timeout: options.timeoutMs,
          maxRetries: options.maxRetries,
          ...(options.dimensions ? { dimensions: options.dimensions } : {}),
          configuration: { baseURL: options.baseUrl },
        }),
    );
    return this.client;
  }

  get dimensions(): number {
    return this.knownDimensions;
  }

  private check(vectors: number[][]): number[][] {
    const length = vectors[0]?.length ?? 0;
    if (length === 0 || vectors.some((vector) => vector.length !== length || vector.some((value) => !Number.isFinite(value)))) {
      throw new EmbeddingServiceError('embedding-invalid', 'De embeddingdienst gaf een onbruikbaar antwoord.', 'embedding response has inconsistent or invalid vectors');
    }
    if (this.knownDimensions && this.knownDimensions !== length) {
      throw new EmbeddingServiceError('embedding-dimensions', 'De embeddingdienst gaf vectoren van een andere lengte dan verwacht. Bouw de index opnieuw op.', `expected ${this.knownDimensions} dimensions, got ${length}`);
    }
    this.knownDimensions = length;
    return vectors;
  }

  private wrap(error: unknown): EmbeddingServiceError {
    if (error instanceof EmbeddingServiceError) return error;
    const detail = error instanceof Error ? error.message : String(error);
    return new EmbeddingServiceError('embedding-unavailable', `De embeddingdienst (${this.options.baseUrl}) is niet bereikbaar of gaf een fout.`, detail, { cause: error });
  }

  async embedDocuments(texts: string[], onProgress?: (done: number, total: number) => void): Promise<number[][]> {
    const vectors: number[][] = [];
    try {
      for (let start = 0; start < texts.length; start += this.options.batchSize) {
        const batch = texts.slice(start, start + this.options.batchSize);
        vectors.push(...this.check(await (await this.embeddings()).embedDocuments(batch)));
        onProgress?.(Math.min(texts.length, start + batch.length), texts.length);
      }
    } catch (error) {
      throw this.wrap(error);
    }
    return vectors;
  }

  async embedQuery(text: string): Promise<number[]> {
    try {
      const [vector] = this.check([await (await this.embeddings()).embedQuery(text)]);
      return vector ?? [];
    } catch (error) {
      throw this.wrap(error);
    }
  }
}
