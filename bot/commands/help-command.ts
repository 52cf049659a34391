import { MessageFlags, type ChatInputCommandInteraction } from 'discord.js';
import { helpMessages } from '../render/help-messages.js';
import { deliverToInteraction } from '../reply-delivery.js';

/** `/help`: what Stuurwijzer can do, with examples (only for the asker). */
export async function runHelpCommand(interaction: ChatInputCommandInteraction): Promise<void> {
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  await deliverToInteraction(interaction, helpMessages(), { ephemeral: true });
}
