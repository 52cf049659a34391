import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineTerm, type DefineResult } from '../../engine/definitions/define-term.js';
import { DefinitionLibrary } from '../../engine/definitions/definition-library.js';
import { definitionPassages } from '../../engine/definitions/definition-passages.js';
import { frameworkSchema, glossarySchema } from '../../engine/definitions/definition-schema.js';
import { stripQuestion } from '../../engine/definitions/strip-question.js';
import { foldCompact } from '../../engine/definitions/term-folding.js';
import { ConfigurationError, InputError } from '../../engine/errors.js';
import { loadCatalog } from '../../retrieval/catalog.js';
import { loadCorpus } from '../../retrieval/corpus.js';
import { normalizeLines, normalizeText } from '../../retrieval/normalize.js';
import { indexedText } from '../../retrieval/search-index.js';
import { SourceVerifier } from '../../retrieval/source-verification.js';

const corpusDirectory = fileURLToPath(new URL('../../corpus/', import.meta.url));
const documentsDirectory = join(corpusDirectory, 'documents');
const modelsDirectory = join(corpusDirectory, 'models');
const glossaryDirectory = join(corpusDirectory, 'glossary');

function jsonFiles(directory: string): string[] {
  let names: string[] = [];
  try {
    names = readdirSync(directory);
  } catch {
    return [];
  }
  return names
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(directory, name));
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8')) as unknown;
}

const modelFiles = jsonFiles(modelsDirectory);
const glossaryFiles = jsonFiles(glossaryDirectory);
const catalog = loadCatalog(documentsDirectory);
const citationOf = (file: string): string => catalog.find((entry) => entry.file === file)?.shortCitation ?? file;

let library: DefinitionLibrary;
const define = (query: string): DefineResult => defineTerm(library, citationOf, query);
const ids = (result: DefineResult): string[] => result.matches.map((match) => match.id);

beforeAll(() => {
  library = DefinitionLibrary.load(corpusDirectory);
});

