import { MessageFlags, type Message, type MessageCreateOptions, type RepliableInteraction, type SendableChannels } from 'discord.js';
import type { OutgoingMessage } from './outgoing-message.js';

/** No @everyone, no role or user pings, no reply ping: on every message the bot sends. */
export const noMentions = { parse: [], repliedUser: false } as const satisfies MessageCreateOptions['allowedMentions'];

function payloadOf(message: OutgoingMessage): { content?: string; embeds: OutgoingMessage['embeds']; components: OutgoingMessage['components']; allowedMentions: typeof noMentions } {
  return { ...(message.content === undefined ? {} : { content: message.content }), embeds: message.embeds, components: message.components, allowedMentions: noMentions };
}

/** A deferred interaction: the first message edits the deferred reply, the rest are follow-ups (ephemeral when private). */
export async function deliverToInteraction(interaction: RepliableInteraction, messages: readonly OutgoingMessage[], options: { ephemeral: boolean }): Promise<void> {
  const [first, ...rest] = messages;
  if (first === undefined) return;
  await interaction.editReply({ content: first.content ?? '', embeds: first.embeds, components: first.components, allowedMentions: noMentions });
  for (const message of rest) {
    await interaction.followUp({ ...payloadOf(message), ...(options.ephemeral ? { flags: MessageFlags.Ephemeral } : {}) });
  }
}

/** A plain ephemeral reply, for refusals that answer an interaction at once (nothing deferred yet). */
export async function replyEphemeral(interaction: RepliableInteraction, content: string): Promise<void> {
  await interaction.reply({ content, flags: MessageFlags.Ephemeral, allowedMentions: noMentions });
}

/** Shows a short text as the (deferred) reply, or as an ephemeral reply when nothing was sent yet. */
export async function showText(interaction: RepliableInteraction, content: string): Promise<void> {
  if (interaction.deferred || interaction.replied) {
    await interaction.editReply({ content, embeds: [], components: [], allowedMentions: noMentions });
  } else {
    await replyEphemeral(interaction, content);
  }
}

/** Messages in a channel or thread, in order; with `replyTo` the first one replies to that message (without a ping). */
export async function deliverToChannel(channel: SendableChannels, messages: readonly OutgoingMessage[], options: { replyTo?: Message } = {}): Promise<Message[]> {
  const sent: Message[] = [];
  for (const [index, message] of messages.entries()) {
    const payload = payloadOf(message);
    sent.push(index === 0 && options.replyTo ? await options.replyTo.reply(payload) : await channel.send(payload));
  }
  return sent;
}
