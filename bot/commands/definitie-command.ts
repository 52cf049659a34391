import type { AutocompleteInteraction, ChatInputCommandInteraction } from 'discord.js';
import type { BotContext } from '../bot-context.js';
import { definitionMessages } from '../render/definition-messages.js';
import { deliverToInteraction } from '../reply-delivery.js';
import { definitionChoices } from './definition-choices.js';

/** `/definitie term:<term>`: the definition(s) with sources, or "bedoel je …?" suggestions. */
export async function runDefinitieCommand(interaction: ChatInputCommandInteraction, context: BotContext): Promise<void> {
  await interaction.deferReply();
  const term = interaction.options.getString('term', true);
  const result = context.engine.define(term);
  await deliverToInteraction(interaction, definitionMessages(result, term), { ephemeral: false });
}

/** Autocomplete of `/definitie term`: answered at once (autocomplete cannot be deferred). */
export async function respondDefinitieAutocomplete(interaction: AutocompleteInteraction, context: BotContext): Promise<void> {
  const focused = interaction.options.getFocused(true);
  const choices = focused.name === 'term' ? definitionChoices(context.engine.knowledge.definitions.entries(), String(focused.value)) : [];
  await interaction.respond(choices);
}
