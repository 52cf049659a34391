import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { copySmallCorpus } from '../helpers/small-corpus.js';

const scratch = mkdtempSync(join(tmpdir(), 'stuurwijzer-chat-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('npm start without DISCORD_TOKEN: the terminal chat', () => {
  it('answers a question with sources, looks up a misspelt definition and stops on /stop', () => {
    const input = 'Wat is frontlijnsturing?\n/definitie regiseur\n/onzin\n/stop\nNooit beantwoord\n';
    const result = runCli(['start'], { STUURWIJZER_DATA_DIR: inject('dataDirectory') }, input);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Bronnen:');
    expect(result.stdout).toMatch(/\[1\] Wester & Schurer \(2016\)/);
    expect(result.stdout).toMatch(/Regisseur/);
    expect(result.stdout).toContain('Onbekend commando /onzin');
    expect(result.stdout).toContain('beslissingen neem je zelf');
    expect(result.stdout).not.toContain('Nooit beantwoord');
  });
});

describe('/toets in the terminal chat', () => {
  it('assesses a plan file and writes the Markdown report and the PNG chart', () => {
    const plan = join(scratch, 'conceptplan.md');
    writeFileSync(
      plan,
      '# Visie\n\nInwoners nemen zelf het initiatief en de gemeente doet een stap terug.\n\n# Bekostiging\n\nWe kopen de hulp in per product en rekenen aanbieders af op geleverde uren.\n',
    );
    const result = runCli(['start'], { STUURWIJZER_DATA_DIR: inject('dataDirectory'), AUDIT_LOG_PATH: join(scratch, 'audit.jsonl') }, `/toets ${plan}\n/stop\n`, scratch);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Bekostiging');
    const report = readFileSync(join(scratch, 'stuurwijzer-toets', 'conceptplan-zelftoets.md'), 'utf8');
    expect(report).toContain('# Zelftoets plan');
    const png = readFileSync(join(scratch, 'stuurwijzer-toets', 'conceptplan-zelftoets.png'));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  });
});

describe('stuurwijzer index --add', () => {
  it('adds a document to the catalog and cites it like the others', () => {
    const corpus = copySmallCorpus(join(scratch, 'corpus'));
    const note = join(scratch, 'wijkaanpak-notitie.md');
    writeFileSync(note, '# Wijkaanpak\n\nDe gemeente Zeewolde organiseert een burgerberaad over de wijkvoorzieningen.\nHet burgerberaad adviseert de raad over de inzet van het wijkbudget.\n');
    const environment = { STUURWIJZER_CORPUS_DIR: corpus, STUURWIJZER_DATA_DIR: join(scratch, 'data') };
    const added = runCli(['index', '--add', note, '--title', 'Notitie wijkaanpak', '--year', '2024', '--citation', 'Gemeente Zeewolde (2024)', '--json'], environment);
    expect(added.status).toBe(0);
    expect(JSON.parse(added.stdout)).toMatchObject({ added: 'wijkaanpak-notitie.md', documents: 3, rebuilt: true });
    const catalog = JSON.parse(readFileSync(join(corpus, 'documents', 'catalog.json'), 'utf8')) as Array<{ file: string; shortCitation: string }>;
    expect(catalog.at(-1)).toMatchObject({ file: 'wijkaanpak-notitie.md', shortCitation: 'Gemeente Zeewolde (2024)' });
    const search = runCli(['search', 'burgerberaad wijkbudget Zeewolde', '-k', '1', '--json'], environment);
    const [hit] = (JSON.parse(search.stdout) as { hits: Array<{ document: string; citation: string; lines: number[] }> }).hits;
    expect(hit).toMatchObject({ document: 'wijkaanpak-notitie.md', citation: 'Gemeente Zeewolde (2024)', lines: [3, 4] });
  });

  it('refuses an addition without title and year', () => {
    const result = runCli(['index', '--add', 'README.md'], { STUURWIJZER_CORPUS_DIR: join(scratch, 'corpus'), STUURWIJZER_DATA_DIR: join(scratch, 'data') });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--title en --year');
  });
});
