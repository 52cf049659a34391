import type { Configuration } from '../config/configuration.js';
import type { SearchMode } from '../retrieval/hybrid-search.js';
import type { Answer } from './answer/answer-types.js';
import { extractiveAnswer } from './answer/extractive-answer.js';
import { defineTerm, type DefineResult } from './definitions/define-term.js';
import { KnowledgeBase, type OpenOptions } from './knowledge-base.js';
import { validateTextInput } from './question-input.js';
import { toSearchResult, type SearchResult } from './search-result.js';

/**
 * The domain core: everything Stuurwijzer can do, as plain calls returning plain objects. The CLI, the terminal
 * chat and the Discord bot are thin adapters over this class; it knows nothing of any of them.
 */
export class StuurwijzerEngine {
  private constructor(
    readonly configuration: Configuration,
    private knowledgeBase: KnowledgeBase,
  ) {}

  static async open(configuration: Configuration, options: OpenOptions = {}): Promise<StuurwijzerEngine> {
    return new StuurwijzerEngine(configuration, await KnowledgeBase.open(configuration, options));
  }

  get knowledge(): KnowledgeBase {
    return this.knowledgeBase;
  }

  /** Rebuilds the index and swaps it in; questions keep using the old one until the new one is ready. */
  async reindex(options: OpenOptions = {}): Promise<void> {
    this.knowledgeBase = await KnowledgeBase.open(this.configuration, { ...options, rebuild: true });
  }

  async search(query: string, options: { limit?: number; mode?: SearchMode } = {}): Promise<SearchResult> {
    const text = validateTextInput(query, { maxCharacters: this.configuration.STUURWIJZER_MAX_QUESTION_CHARACTERS, what: 'zoekvraag' });
    const hits = await this.knowledgeBase.find({ query: text, limit: Math.max(1, Math.min(options.limit ?? 5, 50)), mode: options.mode });
    return toSearchResult(this.knowledgeBase, hits);
  }

  async ask(question: string): Promise<Answer> {
    const text = validateTextInput(question, { maxCharacters: this.configuration.STUURWIJZER_MAX_QUESTION_CHARACTERS });
    const hits = await this.knowledgeBase.find({ query: text, limit: 8 });
    return extractiveAnswer(this.knowledgeBase, text, hits, { minCoverage: this.configuration.STUURWIJZER_MIN_COVERAGE });
  }

  define(term: string): DefineResult {
    validateTextInput(term, { maxCharacters: 200, what: 'term' });
    return defineTerm(this.knowledgeBase.definitions, (file) => this.knowledgeBase.citationOf(file), term);
  }
}
