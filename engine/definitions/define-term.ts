import { editDistance } from '../../retrieval/dutch-analyzer.js';
import { InputError } from '../errors.js';
import type { DefinitionEntry, DefinitionLibrary } from './definition-library.js';
import { stripQuestion } from './strip-question.js';
import { foldCompact, foldWords } from './term-folding.js';

/** How a match was found, best first. `suggestion` means: not a definition of the query, only a near name. */
export type DefineMatchKind = 'exact' | 'contains' | 'fuzzy' | 'suggestion';

export interface DefineSource {
  document: string;
  lines: [number, number];
  quote: string;
  /** Short citation of the document, e.g. "Nijdam (2020)". */
  citation: string;
}

export interface DefineMatch {
  /** The entry key, e.g. `regierol:coproducent` or `glossary:fuik-k2`. */
  id: string;
  /** The framework id, or `glossary`. */
  framework: string;
  frameworkLabel: string;
  label: string;
  summary: string;
  sense?: string;
  sources: DefineSource[];
  /** Related entries; `id` is the entry key where it resolves, `label` its label (else the id as written). */
  related: { id: string; label: string }[];
  match: DefineMatchKind;
}

export interface DefineResult {
  query: string;
  /**
   * True when at least one match is a definition of the query (exact name, containment or a near spelling
   * within tolerance). False when the matches are only suggestions of the closest names.
   */
  exact: boolean;
  matches: DefineMatch[];
}

export interface DefineOptions {
  /** Maximum number of matches (exact matches are never cut off); default 10. */
  limit?: number;
}

const DEFAULT_LIMIT = 10;
const SUGGESTION_LIMIT = 5;
const MAX_QUERY_LENGTH = 300;

interface Name {
  compact: string;
  words: string[];
  /** Exact-match strength: label > alias > id or key. */
  weight: number;
}

interface Scored {
  entry: DefinitionEntry;
  score: number;
  kind: DefineMatchKind;
  order: number;
}

const ARTICLE = /^(?:de|het|een|'t)\s+/iu;
const PARENTHETICAL = /\s*\([^)]*\)\s*/gu;

const namesCache = new WeakMap<DefinitionLibrary, Name[][]>();

function namesOf(entry: DefinitionEntry): Name[] {
  const names: Name[] = [];
  const seen = new Set<string>();
  const add = (value: string, weight: number): void => {
    const compact = foldCompact(value);
    if (compact === '' || seen.has(compact)) return;
    seen.add(compact);
    names.push({ compact, words: foldWords(value), weight });
  };
  const variants = (value: string): string[] => {
    const withoutParenthetical = value.replace(PARENTHETICAL, ' ').trim();
    return [value, withoutParenthetical, withoutParenthetical.replace(ARTICLE, '')];
  };
  for (const variant of variants(entry.label)) add(variant, 3);
  for (const alias of entry.aliases) for (const variant of variants(alias)) add(variant, 2);
  add(entry.id, 1);
  add(entry.key, 1);
  return names;
}

function libraryNames(library: DefinitionLibrary): Name[][] {
  let names = namesCache.get(library);
  if (!names) {
    names = library.entries().map(namesOf);
    namesCache.set(library, names);
  }
  return names;
}

/** Edit distance allowed for a misspelling, scaled to the length of the word or phrase. */
function tolerance(length: number): number {
  if (length <= 3) return 0;
  if (length <= 7) return 1;
  if (length <= 14) return 2;
  return 3;
}

/** Index where `needle` occurs as a contiguous run inside `haystack`, or -1. */
function runIndex(haystack: readonly string[], needle: readonly string[]): number {
  if (needle.length === 0 || needle.length > haystack.length) return -1;
  outer: for (let start = 0; start + needle.length <= haystack.length; start++) {
    for (let offset = 0; offset < needle.length; offset++) if (haystack[start + offset] !== needle[offset]) continue outer;
    return start;
  }
  return -1;
}

