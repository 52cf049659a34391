import { describe, expect, it } from 'vitest';
import { DutchAnalyzer, editDistance, stem } from '../../retrieval/dutch-analyzer.js';

const vocabulary = new Map<string, number>([
  ['burger', 40], ['participatie', 30], ['regisseur', 12], ['jeugdhulp', 5], ['aanbieder', 9], ['netwerk', 20],
]);

describe('Dutch analysis', () => {
  it('stems inflections and -ing nouns onto one term', () => {
    expect(stem('aanbesteding')).toBe(stem('aanbesteden'));
    expect(stem('sturing')).toBe(stem('sturen'));
    expect(stem('gemeenten')).toBe(stem('gemeente'));
  });

  it('drops stop words and splits compounds into corpus words', () => {
    const analyzer = new DutchAnalyzer({ stems: vocabulary });
    expect(analyzer.terms('Wat is de burgerparticipatie?')).toEqual(['burgerparticipatie', 'burger', 'participatie']);
    expect(analyzer.terms('jeugdhulpaanbieders')).toEqual(expect.arrayContaining(['jeugdhulp', 'aanbieder']));
  });

  it('corrects a misspelt query word to a corpus word', () => {
    const analyzer = new DutchAnalyzer({ stems: vocabulary });
    expect(analyzer.terms('regiseur', { correctSpelling: true })).toEqual(['regisseur']);
    expect(analyzer.terms('regiseur')).toEqual(['regiseur']);
  });

  it('measures edit distance with transpositions', () => {
    expect(editDistance('regisseur', 'regiseur')).toBe(1);
    expect(editDistance('ab', 'ba')).toBe(1);
    expect(editDistance('kat', 'kat')).toBe(0);
  });
});
