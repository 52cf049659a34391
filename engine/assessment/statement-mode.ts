import type { PlanToken } from './plan-tokens.js';

/** How a sentence of a plan speaks: what is wished for, what is (or will be) done, or what is denied. */
export type StatementMode = 'ambition' | 'practice' | 'negated';

const AMBITION_WORDS = new Set([
  'willen', 'wil', 'wilt', 'streven', 'streeft', 'strevend', 'ambitie', 'ambities', 'ambieren', 'ambieert', 'beogen', 'beoogt', 'beoogd', 'beoogde',
  'doel', 'doelen', 'doelstelling', 'doelstellingen', 'wensen', 'wens', 'toekomst', 'voortaan', 'hopen', 'hoop', 'dromen', 'droom', 'visie',
  'toewerken', 'streefbeeld', 'zullen', 'zal', 'geloven', 'vinden', 'vindt', 'belangrijk', 'waarde', 'uitgangspunt', 'uitgangspunten',
]);
const AMBITION_PHRASES: ReadonlyArray<readonly string[]> = [
  ['we', 'gaan'], ['wij', 'gaan'], ['gaan', 'we'], ['gaan', 'wij'], ['op', 'termijn'], ['toe', 'naar'], ['werken', 'toe'], ['in', 'de', 'toekomst'],
  ['inzetten', 'op'], ['zetten', 'in', 'op'], ['zetten', 'we', 'in'], ['zetten', 'wij', 'in'],
];
const NEGATION_WORDS = new Set(['geen', 'niet', 'nooit', 'zonder', 'nergens', 'niets']);

function hasPhrase(tokens: readonly PlanToken[], phrase: readonly string[]): boolean {
  for (let index = 0; index + phrase.length <= tokens.length; index++) {
    if (phrase.every((word, offset) => tokens[index + offset]?.folded === word)) return true;
  }
  return false;
}

export function isNegated(tokens: readonly PlanToken[]): boolean {
  return tokens.some((token) => NEGATION_WORDS.has(token.folded));
}

export function isAmbition(tokens: readonly PlanToken[]): boolean {
  return tokens.some((token) => AMBITION_WORDS.has(token.folded)) || AMBITION_PHRASES.some((phrase) => hasPhrase(tokens, phrase));
}

/**
 * A rough reading of one sentence: negated when it holds a negation word, an ambition when it speaks of
 * wishes, aims or the future, otherwise practice. The classifier makes finer distinctions; this reading only
 * serves to tell an ambition in a plan's vision from what the plan arranges.
 */
export function statementMode(tokens: readonly PlanToken[]): StatementMode {
  if (isNegated(tokens)) return 'negated';
  return isAmbition(tokens) ? 'ambition' : 'practice';
}
