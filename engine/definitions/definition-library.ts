import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { ConfigurationError } from '../errors.js';
import { frameworkSchema, glossarySchema, type Category, type Framework, type GlossaryTerm, type Source } from './definition-schema.js';

/** The pseudo framework id under which glossary terms are listed. */
export const GLOSSARY_FRAMEWORK = 'glossary';

/** The Dutch label shown for glossary terms where a framework label would stand. */
export const GLOSSARY_LABEL = 'Begrippenlijst';

/** One thing a user can look up: a category of a framework or a glossary term. */
export interface DefinitionEntry {
  /** Unique key: `framework:category` (e.g. `sturingsperspectief:NPG`) or `glossary:term` (e.g. `glossary:fuik-k2`). */
  key: string;
  /** The category id or glossary term id. */
  id: string;
  /** The framework id, or `glossary`. */
  framework: string;
  frameworkLabel: string;
  label: string;
  aliases: string[];
  summary: string;
  /** For glossary terms with several meanings: which sense this is. */
  sense?: string;
  sources: Source[];
  /** Related ids as written in the files (`framework:category` or a glossary id). */
  related: string[];
}

interface ParsedFile<T> {
  file: string;
  value: T;
}

function listJsonFiles(directory: string, required: boolean): string[] {
  let names: string[];
  try {
    names = readdirSync(directory);
  } catch (error) {
    if (!required) return [];
    throw new ConfigurationError(
      'definitions-missing',
      `De map met modeldefinities ontbreekt (${directory}). Zet corpus/models terug uit de repository.`,
      `cannot read ${directory}`,
      { cause: error },
    );
  }
  return names
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(directory, name));
}

