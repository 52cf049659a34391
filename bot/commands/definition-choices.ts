import type { ApplicationCommandOptionChoiceData } from 'discord.js';
import type { DefinitionEntry } from '../../engine/definitions/definition-library.js';
import { suggestTerms } from '../../engine/definitions/suggest-terms.js';
import { discordLimits } from '../discord-limits.js';
import { shorten } from '../text-shortening.js';

/**
 * Autocomplete choices for `/definitie term`: the engine's term suggestions as Discord choices. The name shows
 * label, framework and (for terms with several meanings) the sense; the value is the entry key, so the pick
 * resolves to exactly that entry.
 */
export function definitionChoices(entries: readonly DefinitionEntry[], typed: string): ApplicationCommandOptionChoiceData<string>[] {
  return suggestTerms(entries, typed)
    .filter((entry) => entry.key.length <= discordLimits.choiceValue)
    .slice(0, discordLimits.autocompleteChoices)
    .map((entry) => ({ name: shorten(`${entry.label} · ${entry.frameworkLabel}${entry.sense ? ` — ${entry.sense}` : ''}`, discordLimits.choiceName), value: entry.key }));
}
