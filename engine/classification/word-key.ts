import { stem } from '../../retrieval/dutch-analyzer.js';
import { DUTCH_STOPWORDS } from '../../retrieval/dutch-stopwords.js';

/**
 * Separable verb particles: "rekenen ... af" is "afrekenen", "beslissen mee" is "meebeslissen". Also used to
 * recognise participles with an inner ge- ("vastgelegd", "afgerekend").
 */
export const SEPARABLE_PARTICLES: ReadonlySet<string> = new Set([
  'aan', 'af', 'achter', 'bij', 'door', 'in', 'los', 'mee', 'na', 'neer', 'om', 'op', 'over', 'samen', 'tegen',
  'terug', 'toe', 'uit', 'vast', 'voor', 'weg',
]);

const SUBJECT_PRONOUNS: Readonly<Record<string, string>> = { we: 'wij' };

/**
 * Words whose stem would collide with a different word: "regeling" (a scheme) is not "regels" (rules), and
 * "ondersteuning" (the support a resident gets) is not the municipality's act of "ondersteunen".
 */
const PROTECTED_WORDS: Readonly<Record<string, string>> = {
  regeling: 'regeling',
  regelingen: 'regeling',
  ondersteuning: 'ondersteuning',
};

const cache = new Map<string, string>();
const CACHE_LIMIT = 200_000;

function removeParticiplePrefix(word: string): string {
  if (word.length < 7 || !/[dt]$/.test(word)) return word;
  if (word.startsWith('ge')) return word.slice(2);
  for (const particle of SEPARABLE_PARTICLES) {
    if (word.startsWith(`${particle}ge`) && word.length - particle.length >= 5) return particle + word.slice(particle.length + 2);
  }
  return word;
}

function normaliseStem(value: string): string {
  let result = value;
  if (result.length >= 7 && /[aeiou]s$/.test(result)) result = result.slice(0, -1);
  if (result.length >= 5 && /[dt]$/.test(result)) result = result.slice(0, -1);
  if (/[^aeiou](aa|ee|oo|uu)[^aeiou]$/.test(result)) result = result.slice(0, -2) + result.slice(-1);
  if (/([bcdfgklmnprstvz])\1$/.test(result)) result = result.slice(0, -1);
  // Dutch spelling alternates z/s and v/f at the end of a stem: kiezen/kiest, geven/geeft.
  if (result.length >= 4) result = result.replace(/z$/, 's').replace(/v$/, 'f');
  return result;
}

/**
 * A lemma-like matching key for one case- and accent-folded word: the Dutch Snowball stem, made equal across
 * common verb forms (bepalen/bepaalt/bepaald, sturen/stuurt/gestuurd, vastleggen/vastgelegd) and plural forms
 * (prestatie/prestaties). Indicator phrases and input text go through the same function, so over-stemming only
 * matters when two different words collide. Adjectival present participles keep their -end ("bepalend" is
 * not "bepalen"), adjectives their -lijk ("gemeentelijk" is not "gemeente").
 */
export function wordKey(folded: string): string {
  const cached = cache.get(folded);
  if (cached !== undefined) return cached;
  let word = folded.replace(/['’]s$/, '').replace(/[-'’]/g, '');
  let result: string;
  if (SUBJECT_PRONOUNS[word] !== undefined) {
    result = SUBJECT_PRONOUNS[word];
  } else if (PROTECTED_WORDS[word] !== undefined) {
    result = PROTECTED_WORDS[word];
  } else if (word.length >= 8 && /ende?$/.test(word)) {
    result = word.replace(/e$/, '');
  } else if (word.length >= 8 && /lijke?$/.test(word)) {
    // Adjectives in -lijk keep it: "gemeentelijke sturing" is not any sentence where "de gemeente stuurt".
    result = word.replace(/e$/, '');
  } else {
    word = removeParticiplePrefix(word);
    result = normaliseStem(stem(word));
    // A content word must not collapse onto a function word ("meten" → "met").
    if (result !== word && DUTCH_STOPWORDS.has(result)) result = word;
  }
  if (cache.size < CACHE_LIMIT) cache.set(folded, result);
  return result;
}

/**
 * The key of a comparative ("zelfredzamer" → "zelfredzaam", "efficiënter" → "efficiënt"), or undefined when
 * the word is too short to be one with some certainty.
 */
export function comparativeKey(folded: string): string | undefined {
  if (folded.length < 9 || !folded.endsWith('er') || folded.includes('-')) return undefined;
  return wordKey(folded.slice(0, -2));
}
