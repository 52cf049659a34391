import { MessageFlags, type ChatInputCommandInteraction } from 'discord.js';
import type { BotContext } from '../bot-context.js';
import { documentListMessages } from '../render/document-list-messages.js';
import { deliverToInteraction } from '../reply-delivery.js';

/** `/bronnen`: the studied documents with citation and title (only for the asker). */
export async function runBronnenCommand(interaction: ChatInputCommandInteraction, context: BotContext): Promise<void> {
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  await deliverToInteraction(interaction, documentListMessages(context.engine.knowledge.documents), { ephemeral: true });
}
