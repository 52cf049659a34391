import { stem } from '../../retrieval/dutch-analyzer.js';
import { foldForMatching } from '../../retrieval/normalize.js';

/** A word of the plan with its place in the plan text. */
export interface PlanToken {
  /** Offsets in the plan text (end exclusive). */
  start: number;
  end: number;
  /** Case- and accent-folded, hyphens and apostrophes removed. */
  folded: string;
  /** Matching key: the Dutch stem, with f/v and s/z alternations and a doubled final consonant made equal. */
  key: string;
}

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
const keyCache = new Map<string, string>();
const KEY_CACHE_LIMIT = 100_000;

/** The matching key of one folded word: tarief/tarieven, budget/budgetten and bepalen/bepaalt share a key. */
export function termKey(folded: string): string {
  const cached = keyCache.get(folded);
  if (cached !== undefined) return cached;
  let key = stem(folded);
  if (key.length >= 4) key = key.replace(/v$/, 'f').replace(/z$/, 's');
  key = key.replace(/([bcdfgklmnprstz])\1$/, '$1');
  if (key.length >= 5 && /(aa|ee|oo|uu)[^aeiou]$/.test(key)) key = key.replace(/(aa|ee|oo|uu)([^aeiou])$/, (_, vowel: string, consonant: string) => `${vowel[0]}${consonant}`);
  if (keyCache.size < KEY_CACHE_LIMIT) keyCache.set(folded, key);
  return key;
}

function foldWord(word: string): string {
  return foldForMatching(word).replace(/['’]s$/, '').replace(/[-'’]/g, '');
}

/** The words of `text` between `start` and `end`, with offsets into `text`. */
export function tokenize(text: string, start = 0, end = text.length): PlanToken[] {
  const tokens: PlanToken[] = [];
  const slice = text.slice(start, end);
  for (const match of slice.matchAll(WORD)) {
    const folded = foldWord(match[0]);
    if (folded === '') continue;
    const offset = start + (match.index ?? 0);
    tokens.push({ start: offset, end: offset + match[0].length, folded, key: termKey(folded) });
  }
  return tokens;
}

/** The keys of a phrase, word by word, as the plan's words are keyed. */
export function phraseKeys(phrase: string): string[] {
  return tokenize(phrase).map((token) => token.key);
}
