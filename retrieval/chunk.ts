import type { CorpusDocument } from './corpus.js';
import { detectHeadings, sectionPathAt, type Heading } from './headings.js';
import { normalizeLines } from './normalize.js';

export type PassageKind = 'passage' | 'definition';

/** A citable passage: normalised text plus where it stands in the original file. */
export interface Passage {
  id: string;
  kind: PassageKind;
  document: string;
  citation: string;
  sectionPath: string[];
  /** 1-based inclusive line range in the original corpus file. */
  lines: [number, number];
  text: string;
  /** For definition passages: the framework and category or glossary id it defines. */
  defines?: string;
  /** Text to index instead of section title + text (definition passages: label, aliases, summary, quote). */
  searchText?: string;
}

export interface ChunkOptions {
  /** Soft maximum of characters per passage. */
  maxCharacters: number;
  /** Passages shorter than this are merged with the next block of the same section. */
  minCharacters: number;
  /** Tables up to this size stay whole. */
  maxTableCharacters: number;
}

export const DEFAULT_CHUNK_OPTIONS: ChunkOptions = { maxCharacters: 900, minCharacters: 250, maxTableCharacters: 2400 };

interface Block {
  first: number;
  last: number;
  isTable: boolean;
  lines: string[];
}

/** Splits the document into blocks of consecutive non-blank lines, cut at headings. */
function blocksOf(lines: readonly string[], headingLines: ReadonlySet<number>): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  const close = (): void => {
    if (current) {
      const tabbed = current.lines.filter((line) => line.includes('\t')).length;
      current.isTable = tabbed >= 2 && tabbed >= current.lines.length / 2;
      blocks.push(current);
    }
    current = undefined;
  };
  lines.forEach((line, index) => {
    const lineNumber = index + 1;
    if (line.trim() === '' || headingLines.has(lineNumber)) {
      close();
      return;
    }
    if (!current) current = { first: lineNumber, last: lineNumber, isTable: false, lines: [] };
    current.last = lineNumber;
    current.lines.push(line);
  });
  close();
  return blocks;
}

interface Piece {
  first: number;
  last: number;
  text: string;
}

/** Cuts normalised text into sentence windows of at most `max` characters, keeping line numbers. */
function sentenceWindows(block: Block, max: number): Piece[] {
  const normalized = normalizeLines(block.lines, block.first);
  const text = normalized.text;
  const sentenceEnds: number[] = [];
  const boundary = /[.!?…]["')\]]?\s+(?=["'(\p{Lu}\d])/gu;
  for (let match = boundary.exec(text); match; match = boundary.exec(text)) sentenceEnds.push(match.index + match[0].length);
  sentenceEnds.push(text.length);
  const pieces: Piece[] = [];
  let start = 0;
  let cursor = 0;
  for (const end of sentenceEnds) {
    if (end - start > max && cursor > start) {
      pieces.push({ first: normalized.lineAt(start), last: normalized.lineAt(cursor - 1), text: text.slice(start, cursor).trim() });
      start = cursor;
    }
    cursor = end;
  }
  if (cursor > start) pieces.push({ first: normalized.lineAt(start), last: normalized.lineAt(cursor - 1), text: text.slice(start, cursor).trim() });
  return pieces;
}

/** Splits a large table into row groups, each with the header row in front. */
function tableGroups(block: Block, max: number): Piece[] {
  const [header, ...rows] = block.lines;
  const headerText = normalizeLines([header ?? ''], block.first).text;
  const pieces: Piece[] = [];
  let groupStart = 0;
  let groupText = '';
  rows.forEach((row, index) => {
    const rowText = normalizeLines([row], block.first + 1 + index).text;
    if (groupText && groupText.length + rowText.length > max) {
      pieces.push({ first: block.first + 1 + groupStart, last: block.first + index, text: `${headerText} ${groupText}`.trim() });
      groupStart = index;
      groupText = '';
    }
    groupText = groupText ? `${groupText} ${rowText}` : rowText;
  });
  if (groupText) pieces.push({ first: block.first + 1 + groupStart, last: block.last, text: `${headerText} ${groupText}`.trim() });
  return pieces;
}

/** Section-aware chunking of one document into citable passages. */
export function chunkDocument(document: CorpusDocument, options: ChunkOptions = DEFAULT_CHUNK_OPTIONS): Passage[] {
  const headings: Heading[] = detectHeadings(document.lines);
  const headingLines = new Set(headings.map((heading) => heading.line));
  const blocks = blocksOf(document.lines, headingLines);
  const passages: Passage[] = [];
  const pathKey = (line: number): string => sectionPathAt(headings, line).join('\u0000');

  let pending: Piece | undefined;
  let pendingSection = '';
  const flush = (): void => {
    if (pending && pending.text.trim()) {
      passages.push({
        id: `${document.entry.file}#${pending.first}-${pending.last}`,
        kind: 'passage',
        document: document.entry.file,
        citation: document.entry.shortCitation,
        sectionPath: pendingSection ? pendingSection.split('\u0000') : [],
        lines: [pending.first, pending.last],
        text: pending.text,
      });
    }
    pending = undefined;
  };

  for (const block of blocks) {
    const section = pathKey(block.first);
    const text = normalizeLines(block.lines, block.first).text;
    let pieces: Piece[];
    if (block.isTable) pieces = text.length <= options.maxTableCharacters ? [{ first: block.first, last: block.last, text }] : tableGroups(block, options.maxCharacters);
    else if (text.length > options.maxCharacters) pieces = sentenceWindows(block, options.maxCharacters);
    else pieces = [{ first: block.first, last: block.last, text }];

    for (const piece of pieces) {
      const crossesHeading = pending !== undefined && headings.some((heading) => heading.line > pending!.last && heading.line < piece.first);
      if (pending && (section !== pendingSection || crossesHeading || pending.text.length + piece.text.length > options.maxCharacters || block.isTable)) {
        if (pending.text.length >= options.minCharacters || section !== pendingSection || crossesHeading || block.isTable) flush();
      }
      if (pending) {
        // A word broken over a column or page break ("Veldhuij-" … "zen") is joined as normalisation does.
        const joined = /\p{L}-$/u.test(pending.text) && /^\p{Ll}/u.test(piece.text) ? `${pending.text.slice(0, -1)}${piece.text}` : `${pending.text} ${piece.text}`;
        pending = { first: pending.first, last: piece.last, text: joined };
      } else {
        pending = { ...piece };
        pendingSection = section;
      }
      if (block.isTable) flush();
    }
  }
  flush();
  return passages;
}
