import { MessageFlags, type ChatInputCommandInteraction } from 'discord.js';
import type { BotContext } from '../bot-context.js';
import { botTexts } from '../bot-texts.js';
import { showText } from '../reply-delivery.js';

/**
 * `/toets bestand:<bijlage>`: the self-assessment of draft plans. For now it says plainly that it is coming; swap
 * this file for the real report (it receives the same interaction and context).
 */
export async function runToetsCommand(interaction: ChatInputCommandInteraction, context: BotContext): Promise<void> {
  void context;
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  await showText(interaction, botTexts.toetsComingSoon);
}
