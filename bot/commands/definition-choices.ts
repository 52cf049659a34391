import type { ApplicationCommandOptionChoiceData } from 'discord.js';
import type { DefinitionEntry } from '../../engine/definitions/definition-library.js';
import { foldCompact, foldWords } from '../../engine/definitions/term-folding.js';
import { discordLimits } from '../discord-limits.js';
import { shorten } from '../text-shortening.js';

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
 * Autocomplete choices for `/definitie term`: up to 25 entries whose label or an alias matches what was typed,
 * case- and accent-insensitive ("regis" finds "Regisseur" and "één gezin, één plan, één regisseur"). The name shows
 * label, framework and (for terms with several meanings) the sense; the value is the entry key, so the pick resolves
 * to exactly that entry.
 */
export function definitionChoices(entries: readonly DefinitionEntry[], typed: string): ApplicationCommandOptionChoiceData<string>[] {
  const folded = foldCompact(typed);
  const ranked: Ranked[] = [];
  entries.forEach((entry, order) => {
    const rank = folded === '' ? 0 : rankOf(entry, folded);
    if (rank !== undefined) ranked.push({ entry, rank, order });
  });
  ranked.sort((left, right) => left.rank - right.rank || left.order - right.order);
  return ranked
    .filter(({ entry }) => entry.key.length <= discordLimits.choiceValue)
    .slice(0, discordLimits.autocompleteChoices)
    .map(({ entry }) => ({ name: shorten(`${entry.label} · ${entry.frameworkLabel}${entry.sense ? ` — ${entry.sense}` : ''}`, discordLimits.choiceName), value: entry.key }));
}
