import type { CatalogEntry } from './catalog.js';
import { foldForMatching } from './normalize.js';

/**
 * Recognises when a question names a document ("volgens Nijdam", "in het VNG-essay", "wat zegt K2"), from the
 * catalog: author surnames, the first word of the short citation, and abbreviations of the publisher.
 */
export class DocumentMentions {
  private readonly patterns: Array<{ file: string; pattern: RegExp }> = [];

  constructor(entries: readonly CatalogEntry[]) {
    for (const entry of entries) {
      const names = new Set<string>();
      for (const author of entry.authors) {
        const parts = author.trim().split(/\s+/);
        const particle = parts.findIndex((part) => /^(van|de|der|den|ter|ten)$/i.test(part));
        names.add(particle > 0 ? parts.slice(particle).join(' ') : (parts[parts.length - 1] ?? ''));
      }
      const leading = entry.shortCitation.split(/[\s(&-]+/)[0] ?? '';
      if (leading.length >= 2) names.add(leading);
      for (const match of (entry.publisher ?? '').matchAll(/\(([A-Z0-9]{2,})\)|\b([A-Z][A-Z0-9]{1,})\b/g)) names.add(match[1] ?? match[2] ?? '');
      for (const name of names) {
        const folded = foldForMatching(name).trim();
        if (folded.length < 2) continue;
        const escaped = folded.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
        this.patterns.push({ file: entry.file, pattern: new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'u') });
      }
    }
  }

  /** The text without the names of documents ("volgens Nijdam" → "volgens"), for judging coverage. */
  strip(text: string): string {
    let result = foldForMatching(text);
    for (const item of this.patterns) result = result.replace(new RegExp(item.pattern.source, 'gu'), '$1 $2');
    return result;
  }

  /** Files of the documents the text mentions. */
  find(text: string): string[] {
    const folded = foldForMatching(text);
    return [...new Set(this.patterns.filter((item) => item.pattern.test(folded)).map((item) => item.file))];
  }
}
