import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { copySmallCorpus } from '../helpers/small-corpus.js';

const data = inject('dataDirectory');
const environment = { STUURWIJZER_DATA_DIR: data };
const scratch = mkdtempSync(join(tmpdir(), 'stuurwijzer-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const fileLines = (document: string): string[] => readFileSync(join('corpus/documents', document), 'utf8').split('\n');
const occursWithin = (document: string, lines: [number, number], quote: string): boolean =>
  fileLines(document).slice(lines[0] - 1, lines[1]).join(' ').replace(/\s+/g, ' ').includes(quote);

describe('stuurwijzer search --json', () => {
  it('prints exactly one document with the hit contract, best first', () => {
    const result = runCli(['search', 'Welke governancetypen onderscheiden Wester en Schurer?', '-k', '5', '--json'], environment);
    expect(result.status).toBe(0);
    const parsed = JSON.parse(result.stdout) as { hits: Array<Record<string, unknown>> };
    expect(Object.keys(parsed)).toEqual(['hits']);
    expect(parsed.hits).toHaveLength(5);
    for (const hit of parsed.hits) {
      expect(Object.keys(hit).sort()).toEqual(['citation', 'document', 'lines', 'score', 'section', 'text', 'title']);
      const lines = hit.lines as [number, number];
      expect(lines[0]).toBeLessThanOrEqual(lines[1]);
    }
    const scores = parsed.hits.map((hit) => hit.score as number);
    expect([...scores].sort((left, right) => right - left)).toEqual(scores);
    const top = parsed.hits[0]!;
    expect(top.document).toBe('wester-schurer-2016-sturing-gebiedsgerichte-aanpak.txt');
    expect(top.citation).toBe('Wester & Schurer (2016)');
    expect((top.lines as number[])[0]).toBeGreaterThanOrEqual(300);
    expect((top.lines as number[])[1]).toBeLessThanOrEqual(372);
  });
});

describe('stuurwijzer ask --json (offline)', () => {
  it('answers with numbered citations whose quotes occur in the cited lines', () => {
    const result = runCli(['ask', 'Wat is frontlijnsturing?', '--json'], environment);
    expect(result.status).toBe(0);
    const parsed = JSON.parse(result.stdout) as { mode: string; answer: string; citations: Array<{ n: number; document: string; lines: [number, number]; quote: string; citation: string; section: string }> };
    expect(Object.keys(parsed)).toEqual(['mode', 'answer', 'citations']);
    expect(parsed.mode).toBe('offline');
    expect(parsed.citations.length).toBeGreaterThan(0);
    expect(parsed.answer.toLowerCase()).toContain('frontlijn');
    for (const citation of parsed.citations) {
      expect(parsed.answer).toContain(`[${citation.n}]`);
      expect(occursWithin(citation.document, citation.lines, citation.quote)).toBe(true);
    }
  });

  it('says the sources do not answer an off-topic question instead of guessing', () => {
    const result = runCli(['ask', 'Wat is de hoofdstad van Frankrijk?', '--json'], environment);
    expect(result.status).toBe(0);
    const parsed = JSON.parse(result.stdout) as { answer: string };
    expect(parsed.answer).toContain('geven hier geen antwoord');
  });
});

describe('bad input gets a Dutch message and a non-zero exit, never a stack trace', () => {
  const expectDutchFailure = (result: ReturnType<typeof runCli>, code: number, text: RegExp): void => {
    expect(result.status).toBe(code);
    expect(result.stderr).toMatch(text);
    expect(result.stderr).not.toMatch(/at .*\.ts:\d+|TypeError|ReferenceError/);
  };

  it('refuses an empty or whitespace-only question', () => {
    expectDutchFailure(runCli(['ask', '   '], environment), 2, /vraag is leeg/);
    expectDutchFailure(runCli(['search'], environment), 2, /leeg/);
  });

  it('refuses 100 kB of text', () => {
    expectDutchFailure(runCli(['ask', 'sturing '.repeat(12_800)], environment), 2, /te lang/);
  });

  it('refuses binary garbage', () => {
    const garbage = String.fromCharCode(...Array.from({ length: 400 }, (_, index) => (index * 7) % 31 + 1));
    expectDutchFailure(runCli(['ask', garbage], environment), 2, /geen tekst|geen woorden/);
  });

  it('explains a missing corpus file', () => {
    const corpus = join(scratch, 'corpus-missing');
    cpSync('corpus', corpus, { recursive: true });
    rmSync(join(corpus, 'documents', 'janssens-2019-staat-van-het-sociaal-domein.txt'));
    expectDutchFailure(runCli(['ask', 'Wat is governance?'], { STUURWIJZER_CORPUS_DIR: corpus, STUURWIJZER_DATA_DIR: join(scratch, 'data-missing') }), 3, /janssens-2019.*niet te lezen/);
  });

  it('rebuilds a corrupted index with a notice and still answers', () => {
    const corpus = copySmallCorpus(join(scratch, 'corpus-small'));
    const data = join(scratch, 'data-corrupt');
    const environment = { STUURWIJZER_CORPUS_DIR: corpus, STUURWIJZER_DATA_DIR: data };
    expect(runCli(['index', '--json'], environment).status).toBe(0);
    writeFileSync(join(data, 'index', 'hnswlib.index'), 'kapot');
    const result = runCli(['search', 'integraal beleid ontschotten', '--json'], environment);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/beschadigd/);
    expect((JSON.parse(result.stdout) as { hits: unknown[] }).hits.length).toBeGreaterThan(0);
  });
});
