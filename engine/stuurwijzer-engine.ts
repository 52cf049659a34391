import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Configuration } from '../config/configuration.js';
import type { SearchMode } from '../retrieval/hybrid-search.js';
import type { Answer } from './answer/answer-types.js';
import { AnswerPipeline } from './answer/answer-pipeline.js';
import type { ConversationTurn } from './answer/conversation.js';
import { AuditLog, type AuditContext } from './audit/audit-log.js';
import { createClassificationContext } from './classification/classification-context.js';
import type { ClassificationContext, ClassificationResult } from './classification/classification-types.js';
import { classifyText } from './classification/classify-text.js';
import { classifyWithModel } from './classification/model-classifier.js';
import { defineTerm, type DefineResult } from './definitions/define-term.js';
import { buildIndexInWorker } from '../retrieval/build-index-in-worker.js';
import type { DocumentInput, DocumentLimits } from '../retrieval/ingest/load-document.js';
import { assessPlanDocument, type AssessedDocument } from './assessment/assess-plan-document.js';
import { createAssessmentContext } from './assessment/assessment-context.js';
import type { AssessmentContext } from './assessment/assessment-types.js';
import { PersonalDataError } from './privacy/personal-data-guard.js';
import { KnowledgeBase, type OpenOptions } from './knowledge-base.js';
import { createChatModel, ModelUnavailableError, type ChatModel } from './model/chat-model.js';
import { MODEL_FALLBACK_NOTICE } from './answer/answer-pipeline.js';
import { ASSESSMENT_SUMMARY_SYSTEM_PROMPT, assessmentSummaryUserPrompt } from '../prompts/assessment-summary.js';
import { guardPersonalData, redactPersonalData } from './privacy/personal-data-guard.js';
import { validateTextInput } from './question-input.js';
import { toSearchResult, type SearchResult } from './search-result.js';

/** Who asks, through which front end: for the audit log and rate limits. Never holds message text. */
export interface RequestContext extends AuditContext {
  command?: string;
}

export interface AskOptions {
  /** Earlier turns of the same conversation (thread), oldest first; bounded inside. */
  history?: ConversationTurn[];
  context?: RequestContext;
}

/** An answer with the id under which it was audited (for 👍/👎 feedback). */
export type IdentifiedAnswer = Answer & { id: string };

const DEFAULT_CONTEXT: RequestContext = { interface: 'cli' };

/**
 * The domain core: everything Stuurwijzer can do, as plain calls returning plain objects. The CLI, the terminal
 * chat and the Discord bot are thin adapters over this class; it knows nothing of any of them.
 */
export class StuurwijzerEngine {
  private classification: ClassificationContext;
  private assessment: AssessmentContext | undefined;

  private constructor(
    readonly configuration: Configuration,
    private knowledgeBase: KnowledgeBase,
    readonly audit: AuditLog,
    readonly model: ChatModel | undefined,
  ) {
    this.classification = createClassificationContext(knowledgeBase.definitions.frameworks, (file) => knowledgeBase.citationOf(file));
  }

  static async open(configuration: Configuration, options: OpenOptions = {}): Promise<StuurwijzerEngine> {
    const knowledge = await KnowledgeBase.open(configuration, options);
    const audit = new AuditLog(
      configuration.AUDIT_LOG_PATH ?? join(configuration.STUURWIJZER_DATA_DIR, 'audit', 'audit.jsonl'),
      configuration.AUDIT_RETENTION_DAYS,
      configuration.AUDIT_LOG_TEXT,
    );
    return new StuurwijzerEngine(configuration, knowledge, audit, createChatModel(configuration));
  }

  get knowledge(): KnowledgeBase {
    return this.knowledgeBase;
  }

  /**
   * Rebuilds the index in a worker thread and swaps it in; questions keep using the old index (and the event loop
   * stays free) until the new one is saved and loaded.
   */
  async reindex(): Promise<void> {
    await buildIndexInWorker(this.configuration);
    const rebuilt = await KnowledgeBase.open(this.configuration);
    this.knowledgeBase = rebuilt;
    this.classification = createClassificationContext(rebuilt.definitions.frameworks, (file) => rebuilt.citationOf(file));
    this.assessment = undefined;
  }

  async search(query: string, options: { limit?: number; mode?: SearchMode } = {}): Promise<SearchResult> {
    const text = validateTextInput(query, { maxCharacters: this.configuration.STUURWIJZER_MAX_QUESTION_CHARACTERS, what: 'zoekvraag' });
    const hits = await this.knowledgeBase.find({ query: text, limit: Math.max(1, Math.min(options.limit ?? 5, 50)), mode: options.mode });
    return toSearchResult(this.knowledgeBase, hits);
  }