/** Score of the best confident match of the query on one name, or undefined. */
function confidentScore(queryCompact: string, queryWords: readonly string[], name: Name): { score: number; kind: DefineMatchKind } | undefined {
  if (queryCompact === name.compact) return { score: 1000 + name.weight, kind: 'exact' };
  if (name.weight === 1 || queryCompact.length < 3) return undefined; // ids, keys and very short queries only match exactly
  const coverage = Math.min(queryCompact.length, name.compact.length) / Math.max(queryCompact.length, name.compact.length);
  // The query as whole words inside the name ("regisseur" in "bepalende regisseur").
  if (runIndex(name.words, queryWords) >= 0) return { score: 700 + 100 * coverage, kind: 'contains' };
  // The query as the start of the name or of one of its words ("frontlijn" → "frontlijnsturing").
  if (queryCompact.length >= 4) {
    const lastQueryWord = queryWords[queryWords.length - 1] ?? '';
    const leading = queryWords.slice(0, -1);
    const startsWord = name.words.some(
      (word, index) =>
        word.startsWith(lastQueryWord) && index >= leading.length && leading.every((queryWord, offset) => name.words[index - leading.length + offset] === queryWord),
    );
    if (name.compact.startsWith(queryCompact) || (lastQueryWord.length >= 4 && startsWord)) return { score: 600 + 100 * coverage, kind: 'contains' };
  }
  // The name as whole words inside a longer query ("de rol van een regisseur").
  if (name.compact.length >= 4 && runIndex(queryWords, name.words) >= 0) return { score: 500 + 100 * coverage, kind: 'contains' };
  // A misspelling of the whole name.
  const allowed = tolerance(Math.min(queryCompact.length, name.compact.length));
  if (allowed > 0 && Math.abs(queryCompact.length - name.compact.length) <= allowed) {
    const distance = editDistance(queryCompact, name.compact, allowed);
    if (distance <= allowed) return { score: 400 - 50 * distance + 10 * coverage, kind: 'fuzzy' };
  }
  // Every query word a misspelling of a word in the name ("governence" → "new public governance").
  let worst = 0;
  for (const queryWord of queryWords) {
    const wordAllowed = tolerance(queryWord.length);
    if (wordAllowed === 0) return undefined;
    let best = Infinity;
    for (const word of name.words) {
      if (Math.abs(word.length - queryWord.length) > wordAllowed) continue;
      best = Math.min(best, editDistance(queryWord, word, wordAllowed));
    }
    if (best > wordAllowed) return undefined;
    worst = Math.max(worst, best);
  }
  return queryWords.length > 0 ? { score: 300 - 50 * worst + 10 * coverage, kind: 'fuzzy' } : undefined;
}

/** A rough similarity in [0, 1] between the query and a name, for suggestions only. */
function similarity(queryCompact: string, queryWords: readonly string[], name: Name): number {
  const ratio = (left: string, right: string): number => 1 - editDistance(left, right) / Math.max(left.length, right.length, 1);
  let best = ratio(queryCompact, name.compact);
  for (const queryWord of queryWords) {
    for (const word of name.words) {
      if (word.length < 3) continue;
      best = Math.max(best, 0.9 * ratio(queryWord, word));
      // Parts of Dutch compounds: "huurtoeslag" ~ "toeslag".
      if (word.length >= 5 && (queryWord.includes(word) || word.includes(queryWord))) best = Math.max(best, 0.6 + 0.3 * (Math.min(word.length, queryWord.length) / Math.max(word.length, queryWord.length)));
    }
  }
  return best;
}

function toMatch(library: DefinitionLibrary, citations: (documentFile: string) => string, scored: Scored): DefineMatch {
  const { entry } = scored;
  const match: DefineMatch = {
    id: entry.key,
    framework: entry.framework,
    frameworkLabel: entry.frameworkLabel,
    label: entry.label,
    summary: entry.summary,
    ...(entry.sense !== undefined ? { sense: entry.sense } : {}),
    sources: entry.sources.map((source) => ({
      document: source.document,
      lines: [source.lines[0], source.lines[1]],
      quote: source.quote,
      citation: citations(source.document),
    })),
    related: entry.related.map((reference) => {
      const resolved = library.resolve(reference);
      return resolved ? { id: resolved.key, label: resolved.label } : { id: reference, label: reference };
    }),
    match: scored.kind,
  };
  return match;
}

