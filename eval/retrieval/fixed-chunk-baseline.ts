import type { CorpusDocument } from '../../retrieval/corpus.js';
import { DutchAnalyzer } from '../../retrieval/dutch-analyzer.js';
import { LexicalIndex } from '../../retrieval/lexical-index.js';

/**
 * The naive baseline the issue names: BM25 over fixed 1000-character chunks (whole lines, no sections, no
 * normalisation beyond the analyzer). Used only to show what section-aware hybrid search adds.
 */
export class FixedChunkBaseline {
  private readonly chunks: Array<{ document: string; lines: [number, number] }> = [];
  private readonly index: LexicalIndex;
  private readonly analyzer = new DutchAnalyzer();

  constructor(documents: readonly CorpusDocument[], size = 1000) {
    const texts: string[] = [];
    for (const document of documents) {
      let start = 1;
      let text = '';
      document.lines.forEach((line, position) => {
        text += `${line}\n`;
        if (text.length >= size || position === document.lines.length - 1) {
          this.chunks.push({ document: document.entry.file, lines: [start, position + 1] });
          texts.push(text);
          start = position + 2;
          text = '';
        }
      });
    }
    this.index = new LexicalIndex({ documentTerms: texts.map((text) => this.analyzer.terms(text)) });
  }

  search(question: string, limit: number): Array<{ document: string; lines: [number, number] }> {
    return this.index.search(this.analyzer.terms(question), limit).map((hit) => this.chunks[hit.index]!);
  }
}
