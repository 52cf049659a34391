import { foldForMatching } from '../../retrieval/normalize.js';
import { wordKey } from './word-key.js';

/** A word of the input with its place in the original text. */
export interface TextToken {
  /** Offsets in the original input (end exclusive). */
  start: number;
  end: number;
  /** Case- and accent-folded word. */
  folded: string;
  /** Matching key (see wordKey). */
  key: string;
  /** Index of the clause within the sentence (commas, colons, dashes and subordinating words separate clauses). */
  clause: number;
  /** Index of the segment within the sentence (semicolons and contrast words such as "maar" separate segments). */
  segment: number;
}

/** A sentence of the input (or a piece of a very long one). */
export interface SentenceUnit {
  /** Offsets of the trimmed sentence in the original input. */
  start: number;
  end: number;
  tokens: TextToken[];
  /** A real question ("Kan iemand uitleggen …?"), not a statement that happens to end in a question mark. */
  interrogative: boolean;
  /**
   * A heading ("#### Sturen op uitkomst en bekostiging", "**3.1 Opdrachtgeversmodel**"): it names a topic the
   * text goes on to discuss, it does not say what is done.
   */
  heading: boolean;
}

const TOKEN_PATTERN = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
const URL_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<>"]+|\b[\w.+-]+@[\w-]+\.[\w.-]+\b/giu;
const SENTENCE_END = /[.!?]+["'’”)\]]*(?=\s|$)|\r?\n[ \t]*\r?\n|\r?\n(?=[ \t]*(?:[-–•*▪●■►·#]|\d+[.)][ \t]))/g;
const ABBREVIATION_BEFORE_PERIOD = /(?:^|[\s(])(?:bijv|bv|o\.a|e\.d|m\.b\.t|z\.s\.m|ca|nr|art|enz|etc|resp|incl|excl|evt|mr|dr|drs|ir|ing|prof|jl|jr|t\.a\.v|i\.p\.v|i\.s\.m|d\.w\.z|blz|p|zgn|vgl|mln|mld|max|min|o\.b\.v|a\.s|j\.l|[a-z])\.$/i;

/** Gap characters that end a clause (the negation scope) but not a segment (the ambition scope). */
const CLAUSE_GAP = /[,()[\]"“”–—]|\s-\s/u;
/** Gap characters that end a segment. */
const SEGMENT_GAP = /[;:]/u;
/** Words that start a new segment: what follows may be the contrast ("niet X, maar Y") or a different time. */
const SEGMENT_WORDS: ReadonlySet<string> = new Set(['maar', 'echter', 'terwijl', 'doch']);
/** Words that start a new clause. */
const CLAUSE_WORDS: ReadonlySet<string> = new Set([
  'omdat', 'want', 'dus', 'zodat', 'doordat', 'waardoor', 'zodra', 'hoewel', 'tenzij', 'als', 'wanneer', 'indien', 'voordat', 'nadat',
  'waarin', 'waarbij', 'waarmee', 'waarop', 'wie',
]);
/** After "en", these start a new clause with its own subject ("…, en we sturen op …"). */
const SUBJECT_AFTER_AND: ReadonlySet<string> = new Set([
  'we', 'wij', 'ze', 'zij', 'ik', 'hij', 'men', 'er', 'daar', 'dan', 'dat', 'die', 'bewoners', 'inwoners', 'wat', 'welke', 'hoe', 'waar', 'ook',
]);

const QUESTION_STARTERS: ReadonlySet<string> = new Set([
  'wat', 'hoe', 'waarom', 'wie', 'welke', 'welk', 'waar', 'wanneer', 'waarvoor', 'waarmee', 'waarop', 'hoeveel', 'kan', 'kunnen', 'kun',
  'kunt', 'is', 'zijn', 'weet', 'weten', 'heeft', 'hebben', 'heb', 'moet', 'moeten', 'mag', 'mogen', 'wordt', 'worden', 'zou', 'zouden',
  'gaat', 'gaan', 'klopt', 'bestaat', 'doen', 'doet', 'wil', 'wilt', 'willen', 'snapt', 'begrijpt', 'ken', 'kent', 'vind', 'vindt',
  'vinden', 'zie', 'ziet', 'hoort', 'betekent', 'valt', 'past', 'hoort', 'staat',
]);

/** The longest sentence (in words) that is analysed as one unit; longer runs are cut at clause boundaries. */
const MAX_SENTENCE_TOKENS = 80;

/** The longest line (in words) that is taken for a heading. */
const MAX_HEADING_TOKENS = 12;
const MARKDOWN_HEADING = /^#{1,6}\s/u;
/** A line wholly in bold or italics, or a numbered section title ("3.1.2 Sturing in beleidsfasen"), without closing punctuation. */
const EMPHASISED_LINE = /^(?:\*{1,3}|_{1,3})[^*_\n]+(?:\*{1,3}|_{1,3})$/u;
const NUMBERED_TITLE = /^\d+(?:\.\d+)+\.?\s+\p{Lu}[^.!?;:\n]*$/u;

function isHeading(sentence: string, tokens: number): boolean {
  if (tokens > MAX_HEADING_TOKENS || sentence.includes('\n')) return false;
  return MARKDOWN_HEADING.test(sentence) || EMPHASISED_LINE.test(sentence) || NUMBERED_TITLE.test(sentence);
}

/** Replaces URLs and e-mail addresses by spaces, keeping every offset in place. */
export function maskUrls(text: string): string {
  return text.replace(URL_PATTERN, (match) => ' '.repeat(match.length));
}

function sentenceRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let match = SENTENCE_END.exec(text); match !== null; match = SENTENCE_END.exec(text)) {
    const end = match.index + match[0].length;
    if (match[0].startsWith('.') && match[0].length === 1) {
      const before = text.slice(Math.max(start, match.index - 12), match.index + 1);
      if (ABBREVIATION_BEFORE_PERIOD.test(before)) continue;
      if (/\d$/.test(text.slice(match.index - 1, match.index)) && /^\s*\d/.test(text.slice(end, end + 3))) continue;
    }
    ranges.push([start, end]);
    start = end;
  }
  if (start < text.length) ranges.push([start, text.length]);
  return ranges;
}

function trimRange(text: string, start: number, end: number): [number, number] {
  let from = start;
  let to = end;
  while (from < to && /\s/u.test(text[from] ?? '')) from++;
  while (to > from && /\s/u.test(text[to - 1] ?? '')) to--;
  return [from, to];
}

function buildTokens(original: string, masked: string, start: number, end: number): TextToken[] {
  const tokens: TextToken[] = [];
  const piece = masked.slice(start, end);
  let clause = 0;
  let segment = 0;
  let previousEnd = start;
  for (const match of piece.matchAll(TOKEN_PATTERN)) {
    const tokenStart = start + (match.index ?? 0);
    const raw = original.slice(tokenStart, tokenStart + match[0].length);
    const folded = foldForMatching(raw);
    if (/^\d+$/.test(folded)) {
      previousEnd = tokenStart + raw.length;
      continue;
    }
    if (tokens.length > 0) {
      const gap = original.slice(previousEnd, tokenStart);
      if (SEGMENT_GAP.test(gap)) {
        segment++;
        clause++;
      } else if (SEGMENT_WORDS.has(folded)) {
        segment++;
        clause++;
      } else if (CLAUSE_GAP.test(gap) || CLAUSE_WORDS.has(folded)) {
        clause++;
      }
      const previous = tokens[tokens.length - 1];
      if (previous && previous.folded === 'en' && SUBJECT_AFTER_AND.has(folded) && previous.clause === clause) {
        clause++;
        previous.clause = clause;
      }
    }
    tokens.push({ start: tokenStart, end: tokenStart + raw.length, folded, key: wordKey(folded), clause, segment });
    previousEnd = tokenStart + raw.length;
  }
  return tokens;
}

function splitLongUnit(unit: SentenceUnit): SentenceUnit[] {
  if (unit.tokens.length <= MAX_SENTENCE_TOKENS) return [unit];
  const pieces: SentenceUnit[] = [];
  let from = 0;
  while (from < unit.tokens.length) {
    let to = Math.min(unit.tokens.length, from + MAX_SENTENCE_TOKENS);
    if (to < unit.tokens.length) {
      for (let cut = to - 1; cut > from + MAX_SENTENCE_TOKENS / 2; cut--) {
        if ((unit.tokens[cut]?.clause ?? 0) !== (unit.tokens[cut - 1]?.clause ?? 0)) {
          to = cut;
          break;
        }
      }
    }
    const tokens = unit.tokens.slice(from, to);
    const first = tokens[0];
    const last = tokens[tokens.length - 1];
    if (first && last) pieces.push({ start: first.start, end: last.end, tokens, interrogative: false, heading: false });
    from = to;
  }
  return pieces;
}

/**
 * Splits an input into sentences with their words, clauses and segments. Offsets always point into the
 * original text, so evidence can be quoted verbatim; URLs and e-mail addresses are ignored, as are numbers.
 */
export function segmentText(text: string): SentenceUnit[] {
  const masked = maskUrls(text);
  const units: SentenceUnit[] = [];
  for (const [rangeStart, rangeEnd] of sentenceRanges(masked)) {
    const [start, end] = trimRange(text, rangeStart, rangeEnd);
    if (end <= start) continue;
    const tokens = buildTokens(text, masked, start, end);
    if (tokens.length === 0) continue;
    const interrogative = /\?["'’”)\]]*$/.test(text.slice(start, end)) && QUESTION_STARTERS.has(tokens[0]?.folded ?? '');
    const heading = isHeading(text.slice(start, end), tokens.length);
    units.push(...splitLongUnit({ start, end, tokens, interrogative, heading }));
  }
  return units;
}
