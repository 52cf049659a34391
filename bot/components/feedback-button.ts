import { MessageFlags, type ButtonInteraction } from 'discord.js';
import { requestContext, type BotContext } from '../bot-context.js';
import { botTexts } from '../bot-texts.js';
import { showText } from '../reply-delivery.js';

/** 👍/👎 under an answer: recorded in the audit log with the answer id; the thank-you is only for the clicker. */
export async function handleFeedbackButton(interaction: ButtonInteraction, rating: 'up' | 'down', answerId: string, context: BotContext): Promise<void> {
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  await context.engine.recordFeedback(answerId, rating, requestContext(interaction.user.id, interaction.channelId, 'feedback'));
  await showText(interaction, botTexts.feedbackThanks);
}