function parseFile<Schema extends z.ZodType>(file: string, schema: Schema): ParsedFile<z.infer<Schema>> {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigurationError('definitions-unreadable', `Het definitiebestand ${file} is niet te lezen.`, `cannot read ${file}`, {
      cause: error,
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigurationError(
      'definitions-invalid',
      `Het definitiebestand ${file} is geen geldige JSON: ${reason}`,
      `invalid JSON in ${file}: ${reason}`,
      { cause: error },
    );
  }
  const result = schema.safeParse(json);
  if (!result.success) {
    const first = result.error.issues[0];
    const where = first && first.path.length > 0 ? `${first.path.join('.')}: ` : '';
    throw new ConfigurationError(
      'definitions-invalid',
      `Het definitiebestand ${file} klopt niet: ${where}${first?.message ?? 'onbekende fout'}`,
      `schema problems in ${file}: ${result.error.message}`,
    );
  }
  return { file, value: result.data };
}

function duplicateError(file: string, what: string): ConfigurationError {
  return new ConfigurationError('definitions-invalid', `Het definitiebestand ${file} klopt niet: ${what} komt twee keer voor.`, `duplicate ${what} in ${file}`);
}

function categoryEntry(framework: Framework, category: Category): DefinitionEntry {
  return {
    key: `${framework.id}:${category.id}`,
    id: category.id,
    framework: framework.id,
    frameworkLabel: framework.label,
    label: category.label,
    aliases: category.aliases,
    summary: category.summary,
    sources: category.sources,
    related: category.related,
  };
}

function termEntry(term: GlossaryTerm): DefinitionEntry {
  const entry: DefinitionEntry = {
    key: `${GLOSSARY_FRAMEWORK}:${term.id}`,
    id: term.id,
    framework: GLOSSARY_FRAMEWORK,
    frameworkLabel: GLOSSARY_LABEL,
    label: term.label,
    aliases: term.aliases,
    summary: term.summary,
    sources: term.sources,
    related: term.related,
  };
  if (term.sense !== undefined) entry.sense = term.sense;
  return entry;
}

/** The frameworks (corpus/models/*.json) and glossary terms (corpus/glossary/*.json), validated and indexed. */
export class DefinitionLibrary {
  private readonly entryList: DefinitionEntry[];
  private readonly entriesByKey = new Map<string, DefinitionEntry>();
  private readonly entriesByFoldedKey = new Map<string, DefinitionEntry>();

  constructor(
    readonly frameworks: Framework[],
    readonly terms: GlossaryTerm[],
  ) {
    this.entryList = [
      ...frameworks.flatMap((framework) => framework.categories.map((category) => categoryEntry(framework, category))),
      ...terms.map(termEntry),
    ];
    for (const entry of this.entryList) {
      this.entriesByKey.set(entry.key, entry);
      const folded = entry.key.toLowerCase();
      if (!this.entriesByFoldedKey.has(folded)) this.entriesByFoldedKey.set(folded, entry);
    }
  }

  /**
   * Reads `models/*.json` and `glossary/*.json` under the corpus directory. Invalid JSON, schema problems and
   * duplicate ids throw a ConfigurationError naming the file and the first problem. A missing glossary
   * directory means no glossary terms; a missing models directory is an error.
   */
  static load(corpusDirectory: string): DefinitionLibrary {
    const frameworks: Framework[] = [];
    const frameworkFiles = new Map<string, string>();
    for (const file of listJsonFiles(join(corpusDirectory, 'models'), true)) {
      const { value } = parseFile(file, frameworkSchema);
      if (frameworkFiles.has(value.id)) throw duplicateError(file, `het model '${value.id}' (ook in ${frameworkFiles.get(value.id) ?? ''})`);
      frameworkFiles.set(value.id, file);
      const categoryIds = new Set<string>();
      for (const category of value.categories) {
        if (categoryIds.has(category.id)) throw duplicateError(file, `de categorie '${category.id}'`);
        categoryIds.add(category.id);
      }
      frameworks.push(value);
    }
    if (frameworkFiles.has(GLOSSARY_FRAMEWORK)) {
      throw new ConfigurationError(
        'definitions-invalid',
        `Het definitiebestand ${frameworkFiles.get(GLOSSARY_FRAMEWORK) ?? ''} klopt niet: de id '${GLOSSARY_FRAMEWORK}' is gereserveerd voor de begrippenlijst.`,
        'framework id "glossary" is reserved',
      );
    }
    const terms: GlossaryTerm[] = [];
    const termFiles = new Map<string, string>();
    for (const file of listJsonFiles(join(corpusDirectory, 'glossary'), false)) {
      const { value } = parseFile(file, glossarySchema);
      for (const term of value.terms) {
        if (termFiles.has(term.id)) throw duplicateError(file, `het begrip '${term.id}'`);
        termFiles.set(term.id, file);
        terms.push(term);
      }
    }
    return new DefinitionLibrary(frameworks, terms);
  }

  /** Every category of every framework, then every glossary term. */
  entries(): DefinitionEntry[] {
    return this.entryList;
  }

  framework(id: string): Framework | undefined {
    return this.frameworks.find((framework) => framework.id === id);
  }

  category(frameworkId: string, categoryId: string): Category | undefined {
    return this.framework(frameworkId)?.categories.find((category) => category.id === categoryId);
  }

  /** The entry with this key (`framework:category` or `glossary:term`). */
  entry(key: string): DefinitionEntry | undefined {
    return this.entriesByKey.get(key);
  }

  /**
   * Resolves an id as written in `related`: `framework:category`, `glossary:term` or a bare glossary id
   * (case-insensitive as a fallback). Returns undefined when nothing is known under that id.
   */
  resolve(reference: string): DefinitionEntry | undefined {
    const trimmed = reference.trim();
    const candidates = trimmed.includes(':') ? [trimmed] : [`${GLOSSARY_FRAMEWORK}:${trimmed}`];
    for (const candidate of candidates) {
      const found = this.entriesByKey.get(candidate) ?? this.entriesByFoldedKey.get(candidate.toLowerCase());
      if (found) return found;
    }
    return undefined;
  }

  /** For each entry: its label followed by its aliases (duplicates removed), for query expansion. */
  aliasGroups(): string[][] {
    return this.entryList.map((entry) => {
      const seen = new Set<string>();
      const group: string[] = [];
      for (const name of [entry.label, ...entry.aliases]) {
        const folded = name.trim().toLowerCase();
        if (folded === '' || seen.has(folded)) continue;
        seen.add(folded);
        group.push(name.trim());
      }
      return group;
    });
  }
}
