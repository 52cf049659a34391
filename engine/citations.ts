import type { Passage } from '../retrieval/chunk.js';
import type { CorpusDocument } from '../retrieval/corpus.js';
import { normalizeLines } from '../retrieval/normalize.js';

/** A numbered source reference as shown under an answer. */
export interface Citation {
  n: number;
  document: string;
  citation: string;
  section: string;
  /** 1-based inclusive line range in the original corpus file. */
  lines: [number, number];
  /** Words copied from those lines. */
  quote: string;
}

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * A quote that occurs in the original file within `lines`, as close to `wanted` as possible. Normalised text can
 * differ from the file (joined hyphenation, removed markup); then the longest run of words of `wanted` that the
 * file contains literally is used.
 */
export function verbatimQuote(document: CorpusDocument, lines: [number, number], wanted: string): string {
  const raw = collapse(document.lines.slice(lines[0] - 1, lines[1]).join(' '));
  const sentence = collapse(wanted);
  if (sentence && raw.includes(sentence)) return sentence;
  const words = sentence.split(' ');
  let best = '';
  for (let start = 0; start < words.length; start++) {
    if (words.length - start <= best.split(' ').length) break;
    let end = start + 1;
    let candidate = words[start] ?? '';
    if (!raw.includes(candidate)) continue;
    while (end < words.length && raw.includes(`${candidate} ${words[end]}`)) {
      candidate = `${candidate} ${words[end]}`;
      end++;
    }
    if (candidate.length > best.length) best = candidate;
  }
  if (best.split(' ').length >= 4) return best;
  return collapse(document.lines[lines[0] - 1] ?? raw).slice(0, 300);
}

/** The 1-based line range of `sentence` inside a passage, found by re-normalising the passage's lines. */
export function linesOfSentence(document: CorpusDocument, passage: Passage, sentence: string): [number, number] {
  const normalized = normalizeLines(document.lines.slice(passage.lines[0] - 1, passage.lines[1]), passage.lines[0]);
  const start = normalized.text.indexOf(sentence);
  if (start < 0) return passage.lines;
  return [normalized.lineAt(start), normalized.lineAt(start + sentence.length - 1)];
}

export function sectionOf(passage: Passage): string {
  return passage.sectionPath[passage.sectionPath.length - 1] ?? '';
}

/** Splits normalised text into sentences (keeps abbreviations like "bijv." and "o.a." together reasonably). */
export function sentencesOf(text: string): string[] {
  const parts = text.split(/(?<=[.!?…])["')\]]?\s+(?=["'(]?[\p{Lu}\d])/u);
  return parts.map((part) => part.trim()).filter((part) => part.length > 0);
}
