/**
 * `npm run eval`: measures quality on the committed labelled sets and prints a Markdown report (or JSON with
 * --json). Sections: retrieval (recall@5, MRR per pipeline part, no-answer threshold) and every further
 * evaluation that is registered below.
 */
import { readConfiguration } from '../config/configuration.js';
import { StuurwijzerEngine } from '../engine/stuurwijzer-engine.js';
import { formatRetrievalReport, runRetrievalEval } from './retrieval/run-retrieval-eval.js';
import { formatAnswerReport, runAnswerEval, runModelAnswerEval } from './retrieval/run-answer-eval.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const json = process.argv.includes('--json');
const engine = await StuurwijzerEngine.open(readConfiguration());
const retrieval = await runRetrievalEval(engine);
const answers = await runAnswerEval(engine);
const audit = mkdtempSync(join(tmpdir(), 'stuurwijzer-eval-'));
const modelAnswers = await runModelAnswerEval((baseUrl) =>
  StuurwijzerEngine.open(readConfiguration({ ...process.env, LLM_BASE_URL: baseUrl, LLM_CHAT_MODEL: 'local', LLM_MAX_RETRIES: '0', AUDIT_LOG_PATH: join(audit, 'audit.jsonl') })),
);
const sections: Record<string, unknown> = { retrieval, answers, modelAnswers };
const text: string[] = ['# Stuurwijzer evaluation', '', `Command: \`npm run eval\` — ${new Date().toISOString().slice(0, 10)}, embeddings ${engine.knowledge.manifest.embedding.provider}`, '', formatRetrievalReport(retrieval), '', formatAnswerReport(answers), '', formatAnswerReport(modelAnswers).replace('## Offline answers', '## Answers through a model (loopback fake citing [1], [2] and an invented [9])')];

const classification = await import('./classification/run-classification-eval.js');
const classificationReport = await classification.runClassificationEval();
sections.classification = classificationReport;
text.push('', classification.formatClassificationReport(classificationReport));

const assessment = await import('./assessment/run-assessment-eval.js');
const assessmentReport = await assessment.runAssessmentEval();
sections.assessment = assessmentReport;
text.push('', assessment.formatAssessmentReport(assessmentReport));

process.stdout.write(json ? `${JSON.stringify(sections, null, 2)}\n` : `${text.join('\n')}\n`);
