import { detectHeadings, type Heading } from '../../retrieval/headings.js';
import { cleanLine } from '../../retrieval/normalize.js';

/** A stretch of the plan under one heading (or before the first heading). */
export interface PlanSection {
  title: string;
  level: number;
  /** 1-based line of the heading; 0 for the text before the first heading. */
  headingLine: number;
  /** 1-based last line of the section (the line before the next heading). */
  lastLine: number;
  /** Offsets of the body (the text under the heading, up to the next heading) in the plan text. */
  bodyStart: number;
  bodyEnd: number;
  /** Index of the enclosing section (a heading of a lower level before it), or null. */
  parent: number | null;
}

/** The title given to text that stands before the first heading. */
export const PREAMBLE_TITLE = '(tekst vóór de eerste kop)';

const FUNCTION_WORD_AT_END = /\s(?:en|of|de|het|een|van|voor|met|in|op|aan|te|die|dat|bij|naar|om|als|door|over|tot|zijn|is|wordt|worden|we|wij|ook|niet|maar)$/i;
const NUMBERED_TITLE = /^(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(\p{Lu}.*)$/u;

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * A short title line that stands between paragraphs without blank lines around it, as PDF text comes out:
 * "Bekostiging" or "3.2 Inkoop en tarieven" after a line that ends a sentence and before a line that starts one.
 */
function isCompactHeading(lines: readonly string[], index: number, headingLines: ReadonlySet<number>): { level: number; title: string } | undefined {
  const raw = lines[index] ?? '';
  const cleaned = cleanLine(raw);
  if (cleaned.length < 3 || cleaned.length > 70 || wordCount(cleaned) > 8) return undefined;
  if (/[|\t]/.test(raw) || /^\s*(?:[-–•*▪●■►·]|\d{1,2}\))/.test(raw)) return undefined;
  if (/[.,;:!]$/.test(cleaned) || (cleaned.endsWith('?') && wordCount(cleaned) > 6)) return undefined;
  if ((cleaned.match(/,/g)?.length ?? 0) > 1 || FUNCTION_WORD_AT_END.test(cleaned)) return undefined;
  const numbered = NUMBERED_TITLE.exec(cleaned);
  if (!numbered && !/^\p{Lu}/u.test(cleaned)) return undefined;
  if (!/\p{Ll}{2}/u.test(cleaned)) return undefined;
  let previous = index - 1;
  while (previous >= 0 && (lines[previous] ?? '').trim() === '') previous--;
  const previousLine = previous >= 0 ? cleanLine(lines[previous] ?? '') : '';
  if (previousLine !== '' && !headingLines.has(previous + 1) && !/[.!?:)"'”]$/.test(previousLine)) return undefined;
  let next = index + 1;
  while (next < lines.length && (lines[next] ?? '').trim() === '') next++;
  const nextLine = cleanLine(lines[next] ?? '');
  if (nextLine === '' || !/^[\p{Lu}\d"'“(-•]/u.test(nextLine)) return undefined;
  const level = numbered ? (numbered[1] ?? '').split('.').length : 1;
  return { level, title: cleaned };
}

function headingsOf(lines: readonly string[]): Heading[] {
  const found = detectHeadings(lines);
  const usesMarkdown = lines.some((line) => /^#{1,6}\s+\S/.test(line));
  if (usesMarkdown) return found;
  const known = new Set(found.map((heading) => heading.line));
  for (let index = 0; index < lines.length; index++) {
    if (known.has(index + 1)) continue;
    const compact = isCompactHeading(lines, index, known);
    if (compact) {
      found.push({ line: index + 1, level: compact.level, title: compact.title });
      known.add(index + 1);
    }
  }
  return found.sort((left, right) => left.line - right.line);
}

/**
 * Splits a plan into sections by its headings: markdown `#` headings (as DOCX files are read), numbered headings
 * ("2.1 Inkoop"), "Hoofdstuk N" headings and short stand-alone title lines, also when a PDF gives them without
 * blank lines around. Text before the first heading is a section of its own when it holds words.
 */
export function splitPlanSections(text: string): PlanSection[] {
  const lines = text.split('\n');
  const lineStarts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    lineStarts.push(offset);
    offset += line.length + 1;
  }
  const startOf = (lineNumber: number): number => (lineNumber - 1 < lineStarts.length ? (lineStarts[lineNumber - 1] ?? text.length) : text.length);
  const headings = headingsOf(lines);
  const sections: PlanSection[] = [];
  const firstHeadingLine = headings[0]?.line ?? lines.length + 1;
  if (/\p{L}/u.test(text.slice(0, startOf(firstHeadingLine)))) {
    sections.push({ title: PREAMBLE_TITLE, level: 1, headingLine: 0, lastLine: firstHeadingLine - 1, bodyStart: 0, bodyEnd: Math.min(text.length, startOf(firstHeadingLine)), parent: null });
  }
  const levels: Array<{ level: number; index: number }> = [];
  headings.forEach((heading, position) => {
    const nextLine = headings[position + 1]?.line ?? lines.length + 1;
    let bodyLine = heading.line + 1;
    // "Hoofdstuk 3" followed by its title line: the title line belongs to the heading, not to the body.
    const following = cleanLine(lines[heading.line] ?? '');
    if (/^(?:hoofdstuk)\s+\d/i.test(cleanLine(lines[heading.line - 1] ?? '')) && following !== '' && heading.title.endsWith(following)) bodyLine++;
    while (levels.length > 0 && (levels[levels.length - 1]?.level ?? 0) >= heading.level) levels.pop();
    const parent = levels[levels.length - 1]?.index ?? null;
    const index = sections.length;
    sections.push({
      title: heading.title,
      level: heading.level,
      headingLine: heading.line,
      lastLine: nextLine - 1,
      bodyStart: Math.min(text.length, startOf(Math.min(bodyLine, nextLine))),
      bodyEnd: nextLine > lines.length ? text.length : Math.max(0, startOf(nextLine) - 1),
      parent,
    });
    levels.push({ level: heading.level, index });
  });
  return sections;
}
