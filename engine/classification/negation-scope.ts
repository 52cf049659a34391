import { PHRASE_FUNCTION_WORDS } from './phrase-function-words.js';
import type { TextToken } from './text-segmentation.js';

/** A negation word with the token positions (within the sentence) it negates. */
export interface NegationScope {
  /** Positions of the cue's own words; an indicator that contains the cue ("niet afrekenen") is not negated by it. */
  cue: number[];
  /** Inclusive range of negated token positions. */
  from: number;
  to: number;
  /** The cue as written, folded ("niet", "in plaats van"). */
  word: string;
}

/** Cues that negate their whole clause, in either direction ("we sturen niet op X", "X kennen we niet"). */
const CLAUSE_CUES: ReadonlySet<string> = new Set(['niet', 'nooit', 'nergens', 'niemand', 'niets']);
/** "geen" negates the noun phrase it introduces ("we tellen geen uren"), not the rest of its clause. */
const NOUN_PHRASE_CUES: ReadonlySet<string> = new Set(['geen']);
const NOUN_PHRASE_REACH = 5;
/** Cues that negate what follows them in the clause. */
const FORWARD_CUES: readonly (readonly string[])[] = [
  ['zonder'], ['in', 'plaats', 'van'], ['i.p.v'], ['ipv'], ['weg', 'van'], ['stoppen', 'met'], ['gestopt', 'met'], ['stoppen', 'we', 'met'],
  ['afstappen', 'van'], ['afgestapt', 'van'], ['stappen', 'af', 'van'], ['stapt', 'af', 'van'], ['stappen', 'we', 'af', 'van'],
  ['stappen', 'wij', 'af', 'van'], ['afscheid', 'van'], ['minder', 'op'], ['terughoudend', 'in'], ['terughoudend', 'met'],
];
/** "niet alleen … maar ook" is no negation. */
const NOT_NEGATING_AFTER_NIET: ReadonlySet<string> = new Set(['alleen', 'enkel', 'uitsluitend']);

/**
 * Words that open a subordinate or relative clause without a comma ("ziet erop toe dat aanbieders niet …",
 * "aanbieders die niet …"): a negation inside that clause does not reach back over them into the main clause.
 */
const SUBORDINATORS: ReadonlySet<string> = new Set(['dat', 'die', 'of', 'wat', 'welke', 'wie', 'waarvan', 'waardoor', 'waarmee', 'hoe']);

/** Where a clause-wide negation's backward reach stops: after the last subordinator before the cue. */
function backwardStart(tokens: readonly TextToken[], clauseStart: number, position: number): number {
  for (let back = position - 1; back > clauseStart; back--) {
    if (SUBORDINATORS.has(tokens[back]?.folded ?? '')) return back + 1;
  }
  return clauseStart;
}

/** How far (in words) a clause-wide negation reaches from its cue. */
const CLAUSE_REACH = 8;
/** How far a forward negation reaches. */
const FORWARD_REACH = 8;
/** "minder X" lowers the next few words only. */
const MINDER_REACH = 3;

function clauseBounds(tokens: readonly TextToken[], position: number): [number, number] {
  const clause = tokens[position]?.clause;
  let from = position;
  let to = position;
  while (from > 0 && tokens[from - 1]?.clause === clause) from--;
  while (to < tokens.length - 1 && tokens[to + 1]?.clause === clause) to++;
  return [from, to];
}

/** Words that may stand between "niet" and the phrase it focuses on ("niet meer in uren", "rekenen … niet af op"). */
const FOCUS_SKIPPABLE: ReadonlySet<string> = new Set(['meer', 'langer', 'af', 'uit', 'mee', 'zozeer', 'zo', 'alleen', 'puur', 'primair', 'vooral']);
const FOCUS_PREPOSITIONS: ReadonlySet<string> = new Set(['op', 'in', 'aan', 'met', 'voor', 'naar', 'via', 'per', 'over', 'om', 'vanuit', 'door']);

/**
 * "niet" right before a prepositional phrase negates that phrase only: "we rekenen niet af op aantallen" still
 * says that we afrekenen, "de gemeente bepaalt niet in haar eentje" still says that she decides. Returns the
 * position where the focused phrase starts, if any.
 */
