import { MessageFlags, type ChatInputCommandInteraction } from 'discord.js';
import { interactionSubject } from '../access-subject.js';
import { requestContext, type BotContext } from '../bot-context.js';
import { botTexts } from '../bot-texts.js';
import type { ReindexOutcome } from '../reindexer.js';
import { replyEphemeral, showText } from '../reply-delivery.js';

/**
 * `/beheer herindexeer` (DISCORD_ADMIN_ROLE_ID or Administrator only): rebuilds the index with `engine.reindex()`,
 * which swaps the new index in atomically; other questions are handled meanwhile. The action is audited.
 */
export async function runBeheerCommand(interaction: ChatInputCommandInteraction, context: BotContext): Promise<void> {
  if (!context.access.isAdmin(interactionSubject(interaction))) {
    await replyEphemeral(interaction, botTexts.adminOnly);
    return;
  }
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const subcommand = interaction.options.getSubcommand();
  if (subcommand !== 'herindexeer') {
    await showText(interaction, botTexts.unknownCommand);
    return;
  }
  if (context.reindexer.isRunning) {
    await showText(interaction, botTexts.reindexRunning);
    return;
  }
  const auditContext = requestContext(interaction.user.id, interaction.channelId, 'beheer-herindexeer');
  let outcome: ReindexOutcome;
  try {
    outcome = await context.reindexer.run();
  } catch (error) {
    await context.engine.audit.record({ context: auditContext, command: 'beheer-herindexeer', outcome: 'failed' });
    throw error;
  }
  if (outcome.status === 'already-running') {
    await showText(interaction, botTexts.reindexRunning);
    return;
  }
  await context.engine.audit.record({ context: auditContext, command: 'beheer-herindexeer', outcome: 'reindexed', latencyMs: Math.round(outcome.seconds * 1000) });
  await showText(interaction, `De index is opnieuw opgebouwd in ${outcome.seconds.toLocaleString('nl-NL')} s (${outcome.passages} passages). Nieuwe vragen gebruiken de nieuwe index.`);
}
