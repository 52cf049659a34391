import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { StuurwijzerEngine } from '../../engine/stuurwijzer-engine.js';
import type { SearchMode } from '../../retrieval/hybrid-search.js';
import { FixedChunkBaseline } from './fixed-chunk-baseline.js';

export interface RetrievalQuestion {
  id: string;
  question: string;
  document: string;
  gold: Array<[number, number]>;
  kind: string;
}

export interface RetrievalScores {
  recallAt5: number;
  mrr: number;
  misses: string[];
}

export interface RetrievalReport {
  questions: number;
  byMode: Record<'hybrid' | 'lexical' | 'vector' | 'fixedChunkBm25', RetrievalScores>;
  threshold: { minCoverage: number; answerableAboveThreshold: number; unanswerableBelowThreshold: number; unanswerable: number };
  /** For candidate thresholds: share of dev questions answered and of off-topic questions refused. */
  thresholdSweep: Array<{ minCoverage: number; answered: number; refused: number }>;
}

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

export function loadRetrievalQuestions(): RetrievalQuestion[] {
  return JSON.parse(readFileSync(here('./questions.json'), 'utf8')) as RetrievalQuestion[];
}

function overlaps(hit: { document: string; lines: [number, number] }, question: RetrievalQuestion): boolean {
  return hit.document === question.document && question.gold.some(([first, last]) => hit.lines[0] <= last && hit.lines[1] >= first);
}

function score(results: Array<Array<{ document: string; lines: [number, number] }>>, questions: RetrievalQuestion[]): RetrievalScores {
  let found = 0;
  let reciprocal = 0;
  const misses: string[] = [];
  results.forEach((hits, position) => {
    const question = questions[position]!;
    const rank = hits.findIndex((hit) => overlaps(hit, question));
    if (rank >= 0) {
      found++;
      reciprocal += 1 / (rank + 1);
    } else misses.push(question.id);
  });
  return { recallAt5: found / questions.length, mrr: reciprocal / questions.length, misses };
}

/** Recall@5 and MRR for the full pipeline, each part alone and the fixed-chunk BM25 baseline; and the no-answer threshold. */
export async function runRetrievalEval(engine: StuurwijzerEngine): Promise<RetrievalReport> {
  const questions = loadRetrievalQuestions();
  const byMode = {} as RetrievalReport['byMode'];
  for (const mode of ['hybrid', 'lexical', 'vector'] as SearchMode[]) {
    const results = [];
    for (const question of questions) results.push((await engine.search(question.question, { limit: 5, mode })).hits);
    byMode[mode as 'hybrid'] = score(results, questions);
  }
  const baseline = new FixedChunkBaseline(engine.knowledge.documents);
  byMode.fixedChunkBm25 = score(questions.map((question) => baseline.search(question.question, 5)), questions);

  const unanswerable = JSON.parse(readFileSync(here('./unanswerable.json'), 'utf8')) as Array<{ question: string }>;
  const minCoverage = engine.configuration.STUURWIJZER_MIN_COVERAGE;
  let answerableAbove = 0;
  for (const question of questions) if ((await engine.ask(question.question)).status === 'answered') answerableAbove++;
  let unanswerableBelow = 0;
  for (const question of unanswerable) if ((await engine.ask(question.question)).status === 'no-answer') unanswerableBelow++;
  const bestCoverage = async (question: string): Promise<number> =>
    Math.max(0, ...(await engine.knowledge.find({ query: question, limit: 3 })).map((hit) => hit.subjectCoverage));
  const answerableCoverage = await Promise.all(questions.map((question) => bestCoverage(question.question)));
  const unanswerableCoverage = await Promise.all(unanswerable.map((question) => bestCoverage(question.question)));
  const thresholdSweep = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7].map((minimum) => ({
    minCoverage: minimum,
    answered: answerableCoverage.filter((value) => value >= minimum).length / questions.length,
    refused: unanswerableCoverage.filter((value) => value < minimum).length / unanswerable.length,
  }));
  return {
    questions: questions.length,
    byMode,
    thresholdSweep,
    threshold: { minCoverage, answerableAboveThreshold: answerableAbove / questions.length, unanswerableBelowThreshold: unanswerableBelow / unanswerable.length, unanswerable: unanswerable.length },
  };
}

export function formatRetrievalReport(report: RetrievalReport): string {
  const row = (name: string, scores: RetrievalScores): string => `| ${name} | ${scores.recallAt5.toFixed(3)} | ${scores.mrr.toFixed(3)} | ${scores.misses.join(' ') || '–'} |`;
  return [
    `## Retrieval (${report.questions} questions, eval/retrieval/questions.json)`,
    '',
    '| pipeline | recall@5 | MRR | missed |',
    '| --- | --- | --- | --- |',
    row('hybrid (BM25 + vectors, weighted fusion)', report.byMode.hybrid),
    row('BM25 only (same passages)', report.byMode.lexical),
    row('vectors only (same passages)', report.byMode.vector),
    row('baseline: BM25 over fixed 1000-char chunks', report.byMode.fixedChunkBm25),
    '',
    `No-answer threshold (min coverage ${report.threshold.minCoverage}): ${(report.threshold.answerableAboveThreshold * 100).toFixed(0)}% of the dev questions are answered, ` +
      `${(report.threshold.unanswerableBelowThreshold * 100).toFixed(0)}% of ${report.threshold.unanswerable} off-topic questions get "geen antwoord".`,
    '',
    'Threshold sweep (best coverage of the top 3 passages): ' +
      report.thresholdSweep.map((row) => `${row.minCoverage}: ${(row.answered * 100).toFixed(0)}% answered / ${(row.refused * 100).toFixed(0)}% refused`).join('; '),
  ].join('\n');
}
