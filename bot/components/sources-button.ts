import { MessageFlags, type ButtonInteraction } from 'discord.js';
import type { BotContext } from '../bot-context.js';
import { botTexts } from '../bot-texts.js';
import { sourceListMessages } from '../render/source-list-messages.js';
import { deliverToInteraction, showText } from '../reply-delivery.js';

/** "Bronnen" under an answer: the full source list with complete quotes, only for the clicker. */
export async function handleSourcesButton(interaction: ButtonInteraction, answerId: string, context: BotContext): Promise<void> {
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const citations = context.recentAnswers.citationsOf(answerId);
  if (citations === undefined) {
    await showText(interaction, botTexts.sourcesUnavailable);
    return;
  }
  await deliverToInteraction(interaction, sourceListMessages(citations), { ephemeral: true });
}
