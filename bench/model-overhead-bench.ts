import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConfiguration } from '../config/configuration.js';
import { StuurwijzerEngine } from '../engine/stuurwijzer-engine.js';
import { loadRetrievalQuestions } from '../eval/retrieval/run-retrieval-eval.js';
import { fakeReply, startFakeOpenAiServer } from '../test/fakes/fake-openai-server.js';

/**
 * The pipeline's own cost around a model call: total `ask` time minus the time spent inside the chat model client
 * (HTTP + model), against a loopback fake that answers at once. Target ≤ 30 ms.
 */
export async function runModelOverheadBench(dataDirectory: string): Promise<Record<string, unknown>> {
  const server = await startFakeOpenAiServer();
  const audit = mkdtempSync(join(tmpdir(), 'stuurwijzer-bench-audit-'));
  try {
    server.setScript(() => fakeReply.text('Volgens de documenten gaat het om samenwerking [1] en om regie [2].'));
    const engine = await StuurwijzerEngine.open(
      readConfiguration({ ...process.env, STUURWIJZER_DATA_DIR: dataDirectory, LLM_BASE_URL: server.baseUrl, LLM_CHAT_MODEL: 'local', LLM_MAX_RETRIES: '0', AUDIT_LOG_PATH: join(audit, 'audit.jsonl'), EMBEDDING_BASE_URL: '' }),
    );
    const model = engine.model!;
    const original = model.complete.bind(model);
    let modelTime = 0;
    model.complete = async (messages) => {
      const start = performance.now();
      try {
        return await original(messages);
      } finally {
        modelTime += performance.now() - start;
      }
    };
    const overheads: number[] = [];
    const questions = loadRetrievalQuestions().map((question) => question.question);
    for (const question of [...questions.slice(0, 5), ...questions]) {
      modelTime = 0;
      const start = performance.now();
      const answer = await engine.ask(question);
      const total = performance.now() - start;
      if (answer.mode === 'llm' && answer.status === 'answered') overheads.push(total - modelTime);
    }
    const measured = overheads.slice(5).sort((left, right) => left - right);
    const at = (share: number): number => Math.round(measured[Math.min(measured.length - 1, Math.floor(share * measured.length))]! * 100) / 100;
    return { answersThroughModel: measured.length, overheadP50Ms: at(0.5), overheadP95Ms: at(0.95) };
  } finally {
    await server.close();
    rmSync(audit, { recursive: true, force: true });
  }
}
