import type { Configuration } from '../../config/configuration.js';
import { ANSWER_SYSTEM_PROMPT, answerUserPrompt, type PromptPassage } from '../../prompts/answer-question.js';
import { REWRITE_SYSTEM_PROMPT, rewriteUserPrompt } from '../../prompts/rewrite-question.js';
import type { SearchHit } from '../../retrieval/hybrid-search.js';
import { normalizeText } from '../../retrieval/normalize.js';
import type { ClassificationResult } from '../classification/classification-types.js';
import { linesOfSentence, sectionOf, sentencesOf, verbatimQuote, type Citation } from '../citations.js';
import type { KnowledgeBase } from '../knowledge-base.js';
import { ModelUnavailableError, type ChatModel } from '../model/chat-model.js';
import type { Answer } from './answer-types.js';
import { checkCitations } from './citation-check.js';
import { classificationAnswer } from './classification-answer.js';
import { boundedHistory, isFollowUp, offlineRewrite, type ConversationTurn } from './conversation.js';
import { definitionAnswer } from './definition-answer.js';
import { looksLikeDescription } from './description-detector.js';
import { answerable, extractiveAnswer, noAnswer } from './extractive-answer.js';

/** Shown when the model fails and the offline engine answers instead. */
export const MODEL_FALLBACK_NOTICE = 'taalmodel niet bereikbaar, antwoord zonder taalmodel';
const PASSAGES_FOR_MODEL = 6;

export interface PipelineOutcome {
  answer: Answer;
  passageIds: string[];
}

/**
 * From question to checked answer: route descriptions to the classifier, rewrite follow-ups with the history,
 * retrieve, refuse honestly when nothing fits, otherwise let the model answer from numbered passages and check
 * every [n] — or answer extractively when no model is configured or it fails.
 */
export class AnswerPipeline {
  constructor(
    private readonly knowledge: KnowledgeBase,
    private readonly model: ChatModel | undefined,
    private readonly configuration: Configuration,
    private readonly classify: (description: string) => ClassificationResult,
  ) {}

  async answer(question: string, fullHistory: ConversationTurn[]): Promise<PipelineOutcome> {
    const history = boundedHistory(fullHistory);
    if (looksLikeDescription(question)) {
      const result = this.classify(question);
      if (result.frameworks.some((framework) => framework.status === 'ok')) return { answer: classificationAnswer(result), passageIds: [] };
    }
    let notice: string | undefined;
    let query = offlineRewrite(question, history, this.knowledge.topicTerms());
    if (this.model && isFollowUp(question, history)) {
      try {
        query = (await this.model.complete([{ role: 'system', content: REWRITE_SYSTEM_PROMPT }, { role: 'user', content: rewriteUserPrompt(question, history) }])).trim().slice(0, 500) || query;
      } catch {
        notice = MODEL_FALLBACK_NOTICE;
      }
    }
    // Placeholders of redacted personal data ("[e-mailadres verwijderd]") are not part of what is searched.
    query = query.replace(/\[[^\]]*verwijderd\]/g, ' ').replace(/\s+/g, ' ').trim();
    const hits = await this.knowledge.find({ query, limit: 8 });
    const passageIds = hits.map((hit) => hit.passage.id);
    const minCoverage = this.configuration.STUURWIJZER_MIN_COVERAGE;
    if (!this.model || notice) {
      // "Wat is X?" for a term of the theory: its defining passages, verbatim.
      const defined = query === question ? definitionAnswer(this.knowledge, question) : undefined;
      if (defined) return { answer: { ...defined, notice }, passageIds };
      const offline = extractiveAnswer(this.knowledge, query, hits, { minCoverage });
      return { answer: { ...offline, notice }, passageIds };
    }
    if (!answerable(this.knowledge, query, hits, minCoverage)) return { answer: { ...noAnswer(this.knowledge, hits), mode: 'llm' }, passageIds };
    try {
      return { answer: await this.generate(question, hits.slice(0, PASSAGES_FOR_MODEL), history), passageIds };
    } catch (error) {
      if (!(error instanceof ModelUnavailableError)) throw error;
      const offline = extractiveAnswer(this.knowledge, query, hits, { minCoverage });
      return { answer: { ...offline, notice: MODEL_FALLBACK_NOTICE }, passageIds };
    }
  }

  private async generate(question: string, hits: SearchHit[], history: ConversationTurn[]): Promise<Answer> {
    const passages: PromptPassage[] = hits.map((hit, index) => ({ n: index + 1, citation: hit.passage.citation, section: sectionOf(hit.passage), lines: hit.passage.lines, text: hit.passage.text }));
    const raw = await this.model!.complete([
      { role: 'system', content: ANSWER_SYSTEM_PROMPT },
      // Earlier turns go inside the user prompt as data, never as messages the model could take for instructions.
      { role: 'user', content: answerUserPrompt(question, passages, history) },
    ]);
    if (/geven hier geen antwoord op/i.test(raw) && !/\[\d+\]/.test(raw)) return { ...noAnswer(this.knowledge, hits), mode: 'llm' };
    const checked = checkCitations(raw, passages.length);
    if (checked.used.length === 0) {
      throw new ModelUnavailableError('model-uncited', 'Het taalmodel gaf een antwoord zonder geldige bronverwijzingen.', `answer without valid citations (invalid: ${checked.invalid.join(',')})`);
    }
    const citations: Citation[] = checked.used.map((original, index) => this.citationFor(hits[original - 1]!, checked.text, index + 1));
    return { mode: 'llm', status: 'answered', answer: checked.text, citations };
  }

  /** The source entry for [n]: the passage sentence that best matches the answer sentences citing it. */
  private citationFor(hit: SearchHit, answer: string, n: number): Citation {
    const document = this.knowledge.document(hit.passage.document)!;
    const claims = answer.split(/(?<=[.!?])\s+/).filter((sentence) => sentence.includes(`[${n}]`)).join(' ');
    const claimTerms = new Set(this.knowledge.queryTerms(claims));
    let best = sentencesOf(hit.passage.text)[0] ?? hit.passage.text;
    let bestOverlap = -1;
    for (const sentence of sentencesOf(hit.passage.text)) {
      const overlap = this.knowledge.queryTerms(sentence).filter((term) => claimTerms.has(term)).length;
      if (overlap > bestOverlap && sentence.length >= 30) {
        best = sentence;
        bestOverlap = overlap;
      }
    }
    const lines = linesOfSentence(document, hit.passage, normalizeText(best));
    return { n, document: document.entry.file, citation: document.entry.shortCitation, section: sectionOf(hit.passage), lines, quote: verbatimQuote(document, lines, best) };
  }
}
