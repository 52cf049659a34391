import type { AutocompleteInteraction, ButtonInteraction, ChatInputCommandInteraction, Interaction, ModalSubmitInteraction, RepliableInteraction } from 'discord.js';
import { interactionSubject } from './access-subject.js';
import type { BotContext } from './bot-context.js';
import { botTexts, rateLimited } from './bot-texts.js';
import { runBeheerCommand } from './commands/beheer-command.js';
import { runBronnenCommand } from './commands/bronnen-command.js';
import { respondDefinitieAutocomplete, runDefinitieCommand } from './commands/definitie-command.js';
import { runHelpCommand } from './commands/help-command.js';
import { runToetsCommand } from './commands/toets-command.js';
import { runTypeerCommand, runTypeerModal } from './commands/typeer-command.js';
import { runVraagCommand } from './commands/vraag-command.js';
import { handleFeedbackButton } from './components/feedback-button.js';
import { handleSourcesButton } from './components/sources-button.js';
import { parseCustomId } from './custom-ids.js';
import { replyEphemeral, showText } from './reply-delivery.js';
import { logLineOf, userMessageOf } from './user-facing-error.js';

type CommandHandler = (interaction: ChatInputCommandInteraction, context: BotContext) => Promise<void>;

/** The slash commands; `rateLimited` ones count towards DISCORD_RATE_LIMIT_PER_MINUTE. */
const commands: Readonly<Record<string, { run: CommandHandler; rateLimited: boolean }>> = {
  vraag: { run: runVraagCommand, rateLimited: true },
  typeer: { run: runTypeerCommand, rateLimited: true },
  toets: { run: runToetsCommand, rateLimited: true },
  definitie: { run: runDefinitieCommand, rateLimited: true },
  bronnen: { run: runBronnenCommand, rateLimited: false },
  help: { run: (interaction) => runHelpCommand(interaction), rateLimited: false },
  beheer: { run: runBeheerCommand, rateLimited: false },
};

/**
 * Routes every interaction: refuses during shutdown, in places that are not allowed and above the rate limit
 * (ephemeral, before anything is deferred), then runs the command, button or modal. Every failure becomes a
 * friendly Dutch message; nothing is ever left unanswered or shown as a stack trace.
 */
export class InteractionRouter {
  constructor(private readonly context: BotContext) {}

  async handle(interaction: Interaction): Promise<void> {
    if (interaction.isAutocomplete()) {
      await this.autocomplete(interaction).catch((error: unknown) => this.context.log(`autocomplete mislukt: ${logLineOf(error)}`));
      return;
    }
    if (!interaction.isRepliable()) return;
    try {
      if (this.context.isStopping()) {
        await replyEphemeral(interaction, botTexts.restarting);
        return;
      }
      const refusal = this.context.access.refusalFor(interactionSubject(interaction));
      if (refusal !== undefined) {
        await replyEphemeral(interaction, refusal);
        return;
      }
      if (interaction.isChatInputCommand()) await this.command(interaction);
      else if (interaction.isButton()) await this.button(interaction);
      else if (interaction.isModalSubmit()) await this.modal(interaction);
      else await replyEphemeral(interaction, botTexts.unknownCommand);
    } catch (error) {
      await this.fail(interaction, error);
    }
  }

  private async autocomplete(interaction: AutocompleteInteraction): Promise<void> {
    if (this.context.isStopping() || !this.context.access.isAllowed(interactionSubject(interaction)) || interaction.commandName !== 'definitie') {
      await interaction.respond([]);
      return;
    }
    await respondDefinitieAutocomplete(interaction, this.context);
  }

  private async command(interaction: ChatInputCommandInteraction): Promise<void> {
    const command = commands[interaction.commandName];
    if (command === undefined) {
      await replyEphemeral(interaction, botTexts.unknownCommand);
      return;
    }
    if (command.rateLimited) {
      const decision = this.context.rateLimiter.attempt(interaction.user.id);
      if (!decision.allowed) {
        await replyEphemeral(interaction, rateLimited(this.context.rateLimiter.limitPerMinute, decision.retryAfterMs));
        return;
      }
    }
    await command.run(interaction, this.context);
  }

  private async button(interaction: ButtonInteraction): Promise<void> {
    const action = parseCustomId(interaction.customId);
    if (action?.kind === 'feedback') await handleFeedbackButton(interaction, action.rating, action.answerId, this.context);
    else if (action?.kind === 'sources') await handleSourcesButton(interaction, action.answerId, this.context);
    else await replyEphemeral(interaction, botTexts.staleButton);
  }

  private async modal(interaction: ModalSubmitInteraction): Promise<void> {
    const action = parseCustomId(interaction.customId);
    if (action?.kind === 'typeer-modal') await runTypeerModal(interaction, action.private, this.context);
    else await replyEphemeral(interaction, botTexts.staleButton);
  }

  private async fail(interaction: RepliableInteraction, error: unknown): Promise<void> {
    this.context.log(`interactie ${interaction.id} mislukt: ${logLineOf(error)}`);
    try {
      await showText(interaction, userMessageOf(error));
    } catch (secondError) {
      this.context.log(`foutmelding voor interactie ${interaction.id} kon niet worden verstuurd: ${logLineOf(secondError)}`);
    }
  }
}
