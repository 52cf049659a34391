import {
  LabelBuilder,
  MessageFlags,
  ModalBuilder,
  TextInputBuilder,
  TextInputStyle,
  type ChatInputCommandInteraction,
  type ModalSubmitInteraction,
  type RepliableInteraction,
} from 'discord.js';
import { downloadTextAttachment } from '../attachment-text.js';
import { requestContext, type BotContext } from '../bot-context.js';
import { botTexts } from '../bot-texts.js';
import { customIds } from '../custom-ids.js';
import { discordLimits } from '../discord-limits.js';
import { classificationMessages } from '../render/classification-messages.js';
import { deliverToInteraction } from '../reply-delivery.js';

/** The modal for a long description: one paragraph field of up to 4000 characters. */
export function typeerModal(isPrivate: boolean): ModalBuilder {
  return new ModalBuilder()
    .setCustomId(customIds.typeerModal(isPrivate))
    .setTitle(botTexts.typeerModalTitle)
    .addLabelComponents(
      new LabelBuilder()
        .setLabel(botTexts.typeerModalLabel)
        .setDescription(botTexts.typeerModalDescription)
        .setTextInputComponent(
          new TextInputBuilder()
            .setCustomId(customIds.typeerField)
            .setStyle(TextInputStyle.Paragraph)
            .setMinLength(1)
            .setMaxLength(discordLimits.modalTextInput)
            .setPlaceholder(botTexts.typeerModalPlaceholder)
            .setRequired(true),
        ),
    );
}

async function classifyAndShow(interaction: RepliableInteraction, description: string, isPrivate: boolean, context: BotContext): Promise<void> {
  const result = await context.engine.classify(description, { context: requestContext(interaction.user.id, interaction.channelId, 'typeer') });
  await deliverToInteraction(interaction, classificationMessages(result, description), { ephemeral: isPrivate });
}

/**
 * `/typeer [beschrijving] [bijlage] [prive]`: the classification profile per framework. Without a description
 * and attachment it opens a modal (which must be the first response, so it is not deferred); otherwise it defers
 * at once, reads the attachment (.txt/.md, size-limited) and adds it to the description.
 */
export async function runTypeerCommand(interaction: ChatInputCommandInteraction, context: BotContext): Promise<void> {
  const isPrivate = interaction.options.getBoolean('prive') ?? false;
  const description = interaction.options.getString('beschrijving')?.trim() ?? '';
  const attachment = interaction.options.getAttachment('bijlage');
  if (description === '' && attachment === null) {
    await interaction.showModal(typeerModal(isPrivate));
    return;
  }
  await interaction.deferReply(isPrivate ? { flags: MessageFlags.Ephemeral } : {});
  const parts = description === '' ? [] : [description];
  if (attachment !== null) {
    parts.push(
      await downloadTextAttachment({ name: attachment.name, url: attachment.url, size: attachment.size, contentType: attachment.contentType }, context.attachmentByteLimit),
    );
  }
  await classifyAndShow(interaction, parts.join('\n\n'), isPrivate, context);
}

/** The submitted `/typeer` modal. */
export async function runTypeerModal(interaction: ModalSubmitInteraction, isPrivate: boolean, context: BotContext): Promise<void> {
  await interaction.deferReply(isPrivate ? { flags: MessageFlags.Ephemeral } : {});
  await classifyAndShow(interaction, interaction.fields.getTextInputValue(customIds.typeerField), isPrivate, context);
}
