import type { CompiledPhrase, IndicatorIndex } from './indicator-index.js';
import type { TextToken } from './text-segmentation.js';
import { comparativeKey, PROTECTED_KEYS, SEPARABLE_PARTICLES, wordKey } from './word-key.js';

/** An indicator phrase found in a sentence. */
export interface IndicatorHit {
  phrase: CompiledPhrase;
  /** Token positions (within the sentence) of the matched words. */
  positions: number[];
  /** Match quality: 1 for an exact match in order; lower for compound heads, comparatives, other word order. */
  factor: number;
}

interface KeyOccurrence {
  positions: number[];
  factor: number;
}

/** A compound head must leave a real modifier in front of it ("zorg|aanbieder"). */
const MINIMUM_HEAD_LENGTH = 5;
const MINIMUM_MODIFIER_LENGTH = 3;
/** A separable particle is joined with a verb at most this many words before it, in the same clause. */
const SEPARABLE_REACH = 7;
/** The words of a multi-word phrase may be spread over the phrase length plus this many words … */
const PHRASE_SLACK = 3;
/** … or this many for a quantity and what it counts ("aantal bezochte cliënten") … */
const COMPACT_SLACK = 1;
/** … or, in another order than the phrase and within one clause ("bepaalt de gemeente"), this many … */
const OTHER_ORDER_SLACK = 1;
/** … or this many when the phrase has an adverb that floats to the end of a Dutch clause ("regelen het vervoer zelf"). */
const FLOATING_SLACK = 2;
const FLOATING_ADVERBS: ReadonlySet<string> = new Set(
  ['zelf', 'samen', 'gezamenlijk', 'zelfstandig', 'onderling', 'eenzijdig', 'strak', 'strikt', 'bewust'].map(wordKey),
);

/** Nouns that, right after "een", only quantify ("een aantal", "een hoeveelheid"). */
const QUANTIFIER_WORDS: ReadonlySet<string> = new Set(['aantal', 'paar', 'hoeveelheid', 'heleboel', 'boel']);

const COMPOUND_FACTOR = 0.75;
/** A compound that starts with an indicator ("samenwerkings|overeenkomst") says less than one that ends with it. */
const MODIFIER_FACTOR = 0.5;
const MINIMUM_MODIFIER_KEY_LENGTH = 7;
const MINIMUM_REST_LENGTH = 4;
const COMPARATIVE_FACTOR = 0.8;
const PART_FACTOR = 0.9;
const OTHER_ORDER_FACTOR = 0.9;

function addOccurrence(map: Map<string, KeyOccurrence[]>, key: string, occurrence: KeyOccurrence): void {
  const list = map.get(key);
  if (list) list.push(occurrence);
  else map.set(key, [occurrence]);
}

/**
 * Bound (Latin) prefixes are no modifier of a compound: "trans|formatie" is no "formatie", "inter|actie" no
 * "actie", "con|tract" no "tract".
 */
const BOUND_PREFIXES: ReadonlySet<string> = new Set([
  'trans', 'inter', 'intra', 'con', 'com', 'pro', 'sub', 'super', 'contra', 'anti', 'post', 'pre', 'semi', 'hyper', 'multi', 'mini',
  'maxi', 'non', 'para', 'per', 'dis', 'ex', 'infra', 'extra', 'ultra', 'mono', 'poly', 'uni', 'bi', 'tri', 'auto',
]);
/** A rest that only derives a word from the modifier ("gemeenschap|pelijk", "rechtmatig|heid") makes no compound. */
const DERIVATIONAL_REST = /^(?:[bcdfgklmnprstvz]?e?lijk|heid|hed|isch|baar|zaam|achtig|loos|ig)/;

/** The longest protected key the compound ends in: its head is never cut shorter ("beheers|maatregel" has no head "regel"). */
function protectedHeadLength(key: string): number {
  let longest = 0;
  for (const protectedKey of PROTECTED_KEYS) {
    if (protectedKey.length >= 7 && protectedKey.length > longest && key.endsWith(protectedKey)) longest = protectedKey.length;
  }
  return longest;
}

