import { join } from 'node:path';
import type { Configuration } from '../config/configuration.js';
import type { Passage } from '../retrieval/chunk.js';
import { loadCorpus, type CorpusDocument } from '../retrieval/corpus.js';
import { OpenAiCompatibleEmbeddings } from '../retrieval/embeddings/openai-compatible-embeddings.js';
import { HybridSearch, type SearchHit, type SearchMode } from '../retrieval/hybrid-search.js';
import { DocumentMentions } from '../retrieval/document-mentions.js';
import { QueryExpander } from '../retrieval/query-expansion.js';
import type { TopicTerm } from './answer/conversation.js';
import { withoutQuestionFiller } from '../retrieval/question-filler.js';
import { buildIndex, corpusHash, loadIndex, saveIndex, type EmbeddingChoice, type IndexManifest, type ProgressListener } from '../retrieval/search-index.js';
import { DefinitionLibrary } from './definitions/definition-library.js';
import { definitionPassages } from './definitions/definition-passages.js';

export interface OpenOptions {
  onProgress?: ProgressListener;
  /** Called with a Dutch notice when something noteworthy happens (index rebuilt because it was damaged). */
  onNotice?: (notice: string) => void;
  /** Rebuild even when a matching index exists. */
  rebuild?: boolean;
}

export interface SearchRequest {
  query: string;
  limit: number;
  mode?: SearchMode;
  definitionsOnly?: boolean;
}

const DEFINITION_QUESTION = /^\s*(wat\s+(is|zijn|betekent|betekenen|bedoel\w*|verstaa?n?\w*)|definitie|omschrijving|betekenis|leg\s+uit\s+wat)\b/i;

/** True for "wat is …?"-style questions, which prefer definition passages. */
export function isDefinitionQuestion(question: string): boolean {
  return DEFINITION_QUESTION.test(question);
}

/**
 * The studied documents, the theory as data and the search index over both: what every engine feature stands on.
 * Opening it loads the saved index when it matches the corpus and embedding model, and builds it otherwise.
 */
export class KnowledgeBase {
  private topics: TopicTerm[] | undefined;

  private constructor(
    readonly documents: CorpusDocument[],
    readonly definitions: DefinitionLibrary,
    private search: HybridSearch,
    readonly manifest: IndexManifest,
    private readonly expander: QueryExpander,
    readonly rebuilt: boolean,
    private readonly mentions = new DocumentMentions(documents.map((document) => document.entry)),
  ) {}

  static async open(configuration: Configuration, options: OpenOptions = {}): Promise<KnowledgeBase> {
    const documents = loadCorpus(join(configuration.STUURWIJZER_CORPUS_DIR, 'documents'));
    const definitions = DefinitionLibrary.load(configuration.STUURWIJZER_CORPUS_DIR);
    const extraPassages = definitionPassages(definitions, documents);
    const remote = configuration.EMBEDDING_BASE_URL && configuration.EMBEDDING_MODEL
      ? new OpenAiCompatibleEmbeddings({
          baseUrl: configuration.EMBEDDING_BASE_URL,
          apiKey: configuration.EMBEDDING_API_KEY ?? configuration.LLM_API_KEY,
          model: configuration.EMBEDDING_MODEL,
          batchSize: configuration.EMBEDDING_BATCH_SIZE,
          timeoutMs: configuration.LLM_TIMEOUT_MS,
          maxRetries: configuration.LLM_MAX_RETRIES,
          dimensions: configuration.EMBEDDING_DIMENSIONS,
        })
      : undefined;
    const embedding: EmbeddingChoice = remote ? { kind: 'remote', provider: remote } : { kind: 'offline', dimensions: configuration.STUURWIJZER_OFFLINE_DIMENSIONS };
    const inputs = { documents, extraPassages, embedding, searchEf: configuration.STUURWIJZER_SEARCH_EF };
    const expectedHash = corpusHash(inputs);
    const expander = new QueryExpander(definitions.aliasGroups());

    if (!options.rebuild) {
      const outcome = await loadIndex(configuration.STUURWIJZER_DATA_DIR, expectedHash, remote);
      if (outcome.status === 'loaded') {
        return new KnowledgeBase(documents, definitions, new HybridSearch(outcome.index), outcome.index.manifest, expander, false);
      }
      if (outcome.status === 'corrupt') {
        options.onNotice?.(`De opgeslagen index was beschadigd (${outcome.reason}); hij wordt opnieuw opgebouwd.`);
      }
    }
    const built = await buildIndex(inputs, options.onProgress);
    await saveIndex(configuration.STUURWIJZER_DATA_DIR, built);
    return new KnowledgeBase(documents, definitions, new HybridSearch(built.index), built.index.manifest, expander, true);
  }

  get passages(): readonly Passage[] {
    return this.search.passages;
  }

  document(file: string): CorpusDocument | undefined {
    return this.documents.find((document) => document.entry.file === file);
  }

  citationOf(file: string): string {
    return this.document(file)?.entry.shortCitation ?? file;
  }

  queryTerms(text: string, options: { splitCompounds?: boolean } = {}): string[] {
    return this.search.queryTerms(text, options);
  }

  /** The terms of the theory (framework categories, not glossary terms) with their names, for follow-up questions. */
  topicTerms(): TopicTerm[] {
    this.topics ??= this.definitions
      .entries()
      .filter((entry) => entry.framework !== 'glossary')
      .map((entry) => ({ framework: entry.framework, names: [entry.label.replace(/\s*\([^)]*\)\s*/g, ' ').trim(), ...entry.aliases, entry.id] }));
    return this.topics;
  }

  /** The text without document and author names ("volgens Nijdam"): passages rarely contain their authors' names. */
  withoutDocumentNames(text: string): string {
    return this.mentions.strip(text);
  }

  /** The subject words of a question: without document names and without question filler ("welke rol", "verschil"). */
  questionSubject(text: string): string {
    return withoutQuestionFiller(this.mentions.strip(text));
  }

  async find(request: SearchRequest): Promise<SearchHit[]> {
    return this.search.search(request.query, {
      limit: request.limit,
      mode: request.mode,
      preferDefinitions: isDefinitionQuestion(request.query),
      kinds: request.definitionsOnly ? ['definition'] : undefined,
      expansion: this.expander.expand(request.query),
      preferDocuments: this.mentions.find(request.query),
      // Ranking coverage ignores document names only; question filler still counts there (see answerable()).
      coverageQuery: this.withoutDocumentNames(request.query),
      subjectQuery: this.questionSubject(request.query),
    });
  }
}
