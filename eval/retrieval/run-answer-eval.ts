import type { StuurwijzerEngine } from '../../engine/stuurwijzer-engine.js';
import { loadRetrievalQuestions } from './run-retrieval-eval.js';

export interface AnswerReport {
  questions: number;
  answered: number;
  citations: number;
  /** Share of citations whose quote occurs (whitespace-collapsed) in the original file within the cited lines. */
  citationValidity: number;
  /** Share of answered questions where at least one cited range overlaps a gold range. */
  goldHitRate: number;
  invalid: string[];
}

/** Checks every citation of the offline answers on the dev set against the corpus files and the gold ranges. */
export async function runAnswerEval(engine: StuurwijzerEngine): Promise<AnswerReport> {
  const questions = loadRetrievalQuestions();
  let answered = 0;
  let citations = 0;
  let valid = 0;
  let goldHits = 0;
  const invalid: string[] = [];
  for (const question of questions) {
    const answer = await engine.ask(question.question);
    if (answer.status !== 'answered') continue;
    answered++;
    let hit = false;
    for (const citation of answer.citations) {
      citations++;
      const document = engine.knowledge.document(citation.document);
      const raw = (document?.lines.slice(citation.lines[0] - 1, citation.lines[1]) ?? []).join(' ').replace(/\s+/g, ' ');
      const referenced = answer.answer.includes(`[${citation.n}]`);
      if (document && raw.includes(citation.quote) && referenced) valid++;
      else invalid.push(`${question.id}[${citation.n}]`);
      if (citation.document === question.document && question.gold.some(([first, last]) => citation.lines[0] <= last && citation.lines[1] >= first)) hit = true;
    }
    const numbers = [...answer.answer.matchAll(/\[(\d+)\]/g)].map((match) => Number(match[1]));
    if (numbers.some((n) => !answer.citations.some((citation) => citation.n === n))) invalid.push(`${question.id}:dangling`);
    if (hit) goldHits++;
  }
  return { questions: questions.length, answered, citations, citationValidity: citations === 0 ? 1 : valid / citations, goldHitRate: answered === 0 ? 0 : goldHits / answered, invalid };
}

export function formatAnswerReport(report: AnswerReport): string {
  return [
    `## Offline answers (${report.questions} dev questions)`,
    '',
    `- answered: ${report.answered}/${report.questions}`,
    `- citation validity (quote verbatim in the cited lines, every [n] resolvable): ${(report.citationValidity * 100).toFixed(1)}% of ${report.citations} citations${report.invalid.length ? ` — invalid: ${report.invalid.join(', ')}` : ''}`,
    `- answers whose citations hit a gold range: ${(report.goldHitRate * 100).toFixed(1)}%`,
  ].join('\n');
}

/**
 * The same citation check for answers that come through a model. No real model exists here, so a loopback fake
 * answers every question citing passages [1], [2] and an invented [9]; the report shows that after the check every
 * remaining citation is valid (the invented one is removed) — the pipeline's guarantee, not the model's quality.
 */
export async function runModelAnswerEval(engineFor: (baseUrl: string) => Promise<StuurwijzerEngine>): Promise<AnswerReport> {
  const { startFakeOpenAiServer, fakeReply } = await import('../../test/fakes/fake-openai-server.js');
  const server = await startFakeOpenAiServer();
  try {
    server.setScript(() => fakeReply.text('Volgens de documenten gaat het om de rol van de gemeente [1] en om samenwerking [2]; zie ook [9].'));
    const engine = await engineFor(server.baseUrl);
    return await runAnswerEval(engine);
  } finally {
    await server.close();
  }
}
