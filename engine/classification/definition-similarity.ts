import { DUTCH_STOPWORDS } from '../../retrieval/dutch-stopwords.js';
import { foldForMatching } from '../../retrieval/normalize.js';
import type { Category, Framework } from '../definitions/definition-schema.js';
import type { ClassifiedFrameworkId } from './classification-types.js';
import { wordKey } from './word-key.js';

/** The weighted key vector of one category's definition (summary, dimension values, Bijlage E rubric). */
interface CategoryProfile {
  category: string;
  weights: ReadonlyMap<string, number>;
}

/** The definition vectors of one framework, with the inverse category frequency of every key. */
interface FrameworkProfile {
  categories: CategoryProfile[];
  inverseFrequency: ReadonlyMap<string, number>;
}

export type DefinitionProfiles = ReadonlyMap<ClassifiedFrameworkId, FrameworkProfile>;

const WORD_PATTERN = /[\p{L}]+(?:-[\p{L}]+)*/gu;

/** Content keys of a text: no stopwords, no very short words. */
export function contentKeys(text: string): string[] {
  const result: string[] = [];
  for (const word of foldForMatching(text).match(WORD_PATTERN) ?? []) {
    if (word.length < 4 || DUTCH_STOPWORDS.has(word)) continue;
    result.push(wordKey(word));
  }
  return result;
}

function definitionText(category: Category): string {
  const rubric = Object.values(category.elementIndicators ?? {}).flat();
  return [category.label, category.summary, ...Object.values(category.dimensions), ...rubric].join(' ');
}

/** Builds the definition vectors; keys shared by every category of a framework get no weight. */
export function buildDefinitionProfiles(frameworks: ReadonlyArray<Framework & { id: ClassifiedFrameworkId }>): DefinitionProfiles {
  const profiles = new Map<ClassifiedFrameworkId, FrameworkProfile>();
  for (const framework of frameworks) {
    const counts = framework.categories.map((category) => {
      const map = new Map<string, number>();
      for (const key of contentKeys(definitionText(category))) map.set(key, (map.get(key) ?? 0) + 1);
      return map;
    });
    const documentFrequency = new Map<string, number>();
    for (const map of counts) for (const key of map.keys()) documentFrequency.set(key, (documentFrequency.get(key) ?? 0) + 1);
    const total = framework.categories.length;
    const inverseFrequency = new Map<string, number>();
    for (const [key, frequency] of documentFrequency) inverseFrequency.set(key, Math.log(total / frequency));
    const categories = framework.categories.map((category, index) => {
      const weights = new Map<string, number>();
      let norm = 0;
      for (const [key, count] of counts[index] ?? new Map<string, number>()) {
        const weight = (1 + Math.log(count)) * (inverseFrequency.get(key) ?? 0);
        if (weight <= 0) continue;
        weights.set(key, weight);
        norm += weight * weight;
      }
      const length = Math.sqrt(norm) || 1;
      for (const [key, weight] of weights) weights.set(key, weight / length);
      return { category: category.id, weights };
    });
    profiles.set(framework.id, { categories, inverseFrequency });
  }
  return profiles;
}

/**
 * Cosine similarity of the text's content keys with each category definition of a framework (0..1 per
 * category). A secondary signal: it tells which definition the wording of the text resembles most.
 */
export function definitionSimilarity(profiles: DefinitionProfiles, framework: ClassifiedFrameworkId, keyCounts: ReadonlyMap<string, number>): Map<string, number> {
  const result = new Map<string, number>();
  const profile = profiles.get(framework);
  if (!profile) return result;
  const textWeights = new Map<string, number>();
  let norm = 0;
  for (const [key, count] of keyCounts) {
    const inverse = profile.inverseFrequency.get(key);
    if (!inverse) continue;
    const weight = (1 + Math.log(count)) * inverse;
    textWeights.set(key, weight);
    norm += weight * weight;
  }
  const length = Math.sqrt(norm);
  for (const category of profile.categories) {
    let dot = 0;
    if (length > 0) for (const [key, weight] of textWeights) dot += weight * (category.weights.get(key) ?? 0);
    result.set(category.category, length > 0 ? dot / length : 0);
  }
  return result;
}
