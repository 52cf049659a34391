import type { Category } from '../definitions/definition-schema.js';
import { checkClassificationInput } from './classification-input.js';
import type { CategoryScore, ClassificationContext, ClassificationResult, FrameworkProfile } from './classification-types.js';
import { round } from './framework-scoring.js';
import { phraseKeys } from './indicator-index.js';
import { PHRASE_FUNCTION_WORDS } from './phrase-function-words.js';
import { segmentText } from './text-segmentation.js';

/** The baseline's word lists for one category: Bijlage C signal words, or else the indicator phrases. */
function baselinePhrases(category: Category): string[] {
  if (category.signalWords && category.signalWords.length > 0) return category.signalWords;
  return category.indicators.map((indicator) => indicator.phrase);
}

function countOccurrences(stream: readonly string[], keys: readonly string[]): number {
  if (keys.length === 0) return 0;
  let count = 0;
  for (let start = 0; start + keys.length <= stream.length; start++) {
    let matches = true;
    for (let offset = 0; offset < keys.length; offset++) {
      if (stream[start + offset] !== keys[offset]) {
        matches = false;
        break;
      }
    }
    if (matches) count++;
  }
  return count;
}

/**
 * The baseline: Nijdam's Bijlage C method. Per sturingsperspectief, count how often its signal words occur
 * in the text; the share of all hits is the score. For the other frameworks the same share-of-hits method
 * over the category's indicator phrases. No weights, no negation, no sentences, no ambition. A framework
 * without any hit gets status 'te weinig aanknopingspunten'.
 */
export function signalWordBaseline(text: string, context: ClassificationContext): ClassificationResult {
  checkClassificationInput(text);
  const stream: string[] = [];
  for (const sentence of segmentText(text)) {
    for (const token of sentence.tokens) if (!PHRASE_FUNCTION_WORDS.has(token.folded)) stream.push(token.key);
  }
  const frameworks: FrameworkProfile[] = context.frameworks.map((framework) => {
    const hits = framework.categories.map((category) =>
      baselinePhrases(category).reduce((sum, phrase) => sum + countOccurrences(stream, phraseKeys(phrase)), 0),
    );
    const total = hits.reduce((sum, value) => sum + value, 0);
    const ranking: CategoryScore[] = framework.categories
      .map((category, index) => ({
        category: category.id,
        label: category.label,
        score: total > 0 ? round((hits[index] ?? 0) / total) : 0,
        evidence: [],
        sources: [],
        explanation: `${hits[index] ?? 0} van de ${total} treffers op signaalwoorden of indicatoren.`,
      }))
      .sort((left, right) => right.score - left.score);
    const profile: FrameworkProfile = {
      id: framework.id as FrameworkProfile['id'],
      label: framework.label,
      confidence: total > 0 ? ranking[0]?.score ?? 0 : 0,
      status: total > 0 ? 'ok' : 'te weinig aanknopingspunten',
      ranking,
    };
    if (total > 0 && ranking[0]) profile.dominant = ranking[0].category;
    return profile;
  });
  return { mode: 'offline', notice: 'Basislijn: aandeel treffers op signaalwoorden (Nijdam, Bijlage C).', frameworks };
}
