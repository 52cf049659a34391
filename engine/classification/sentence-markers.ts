import type { TextToken } from './text-segmentation.js';

/**
 * How a segment of a sentence speaks: about current practice, a wish or plan (ambition), the past, or
 * without a time marker (neutral; treated as practice).
 */
export type SegmentMode = 'practice' | 'ambition' | 'past' | 'neutral';

export interface SegmentMarking {
  mode: SegmentMode;
  /** Emphasis: "vooral", "steeds meer" raise it, "deels", "soms" lower it. */
  emphasis: number;
  /** The marker words that decided the mode, for explanations. */
  marker?: string;
}

type Pattern = readonly string[];

/** Future, wish and plan markers; `*` matches any one word ("over * jaar"). */
const AMBITION_PATTERNS: readonly Pattern[] = [
  ['ambitie'], ['ambities'], ['ambieren'], ['streven'], ['streeft'], ['streefbeeld'], ['op', 'termijn'], ['toekomst'], ['toekomstig'],
  ['toekomstige'], ['graag'], ['het', 'doel', 'is'], ['toe', 'naar'], ['toewerken'], ['toe', 'te', 'werken'],
  ['het', 'plan', 'is'], ['de', 'bedoeling'], ['idealiter'], ['ideaalbeeld'], ['ideaal'], ['voornemen'], ['voornemens'], ['van', 'plan'],
  ['straks'], ['binnenkort'], ['komend', 'jaar'], ['komende', 'jaren'], ['komende', 'periode'], ['volgend', 'jaar'], ['over', '*', 'jaar'],
  ['willen', 'naar'], ['willen', 'we', 'naar'], ['wil', 'naar'], ['visienota'], ['op', 'papier'], ['praten'], ['praat'], ['gecharmeerd'],
  ['overstappen'], ['overgaan'], ['omslag'], ['wensbeeld'], ['stip', 'op', 'de', 'horizon'], ['gaan', 'naar'], ['gaat', 'naar'],
  ['ernaartoe'], ['zal'], ['zullen'], ['gaan', 'we'], ['zijn', 'we', 'van', 'plan'],
];

/** "zou/zouden" marks a wish or plan only together with one of these ("zouden graag", "zou moeten"). */
const CONDITIONAL_WORDS: ReadonlySet<string> = new Set(['zou', 'zouden']);
const WISH_COMPANIONS: ReadonlySet<string> = new Set(['graag', 'moeten', 'willen', 'kunnen', 'liever', 'mogen', 'gaan']);

const WEAK_AMBITION_WORDS: ReadonlySet<string> = new Set(['willen', 'wil', 'wilde', 'wilden', 'hopen']);
const EMBEDDING_WORDS: ReadonlySet<string> = new Set(['wat', 'die', 'dat', 'wie', 'waar', 'iets', 'welke', 'als']);

const PRACTICE_PATTERNS: readonly Pattern[] = [
  ['nu'], ['momenteel'], ['op', 'dit', 'moment'], ['nog', 'steeds'], ['in', 'de', 'praktijk'], ['tot', 'nu', 'toe'], ['voorlopig'],
  ['feitelijk'], ['daadwerkelijk'], ['inmiddels'], ['zoals', 'het', 'nu'], ['eerlijk', 'gezegd'], ['eerlijk', 'is', 'eerlijk'],
  ['op', 'dit', 'ogenblik'], ['vandaag'], ['dagelijks'], ['in', 'werkelijkheid'], ['in', 'feite'], ['op', 'de', 'werkvloer'],
];

const PAST_PATTERNS: readonly Pattern[] = [
  ['vroeger'], ['destijds'], ['in', 'het', 'verleden'], ['aanvankelijk'], ['in', 'de', 'beginfase'], ['in', 'het', 'begin'],
  ['verkennende', 'fase'], ['tot', 'voor', 'kort'], ['in', 'het', 'eerste', 'jaar'], ['toen'], ['indertijd'],
];

const STRONG_EMPHASIS: readonly Pattern[] = [
  ['vooral'], ['voornamelijk'], ['hoofdzakelijk'], ['met', 'name'], ['steeds', 'meer'], ['belangrijkste'], ['centraal'], ['leidend'],
  ['volledig'], ['consequent'], ['strikt'], ['uitsluitend'], ['altijd'], ['helemaal'], ['bewust'],
];

const WEAK_EMPHASIS: readonly Pattern[] = [
  ['deels'], ['gedeeltelijk'], ['soms'], ['af', 'en', 'toe'], ['enigszins'], ['hier', 'en', 'daar'], ['incidenteel'], ['beperkt'],
  ['in', 'mindere', 'mate'], ['een', 'beetje'], ['wel'],
];

function findPattern(words: readonly string[], patterns: readonly Pattern[]): Pattern | undefined {
  for (const pattern of patterns) {
    const first = pattern[0];
    for (let index = 0; index + pattern.length <= words.length; index++) {
      if (words[index] !== first) continue;
      let matches = true;
      for (let offset = 1; offset < pattern.length; offset++) {
        const expected = pattern[offset];
        if (expected !== '*' && words[index + offset] !== expected) {
          matches = false;
          break;
        }
      }
      if (matches) return pattern;
    }
  }
  return undefined;
}

function hasWeakAmbition(words: readonly string[]): string | undefined {
  for (let index = 0; index < words.length; index++) {
    const word = words[index] ?? '';
    if (!WEAK_AMBITION_WORDS.has(word)) continue;
    let embedded = false;
    for (let back = Math.max(0, index - 4); back < index; back++) {
      if (EMBEDDING_WORDS.has(words[back] ?? '')) embedded = true;
    }
    if (!embedded) return word;
  }
  return undefined;
}

/** Decides the mode and emphasis of one segment from its words. */
export function markSegment(tokens: readonly TextToken[]): SegmentMarking {
  const words = tokens.map((token) => token.folded);
  let emphasis = 1;
  if (findPattern(words, STRONG_EMPHASIS)) emphasis = 1.3;
  else if (findPattern(words, WEAK_EMPHASIS)) emphasis = 0.7;
  const ambition = findPattern(words, AMBITION_PATTERNS);
  if (ambition) return { mode: 'ambition', emphasis, marker: ambition.join(' ') };
  const conditional = words.findIndex((word) => CONDITIONAL_WORDS.has(word));
  if (conditional >= 0 && words.slice(conditional + 1).some((word) => WISH_COMPANIONS.has(word))) {
    return { mode: 'ambition', emphasis, marker: words[conditional] ?? 'zou' };
  }
  const practice = findPattern(words, PRACTICE_PATTERNS);
  if (practice) return { mode: 'practice', emphasis, marker: practice.join(' ') };
  const weak = hasWeakAmbition(words);
  if (weak) return { mode: 'ambition', emphasis, marker: weak };
  const past = findPattern(words, PAST_PATTERNS);
  if (past) return { mode: 'past', emphasis, marker: past.join(' ') };
  return { mode: 'neutral', emphasis };
}