describe('definition files', () => {
  it('has framework files and a glossary file', () => {
    expect(modelFiles.length).toBeGreaterThanOrEqual(1);
    expect(glossaryFiles.length).toBeGreaterThanOrEqual(1);
  });

  it.each(modelFiles)('framework file %s validates', (file) => {
    const result = frameworkSchema.safeParse(readJson(file));
    expect(result.success ? [] : result.error.issues.slice(0, 10)).toEqual([]);
  });

  it.each(glossaryFiles)('glossary file %s validates', (file) => {
    const result = glossarySchema.safeParse(readJson(file));
    expect(result.success ? [] : result.error.issues.slice(0, 10)).toEqual([]);
  });

  it('loads into a library with unique keys', () => {
    const keys = library.entries().map((entry) => entry.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(library.frameworks.length).toBe(modelFiles.length);
    for (const entry of library.entries()) expect(entry.key).toBe(`${entry.framework}:${entry.id}`);
  });
});

describe('loading errors', () => {
  let directory: string;

  beforeAll(() => {
    directory = mkdtempSync(join(tmpdir(), 'stuurwijzer-definitions-'));
  });
  afterAll(() => {
    rmSync(directory, { recursive: true, force: true });
  });

  const prepare = (name: string, models: Record<string, string>, glossary?: Record<string, string>): string => {
    const root = join(directory, name);
    mkdirSync(join(root, 'models'), { recursive: true });
    for (const [file, content] of Object.entries(models)) writeFileSync(join(root, 'models', file), content);
    if (glossary) {
      mkdirSync(join(root, 'glossary'), { recursive: true });
      for (const [file, content] of Object.entries(glossary)) writeFileSync(join(root, 'glossary', file), content);
    }
    return root;
  };
  const loadError = (root: string): ConfigurationError => {
    try {
      DefinitionLibrary.load(root);
    } catch (error) {
      if (error instanceof ConfigurationError) return error;
      throw error;
    }
    throw new Error('expected a ConfigurationError');
  };
  const validModel = readFileSync(join(modelsDirectory, 'sturingsperspectief.json'), 'utf8');

  it('names the file when the JSON is invalid', () => {
    const error = loadError(prepare('invalid-json', { 'kapot.json': '{ "id": ' }));
    expect(error.userMessage).toContain('kapot.json');
    expect(error.userMessage).toContain('geen geldige JSON');
  });

  it('names the file and the first problem when the schema does not fit', () => {
    const broken = JSON.parse(validModel) as { categories: { summary: string }[] };
    (broken.categories[1] as { summary: unknown }).summary = 42;
    const error = loadError(prepare('invalid-schema', { 'sturingsperspectief.json': JSON.stringify(broken) }));
    expect(error.userMessage).toContain('sturingsperspectief.json');
    expect(error.userMessage).toContain('categories.1.summary');
  });

  it('rejects invalid glossary files and duplicate framework ids', () => {
    expect(loadError(prepare('invalid-glossary', { 'a.json': validModel }, { 'terms.json': '{"terms": []}' })).userMessage).toContain('terms.json');
    expect(loadError(prepare('duplicate', { 'a.json': validModel, 'b.json': validModel })).userMessage).toContain('twee keer');
  });

  it('works without a glossary directory', () => {
    const loaded = DefinitionLibrary.load(prepare('no-glossary', { 'sturingsperspectief.json': validModel }));
    expect(loaded.terms).toEqual([]);
    expect(loaded.entries().map((entry) => entry.key)).toContain('sturingsperspectief:NPG');
  });
});

describe('quotes', () => {
  const verifier = new SourceVerifier(documentsDirectory);

  it.each([...modelFiles, ...glossaryFiles])('every quote in %s occurs within its cited lines', (file) => {
    const json = readJson(file);
    const problems = verifier.checkAll(json);
    expect(problems.map((problem) => `${problem.path}: ${problem.problem} — ${problem.source.quote.slice(0, 80)}`)).toEqual([]);
    expect(JSON.stringify(json)).toContain('"quote"');
  });

  it('reports a quote that drifted from its lines', () => {
    const file = join(modelsDirectory, 'sturingsperspectief.json');
    const json = readJson(file) as { categories: { sources: { document: string; lines: [number, number]; quote: string }[] }[] };
    expect(verifier.checkAll(json)).toEqual([]);
    const source = json.categories[0]?.sources[0];
    if (!source) throw new Error('sturingsperspectief has no first source');
    const quote = source.quote;
    source.quote = `${quote} en nog een paar verzonnen woorden`;
    expect(verifier.checkAll(json).map((problem) => problem.path)).toEqual(['$.categories[0].sources[0]']);
    source.quote = quote;
    source.lines = [source.lines[0] + 400, source.lines[1] + 400];
    expect(verifier.checkAll(json).map((problem) => problem.path)).toEqual(['$.categories[0].sources[0]']);
  });

  it('reports a drifted glossary quote', () => {
    const file = glossaryFiles[0];
    if (!file) throw new Error('no glossary file');
    const json = readJson(file) as { terms: { sources: { quote: string }[] }[] };
    const source = json.terms[0]?.sources[0];
    if (!source) throw new Error('glossary has no first source');
    source.quote = source.quote.split(' ').reverse().join(' ') + ' (gewijzigd)';
    expect(verifier.checkAll(json).map((problem) => problem.path)).toEqual(['$.terms[0].sources[0]']);
  });
});

describe('required frameworks and categories', () => {
  const required: Record<string, string[]> = {
    sturingsperspectief: ['PA', 'NPM', 'NPG', 'SR'],
    sturingsmodel: ['government', 'npm', 'governance'],
    governancetype: ['integrale-beleidssturing', 'expertsturing', 'netwerksturing', 'frontlijnsturing', 'vraagsturing'],
    regierol: ['bepalende-regisseur', 'coproducent', 'facilitator'],
    uitkomststuring: ['input', 'throughput', 'output', 'outcome'],
    'strategische-keuze': ['meebewegen', 'tegenbewegen', 'doelgericht', 'doelzoekend'],
    sturingsrol: [],
    burgerparticipatie: [],
    beleidscyclus: [],
  };

  it.each(Object.entries(required))('%s has its categories', (frameworkId, categoryIds) => {
    const framework = library.framework(frameworkId);
    expect(framework, `framework ${frameworkId}`).toBeDefined();
    expect(framework?.categories.length ?? 0).toBeGreaterThanOrEqual(2);
    for (const categoryId of categoryIds) {
      expect(library.category(frameworkId, categoryId)?.id, `${frameworkId}:${categoryId}`).toBe(categoryId);
    }
  });

  it('answers unknown frameworks and categories with undefined', () => {
    expect(library.framework('bestaat-niet')).toBeUndefined();
    expect(library.category('sturingsperspectief', 'XYZ')).toBeUndefined();
  });
});

describe('glossary', () => {
  it('has at least 80 terms', () => {
    expect(library.terms.length).toBeGreaterThanOrEqual(80);
  });

  it.each(['fuik', 'kanteling', 'transformatie', 'regie'])('"%s" has at least two senses from different documents', (word) => {
    const folded = foldCompact(word);
    const senses = library.terms.filter(
      (term) => foldCompact(term.label) === folded || term.aliases.some((alias) => foldCompact(alias) === folded) || term.id === word || term.id.startsWith(`${word}-`),
    );
    expect(senses.length).toBeGreaterThanOrEqual(2);
    const documentSets = senses.map((term) => [...new Set(term.sources.map((source) => source.document))].sort().join('|'));
    expect(new Set(documentSets).size).toBeGreaterThanOrEqual(2);
    expect(new Set(senses.flatMap((term) => term.sources.map((source) => source.document))).size).toBeGreaterThanOrEqual(2);
  });
});

describe('entries and alias groups', () => {
  it('lists categories and glossary terms with their framework labels', () => {
    const npg = library.entry('sturingsperspectief:NPG');
    expect(npg?.frameworkLabel).toBe(library.framework('sturingsperspectief')?.label);
    expect(npg?.sources.length).toBeGreaterThan(0);
    const glossaryEntries = library.entries().filter((entry) => entry.framework === 'glossary');
    expect(glossaryEntries.length).toBe(library.terms.length);
    for (const entry of glossaryEntries) expect(entry.key).toMatch(/^glossary:/);
  });

  it('groups labels with their aliases for query expansion', () => {
    const groups = library.aliasGroups();
    expect(groups.length).toBe(library.entries().length);
    const npg = groups.find((group) => group.some((name) => name.toLowerCase() === 'netwerkende overheid'));
    expect(npg?.map((name) => name.toLowerCase())).toContain('new public governance');
    for (const group of groups) expect(group.length).toBeGreaterThanOrEqual(1);
  });

  it('resolves related ids written as framework:category or a glossary id', () => {
    expect(library.resolve('sturingsmodel:governance')?.key).toBe('sturingsmodel:governance');
    const term = library.terms[0];
    if (!term) throw new Error('no glossary terms');
    expect(library.resolve(term.id)?.key).toBe(`glossary:${term.id}`);
    expect(library.resolve('bestaat:niet')).toBeUndefined();
  });
});

describe('stripQuestion', () => {
  it.each([
    ['wat is een regisseur?', 'regisseur'],
    ['definitie van fuik', 'fuik'],
    ['Wat is frontlijnsturing?', 'frontlijnsturing'],
    ['wat houdt vraagsturing in?', 'vraagsturing'],
    ['wat wordt bedoeld met de kanteling?', 'kanteling'],
    ['kun je uitleggen wat een coproducent is?', 'coproducent'],
    ['"NPG"', 'NPG'],
    ['netwerkende overheid', 'netwerkende overheid'],
  ])('%s → %s', (question, term) => {
    expect(stripQuestion(question)).toBe(term);
  });
});

describe('defineTerm', () => {
  it('finds an abbreviation exactly', () => {
    const result = define('NPG');
    expect(result.exact).toBe(true);
    expect(result.matches[0]?.id).toBe('sturingsperspectief:NPG');
    expect(result.matches[0]?.match).toBe('exact');
    expect(result.matches[0]?.label).toBe(library.entry('sturingsperspectief:NPG')?.label);
  });

  it('finds a category by an alias', () => {
    const result = define('netwerkende overheid');
    expect(result.exact).toBe(true);
    expect(result.matches[0]?.id).toBe('sturingsperspectief:NPG');
  });

  it('folds case, hyphens and spaces', () => {
    for (const query of ['Coproducent', 'co-producent', 'CO PRODUCENT']) {
      const result = define(query);
      expect(result.exact).toBe(true);
      expect(result.matches[0]?.id).toBe('regierol:coproducent');
    }
  });

  it('returns cited sources and related entries with labels', () => {
    const match = define('coproducent').matches[0];
    expect(match?.sources.length).toBeGreaterThan(0);
    for (const source of match?.sources ?? []) {
      expect(source.citation).toBe(citationOf(source.document));
      expect(source.citation).not.toBe(source.document);
      expect(source.quote.length).toBeGreaterThan(2);
    }
    for (const related of match?.related ?? []) {
      const resolved = library.resolve(related.id);
      if (resolved) expect(related.label).toBe(resolved.label);
    }
    expect(match?.related.some((related) => library.resolve(related.id) !== undefined)).toBe(true);
  });

  it('finds both kinds of regisseur by whole-word containment', () => {
    const found = ids(define('regisseur'));
    expect(found).toContain('sturingsrol:regisseur');
    expect(found).toContain('regierol:bepalende-regisseur');
    expect(found.indexOf('sturingsrol:regisseur')).toBeLessThan(found.indexOf('regierol:bepalende-regisseur'));
  });

  it('finds a misspelt regisseur', () => {
    const result = define('regiseur');
    expect(result.exact).toBe(true);
    expect(ids(result)).toContain('sturingsrol:regisseur');
    expect(ids(result)).toContain('regierol:bepalende-regisseur');
  });

  it.each([
    ['governence', 'sturingsmodel:governance'],
    ['frontlijnsturring', 'governancetype:frontlijnsturing'],
  ])('finds misspelt %s', (query, id) => {
    const result = define(query);
    expect(result.exact).toBe(true);
    expect(result.matches[0]?.id).toBe(id);
    expect(result.matches[0]?.match).toBe('fuzzy');
  });

  it('finds a misspelt participatiesamenleving', () => {
    const result = define('participatiesamelving');
    expect(result.exact).toBe(true);
    const first = library.entry(result.matches[0]?.id ?? '');
    const names = [first?.label ?? '', ...(first?.aliases ?? [])].map(foldCompact);
    expect(names).toContain('participatiesamenleving');
  });

  it.each(['fuik', 'definitie van fuik', 'Wat is een fuik?'])('returns every sense of the ambiguous "%s"', (query) => {
    const result = define(query);
    expect(result.exact).toBe(true);
    const senses = result.matches.filter((match) => match.match === 'exact' && match.framework === 'glossary');
    expect(senses.length).toBeGreaterThanOrEqual(2);
    const documents = new Set(senses.flatMap((match) => match.sources.map((source) => source.document)));
    expect(documents.size).toBeGreaterThanOrEqual(2);
  });

  it('never cuts off exact senses with a small limit', () => {
    const result = defineTerm(library, citationOf, 'fuik', { limit: 1 });
    expect(result.matches.length).toBeGreaterThanOrEqual(2);
  });

  it('strips a question wrapper', () => {
    const result = define('wat is frontlijnsturing?');
    expect(result.exact).toBe(true);
    expect(result.matches[0]?.id).toBe('governancetype:frontlijnsturing');
    expect(ids(define('wat is een regisseur?'))).toContain('sturingsrol:regisseur');
  });

  it('suggests close names for an unknown word without inventing a definition', () => {
    const result = define('huurtoeslag');
    expect(result.exact).toBe(false);
    expect(result.matches.length).toBeGreaterThanOrEqual(1);
    expect(result.matches.length).toBeLessThanOrEqual(5);
    for (const match of result.matches) {
      expect(match.match).toBe('suggestion');
      const entry = library.entry(match.id);
      expect(entry, match.id).toBeDefined();
      expect(match.summary).toBe(entry?.summary);
      expect(foldCompact(match.label)).not.toBe('huurtoeslag');
    }
  });

  it('suggests the categories of a framework name', () => {
    const result = define('sturingsperspectief');
    if (!result.exact) expect(ids(result).slice(0, 4).sort()).toEqual(['sturingsperspectief:NPG', 'sturingsperspectief:NPM', 'sturingsperspectief:PA', 'sturingsperspectief:SR']);
  });

  it.each(['', '   ', '\n\t'])('rejects the empty query %j with a Dutch InputError', (query) => {
    expect(() => define(query)).toThrow(InputError);
    try {
      define(query);
    } catch (error) {
      expect((error as InputError).userMessage).toMatch(/begrip/);
    }
  });
});

describe('definitionPassages', () => {
  const documents = loadCorpus(documentsDirectory);
  let passages: ReturnType<typeof definitionPassages>;

  beforeAll(() => {
    passages = definitionPassages(library, documents);
  });

  it('makes one passage per source', () => {
    const sourceCount = library.entries().reduce((sum, entry) => sum + entry.sources.length, 0);
    expect(passages.length).toBe(sourceCount);
    expect(new Set(passages.map((passage) => passage.id)).size).toBe(passages.length);
  });

  it('cites lines whose text contains the quote', () => {
    const byFile = new Map(documents.map((document) => [document.entry.file, document]));
    for (const passage of passages) {
      const document = byFile.get(passage.document);
      expect(document, passage.document).toBeDefined();
      const [first, last] = passage.lines;
      const text = normalizeLines((document?.lines ?? []).slice(first - 1, last), first).text;
      expect(text, passage.id).toContain(normalizeText(passage.text));
      expect(passage.citation).toBe(document?.entry.shortCitation);
    }
  });

  it('describes what it defines and indexes label, aliases and summary', () => {
    for (const passage of passages) {
      expect(passage.kind).toBe('definition');
      const entry = library.entry(passage.defines ?? '');
      expect(entry, passage.id).toBeDefined();
      expect(passage.id.startsWith(`definition:${entry?.key ?? ''}:`)).toBe(true);
      expect(passage.searchText).toContain(entry?.label ?? '');
      expect(passage.searchText).toContain(entry?.summary ?? '');
      expect(passage.searchText).toContain(passage.text);
      expect(indexedText(passage)).toBe(passage.searchText);
      expect(Array.isArray(passage.sectionPath)).toBe(true);
    }
    const npg = passages.find((passage) => passage.defines === 'sturingsperspectief:NPG');
    expect(npg?.searchText?.toLowerCase()).toContain('netwerkende overheid');
    expect(passages.some((passage) => passage.sectionPath.length > 0)).toBe(true);
  });

  it('skips sources whose document is not in the corpus', () => {
    const withoutNijdam = documents.filter((document) => !document.entry.file.startsWith('nijdam'));
    const fewer = definitionPassages(library, withoutNijdam);
    expect(fewer.every((passage) => !passage.document.startsWith('nijdam'))).toBe(true);
    expect(fewer.length).toBeLessThan(passages.length);
  });
});
