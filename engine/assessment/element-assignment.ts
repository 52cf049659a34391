import type { PlanElement } from './assessment-types.js';
import type { ElementVocabulary } from './element-vocabulary.js';
import { PLAN_ELEMENTS } from './plan-elements.js';
import type { PlanToken } from './plan-tokens.js';

export interface ElementAssignment {
  element: PlanElement | null;
  /** Weighted term hits per element in the title and in the body. */
  titleScores: Record<PlanElement, number>;
  bodyScores: Record<PlanElement, number>;
}

/** A body must hold at least this much weighted signal to decide an element on its own. */
const MINIMUM_BODY_SIGNAL = 3;
/** The winning element must lead the runner-up by this factor. */
const BODY_MARGIN = 1.4;
/** A title decides unless the body points elsewhere this many times as strongly (and strongly enough). */
const BODY_OVERRULES_TITLE = 3;
const BODY_OVERRULE_MINIMUM = 8;
/** A title this telling ("Doelen en uitgangspunten", "Bekostiging") is never overruled by the text. */
const DECISIVE_TITLE = 3;

function emptyScores(): Record<PlanElement, number> {
  return { beleid: 0, organisatie: 0, bekostiging: 0, aansturing: 0 };
}

function score(vocabulary: ElementVocabulary, tokens: readonly PlanToken[]): Record<PlanElement, number> {
  const scores = emptyScores();
  for (const hit of vocabulary.terms.match(tokens)) scores[hit.tag] += hit.compound ? hit.weight * 0.6 : hit.weight;
  return scores;
}

function ranked(scores: Record<PlanElement, number>, among: readonly PlanElement[] = PLAN_ELEMENTS): PlanElement[] {
  return [...among].sort((left, right) => scores[right] - scores[left]);
}

/**
 * Decides which of Nijdam's elements a section is about, from its title first and its text second:
 * a title such as "Bekostiging" or "Inkoop en tarieven" decides unless the text is clearly about something else;
 * without a telling title the text must point clearly to one element. Introductions, summaries and appendices,
 * and sections that point nowhere in particular, get null.
 */
export function assignElement(vocabulary: ElementVocabulary, titleTokens: readonly PlanToken[], bodyTokens: readonly PlanToken[]): ElementAssignment {
  const titleScores = score(vocabulary, titleTokens);
  const bodyScores = score(vocabulary, bodyTokens);
  const result = (element: PlanElement | null): ElementAssignment => ({ element, titleScores, bodyScores });

  const titleOrder = ranked(titleScores);
  const titleTop = titleOrder[0] as PlanElement;
  const titleSecond = titleOrder[1] as PlanElement;
  const neutral = vocabulary.neutralTitles.match(titleTokens).length > 0;
  if (titleScores[titleTop] > 0) {
    // A title naming two elements ("Sturing en financiering") is settled by the text between those two.
    const contenders = PLAN_ELEMENTS.filter((element) => titleScores[element] >= titleScores[titleTop] / 1.5);
    const chosen = contenders.length > 1 ? (ranked(bodyScores, contenders)[0] as PlanElement) : titleTop;
    const bodyTop = ranked(bodyScores)[0] as PlanElement;
    if (titleScores[chosen] < DECISIVE_TITLE && bodyTop !== chosen && bodyScores[bodyTop] >= BODY_OVERRULE_MINIMUM && bodyScores[bodyTop] >= BODY_OVERRULES_TITLE * Math.max(1, bodyScores[chosen])) {
      return result(bodyTop);
    }
    if (contenders.length > 1 && bodyScores[chosen] === 0 && titleScores[titleTop] === titleScores[titleSecond]) return result(titleTop);
    return result(chosen);
  }
  if (neutral) return result(null);
  const bodyOrder = ranked(bodyScores);
  const top = bodyOrder[0] as PlanElement;
  const second = bodyOrder[1] as PlanElement;
  if (bodyScores[top] >= MINIMUM_BODY_SIGNAL && bodyScores[top] >= BODY_MARGIN * bodyScores[second]) return result(top);
  return result(null);
}
