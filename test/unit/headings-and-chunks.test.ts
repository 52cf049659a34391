import { describe, expect, it } from 'vitest';
import { chunkDocument } from '../../retrieval/chunk.js';
import { loadCorpus } from '../../retrieval/corpus.js';
import { detectHeadings } from '../../retrieval/headings.js';
import { normalizeLines } from '../../retrieval/normalize.js';

const documents = loadCorpus('corpus/documents');
const byPrefix = (prefix: string) => documents.find((document) => document.entry.file.startsWith(prefix))!;

describe('heading detection', () => {
  it('finds markdown, numbered, chapter and plain headings with their lines', () => {
    const wester = detectHeadings(byPrefix('wester').lines);
    expect(wester).toContainEqual({ line: 302, level: 2, title: '2.2 Governancetypen' });
    expect(wester).toContainEqual({ line: 488, level: 1, title: '3. Sturing in acht gemeenten: onderzoeks-uitkomsten' });
    const veer = detectHeadings(byPrefix('van-der-veer').lines);
    expect(veer).toContainEqual({ line: 45, level: 1, title: '2 Het hoera-begrip integraliteit' });
    const janssens = detectHeadings(byPrefix('janssens').lines);
    expect(janssens.map((heading) => heading.title)).toContain('De ruimte en fuik van gemeenten');
    const nijdam = detectHeadings(byPrefix('nijdam').lines);
    expect(nijdam.find((heading) => heading.title.startsWith('3.3 '))?.line).toBeGreaterThan(1000);
  });

  it('does not take footnotes or numbered list items for chapters', () => {
    const veer = detectHeadings(byPrefix('van-der-veer').lines).map((heading) => heading.line);
    expect(veer).not.toContain(65); // "4 TK (2012/2013). *Bruggen slaan*. …" is a footnote
    const wester = detectHeadings(byPrefix('wester').lines);
    expect(wester.find((heading) => heading.title.startsWith('5. Vraagsturing'))?.level).toBeGreaterThan(2);
  });
});

describe('section-aware chunking', () => {
  for (const document of documents) {
    it(`cites original lines for every passage of ${document.entry.file}`, () => {
      const passages = chunkDocument(document);
      expect(passages.length).toBeGreaterThan(20);
      for (const passage of passages) {
        const [first, last] = passage.lines;
        expect(first).toBeGreaterThanOrEqual(1);
        expect(last).toBeLessThanOrEqual(document.lines.length);
        const range = normalizeLines(document.lines.slice(first - 1, last), first).text;
        // Every sentence-sized piece of the passage occurs in its own line range.
        for (const piece of passage.text.split(/(?<=[.!?])\s+/).filter((part) => part.length > 30).slice(0, 3)) {
          expect(range).toContain(piece);
        }
      }
    });
  }

  it('carries the section path and keeps Figuur 2 of Wester & Schurer whole', () => {
    const passages = chunkDocument(byPrefix('wester'));
    const table = passages.find((passage) => passage.lines[0] <= 340 && passage.lines[1] >= 340)!;
    expect(table.sectionPath).toContain('2.2 Governancetypen');
    expect(table.text).toContain('integrale beleidssturing');
    expect(table.text).toContain('Vraagsturing');
  });
});
