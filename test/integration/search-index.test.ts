import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CorpusDocument } from '../../retrieval/corpus.js';
import { splitLines } from '../../retrieval/normalize.js';
import { buildIndex, corpusHash, loadIndex, saveIndex, type IndexInputs } from '../../retrieval/search-index.js';
import { HybridSearch } from '../../retrieval/hybrid-search.js';

const temporary = mkdtempSync(join(tmpdir(), 'stuurwijzer-index-'));
afterAll(() => rmSync(temporary, { recursive: true, force: true }));

function smallCorpus(extra = ''): CorpusDocument[] {
  const content = [
    '# Sturing',
    '',
    '## 1. Inleiding',
    '',
    'De gemeente stuurt het sociaal wijkteam aan met prestatie-indicatoren en contracten.',
    '',
    '## 2. Governance',
    '',
    'Bij netwerksturing werkt de gemeente als regisseur samen met partners in de wijk.',
    'Burgerparticipatie betekent dat inwoners meedenken en meebeslissen.',
    '',
    'Doorzettingsmacht gebruikt de gemeente alleen als partijen er samen niet uitkomen.',
    extra,
  ].join('\n');
  return [{ entry: { file: 'klein.txt', shortCitation: 'Klein (2024)', title: 'Klein', authors: [], year: 2024, kind: 'test', publisher: null, language: 'nl' }, content, lines: splitLines(content) }];
}

const inputs = (documents: CorpusDocument[]): IndexInputs => ({ documents, extraPassages: [], embedding: { kind: 'offline', dimensions: 8 }, searchEf: 50 });

describe('persistent search index', () => {
  it('builds, saves atomically, loads, and finds passages by exact term and by stem', async () => {
    const data = join(temporary, 'a');
    const built = await buildIndex(inputs(smallCorpus()));
    await saveIndex(data, built);
    const manifest = JSON.parse(readFileSync(join(data, 'index', 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({ embedding: { provider: 'offline-lsa' }, searchEf: 50 });
    const outcome = await loadIndex(data, corpusHash(inputs(smallCorpus())));
    expect(outcome.status).toBe('loaded');
    if (outcome.status !== 'loaded') return;
    const search = new HybridSearch(outcome.index);
    const [hit] = await search.search('doorzettingsmacht', { limit: 1 });
    expect(hit?.passage.lines[0]).toBeLessThanOrEqual(12);
    expect(hit?.passage.lines[1]).toBeGreaterThanOrEqual(12);
    const [stemmed] = await search.search('prestatie indicator contract', { limit: 1 });
    expect(stemmed?.passage.text).toContain('prestatie-indicatoren');
  });

  it('reports a changed corpus as stale and a damaged directory as corrupt, never loading either', async () => {
    const data = join(temporary, 'b');
    await saveIndex(data, await buildIndex(inputs(smallCorpus())));
    expect((await loadIndex(data, corpusHash(inputs(smallCorpus('Een nieuwe zin over vraagsturing.'))))).status).toBe('stale');
    writeFileSync(join(data, 'index', 'passages.json'), '{"passages": [');
    expect((await loadIndex(data, corpusHash(inputs(smallCorpus())))).status).toBe('corrupt');
    rmSync(join(data, 'index', 'manifest.json'));
    expect((await loadIndex(data, corpusHash(inputs(smallCorpus())))).status).toBe('corrupt');
  });

  it('ignores a half-written build directory left by a crash', async () => {
    const data = join(temporary, 'c');
    await saveIndex(data, await buildIndex(inputs(smallCorpus())));
    mkdirSync(join(data, 'index.building-999-1'));
    writeFileSync(join(data, 'index.building-999-1', 'hnswlib.index'), 'half');
    cpSync(join(data, 'index'), join(data, 'copy'), { recursive: true });
    expect((await loadIndex(data, corpusHash(inputs(smallCorpus())))).status).toBe('loaded');
  });

  it('is missing when nothing was built yet', async () => {
    expect((await loadIndex(join(temporary, 'none'), 'x')).status).toBe('missing');
  });
});
