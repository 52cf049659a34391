import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { StuurwijzerEngine } from '../../engine/stuurwijzer-engine.js';
import { testConfiguration } from '../helpers/test-configuration.js';

let engine: StuurwijzerEngine;
beforeAll(async () => {
  engine = await StuurwijzerEngine.open(testConfiguration({ AUDIT_LOG_PATH: join(process.env.TMPDIR ?? '/tmp', `stuurwijzer-definition-answers-${process.pid}.jsonl`) }));
});

const rawLines = (document: string, lines: [number, number]): string =>
  readFileSync(join('corpus/documents', document), 'utf8').split('\n').slice(lines[0] - 1, lines[1]).join(' ').replace(/\s+/g, ' ');

describe('"wat is …?" for a term of the theory', () => {
  it('answers with every sense of an ambiguous term, each quoted verbatim from its own document', async () => {
    const answer = await engine.ask('Wat is de kanteling?');
    expect(answer.status).toBe('answered');
    expect(new Set(answer.citations.map((citation) => citation.document)).size).toBeGreaterThanOrEqual(2);
    for (const citation of answer.citations) {
      expect(answer.answer).toContain(`[${citation.n}]`);
      expect(rawLines(citation.document, citation.lines)).toContain(citation.quote);
    }
  });

  it('quotes terms of the models and the glossary verbatim from the cited lines (every fourth term)', async () => {
    const labels = [...new Set(engine.knowledge.definitions.entries().map((entry) => entry.label))];
    expect(labels.length).toBeGreaterThan(150);
    for (const label of labels.filter((_, index) => index % 4 === 0)) {
      const answer = await engine.ask(`Wat is ${label}?`);
      for (const citation of answer.citations) {
        expect(rawLines(citation.document, citation.lines), `${label} [${citation.n}]`).toContain(citation.quote);
      }
    }
  });
});