  /**
   * Answers a question from the documents. Personal data is refused (or redacted) before anything else happens;
   * with a configured model the answer is generated and its citations checked, otherwise (or when the model
   * fails) it is extractive. Descriptions of an approach are routed to the classifier.
   */
  async ask(question: string, options: AskOptions = {}): Promise<IdentifiedAnswer> {
    const started = performance.now();
    const context = options.context ?? DEFAULT_CONTEXT;
    const id = randomUUID();
    const text = validateTextInput(question, { maxCharacters: this.configuration.STUURWIJZER_MAX_QUESTION_CHARACTERS });
    const guarded = guardPersonalData(text, this.configuration.PERSONAL_DATA_MODE);
    if (!guarded.allowed) {
      await this.audit.record({ context, command: context.command ?? 'ask', resultId: id, outcome: 'refused-personal-data', latencyMs: Math.round(performance.now() - started) });
      return { id, mode: this.model ? 'llm' : 'offline', status: 'refused', answer: guarded.userMessage, citations: [] };
    }
    const pipeline = new AnswerPipeline(this.knowledgeBase, this.model, this.configuration, (description: string) => this.classifyUnchecked(description));
    const history = (options.history ?? []).map((turn) => ({ ...turn, text: redactPersonalData(turn.text).text }));
    const outcome = await pipeline.answer(guarded.text, history);
    await this.audit.record({
      context,
      command: context.command ?? 'ask',
      resultId: id,
      passages: outcome.passageIds,
      model: outcome.answer.mode === 'llm' ? (this.model?.id ?? null) : null,
      endpoint: this.model?.endpoint ?? null,
      latencyMs: Math.round(performance.now() - started),
      outcome: outcome.answer.notice ? `${outcome.answer.status}-fallback` : outcome.answer.status,
      text: guarded.text,
    });
    return { id, ...outcome.answer };
  }

  /** Classifies a description of an approach into the theory's frameworks (offline engine). */
  async classify(description: string, options: { context?: RequestContext } = {}): Promise<ClassificationResult & { id: string }> {
    const started = performance.now();
    const context = options.context ?? DEFAULT_CONTEXT;
    const id = randomUUID();
    const guarded = guardPersonalData(validateTextInput(description, { maxCharacters: 10_000_000, what: 'beschrijving' }), this.configuration.PERSONAL_DATA_MODE);
    if (!guarded.allowed) throw guarded.error;
    const offline = this.classifyUnchecked(guarded.text);
    const result = this.model ? await classifyWithModel(guarded.text, this.classification, this.model, offline) : offline;
    await this.audit.record({ context, command: context.command ?? 'classify', resultId: id, model: result.mode === 'llm' ? (this.model?.id ?? null) : null, endpoint: this.model?.endpoint ?? null, outcome: result.frameworks.every((item) => item.status !== 'ok') ? 'no-signal' : 'classified', latencyMs: Math.round(performance.now() - started) });
    return { id, ...result };
  }

  private classifyUnchecked(description: string): ClassificationResult {
    return classifyText(description, this.classification);
  }

  /** Self-assessment of a draft plan (PDF, DOCX, Markdown, text) against the theory; with a model, plus a short narrative. */
  async assess(input: DocumentInput, options: { context?: RequestContext; limits?: Partial<DocumentLimits> } = {}): Promise<AssessedDocument & { id: string; notice?: string }> {
    const started = performance.now();
    const context = options.context ?? DEFAULT_CONTEXT;
    const id = randomUUID();
    this.assessment ??= createAssessmentContext(this.knowledgeBase.definitions, (file) => this.knowledgeBase.citationOf(file), this.classification);
    try {
      const assessed = await assessPlanDocument(input, this.assessment, { limits: options.limits ?? {}, personalDataMode: this.configuration.PERSONAL_DATA_MODE });
      let notice: string | undefined;
      if (this.model) {
        // With a model: a short narrative of the findings (not of the raw plan); a failing model just leaves it out.
        try {
          const narrative = await this.model.complete([
            { role: 'system', content: ASSESSMENT_SUMMARY_SYSTEM_PROMPT },
            { role: 'user', content: assessmentSummaryUserPrompt(assessed.result, assessed.document.title ?? input.fileName) },
          ]);
          assessed.result.narrative = narrative.trim().slice(0, 2000);
        } catch (error) {
          if (!(error instanceof ModelUnavailableError)) throw error;
          notice = MODEL_FALLBACK_NOTICE;
        }
      }
      await this.audit.record({ context, command: context.command ?? 'assess', resultId: id, model: assessed.result.narrative ? (this.model?.id ?? null) : null, endpoint: this.model?.endpoint ?? null, outcome: assessed.result.tensions.length > 0 ? 'assessed-tensions' : 'assessed', latencyMs: Math.round(performance.now() - started) });
      return { id, ...assessed, ...(notice ? { notice } : {}) };
    } catch (error) {
      if (error instanceof PersonalDataError) await this.audit.record({ context, command: context.command ?? 'assess', resultId: id, outcome: 'refused-personal-data', latencyMs: Math.round(performance.now() - started) });
      throw error;
    }
  }

  define(term: string): DefineResult {
    validateTextInput(term, { maxCharacters: 200, what: 'term' });
    return defineTerm(this.knowledgeBase.definitions, (file) => this.knowledgeBase.citationOf(file), term);
  }

  /** Records a 👍/👎 on an earlier answer in the audit log. */
  async recordFeedback(resultId: string, rating: 'up' | 'down', context: RequestContext): Promise<void> {
    await this.audit.record({ context, command: 'feedback', resultId, outcome: 'feedback', feedback: rating });
  }
}
