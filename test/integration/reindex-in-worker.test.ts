import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { StuurwijzerEngine } from '../../engine/stuurwijzer-engine.js';
import { copySmallCorpus } from '../helpers/small-corpus.js';
import { testConfiguration } from '../helpers/test-configuration.js';

const copy = mkdtempSync(join(tmpdir(), 'stuurwijzer-reindex-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('reindex while answering', () => {
  it('rebuilds in a worker thread, keeps the event loop free and keeps answering', async () => {
    const corpus = copySmallCorpus(join(copy, 'corpus'));
    const engine = await StuurwijzerEngine.open(testConfiguration({ STUURWIJZER_CORPUS_DIR: corpus, STUURWIJZER_DATA_DIR: join(copy, 'data'), AUDIT_LOG_PATH: join(copy, 'audit.jsonl') }));
    const before = statSync(join(copy, 'data', 'index', 'manifest.json')).mtimeMs;
    let last = performance.now();
    let longestGap = 0;
    const ticker = setInterval(() => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
    }, 20);
    const rebuilding = engine.reindex();
    const during = await engine.ask('Wat is ontschotting volgens Van der Veer?');
    await rebuilding;
    clearInterval(ticker);
    expect(during.status).toBe('answered');
    expect(statSync(join(copy, 'data', 'index', 'manifest.json')).mtimeMs).toBeGreaterThan(before);
    expect(longestGap).toBeLessThan(1500);
    expect((await engine.ask('Waarom is integraliteit een hoera-begrip?')).status).toBe('answered');
  });
});
