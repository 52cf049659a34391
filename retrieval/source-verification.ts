import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeLines, normalizeText, splitLines } from './normalize.js';

/** A cited passage as stored in the model definitions and the glossary. */
export interface SourceReference {
  document: string;
  lines: [number, number];
  quote: string;
}

export interface SourceProblem {
  path: string;
  source: SourceReference;
  problem: string;
}

/** Reads corpus documents once and answers whether quotes occur within their cited lines. */
export class SourceVerifier {
  private readonly cache = new Map<string, string[]>();

  constructor(private readonly documentsDirectory: string) {}

  private linesOf(document: string): string[] | undefined {
    if (!this.cache.has(document)) {
      try {
        this.cache.set(document, splitLines(readFileSync(join(this.documentsDirectory, document), 'utf8')));
      } catch {
        return undefined;
      }
    }
    return this.cache.get(document);
  }

  /** Returns a Dutch-free, developer-facing problem description, or undefined when the source is sound. */
  check(source: SourceReference): string | undefined {
    const lines = this.linesOf(source.document);
    if (!lines) return `document not found: ${source.document}`;
    const [first, last] = source.lines;
    if (!Number.isInteger(first) || !Number.isInteger(last) || first < 1 || last < first || last > lines.length) {
      return `line range ${first}-${last} outside 1-${lines.length}`;
    }
    const quote = normalizeText(source.quote);
    if (quote.length < 3) return 'quote too short';
    const range = normalizeLines(lines.slice(first - 1, last), first).text;
    if (!range.includes(quote)) return `quote not found in lines ${first}-${last}`;
    return undefined;
  }

  /** Walks any JSON value and checks every object that looks like a source reference. */
  checkAll(value: unknown, path = '$'): SourceProblem[] {
    const problems: SourceProblem[] = [];
    const visit = (node: unknown, at: string): void => {
      if (Array.isArray(node)) {
        node.forEach((item, index) => visit(item, `${at}[${index}]`));
        return;
      }
      if (node === null || typeof node !== 'object') return;
      const record = node as Record<string, unknown>;
      if (typeof record.document === 'string' && Array.isArray(record.lines) && typeof record.quote === 'string') {
        const source = record as unknown as SourceReference;
        const problem = this.check(source);
        if (problem) problems.push({ path: at, source, problem });
      }
      for (const [key, child] of Object.entries(record)) visit(child, `${at}.${key}`);
    };
    visit(value, path);
    return problems;
  }
}
