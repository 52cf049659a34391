import type { DefinitionEntry } from './definition-library.js';
import { foldCompact, foldWords } from './term-folding.js';

interface Ranked {
  entry: DefinitionEntry;
  rank: number;
  order: number;
}

/** 0: the label starts with what was typed, 1: a word of the label does, 2: the label contains it, 3–5: the same for an alias. */
function rankOf(entry: DefinitionEntry, typed: string): number | undefined {
  const names = [entry.label, ...entry.aliases];
  let best: number | undefined;
  names.forEach((name, index) => {
    const offset = index === 0 ? 0 : 3;
    const compact = foldCompact(name);
    let rank: number | undefined;
    if (compact.startsWith(typed)) rank = 0;
    else if (foldWords(name).some((word) => word.startsWith(typed))) rank = 1;
    else if (compact.includes(typed)) rank = 2;
    if (rank !== undefined && (best === undefined || rank + offset < best)) best = rank + offset;
  });
  return best;
}

/**
 * Entries whose label or an alias matches what has been typed so far, case- and accent-insensitive, best first
 * ("regis" finds "Regisseur" and "één gezin, één plan, één regisseur"): the source of every autocomplete.
 */
export function suggestTerms(entries: readonly DefinitionEntry[], typed: string): DefinitionEntry[] {
  const folded = foldCompact(typed);
  const ranked: Ranked[] = [];
  entries.forEach((entry, order) => {
    const rank = folded === '' ? 0 : rankOf(entry, folded);
    if (rank !== undefined) ranked.push({ entry, rank, order });
  });
  ranked.sort((left, right) => left.rank - right.rank || left.order - right.order);
  return ranked.map(({ entry }) => entry);
}
