import { defineTerm } from '../definitions/define-term.js';
import { verbatimQuote, type Citation } from '../citations.js';
import { detectHeadings, sectionPathAt } from '../../retrieval/headings.js';
import type { KnowledgeBase } from '../knowledge-base.js';
import { isDefinitionQuestion } from '../knowledge-base.js';
import type { Answer } from './answer-types.js';

const MAX_SENSES = 3;

/**
 * "Wat is X?" where X is exactly a term of the theory or the glossary: the answer is the term's own defining
 * passages from the documents, quoted verbatim with their citations — one per sense when a term means different
 * things in different documents ("kanteling"). Returns undefined when the question is not such a lookup.
 */
export function definitionAnswer(knowledge: KnowledgeBase, question: string): Answer | undefined {
  if (!isDefinitionQuestion(question) || question.length > 120) return undefined;
  const result = defineTerm(knowledge.definitions, (file) => knowledge.citationOf(file), question);
  const matches = result.matches.filter((match) => match.match === 'exact').slice(0, MAX_SENSES);
  if (!result.exact || matches.length === 0) return undefined;
  const citations: Citation[] = [];
  const lines: string[] = [];
  for (const match of matches) {
    const source = match.sources[0];
    const document = source ? knowledge.document(source.document) : undefined;
    if (!source || !document) continue;
    const n = citations.length + 1;
    const path = sectionPathAt(detectHeadings(document.lines), source.lines[0]);
    // The stored quote matches after normalisation; show the words exactly as they stand in the file.
    const quote = verbatimQuote(document, source.lines, source.quote);
    citations.push({ n, document: source.document, citation: source.citation, section: path[path.length - 1] ?? '', lines: source.lines, quote });
    const where = match.sense ? ` — ${match.sense}` : ` (${match.frameworkLabel})`;
    lines.push(`${match.label}${where}: "${quote}" [${n}]`);
  }
  if (citations.length === 0) return undefined;
  const intro = citations.length > 1 ? 'Dit begrip komt in de documenten in meer dan één betekenis voor:' : `Volgens ${citations[0]!.citation}:`;
  return { mode: 'offline', status: 'answered', answer: `${intro}\n${lines.join('\n')}`, citations };
}

