import { describe, expect, it } from 'vitest';
import { splitText } from '../../bot/message-splitting.js';
import { shorten, truncate } from '../../bot/text-shortening.js';

describe('splitText', () => {
  it('keeps a short text whole', () => {
    expect(splitText('  Kort antwoord [1].  ', 2000)).toEqual(['Kort antwoord [1].']);
  });

  it('prefers paragraph breaks, then sentence ends (with their [n]), then spaces; never exceeds the limit', () => {
    const paragraph = (label: string): string => `${label} zin een [1]. ${label} zin twee [2]. ${label} zin drie.`;
    const text = [paragraph('A'), paragraph('B'), paragraph('C')].join('\n\n');
    const pieces = splitText(text, paragraph('A').length + 5);
    expect(pieces).toEqual([paragraph('A'), paragraph('B'), paragraph('C')]);

    const sentences = splitText('Eerste zin over regie [1]. Tweede zin over sturing [2]. Derde zin.', 40);
    expect(sentences).toEqual(['Eerste zin over regie [1].', 'Tweede zin over sturing [2]. Derde zin.']);

    const words = splitText('een twee drie vier vijf zes zeven acht negen tien', 15);
    for (const piece of words) expect(piece.length).toBeLessThanOrEqual(15);
    expect(words.join(' ')).toBe('een twee drie vier vijf zes zeven acht negen tien');
  });

  it('cuts hard only inside one unbroken word, and loses nothing', () => {
    const pieces = splitText('x'.repeat(4500), 2000);
    expect(pieces.map((piece) => piece.length)).toEqual([2000, 2000, 500]);
  });

  it('stays within the limit for long mixed text', () => {
    const text = Array.from({ length: 400 }, (_, index) => `Zin ${index} over de rol van de gemeente${index % 7 === 0 ? '.\n\n' : '. '}`).join('');
    const pieces = splitText(text, 2000);
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(2000);
    expect(pieces.join(' ').replace(/\s+/g, ' ')).toBe(text.trim().replace(/\s+/g, ' '));
  });
});

describe('shorten and truncate', () => {
  it('shorten collapses whitespace and cuts at a word with "…"', () => {
    expect(shorten('Wat is\n  frontlijnsturing?', 100)).toBe('Wat is frontlijnsturing?');
    expect(shorten('Welke rol heeft de gemeente bij netwerksturing en ketensturing?', 30)).toBe('Welke rol heeft de gemeente…');
    expect(shorten('Welke rol heeft de gemeente bij netwerksturing?', 30).length).toBeLessThanOrEqual(30);
  });

  it('truncate keeps line breaks', () => {
    expect(truncate('regel 1\n> citaat', 100)).toBe('regel 1\n> citaat');
  });
});