function prepositionFocus(tokens: readonly TextToken[], position: number, clauseEnd: number): number | undefined {
  let next = position + 1;
  while (next <= clauseEnd && FOCUS_SKIPPABLE.has(tokens[next]?.folded ?? '')) next++;
  if (next > clauseEnd || !FOCUS_PREPOSITIONS.has(tokens[next]?.folded ?? '')) return undefined;
  return next;
}

function matchesAt(tokens: readonly TextToken[], position: number, words: readonly string[]): boolean {
  for (let offset = 0; offset < words.length; offset++) {
    const token = tokens[position + offset];
    if (!token || token.folded !== words[offset]) return false;
    if (offset > 0 && token.clause !== tokens[position]?.clause) return false;
  }
  return true;
}

/**
 * Finds the negations in a sentence. "niet", "nooit" negate their clause (limited to a few words on
 * either side, since Dutch puts the negation before or after the object); "geen" negates the few words after it; "zonder", "in plaats van", "weg van",
 * "stoppen met" negate what follows; "minder" negates the next words, or its clause when it
 * closes the clause ("… interesseert ons veel minder").
 */
export function findNegations(tokens: readonly TextToken[]): NegationScope[] {
  const scopes: NegationScope[] = [];
  const used = new Set<number>();
  for (let position = 0; position < tokens.length; position++) {
    if (used.has(position)) continue;
    for (const cue of FORWARD_CUES) {
      if (!matchesAt(tokens, position, cue)) continue;
      const [, clauseEnd] = clauseBounds(tokens, position);
      const cuePositions = cue.map((_, offset) => position + offset);
      for (const cuePosition of cuePositions) used.add(cuePosition);
      const from = position + cue.length;
      const to = Math.min(clauseEnd, from + FORWARD_REACH - 1);
      if (from <= to) scopes.push({ cue: cuePositions, from, to, word: cue.join(' ') });
      break;
    }
    if (used.has(position)) continue;
    const token = tokens[position];
    if (!token) continue;
    if (CLAUSE_CUES.has(token.folded)) {
      if (token.folded === 'niet' && NOT_NEGATING_AFTER_NIET.has(tokens[position + 1]?.folded ?? '')) continue;
      const [clauseStart, clauseEnd] = clauseBounds(tokens, position);
      const focus = prepositionFocus(tokens, position, clauseEnd);
      if (focus !== undefined) {
        scopes.push({ cue: [position], from: focus, to: Math.min(clauseEnd, focus + CLAUSE_REACH), word: token.folded });
        continue;
      }
      scopes.push({
        cue: [position],
        from: Math.max(backwardStart(tokens, clauseStart, position), position - CLAUSE_REACH),
        to: Math.min(clauseEnd, position + CLAUSE_REACH),
        word: token.folded,
      });
    } else if (NOUN_PHRASE_CUES.has(token.folded)) {
      const [, clauseEnd] = clauseBounds(tokens, position);
      const to = Math.min(clauseEnd, position + NOUN_PHRASE_REACH);
      if (position + 1 <= to) scopes.push({ cue: [position], from: position + 1, to, word: token.folded });
    } else if (token.folded === 'minder') {
      const [clauseStart, clauseEnd] = clauseBounds(tokens, position);
      if (position === clauseEnd) {
        scopes.push({ cue: [position], from: Math.max(clauseStart, position - CLAUSE_REACH), to: position - 1, word: 'minder' });
      } else {
        scopes.push({ cue: [position], from: position + 1, to: Math.min(clauseEnd, position + MINDER_REACH), word: 'minder' });
      }
    }
  }
  return scopes;
}

/**
 * The negation (if any) that covers one of the positions without being part of them. Prepositions do not count:
 * in "we rekenen niet af op aantallen" the negation covers "op aantallen", not the "afrekenen op" around it.
 */
export function negationCovering(scopes: readonly NegationScope[], positions: readonly number[], tokens: readonly TextToken[]): NegationScope | undefined {
  const content = positions.filter((position) => !PHRASE_FUNCTION_WORDS.has(tokens[position]?.folded ?? ''));
  const checked = content.length > 0 ? content : positions;
  for (const scope of scopes) {
    if (scope.cue.some((cue) => positions.includes(cue))) continue;
    if (checked.some((position) => position >= scope.from && position <= scope.to)) return scope;
  }
  return undefined;
}
