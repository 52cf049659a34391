import type { SearchHit } from '../../retrieval/hybrid-search.js';
import { linesOfSentence, sectionOf, sentencesOf, verbatimQuote, type Citation } from '../citations.js';
import type { KnowledgeBase } from '../knowledge-base.js';
import type { Answer } from './answer-types.js';

export interface ExtractiveOptions {
  /** Below this share of query weight in the best passage, the sources are taken not to answer the question. */
  minCoverage: number;
  maxSentences?: number;
}

interface Candidate {
  hitRank: number;
  hit: SearchHit;
  sentence: string;
  score: number;
}

/**
 * The offline answer: the most relevant sentences of the best passages, each with a numbered citation. Nothing is
 * generated, so nothing can be invented; when the passages do not cover the question, it says so.
 */
export function extractiveAnswer(knowledge: KnowledgeBase, question: string, hits: SearchHit[], options: ExtractiveOptions): Answer {
  const queryTerms = new Set(knowledge.queryTerms(knowledge.withoutDocumentNames(question)));
  const best = hits[0];
  if (!best || queryTerms.size === 0 || !answerable(knowledge, question, hits, options.minCoverage)) return noAnswer(knowledge, hits);
  const candidates: Candidate[] = [];
  hits.slice(0, 6).forEach((hit, hitRank) => {
    for (const sentence of sentencesOf(hit.passage.text)) {
      if (sentence.length < 30 || sentence.length > 600) continue;
      const terms = new Set(knowledge.queryTerms(sentence));
      let matched = 0;
      for (const term of queryTerms) if (terms.has(term)) matched++;
      const overlap = matched / queryTerms.size;
      if (overlap === 0) continue;
      const definitionBonus = hit.passage.kind === 'definition' ? 0.15 : 0;
      candidates.push({ hitRank, hit, sentence, score: overlap * 0.6 + hit.score * 0.4 + definitionBonus - hitRank * 0.02 });
    }
  });
  candidates.sort((left, right) => right.score - left.score);
  const chosen: Candidate[] = [];
  const perPassage = new Map<string, number>();
  for (const candidate of candidates) {
    if (chosen.length >= (options.maxSentences ?? 3)) break;
    const used = perPassage.get(candidate.hit.passage.id) ?? 0;
    if (used >= 2 || chosen.some((item) => item.sentence === candidate.sentence)) continue;
    perPassage.set(candidate.hit.passage.id, used + 1);
    chosen.push(candidate);
  }
  if (chosen.length === 0) return noAnswer(knowledge, hits);
  chosen.sort((left, right) => left.hitRank - right.hitRank);

  const citations: Citation[] = [];
  const parts: string[] = [];
  for (const candidate of chosen) {
    const document = knowledge.document(candidate.hit.passage.document);
    if (!document) continue;
    const lines = linesOfSentence(document, candidate.hit.passage, candidate.sentence);
    let citation = citations.find((item) => item.document === document.entry.file && item.lines[0] === lines[0] && item.lines[1] === lines[1]);
    if (!citation) {
      citation = {
        n: citations.length + 1,
        document: document.entry.file,
        citation: document.entry.shortCitation,
        section: sectionOf(candidate.hit.passage),
        lines,
        quote: verbatimQuote(document, lines, candidate.sentence),
      };
      citations.push(citation);
    }
    parts.push(`${candidate.sentence} [${citation.n}]`);
  }
  const intro = `Volgens ${[...new Set(citations.map((item) => item.citation))].join(' en ')}:`;
  return { mode: 'offline', status: 'answered', answer: `${intro}\n${parts.join('\n')}`, citations };
}

/**
 * Whether the best passages really speak to the question: one of them covers enough of the question's weight and
 * shares at least two of its whole words. "Hoofdstad van Frankrijk" shares one word with the corpus: not enough.
 */
export function answerable(knowledge: KnowledgeBase, question: string, hits: SearchHit[], minCoverage: number): boolean {
  const top = hits.slice(0, 3);
  // Whole words only: the parts of a compound ("hoofd", "stad") are not extra evidence.
  const words = new Set(knowledge.queryTerms(knowledge.questionSubject(question), { splitCompounds: false }));
  if (words.size === 0) return false;
  const needed = Math.min(2, words.size);
  const single = top.some((hit) => {
    const terms = new Set(knowledge.queryTerms(hit.passage.searchText ?? `${hit.passage.sectionPath.join(' ')} ${hit.passage.text}`));
    let shared = 0;
    for (const term of words) {
      if (terms.has(term)) shared++;
    }
    return hit.subjectCoverage >= minCoverage && shared >= needed;
  });
  return single;
}

/** The honest "the sources do not answer this", with the nearest passages to look at. */
export function noAnswer(knowledge: KnowledgeBase, hits: SearchHit[]): Answer {
  const nearest = hits.slice(0, 3);
  const citations: Citation[] = [];
  for (const hit of nearest) {
    const document = knowledge.document(hit.passage.document);
    if (!document) continue;
    const first = sentencesOf(hit.passage.text)[0] ?? hit.passage.text;
    const lines = linesOfSentence(document, hit.passage, first);
    citations.push({
      n: citations.length + 1,
      document: document.entry.file,
      citation: document.entry.shortCitation,
      section: sectionOf(hit.passage),
      lines,
      quote: verbatimQuote(document, lines, first),
    });
  }
  const pointer = citations.length > 0 ? ` Het dichtst in de buurt komen deze passages: ${citations.map((item) => `[${item.n}] ${item.citation}, ${item.section || 'zonder kop'}`).join('; ')}.` : '';
  return {
    mode: 'offline',
    status: 'no-answer',
    answer: `De bestudeerde documenten geven hier geen antwoord op; ik ga niet gissen.${pointer}`,
    citations,
  };
}
