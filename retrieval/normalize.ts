/**
 * Normalisation of extracted PDF text for indexing and quote checking.
 *
 * The corpus files are the citation anchors: every passage is cited by the 1-based line numbers of the
 * original file. Normalisation therefore never changes the file; it produces a cleaned text together
 * with a map from every offset in the cleaned text back to the original line it came from.
 *
 * What it does, in order, per line:
 * - Unicode NFC, ligatures (ﬁ, ﬂ, …) spelled out, typographic quotes made straight, soft hyphens removed;
 * - markup left by the extraction removed (`<b>`, `</b>`, markdown `#` heading marks and `*` emphasis);
 * - OCR bullet glyphs at the start of a line removed (¢, •, ▪, ●, ■, ►, ·, *);
 * - a word broken over a line end with a hyphen ("ge-" + "meenten") joined when the next line starts lowercase;
 * - all runs of whitespace (tabs, newlines) collapsed to one space.
 */

export interface NormalizedText {
  /** The cleaned text: one space between words, no line breaks. */
  text: string;
  /** For every character offset in `text`, the 1-based line number in the original file. */
  lineAt: (offset: number) => number;
}

const LIGATURES: Record<string, string> = { 'ﬀ': 'ff', 'ﬁ': 'fi', 'ﬂ': 'fl', 'ﬃ': 'ffi', 'ﬄ': 'ffl', 'ﬅ': 'st', 'ﬆ': 'st' };
const BULLET_AT_START = /^\s*(?:[¢•▪●■►·▸‣◦]|\*(?=\s))\s*/u;
const HYPHEN_AT_END = /(\p{L})[-­]$/u;
const STARTS_LOWERCASE = /^\p{Ll}/u;

/** Cleans one line without joining it to its neighbours. */
export function cleanLine(line: string): string {
  let result = line.normalize('NFC');
  result = result.replace(/[ﬀﬁﬂﬃﬄﬅﬆ]/g, (ligature) => LIGATURES[ligature] ?? ligature);
  result = result.replace(/[‘’‚‛`´]/g, "'").replace(/[“”„‟]/g, '"');
  result = result.replace(/<\/?[a-z]+>/gi, ' ');
  result = result.replace(/^\s*#{1,6}\s+/, '');
  result = result.replace(/\*\*?([^*]+)\*\*?/g, '$1');
  result = result.replace(BULLET_AT_START, '');
  result = result.replace(/­(?!$)/g, '');
  return result.replace(/\s+/g, ' ').trim();
}

/**
 * Normalises lines `firstLine..` (1-based numbering of the first element) into one cleaned text with an
 * offset → original line map.
 */
export function normalizeLines(lines: readonly string[], firstLine = 1): NormalizedText {
  let text = '';
  const segmentStarts: number[] = [];
  const segmentLines: number[] = [];
  let pendingJoin = false;
  for (let index = 0; index < lines.length; index++) {
    const cleaned = cleanLine(lines[index] ?? '');
    if (cleaned === '') continue;
    const lineNumber = firstLine + index;
    let piece = cleaned;
    if (text.length > 0) {
      if (pendingJoin && STARTS_LOWERCASE.test(piece)) {
        text = text.slice(0, -1); // drop the hyphen that broke the word
      } else {
        text += ' ';
      }
    }
    pendingJoin = HYPHEN_AT_END.test(piece);
    segmentStarts.push(text.length);
    segmentLines.push(lineNumber);
    text += piece;
    piece = '';
  }
  const lineAt = (offset: number): number => {
    let low = 0;
    let high = segmentStarts.length - 1;
    if (high < 0) return firstLine;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((segmentStarts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return segmentLines[low] ?? firstLine;
  };
  return { text, lineAt };
}

/** Normalises free text (a quote, a question) the same way as corpus lines. */
export function normalizeText(value: string): string {
  return normalizeLines(value.split(/\r?\n/)).text;
}

/** Splits a file's content into lines the way line numbers are counted (`sed -n 'N,Mp'`). */
export function splitLines(content: string): string[] {
  const lines = content.split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Folds case and accents, for matching terms rather than quoting them. */
export function foldForMatching(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();
}
