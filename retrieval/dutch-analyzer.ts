import { createRequire } from 'node:module';
import type * as Snowball from 'snowball-stemmers';
import { DUTCH_STOPWORDS } from './dutch-stopwords.js';
import { foldForMatching } from './normalize.js';

const snowball = createRequire(import.meta.url)('snowball-stemmers') as typeof Snowball;
const stemmer = snowball.newStemmer('dutch');
const stemCache = new Map<string, string>();

/** Dutch Snowball stem, plus folding of -ing nouns onto their verb stem (sturing/sturen → stur). */
export function stem(word: string): string {
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  let result = stemmer.stem(word);
  if (result.length >= 7 && result.endsWith('ing')) result = result.slice(0, -3);
  if (stemCache.size < 200_000) stemCache.set(word, result);
  return result;
}

/** Lowercased, accent-folded words of a text (letters and digits; hyphenated compounds kept whole). */
export function words(text: string): string[] {
  return foldForMatching(text).match(/[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*/gu) ?? [];
}

export interface AnalyzerVocabulary {
  /** Stems that occur in the corpus, with their document frequency. */
  stems: ReadonlyMap<string, number>;
}

const MIN_PART = 4;

/**
 * Turns text into index terms: stems of content words, with hyphenated and closed compounds also split into
 * their parts when those parts are words of the corpus (burgerparticipatie → burgerparticipatie, burger,
 * participatie). With `correctSpelling`, unknown query words are mapped to a corpus stem one or two edits away.
 */
export class DutchAnalyzer {
  private readonly compoundCache = new Map<string, string[]>();
  private readonly correctionCache = new Map<string, string | null>();
  private readonly stemsByInitial = new Map<string, string[]>();

  constructor(private readonly vocabulary?: AnalyzerVocabulary) {
    if (vocabulary) {
      for (const candidate of vocabulary.stems.keys()) {
        const key = candidate.slice(0, 1);
        const list = this.stemsByInitial.get(key) ?? [];
        list.push(candidate);
        this.stemsByInitial.set(key, list);
      }
    }
  }

  /** Index terms of a text. */
  terms(text: string, options: { correctSpelling?: boolean; splitCompounds?: boolean } = {}): string[] {
    const result: string[] = [];
    for (const word of words(text)) {
      if (DUTCH_STOPWORDS.has(word) || word.length < 2 || /^\d+$/.test(word) && word.length < 4) continue;
      const parts = word.includes('-') ? word.split('-').filter((part) => part.length >= 2 && !DUTCH_STOPWORDS.has(part)) : [];
      let whole = stem(word.replace(/-/g, ''));
      if (options.correctSpelling && this.vocabulary && !this.vocabulary.stems.has(whole)) whole = this.correct(whole) ?? whole;
      result.push(whole);
      if (options.splitCompounds === false) continue;
      for (const part of parts) result.push(stem(part));
      if (parts.length === 0) for (const part of this.splitCompound(word)) result.push(part);
    }
    return result;
  }

  /** Splits a closed compound into two corpus words (allowing the Dutch linking -s- and -en-). */
  splitCompound(word: string): string[] {
    if (!this.vocabulary || word.length < MIN_PART * 2 + 1) return [];
    const cached = this.compoundCache.get(word);
    if (cached) return cached;
    let best: string[] = [];
    let bestScore = 0;
    for (let cut = MIN_PART; cut <= word.length - MIN_PART; cut++) {
      const right = stem(word.slice(cut));
      if (!this.known(right)) continue;
      for (const left of [word.slice(0, cut), word.slice(0, cut).replace(/(s|en|e)$/, '')]) {
        if (left.length < MIN_PART - 1) continue;
        const leftStem = stem(left);
        if (!this.known(leftStem) && !this.known(left)) continue;
        const score = Math.min(left.length, word.length - cut);
        if (score > bestScore) {
          bestScore = score;
          best = [this.known(leftStem) ? leftStem : left, right];
        }
      }
    }
    if (this.compoundCache.size < 100_000) this.compoundCache.set(word, best);
    return best;
  }

  private known(term: string): boolean {
    return (this.vocabulary?.stems.get(term) ?? 0) >= 2 && !DUTCH_STOPWORDS.has(term);
  }

  /** The most frequent corpus stem within edit distance 1 (2 for long words), if any. */
  correct(term: string): string | undefined {
    if (term.length < 5 || !this.vocabulary) return undefined;
    const cached = this.correctionCache.get(term);
    if (cached !== undefined) return cached ?? undefined;
    const limit = term.length >= 9 ? 2 : 1;
    let best: string | undefined;
    let bestFrequency = 0;
    for (const candidate of this.stemsByInitial.get(term.slice(0, 1)) ?? []) {
      if (Math.abs(candidate.length - term.length) > limit) continue;
      const frequency = this.vocabulary.stems.get(candidate) ?? 0;
      if (frequency < 2 || frequency <= bestFrequency) continue;
      if (editDistance(term, candidate, limit) <= limit) {
        best = candidate;
        bestFrequency = frequency;
      }
    }
    this.correctionCache.set(term, best ?? null);
    return best;
  }
}

/** Damerau-Levenshtein (optimal string alignment) distance, stopping early above `limit`. */
export function editDistance(left: string, right: string, limit = Infinity): number {
  const rows = left.length + 1;
  const columns = right.length + 1;
  const table: number[][] = Array.from({ length: rows }, (_, row) => Array.from({ length: columns }, (_, column) => (row === 0 ? column : column === 0 ? row : 0)));
  for (let row = 1; row < rows; row++) {
    let rowMinimum = Infinity;
    for (let column = 1; column < columns; column++) {
      const cost = left[row - 1] === right[column - 1] ? 0 : 1;
      let value = Math.min((table[row - 1]?.[column] ?? 0) + 1, (table[row]?.[column - 1] ?? 0) + 1, (table[row - 1]?.[column - 1] ?? 0) + cost);
      if (row > 1 && column > 1 && left[row - 1] === right[column - 2] && left[row - 2] === right[column - 1]) {
        value = Math.min(value, (table[row - 2]?.[column - 2] ?? 0) + 1);
      }
      (table[row] as number[])[column] = value;
      rowMinimum = Math.min(rowMinimum, value);
    }
    if (rowMinimum > limit) return rowMinimum;
  }
  return table[rows - 1]?.[columns - 1] ?? 0;
}