/**
 * Looks a term up among framework categories and glossary terms. Best first: exact name (id, label or alias
 * with case, accents, hyphens and spaces folded), then whole-word or prefix containment, then near spellings.
 * Ambiguous terms return every sense. When nothing matches well enough, `exact` is false and the matches are
 * up to five closest names as suggestions; no definition is ever made up.
 */
export function defineTerm(
  library: DefinitionLibrary,
  citations: (documentFile: string) => string,
  query: string,
  options: DefineOptions = {},
): DefineResult {
  if (typeof query !== 'string' || query.trim() === '') {
    throw new InputError('empty-term', 'Geef een begrip op om op te zoeken, bijvoorbeeld "NPG" of "regisseur".', 'empty define query');
  }
  if (query.length > MAX_QUERY_LENGTH) {
    throw new InputError('term-too-long', `Dat is te lang voor een begrip (maximaal ${MAX_QUERY_LENGTH} tekens). Geef alleen het begrip op.`, 'define query too long');
  }
  const limit = Math.max(1, Math.floor(options.limit ?? DEFAULT_LIMIT));
  const term = stripQuestion(query);
  const queryCompact = foldCompact(term);
  const queryWords = foldWords(term);
  const entries = library.entries();
  // A full key ("regierol:coproducent", as autocomplete sends it) names exactly one entry.
  const byKey = entries.findIndex((entry) => entry.key.toLowerCase() === query.trim().toLowerCase());
  if (byKey >= 0) return { query, exact: true, matches: [toMatch(library, citations, { entry: entries[byKey]!, score: 1, kind: 'exact', order: byKey })] };
  const names = libraryNames(library);
  if (queryCompact === '') return { query, exact: false, matches: [] };

  const confident: Scored[] = [];
  entries.forEach((entry, order) => {
    let best: Scored | undefined;
    for (const name of names[order] ?? []) {
      const found = confidentScore(queryCompact, queryWords, name);
      if (found && (!best || found.score > best.score)) best = { entry, score: found.score, kind: found.kind, order };
    }
    if (best) confident.push(best);
  });

  if (confident.length > 0) {
    const hasExact = confident.some((scored) => scored.kind === 'exact');
    // Near spellings are noise next to an exact hit ("coproducent" should not bring "coproductie").
    const kept = hasExact ? confident.filter((scored) => scored.kind !== 'fuzzy') : confident;
    kept.sort((left, right) => right.score - left.score || left.order - right.order);
    const exactCount = kept.filter((scored) => scored.kind === 'exact').length;
    const chosen = kept.slice(0, Math.max(limit, exactCount));
    return { query, exact: true, matches: chosen.map((scored) => toMatch(library, citations, scored)) };
  }

  const frameworkNames = new Map<string, Name[]>();
  for (const framework of library.frameworks) {
    frameworkNames.set(framework.id, [framework.id, framework.label.replace(PARENTHETICAL, ' ').trim()].map((value) => ({ compact: foldCompact(value), words: foldWords(value), weight: 2 })));
  }
  const suggestions: Scored[] = entries.map((entry, order) => {
    let best = 0;
    for (const name of names[order] ?? []) if (name.weight > 1) best = Math.max(best, similarity(queryCompact, queryWords, name));
    // A framework name ("sturingsperspectief") suggests its categories.
    for (const name of frameworkNames.get(entry.framework) ?? []) best = Math.max(best, 0.95 * similarity(queryCompact, queryWords, name));
    return { entry, score: best, kind: 'suggestion', order };
  });
  suggestions.sort((left, right) => right.score - left.score || left.order - right.order);
  const chosen = suggestions.filter((scored) => scored.score > 0).slice(0, Math.min(limit, SUGGESTION_LIMIT));
  return { query, exact: false, matches: chosen.map((scored) => toMatch(library, citations, scored)) };
}
