/** A sentence of the plan, verbatim, with its offsets in the plan text. */
export interface PlanSentence {
  text: string;
  start: number;
  end: number;
}

/** Words before a full stop that do not end a sentence. */
const ABBREVIATIONS = new Set([
  'bijv', 'bv', 'o.a', 'e.d', 'm.b.t', 'z.s.m', 'ca', 'nr', 'art', 'enz', 'etc', 'resp', 'incl', 'excl', 'evt', 'mr', 'dr', 'drs', 'ir',
  'prof', 'jl', 't.a.v', 'i.p.v', 'i.s.m', 'd.w.z', 'blz', 'zgn', 'vgl', 'mln', 'mld', 'max', 'min', 'o.b.v', 'a.s', 'j.l', 'm.u.v', 'n.a.v',
]);

const BLOCK_BREAK = /\n[ \t]*\n|\n(?=[ \t]*(?:[-–•*▪●■►·|#]|\d{1,2}[.)][ \t]))/g;
const SENTENCE_END = /[.!?]+["'’”)\]]*(?=\s|$)/g;

function trimmed(text: string, start: number, end: number): [number, number] {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text[from] ?? '')) from++;
  while (to > from && /\s/.test(text[to - 1] ?? '')) to--;
  // A list marker or table bar at the start is not part of the sentence.
  const marker = /^(?:[-–•*▪●■►·]|\d{1,2}[.)])[ \t]+/.exec(text.slice(from, Math.min(to, from + 8)));
  if (marker) from += marker[0].length;
  return [from, to];
}

function endsWithAbbreviation(text: string, periodAt: number): boolean {
  const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, periodAt - 12), periodAt))?.[1]?.toLowerCase() ?? '';
  if (before === '') return false;
  return ABBREVIATIONS.has(before) || /^\p{L}$/u.test(before);
}

/**
 * Splits the plan text between `start` and `end` into sentences: at blank lines, list items and table rows,
 * and at sentence-ending punctuation (not after common abbreviations). Every sentence is a verbatim substring.
 */
export function splitSentences(text: string, start = 0, end = text.length): PlanSentence[] {
  const sentences: PlanSentence[] = [];
  const push = (from: number, to: number): void => {
    const [first, last] = trimmed(text, from, to);
    if (last <= first || !/\p{L}/u.test(text.slice(first, last))) return;
    sentences.push({ text: text.slice(first, last), start: first, end: last });
  };
  const region = text.slice(start, end);
  const blocks: Array<[number, number]> = [];
  let blockStart = 0;
  for (const match of region.matchAll(BLOCK_BREAK)) {
    blocks.push([blockStart, match.index ?? 0]);
    blockStart = (match.index ?? 0) + match[0].length;
  }
  blocks.push([blockStart, region.length]);
  for (const [blockFrom, blockTo] of blocks) {
    const block = region.slice(blockFrom, blockTo);
    let sentenceStart = 0;
    for (const match of block.matchAll(SENTENCE_END)) {
      const periodAt = match.index ?? 0;
      if (match[0].startsWith('.') && match[0].length === 1 && endsWithAbbreviation(block, periodAt)) continue;
      const sentenceEnd = periodAt + match[0].length;
      push(start + blockFrom + sentenceStart, start + blockFrom + sentenceEnd);
      sentenceStart = sentenceEnd;
    }
    push(start + blockFrom + sentenceStart, start + blockTo);
  }
  return sentences;
}
