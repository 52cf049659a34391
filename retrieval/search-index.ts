import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { StuurwijzerError } from '../engine/errors.js';
import { chunkDocument, type Passage } from './chunk.js';
import type { CorpusDocument } from './corpus.js';
import { DutchAnalyzer } from './dutch-analyzer.js';
import type { EmbeddingProvider } from './embeddings/embedding-provider.js';
import { LatentSemanticEmbeddings } from './embeddings/latent-semantic-embeddings.js';
import { LexicalIndex } from './lexical-index.js';
import type { VectorStore } from './vector-store.js';

/** LangChain's vector store takes about a second to import: loaded only when an index is built or opened. */
const loadVectorStore = async (): Promise<typeof VectorStore> => (await import('./vector-store.js')).VectorStore;

/** Bump when chunking, analysis or the file layout changes, so old indexes are rebuilt. */
export const INDEX_FORMAT_VERSION = 5;

const manifestSchema = z.object({
  formatVersion: z.number(),
  corpusHash: z.string(),
  embedding: z.object({ provider: z.string(), dimensions: z.number().int().positive() }),
  passages: z.number().int().nonnegative(),
  searchEf: z.number().int().positive(),
  builtAt: z.string(),
});

export type IndexManifest = z.infer<typeof manifestSchema>;

/** Building or loading the index failed in a way the user must know about. */
export class IndexError extends StuurwijzerError {}

export type EmbeddingChoice = { kind: 'offline'; dimensions: number } | { kind: 'remote'; provider: EmbeddingProvider };

export interface IndexInputs {
  documents: CorpusDocument[];
  /** Passages made elsewhere (definitions, glossary entries) that cite document lines too. */
  extraPassages: Passage[];
  embedding: EmbeddingChoice;
  searchEf: number;
}

export type ProgressListener = (stage: string, done: number, total: number) => void;

interface StoredPassages {
  passages: Passage[];
  terms: string[][];
}

/** Everything search needs, in memory. */
export interface LoadedIndex {
  manifest: IndexManifest;
  passages: Passage[];
  lexical: LexicalIndex;
  vectors: VectorStore;
  analyzer: DutchAnalyzer;
  embeddings: EmbeddingProvider;
}

/** A hash over everything that determines the index: documents, extra passages, format and embedding choice. */
export function corpusHash(inputs: Pick<IndexInputs, 'documents' | 'extraPassages' | 'embedding'>): string {
  const hash = createHash('sha256');
  hash.update(`format:${INDEX_FORMAT_VERSION}\n`);
  for (const document of inputs.documents) {
    hash.update(JSON.stringify(document.entry));
    hash.update(document.content);
  }
  hash.update(JSON.stringify(inputs.extraPassages));
  hash.update(inputs.embedding.kind === 'offline' ? `offline:${inputs.embedding.dimensions}` : inputs.embedding.provider.id);
  return hash.digest('hex');
}

function vocabularyOf(terms: readonly string[][]): Map<string, number> {
  const frequency = new Map<string, number>();
  for (const list of terms) for (const term of list) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  return frequency;
}

/** The text that is indexed for a passage: its section path (chapter "10 Utrecht" …) helps both BM25 and the vectors. */
export function indexedText(passage: Passage): string {
  return passage.searchText ?? `${passage.sectionPath.join(' ')} ${passage.text}`;
}

async function readManifest(directory: string): Promise<IndexManifest | undefined> {
  try {
    return manifestSchema.parse(JSON.parse(await readFile(join(directory, 'manifest.json'), 'utf8')));
  } catch {
    return undefined;
  }
}

