import { MessageFlags, type ChatInputCommandInteraction } from 'discord.js';
import { requestContext, type BotContext } from '../bot-context.js';
import { answerMessages } from '../render/answer-messages.js';
import { deliverToInteraction } from '../reply-delivery.js';

/** `/vraag vraag:<tekst> [prive:boolean]`: deferred at once (ephemeral when private), then the answer with sources. */
export async function runVraagCommand(interaction: ChatInputCommandInteraction, context: BotContext): Promise<void> {
  const isPrivate = interaction.options.getBoolean('prive') ?? false;
  await interaction.deferReply(isPrivate ? { flags: MessageFlags.Ephemeral } : {});
  const question = interaction.options.getString('vraag', true);
  const answer = await context.engine.ask(question, { context: requestContext(interaction.user.id, interaction.channelId, 'vraag') });
  context.recentAnswers.remember(answer.id, answer.citations);
  await deliverToInteraction(interaction, answerMessages(question, answer), { ephemeral: isPrivate });
}
