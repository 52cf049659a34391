import type { SentenceUnit } from './text-segmentation.js';

/** What kind of text the input is, as far as the classifier can tell. */
export type TextLanguage = 'dutch' | 'other-language' | 'no-words';

const DUTCH_WORDS: ReadonlySet<string> = new Set([
  'de', 'het', 'een', 'en', 'van', 'op', 'te', 'dat', 'die', 'niet', 'met', 'voor', 'zijn', 'ook', 'wij', 'we', 'ons', 'onze', 'wordt',
  'worden', 'naar', 'bij', 'als', 'maar', 'er', 'aan', 'deze', 'dit', 'hebben', 'heeft', 'wat', 'hoe', 'ze', 'zij', 'nog', 'geen', 'door',
  'om', 'uit', 'kan', 'moet', 'wel', 'dan', 'ik', 'jullie', 'mijn',
]);

const ENGLISH_WORDS: ReadonlySet<string> = new Set([
  'the', 'and', 'of', 'to', 'are', 'you', 'your', 'this', 'that', 'with', 'for', 'on', 'be', 'it', 'please', 'will', 'from', 'at', 'if',
  'by', 'not', 'have', 'has', 'our', 'let', 'know', 'we', 'they', 'their', 'which', 'would', 'should', 'can', 'about', 'there', 'what',
  'how', 'why', 'when', 'who', 'an', 'as', 'or', 'was', 'were', 'been', 'these', 'those', 'into', 'than', 'then', 'its', 'my', 'i',
]);

/**
 * Tells Dutch text from text in another language (mostly English) by its function words, and recognises
 * input without any words (only numbers, URLs or symbols).
 */
export function detectTextLanguage(sentences: readonly SentenceUnit[]): TextLanguage {
  let words = 0;
  let dutch = 0;
  let english = 0;
  for (const sentence of sentences) {
    for (const token of sentence.tokens) {
      if (!/\p{L}/u.test(token.folded)) continue;
      words++;
      const isDutch = DUTCH_WORDS.has(token.folded);
      const isEnglish = ENGLISH_WORDS.has(token.folded);
      if (isDutch && !isEnglish) dutch++;
      if (isEnglish && !isDutch) english++;
    }
  }
  if (words === 0) return 'no-words';
  if (english >= 3 && english > dutch * 1.5) return 'other-language';
  return 'dutch';
}