/** Builds the index in memory (no files written). */
export async function buildIndex(inputs: IndexInputs, onProgress?: ProgressListener): Promise<{ index: LoadedIndex; stored: StoredPassages; offline?: LatentSemanticEmbeddings }> {
  const passages: Passage[] = [];
  inputs.documents.forEach((document, position) => {
    passages.push(...chunkDocument(document));
    onProgress?.('Documenten in passages delen', position + 1, inputs.documents.length);
  });
  passages.push(...inputs.extraPassages);

  const plainAnalyzer = new DutchAnalyzer();
  const firstPass = passages.map((passage) => plainAnalyzer.terms(indexedText(passage)));
  const analyzer = new DutchAnalyzer({ stems: vocabularyOf(firstPass) });
  const terms = passages.map((passage, position) => {
    if (position % 200 === 0) onProgress?.('Tekst analyseren', position, passages.length);
    return analyzer.terms(indexedText(passage));
  });
  onProgress?.('Tekst analyseren', passages.length, passages.length);

  let embeddings: EmbeddingProvider;
  let offline: LatentSemanticEmbeddings | undefined;
  let vectors: number[][];
  if (inputs.embedding.kind === 'offline') {
    onProgress?.('Betekenisruimte leren (LSA)', 0, 1);
    offline = LatentSemanticEmbeddings.fit(terms, analyzer, inputs.embedding.dimensions);
    onProgress?.('Betekenisruimte leren (LSA)', 1, 1);
    vectors = terms.map((list) => offline!.embedTerms(list));
    embeddings = offline;
  } else {
    embeddings = inputs.embedding.provider;
    vectors = await embeddings.embedDocuments(passages.map(indexedText), (done, total) => onProgress?.('Embeddings ophalen', done, total));
  }
  onProgress?.('Vectorindex bouwen', 0, 1);
  const vectorStore = await (await loadVectorStore()).build(vectors, inputs.searchEf);
  onProgress?.('Vectorindex bouwen', 1, 1);

  const manifest: IndexManifest = {
    formatVersion: INDEX_FORMAT_VERSION,
    corpusHash: corpusHash(inputs),
    embedding: { provider: embeddings.id, dimensions: vectorStore.dimensions },
    passages: passages.length,
    searchEf: inputs.searchEf,
    builtAt: new Date().toISOString(),
  };
  return {
    index: { manifest, passages, lexical: new LexicalIndex({ documentTerms: terms }), vectors: vectorStore, analyzer, embeddings },
    stored: { passages, terms },
    offline,
  };
}

/**
 * Writes the index to `<dataDirectory>/index` atomically: everything goes to a fresh temporary directory, the
 * manifest last, then one rename swaps it in. A crash leaves either the old index or none, never a broken one.
 */
export async function saveIndex(dataDirectory: string, built: Awaited<ReturnType<typeof buildIndex>>): Promise<void> {
  await mkdir(dataDirectory, { recursive: true });
  const target = join(dataDirectory, 'index');
  const temporary = join(dataDirectory, `index.building-${process.pid}-${Date.now()}`);
  await mkdir(temporary, { recursive: true });
  try {
    await built.index.vectors.save(temporary);
    await writeFile(join(temporary, 'passages.json'), JSON.stringify(built.stored));
    if (built.offline) await built.offline.save(temporary);
    await writeFile(join(temporary, 'manifest.json'), JSON.stringify(built.index.manifest, null, 2));
    const previous = join(dataDirectory, `index.previous-${process.pid}-${Date.now()}`);
    if (existsSync(target)) await rename(target, previous);
    await rename(temporary, target);
    await rm(previous, { recursive: true, force: true });
  } catch (error) {
    await rm(temporary, { recursive: true, force: true });
    throw new IndexError('index-write', `De index kon niet worden opgeslagen in ${dataDirectory}.`, error instanceof Error ? error.message : String(error), { cause: error });
  }
}

export type LoadOutcome = { status: 'loaded'; index: LoadedIndex } | { status: 'missing' | 'stale' | 'corrupt'; reason: string };

/** Loads a saved index if it exists, is complete and matches the expected corpus hash. */
export async function loadIndex(dataDirectory: string, expectedHash: string, remoteEmbeddings?: EmbeddingProvider): Promise<LoadOutcome> {
  const directory = join(dataDirectory, 'index');
  if (!existsSync(directory)) return { status: 'missing', reason: 'no index yet' };
  const manifest = await readManifest(directory);
  if (!manifest) return { status: 'corrupt', reason: 'manifest missing or invalid' };
  if (manifest.formatVersion !== INDEX_FORMAT_VERSION || manifest.corpusHash !== expectedHash) return { status: 'stale', reason: 'corpus, model or format changed' };
  try {
    const stored = JSON.parse(await readFile(join(directory, 'passages.json'), 'utf8')) as StoredPassages;
    if (!Array.isArray(stored.passages) || stored.passages.length !== manifest.passages || stored.terms.length !== manifest.passages) {
      return { status: 'corrupt', reason: 'passages.json does not match the manifest' };
    }
    const analyzer = new DutchAnalyzer({ stems: vocabularyOf(stored.terms) });
    const embeddings = remoteEmbeddings ?? (await LatentSemanticEmbeddings.load(directory, analyzer));
    const vectors = await (await loadVectorStore()).load(directory, manifest.searchEf);
    if (vectors.size !== manifest.passages || vectors.dimensions !== manifest.embedding.dimensions) return { status: 'corrupt', reason: 'vector index does not match the manifest' };
    return { status: 'loaded', index: { manifest, passages: stored.passages, lexical: new LexicalIndex({ documentTerms: stored.terms }), vectors, analyzer, embeddings } };
  } catch (error) {
    return { status: 'corrupt', reason: error instanceof Error ? error.message : String(error) };
  }
}
