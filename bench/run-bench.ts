/**
 * `npm run bench`: speed and memory of the offline engine on this machine, printed as one JSON document.
 * Measures: cold index build, index load, search p50/p95 (in process), offline answer p50/p95, and peak RSS;
 * further measurements register below when their module exists.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConfiguration } from '../config/configuration.js';
import { StuurwijzerEngine } from '../engine/stuurwijzer-engine.js';
import { loadRetrievalQuestions } from '../eval/retrieval/run-retrieval-eval.js';
import { runAssessmentBench } from './assessment-bench.js';
import { runClassificationBench } from './classification-bench.js';
import { runDiscordBench } from './discord-bench.js';
import { runModelOverheadBench } from './model-overhead-bench.js';

const percentile = (values: number[], share: number): number => {
  const sorted = [...values].sort((left, right) => left - right);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))]! * 100) / 100;
};
let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 20);

const dataDirectory = mkdtempSync(join(tmpdir(), 'stuurwijzer-bench-'));
const configuration = readConfiguration({ ...process.env, STUURWIJZER_DATA_DIR: dataDirectory, LLM_BASE_URL: '', EMBEDDING_BASE_URL: '' });
try {
  let started = performance.now();
  await StuurwijzerEngine.open(configuration);
  const coldBuildMs = performance.now() - started;

  started = performance.now();
  const engine = await StuurwijzerEngine.open(configuration);
  const loadMs = performance.now() - started;
  if (engine.knowledge.rebuilt) throw new Error('the second open rebuilt the index instead of loading it');

  const questions = loadRetrievalQuestions().map((question) => question.question);
  for (const question of questions.slice(0, 5)) await engine.search(question); // warm-up
  const searchTimes: number[] = [];
  for (let round = 0; round < 4; round++) {
    for (const question of questions) {
      const start = performance.now();
      await engine.search(question, { limit: 5 });
      searchTimes.push(performance.now() - start);
    }
  }
  const answerTimes: number[] = [];
  for (const question of questions) {
    const start = performance.now();
    await engine.ask(question);
    answerTimes.push(performance.now() - start);
  }
  const result: Record<string, unknown> = {
    machine: { node: process.version, cpus: (await import('node:os')).cpus().length },
    passages: engine.knowledge.manifest.passages,
    embedding: engine.knowledge.manifest.embedding,
    coldBuildMs: Math.round(coldBuildMs),
    loadMs: Math.round(loadMs),
    search: { queries: searchTimes.length, p50Ms: percentile(searchTimes, 0.5), p95Ms: percentile(searchTimes, 0.95) },
    offlineAnswer: { questions: answerTimes.length, p50Ms: percentile(answerTimes, 0.5), p95Ms: percentile(answerTimes, 0.95) },
  };
  result.modelPipelineOverhead = await runModelOverheadBench(dataDirectory);
  result.classification = await runClassificationBench();
  result.assessment = await runAssessmentBench();
  result.discord = await runDiscordBench();
  clearInterval(sampler);
  result.peakRssMb = Math.round(Math.max(peakRss, process.memoryUsage().rss) / 1024 / 1024);
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
} finally {
  clearInterval(sampler);
  rmSync(dataDirectory, { recursive: true, force: true });
}
