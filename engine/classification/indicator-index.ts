import { foldForMatching } from '../../retrieval/normalize.js';
import type { Framework, Indicator } from '../definitions/definition-schema.js';
import type { ClassifiedFrameworkId } from './classification-types.js';
import { PHRASE_FUNCTION_WORDS } from './phrase-function-words.js';
import { wordKey } from './word-key.js';

/** Where a compiled phrase comes from: an indicator, a category alias, or a counter-indicator. */
export type PhraseSource = 'indicator' | 'alias' | 'counter';

/** An indicator phrase of one category, prepared for matching on word keys. */
export interface CompiledPhrase {
  id: number;
  framework: ClassifiedFrameworkId;
  category: string;
  /** The phrase as written in the model file. */
  phrase: string;
  /** Keys of the content words, in phrase order. */
  keys: string[];
  weight: number;
  source: PhraseSource;
  /** Sum of the key lengths: a longer phrase explains its words better than a shorter one. */
  specificity: number;
  /**
   * Whether the words must appear in the phrase's order: phrases with a preposition are noun phrases ("vraag van
   * de inwoner" is not "inwoner met dezelfde vraag"); others, like "zelf regelen", may turn round in Dutch word
   * order ("regelen het vervoer zelf").
   */
  ordered: boolean;
  /**
   * Whether the words must stand (almost) together: a quantity counts the noun right after it ("aantal
   * bezochte cliënten"), not one further on ("een maximaal aantal uren per cliënt" counts hours, not clients).
   */
  compact: boolean;
}

/** The compiled indicators of all classified frameworks, built once per context. */
export interface IndicatorIndex {
  phrases: CompiledPhrase[];
  /** Every phrase listed under each of its keys. */
  byKey: ReadonlyMap<string, readonly CompiledPhrase[]>;
  /** Keys of one-word phrases: compound heads ("zorgaanbieders" → "aanbieders") are looked up here. */
  singleWordKeys: ReadonlySet<string>;
  /** All keys used by any phrase. */
  vocabulary: ReadonlySet<string>;
  /** The longest single-word key, to bound compound-head lookups. */
  longestSingleWordKey: number;
}


/** Aliases get this weight when they are not already an indicator. */
const ALIAS_WEIGHT = 2.5;
/** Aliases shorter than this (after folding) are too ambiguous to match ("PA", "SR"). */
const MINIMUM_ALIAS_LENGTH = 3;

const WORD_PATTERN = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

const ARTICLES: ReadonlySet<string> = new Set(['de', 'het', 'een', 't']);

/** Particles joined to the verb before them when they close a phrase ("wij stellen vast" → wij + vaststellen). */
const JOINABLE_PARTICLES: ReadonlySet<string> = new Set(['vast', 'mee', 'af', 'terug', 'los', 'weg', 'neer', 'toe', 'uit', 'samen']);

function joinFinalParticle(words: readonly string[]): string[] {
  const last = words[words.length - 1] ?? '';
  if (words.length < 3 || !JOINABLE_PARTICLES.has(last)) return [...words];
  return [...words.slice(0, -2), last + (words[words.length - 2] ?? '')];
}

/**
 * The keys of a phrase's words. Function words are left out when at least two content words remain; a phrase
 * with one content word keeps its prepositions ("in overleg" is more than "overleg", "recht op" more than "recht").
 */