function compoundHead(index: IndicatorIndex, key: string): string | undefined {
  if (key.length < MINIMUM_HEAD_LENGTH + MINIMUM_MODIFIER_LENGTH || PROTECTED_KEYS.has(key)) return undefined;
  const firstCut = Math.max(MINIMUM_MODIFIER_LENGTH, key.length - index.longestSingleWordKey);
  const lastCut = key.length - Math.max(MINIMUM_HEAD_LENGTH, protectedHeadLength(key));
  for (let cut = firstCut; cut <= lastCut; cut++) {
    if (BOUND_PREFIXES.has(key.slice(0, cut))) continue;
    const head = key.slice(cut);
    // Only nouns head a compound: "koers|bepalend" is no "bepalend", "klant|vriendelijk" no "vriendelijk".
    if (index.singleWordKeys.has(head) && !/(end|lijk)$/.test(head)) return head;
  }
  return undefined;
}

function compoundModifier(index: IndicatorIndex, key: string): string | undefined {
  if (key.length < MINIMUM_MODIFIER_KEY_LENGTH + MINIMUM_REST_LENGTH || PROTECTED_KEYS.has(key)) return undefined;
  const lastCut = Math.min(key.length - MINIMUM_REST_LENGTH, index.longestSingleWordKey);
  for (let cut = lastCut; cut >= MINIMUM_MODIFIER_KEY_LENGTH; cut--) {
    const modifier = key.slice(0, cut);
    if (index.singleWordKeys.has(modifier) && !DERIVATIONAL_REST.test(key.slice(cut))) return modifier;
  }
  return undefined;
}

/** Every vocabulary key that occurs in the sentence, with where and how well. */
function keyOccurrences(index: IndicatorIndex, tokens: readonly TextToken[]): Map<string, KeyOccurrence[]> {
  const occurrences = new Map<string, KeyOccurrence[]>();
  for (let position = 0; position < tokens.length; position++) {
    const token = tokens[position];
    if (!token) continue;
    // "een aantal partners", "een paar keer": a quantifier, not a count that is steered on.
    if (QUANTIFIER_WORDS.has(token.folded) && tokens[position - 1]?.folded === 'een') continue;
    const key = token.key;
    if (index.vocabulary.has(key)) addOccurrence(occurrences, key, { positions: [position], factor: 1 });
    const head = compoundHead(index, key);
    if (head && head !== key) addOccurrence(occurrences, head, { positions: [position], factor: COMPOUND_FACTOR });
    const modifier = compoundModifier(index, key);
    if (modifier && modifier !== key && modifier !== head) addOccurrence(occurrences, modifier, { positions: [position], factor: MODIFIER_FACTOR });
    if (token.folded.includes('-')) {
      for (const part of token.folded.split('-')) {
        if (part.length < 2) continue;
        const partKey = wordKey(part);
        if (index.vocabulary.has(partKey)) addOccurrence(occurrences, partKey, { positions: [position], factor: PART_FACTOR });
      }
    }
    const comparative = comparativeKey(token.folded);
    if (comparative && comparative !== key && index.vocabulary.has(comparative)) {
      addOccurrence(occurrences, comparative, { positions: [position], factor: COMPARATIVE_FACTOR });
    }
    if (SEPARABLE_PARTICLES.has(token.folded)) {
      // "op te lossen", "af te rekenen": particle, "te", verb.
      const between = tokens[position + 1];
      const verb = tokens[position + 2];
      if (between?.folded === 'te' && verb && verb.clause === token.clause) {
        const joined = wordKey(token.folded + verb.folded);
        if (index.vocabulary.has(joined)) addOccurrence(occurrences, joined, { positions: [position, position + 2], factor: 1 });
      }
      for (let back = position - 1; back >= Math.max(0, position - SEPARABLE_REACH); back--) {
        const verb = tokens[back];
        if (!verb || verb.clause !== token.clause) break;
        if (SEPARABLE_PARTICLES.has(verb.folded) || verb.folded.length < 3) continue;
        const joined = wordKey(token.folded + verb.folded);
        if (index.vocabulary.has(joined)) addOccurrence(occurrences, joined, { positions: [back, position], factor: 1 });
      }
    }
  }
  return occurrences;
}

/** Where an occurrence stands in the sentence: a separable verb stands where its particle is ("voeren … zelf uit"). */
function representative(occurrence: KeyOccurrence): number {
  return occurrence.positions[occurrence.positions.length - 1] ?? 0;
}

