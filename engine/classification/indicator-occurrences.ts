import type { ClassifiedFrameworkId, EvidenceKind } from './classification-types.js';
import { CLASSIFICATION_WEIGHTS as WEIGHTS } from './classification-weights.js';
import type { CompiledPhrase, IndicatorIndex } from './indicator-index.js';
import { matchSentence } from './indicator-matching.js';
import { findNegations, negationCovering } from './negation-scope.js';
import { markSegment, type SegmentMarking } from './sentence-markers.js';
import type { SentenceUnit } from './text-segmentation.js';

/** One weighted indicator hit in the input. */
export interface IndicatorOccurrence {
  framework: ClassifiedFrameworkId;
  category: string;
  phrase: CompiledPhrase;
  /** Index of the sentence in the segmented input. */
  sentence: number;
  /**
   * Index of the first sentence of the run this sentence belongs to: a sentence that opens with a pronoun
   * ("Zij schrijven …") continues the one before it, so what holds for its subject holds here too.
   */
  unit: number;
  positions: number[];
  /** How the sentence speaks about it; 'counter' for a counter-indicator. */
  kind: EvidenceKind | 'counter';
  /** Weight after phrase length, match quality, mode, emphasis and contrast (always ≥ 0). */
  value: number;
  /** The negation word, when negated. */
  negation?: string;
}

/** Pronouns that open a sentence continuing the subject of the one before. */
const CONTINUING_PRONOUNS: ReadonlySet<string> = new Set(['zij', 'ze', 'die', 'deze', 'hij', 'zij']);

function modeFactor(marking: SegmentMarking, framework: ClassifiedFrameworkId): number {
  switch (marking.mode) {
    case 'ambition':
      return framework === 'uitkomststuring' ? WEIGHTS.ambitionUitkomststuring : WEIGHTS.ambition;
    case 'practice':
      return WEIGHTS.practiceMarked;
    case 'past':
      return WEIGHTS.past;
    default:
      return WEIGHTS.neutral;
  }
}

/**
 * Finds and weighs the indicator hits of every sentence: multi-word phrases weigh more, ambition and past less
 * than practice, real questions little; negations are recorded, and the alternative after a negated clause
 * ("niet X, maar Y") is stressed.
 */
export function collectOccurrences(sentences: readonly SentenceUnit[], index: IndicatorIndex): IndicatorOccurrence[] {
  const occurrences: IndicatorOccurrence[] = [];
  let unit = 0;
  sentences.forEach((sentence, sentenceIndex) => {
    if (!CONTINUING_PRONOUNS.has(sentence.tokens[0]?.folded ?? '')) unit = sentenceIndex;
    const hits = matchSentence(index, sentence.tokens);
    if (hits.length === 0) return;
    const negations = findNegations(sentence.tokens);
    const markings = new Map<number, SegmentMarking>();
    const segmentTokens = new Map<number, typeof sentence.tokens>();
    for (const token of sentence.tokens) {
      const list = segmentTokens.get(token.segment) ?? [];
      list.push(token);
      segmentTokens.set(token.segment, list);
    }
    for (const [segment, tokens] of segmentTokens) markings.set(segment, markSegment(tokens));
    const negatedSegments = new Set(negations.flatMap((scope) => scope.cue.map((position) => sentence.tokens[position]?.segment ?? -1)));
    for (const hit of hits) {
      const first = sentence.tokens[hit.positions[0] ?? 0];
      const segment = first?.segment ?? 0;
      const marking = markings.get(segment) ?? { mode: 'neutral', emphasis: 1 };
      const ownCue = negations.find((scope) => scope.cue.some((position) => hit.positions.includes(position)));
      if (ownCue && hit.positions.some((position) => !ownCue.cue.includes(position)) && !hit.positions.some((position) => !ownCue.cue.includes(position) && position >= ownCue.from && position <= ownCue.to)) {
        // A phrase with its own negation ("niet afrekenen") only counts when that negation really covers it.
        continue;
      }
      const negation = negationCovering(negations, hit.positions, sentence.tokens);
      const contrast = !negation && segment > 0 && negatedSegments.has(segment - 1) ? WEIGHTS.contrastFocus : 1;
      const phrase = hit.phrase;
      const value =
        phrase.weight *
        (1 + WEIGHTS.multiwordBonus * (phrase.keys.length - 1)) *
        hit.factor *
        modeFactor(marking, phrase.framework) *
        marking.emphasis *
        contrast *
        (sentence.interrogative ? WEIGHTS.interrogative : 1) *
        (sentence.heading ? WEIGHTS.heading : 1);
      let kind: IndicatorOccurrence['kind'];
      if (phrase.source === 'counter') {
        if (negation) continue;
        kind = 'counter';
      } else if (negation) kind = 'negated';
      else kind = marking.mode === 'ambition' ? 'ambition' : 'practice';
      const occurrence: IndicatorOccurrence = {
        framework: phrase.framework,
        category: phrase.category,
        phrase,
        sentence: sentenceIndex,
        unit,
        positions: hit.positions,
        kind,
        value,
      };
      if (negation) occurrence.negation = negation.word;
      occurrences.push(occurrence);
    }
  });
  return occurrences;
}
