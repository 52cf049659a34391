import { cleanLine } from './normalize.js';

/** A heading found in a document, with its 1-based line number and nesting level (1 = chapter). */
export interface Heading {
  line: number;
  level: number;
  title: string;
}

const TABLE_OF_CONTENTS_LINE = /\t\s*\d{1,3}\s*$|\.{4,}\s*\d{1,3}\s*$/;
const NUMBERED = /^(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(\S.*)$/u;
const CHAPTER_WORD = /^(Hoofdstuk|HOOFDSTUK)\s+(\d{1,2})\s*$/;
const APPENDIX = /^(Bijlage|BIJLAGE)\s+([A-Z]|\d{1,2})\b(.*)$/;
const ENDS_LIKE_SENTENCE = /(?<!\.\.|…)[.,;:\-–(]$/;

function isBlank(line: string | undefined): boolean {
  return line === undefined || line.trim() === '';
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * Detects headings in one document. Recognised, in order of strength:
 * markdown `#` lines; "Hoofdstuk N" followed by a title line; "Bijlage X"; numbered headings ("3.3 De vier
 * perspectieven", "2 Het hoera-begrip") whose numbering fits the chapter being read (so footnotes such as
 * "22 Rood, E. …" are not taken for headings); short stand-alone lines between blank lines (plain headings).
 * Table-of-contents lines (title, tab, page number) are skipped.
 */
export function detectHeadings(lines: readonly string[]): Heading[] {
  const headings: Heading[] = [];
  let chapter = 0;
  let numberedDepth = 0;
  const usesMarkdown = lines.some((line) => /^#{1,6}\s+\S/.test(line));
  let listCounter = 0; // a numbered list ("1. …", "2. …") inside a section, not chapters
  const contentsTitles = new Set(
    lines
      .filter((line) => TABLE_OF_CONTENTS_LINE.test(line))
      .map((line) => cleanLine(line.replace(TABLE_OF_CONTENTS_LINE, '')).replace(/^\d{1,2}(\.\d{1,2})*\.?\s+/, ''))
      .filter((title) => title.length >= 4),
  );

  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index] ?? '';
    if (raw.trim() === '' || TABLE_OF_CONTENTS_LINE.test(raw)) continue;
    const lineNumber = index + 1;
    const previousBlank = isBlank(lines[index - 1]);
    const nextBlank = isBlank(lines[index + 1]);

    const markdown = /^(#{1,6})\s+(.*)$/.exec(raw.trim());
    if (markdown) {
      const title = cleanLine(markdown[2] ?? '');
      if (!title) continue;
      // Numbered markdown headings take their level from the numbering; others nest under the current one.
      const numberedTitle = /^(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+\S/.exec(title);
      const parts = numberedTitle ? (numberedTitle[1] ?? '').split('.').map(Number) : [];
      const first = parts[0] ?? 0;
      if (parts.length === 1 && chapter > 0 && (first === 1 || (listCounter > 0 && first === listCounter + 1))) {
        listCounter = first;
        headings.push({ line: lineNumber, level: Math.max(1, numberedDepth + 1), title });
      } else if (parts.length > 1 && (first === chapter || first === chapter + 1)) {
        chapter = first;
        listCounter = 0;
        numberedDepth = parts.length;
        headings.push({ line: lineNumber, level: parts.length, title });
      } else if (parts.length === 1 && first === chapter + 1) {
        chapter = first;
        listCounter = 0;
        numberedDepth = 1;
        headings.push({ line: lineNumber, level: 1, title });
      } else if ((markdown[1] ?? '').length === 1 && chapter === 0) {
        headings.push({ line: lineNumber, level: 1, title });
      } else {
        headings.push({ line: lineNumber, level: Math.max(1, numberedDepth + 1), title });
      }
      continue;
    }

    const chapterWord = CHAPTER_WORD.exec(raw.trim());
    if (chapterWord) {
      const next = cleanLine(lines[index + 1] ?? '');
      chapter = Number(chapterWord[2]);
      numberedDepth = 1;
      headings.push({ line: lineNumber, level: 1, title: next && !ENDS_LIKE_SENTENCE.test(next) ? `${chapter} ${next}` : `Hoofdstuk ${chapter}` });
      if (next) index++;
      continue;
    }

    const cleaned = cleanLine(raw);
    if (cleaned.length > 100) continue;

    const appendix = APPENDIX.exec(cleaned);
    if (appendix && previousBlank && cleaned.length <= 90 && !ENDS_LIKE_SENTENCE.test(cleaned)) {
      headings.push({ line: lineNumber, level: 1, title: cleaned });
      chapter = 1000; // numbered headings inside appendices are not chapters
      numberedDepth = 1;
      continue;
    }

    const numbered = NUMBERED.exec(cleaned);
    if (numbered && !usesMarkdown) {
      const parts = (numbered[1] ?? '').split('.').map(Number);
      const title = numbered[2] ?? '';
      const first = parts[0] ?? 0;
      const looksLikeTitle =
        /^\p{Lu}/u.test(title) && !ENDS_LIKE_SENTENCE.test(title) && !/\.\s/.test(title) && wordCount(title) <= 12;
      if (looksLikeTitle && previousBlank) {
        if (parts.length === 1) {
          // A chapter heading "2 Het hoera-begrip integraliteit": only the next chapter number, short, alone.
          if ((first === chapter + 1 || (chapter === 0 && first === 1)) && title.length <= 70 && nextBlank) {
            chapter = first;
            numberedDepth = 1;
            headings.push({ line: lineNumber, level: 1, title: `${first} ${title}` });
            continue;
          }
        } else if (first === chapter || first === chapter + 1 || chapter === 1000) {
          if (chapter !== 1000) chapter = first;
          numberedDepth = parts.length;
          headings.push({ line: lineNumber, level: parts.length, title: `${numbered[1]} ${title}` });
          continue;
        }
      }
      continue;
    }

    if (contentsTitles.has(cleaned) && previousBlank) {
      headings.push({ line: lineNumber, level: Math.max(1, numberedDepth + 1), title: cleaned });
      continue;
    }

    // Plain heading: a short stand-alone line between blank lines that does not read like a sentence.
    if (
      previousBlank &&
      nextBlank &&
      cleaned.length >= 4 &&
      cleaned.length <= 70 &&
      wordCount(cleaned) <= 9 &&
      /^\p{Lu}/u.test(cleaned) &&
      !ENDS_LIKE_SENTENCE.test(cleaned) &&
      !/[.!]\s/.test(cleaned) &&
      !/\t/.test(raw) &&
      /\p{Ll}{2}/u.test(cleaned)
    ) {
      headings.push({ line: lineNumber, level: Math.max(1, numberedDepth + 1), title: cleaned });
    }
  }
  return headings;
}

/** The section path (outermost first) that holds a given line. */
export function sectionPathAt(headings: readonly Heading[], line: number): string[] {
  const stack: Heading[] = [];
  for (const heading of headings) {
    if (heading.line > line) break;
    while (stack.length > 0 && (stack[stack.length - 1]?.level ?? 0) >= heading.level) stack.pop();
    stack.push(heading);
  }
  return stack.map((heading) => heading.title);
}
