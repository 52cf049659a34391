import { describe, expect, it } from 'vitest';
import { cleanLine, normalizeLines, normalizeText, splitLines } from '../../retrieval/normalize.js';

describe('normalisation for indexing', () => {
  it('joins words hyphenated over a line break and keeps real hyphens', () => {
    const result = normalizeLines(['De ge-', 'meenten werken samen met Wmo-', 'Organisaties.'], 10);
    expect(result.text).toBe('De gemeenten werken samen met Wmo- Organisaties.');
  });

  it('maps every offset back to the original line', () => {
    const result = normalizeLines(['eerste regel', '', 'derde', 'vierde ge-', 'broken woord'], 100);
    expect(result.lineAt(result.text.indexOf('eerste'))).toBe(100);
    expect(result.lineAt(result.text.indexOf('derde'))).toBe(102);
    expect(result.lineAt(result.text.indexOf('gebroken'))).toBe(103);
    expect(result.lineAt(result.text.indexOf('woord'))).toBe(104);
  });

  it('removes ligatures, markup, OCR bullets and extra whitespace', () => {
    expect(cleanLine('¢ de ﬁnanciële   <b>regie</b>\tligt')).toBe('de financiële regie ligt');
    expect(cleanLine('### **2.2 Governancetypen**')).toBe('2.2 Governancetypen');
    expect(normalizeText('“netwerkende”  overheid')).toBe('"netwerkende" overheid');
  });

  it('counts lines like sed does', () => {
    expect(splitLines('a\nb\n')).toEqual(['a', 'b']);
    expect(splitLines('a\r\nb')).toEqual(['a', 'b']);
  });
});