export function phraseKeys(phrase: string): string[] {
  const folded = (foldForMatching(phrase).match(WORD_PATTERN) ?? []).map((word) => word.replace(/['’]s$/, ''));
  const content = folded.filter((word) => !PHRASE_FUNCTION_WORDS.has(word));
  const withoutArticles = folded.filter((word) => !ARTICLES.has(word));
  const chosen = content.length >= 2 ? joinFinalParticle(content) : withoutArticles.length > 0 ? withoutArticles : folded;
  const keys: string[] = [];
  for (const word of chosen) {
    const key = wordKey(word);
    if (key.length > 0 && !keys.includes(key)) keys.push(key);
  }
  return keys;
}

/** A phrase before it gets its id and specificity. */
type PendingPhrase = Omit<CompiledPhrase, 'id' | 'specificity'>;

const PREPOSITIONS: ReadonlySet<string> = new Set(['van', 'uit', 'op', 'met', 'voor', 'in', 'aan', 'bij', 'door', 'naar', 'over', 'tot', 'tussen']);

/** Quantity heads: "aantal cliënten" is not "per cliënt een vast aantal". */
const QUANTITY_HEADS: ReadonlySet<string> = new Set(['aantal', 'aantallen', 'hoeveelheid']);

function isOrdered(phrase: string): boolean {
  const words = foldForMatching(phrase).match(WORD_PATTERN) ?? [];
  return words.some((word) => PREPOSITIONS.has(word)) || isQuantity(phrase);
}

function isQuantity(phrase: string): boolean {
  const words = foldForMatching(phrase).match(WORD_PATTERN) ?? [];
  return QUANTITY_HEADS.has(words[0] ?? '') && words.length > 1;
}

function addPhrases(
  pending: Map<string, PendingPhrase>,
  framework: ClassifiedFrameworkId,
  category: string,
  indicators: readonly Indicator[],
  source: PhraseSource,
): void {
  for (const indicator of indicators) {
    const keys = phraseKeys(indicator.phrase);
    if (keys.length === 0) continue;
    const polarity = source === 'counter' ? 'counter' : 'support';
    const identity = `${category}|${polarity}|${[...keys].sort().join(' ')}`;
    const existing = pending.get(identity);
    if (existing && existing.weight >= indicator.weight) continue;
    pending.set(identity, { framework, category, phrase: indicator.phrase, keys, weight: indicator.weight, source, ordered: isOrdered(indicator.phrase), compact: isQuantity(indicator.phrase) });
  }
}

/**
 * Compiles the indicators, counter-indicators and aliases of the given frameworks. Duplicate phrases within
 * a category (after stemming) keep their highest weight.
 */
export function buildIndicatorIndex(frameworks: ReadonlyArray<Framework & { id: ClassifiedFrameworkId }>): IndicatorIndex {
  const pending = new Map<string, PendingPhrase>();
  for (const framework of frameworks) {
    for (const category of framework.categories) {
      addPhrases(pending, framework.id, category.id, category.indicators, 'indicator');
      const aliases = [category.label, ...category.aliases]
        .filter((alias) => foldForMatching(alias).replace(/[^\p{L}\p{N}]/gu, '').length >= MINIMUM_ALIAS_LENGTH && !alias.includes('('))
        .map((alias) => ({ phrase: alias, weight: ALIAS_WEIGHT }));
      addPhrases(pending, framework.id, category.id, aliases, 'alias');
      addPhrases(pending, framework.id, category.id, category.counterIndicators, 'counter');
    }
  }
  const phrases: CompiledPhrase[] = [];
  const byKey = new Map<string, CompiledPhrase[]>();
  const singleWordKeys = new Set<string>();
  const vocabulary = new Set<string>();
  let longestSingleWordKey = 0;
  for (const item of pending.values()) {
    const compiled: CompiledPhrase = {
      id: phrases.length,
      ...item,
      specificity: item.keys.reduce((sum, key) => sum + key.length, 0),
    };
    phrases.push(compiled);
    for (const key of compiled.keys) {
      vocabulary.add(key);
      const list = byKey.get(key) ?? [];
      list.push(compiled);
      byKey.set(key, list);
    }
    if (compiled.keys.length === 1) {
      const key = compiled.keys[0] ?? '';
      singleWordKeys.add(key);
      longestSingleWordKey = Math.max(longestSingleWordKey, key.length);
    }
  }
  return { phrases, byKey, singleWordKeys, vocabulary, longestSingleWordKey };
}
