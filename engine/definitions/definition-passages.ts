import type { Passage } from '../../retrieval/chunk.js';
import type { CorpusDocument } from '../../retrieval/corpus.js';
import { detectHeadings, sectionPathAt, type Heading } from '../../retrieval/headings.js';
import type { DefinitionLibrary } from './definition-library.js';

/**
 * One citable passage per source of every framework category and glossary term, for the search index:
 * the text is the verbatim quote, the lines are the cited lines, and `searchText` adds the label, aliases
 * and summary so a question in other words still finds the definition. Sources that cite a document not in
 * the corpus (for example one the user removed) are skipped.
 */
export function definitionPassages(library: DefinitionLibrary, documents: readonly CorpusDocument[]): Passage[] {
  const byFile = new Map(documents.map((document) => [document.entry.file, document]));
  const headingsByFile = new Map<string, Heading[]>();
  const headingsOf = (document: CorpusDocument): Heading[] => {
    let headings = headingsByFile.get(document.entry.file);
    if (!headings) {
      headings = detectHeadings(document.lines);
      headingsByFile.set(document.entry.file, headings);
    }
    return headings;
  };

  const passages: Passage[] = [];
  for (const entry of library.entries()) {
    entry.sources.forEach((source, index) => {
      const document = byFile.get(source.document);
      if (!document) return;
      const [first, last] = source.lines;
      passages.push({
        id: `definition:${entry.key}:${index + 1}`,
        kind: 'definition',
        document: source.document,
        citation: document.entry.shortCitation,
        sectionPath: sectionPathAt(headingsOf(document), first),
        lines: [first, last],
        text: source.quote,
        defines: entry.key,
        searchText: [entry.label, ...entry.aliases, entry.summary, source.quote].join('\n'),
      });
    });
  }
  return passages;
}
