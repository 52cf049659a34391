import { foldForMatching } from '../../retrieval/normalize.js';

/** Folds case, accents, hyphens, spaces and punctuation away: "Co-producent" and "coproducent" become equal. */
export function foldCompact(value: string): string {
  return foldForMatching(value).replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Case- and accent-folded words, with hyphenated compounds split into their parts ("co-producent" → co, producent). */
export function foldWords(value: string): string[] {
  return foldForMatching(value)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}