function matchPhrase(phrase: CompiledPhrase, occurrences: Map<string, KeyOccurrence[]>, tokens: readonly TextToken[]): IndicatorHit | undefined {
  const lists = phrase.keys.map((key) => occurrences.get(key));
  if (lists.some((list) => !list || list.length === 0)) return undefined;
  const available = lists as KeyOccurrence[][];
  if (phrase.keys.length === 1) {
    const best = available[0]?.reduce((left, right) => (right.factor > left.factor ? right : left));
    return best ? { phrase, positions: best.positions, factor: best.factor } : undefined;
  }
  let bestHit: IndicatorHit | undefined;
  let bestSpan = Infinity;
  for (const anchor of available[0] ?? []) {
    const chosen: KeyOccurrence[] = [anchor];
    const used = new Set<number>(anchor.positions);
    const anchorPosition = representative(anchor);
    let complete = true;
    for (let keyIndex = 1; keyIndex < available.length; keyIndex++) {
      let nearest: KeyOccurrence | undefined;
      let nearestDistance = Infinity;
      for (const candidate of available[keyIndex] ?? []) {
        if (candidate.positions.some((position) => used.has(position))) continue;
        const distance = Math.abs(representative(candidate) - anchorPosition);
        if (distance < nearestDistance) {
          nearest = candidate;
          nearestDistance = distance;
        }
      }
      if (!nearest) {
        complete = false;
        break;
      }
      chosen.push(nearest);
      for (const position of nearest.positions) used.add(position);
    }
    if (!complete) continue;
    const positions = chosen.flatMap((occurrence) => occurrence.positions);
    const places = chosen.map(representative);
    const segment = tokens[positions[0] ?? 0]?.segment;
    if (positions.some((position) => tokens[position]?.segment !== segment)) continue;
    const span = Math.max(...places) - Math.min(...places) + 1;
    const inOrder = places.every((value, index) => index === 0 || value > (places[index - 1] ?? 0));
    if (!inOrder) {
      if (phrase.ordered) continue;
      const clause = tokens[positions[0] ?? 0]?.clause;
      if (positions.some((position) => tokens[position]?.clause !== clause)) continue;
    }
    const slack = phrase.compact ? COMPACT_SLACK : inOrder ? PHRASE_SLACK : phrase.keys.some((key) => FLOATING_ADVERBS.has(key)) ? FLOATING_SLACK : OTHER_ORDER_SLACK;
    if (span > phrase.keys.length + slack || span >= bestSpan) continue;
    const factor = Math.min(...chosen.map((occurrence) => occurrence.factor)) * (inOrder ? 1 : OTHER_ORDER_FACTOR);
    bestSpan = span;
    bestHit = { phrase, positions: [...new Set(positions)].sort((left, right) => left - right), factor };
  }
  return bestHit;
}

function covers(winner: IndicatorHit, loser: IndicatorHit): boolean {
  if (winner.phrase.specificity <= loser.phrase.specificity) return false;
  const winnerCounter = winner.phrase.source === 'counter';
  const loserCounter = loser.phrase.source === 'counter';
  if (winnerCounter && !loserCounter) return winner.phrase.category === loser.phrase.category;
  if (!winnerCounter && loserCounter) return false;
  return true;
}

/**
 * Within one framework, a hit whose words are all explained by a more specific hit is dropped: "aantal uren"
 * (input) wins over "aantal" (output); "niet afrekenen" (a counter-indicator) wins over "afrekenen".
 */
function removeCoveredHits(hits: IndicatorHit[]): IndicatorHit[] {
  const sorted = [...hits].sort((left, right) => right.phrase.specificity - left.phrase.specificity);
  const kept: IndicatorHit[] = [];
  for (const hit of sorted) {
    const explained = hit.positions.every((position) =>
      kept.some((winner) => winner.phrase.framework === hit.phrase.framework && winner.positions.includes(position) && covers(winner, hit)),
    );
    if (!explained) kept.push(hit);
  }
  return kept;
}

/**
 * Finds the indicator phrases in one sentence. Words match on their keys; a closed compound matches on its
 * head, a separable verb on its joined form ("rekenen … af" → "afrekenen"), a comparative on its base; the
 * words of a multi-word phrase may appear in another order within a few words of each other.
 */
export function matchSentence(index: IndicatorIndex, tokens: readonly TextToken[]): IndicatorHit[] {
  const occurrences = keyOccurrences(index, tokens);
  if (occurrences.size === 0) return [];
  const candidates = new Set<CompiledPhrase>();
  for (const key of occurrences.keys()) {
    for (const phrase of index.byKey.get(key) ?? []) candidates.add(phrase);
  }
  const hits: IndicatorHit[] = [];
  for (const phrase of candidates) {
    const hit = matchPhrase(phrase, occurrences, tokens);
    if (hit) hits.push(hit);
  }
  return removeCoveredHits(hits);
}
