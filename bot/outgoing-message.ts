import type { APIActionRowComponent, APIButtonComponent, APIEmbed } from 'discord.js';
import { discordLimits } from './discord-limits.js';

/** One Discord message as the bot renders it, before it is sent as a reply, follow-up or channel message. */
export interface OutgoingMessage {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
}

/** The characters Discord counts towards the 6000-character limit of an embed. */
export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((total, field) => total + field.name.length + field.value.length, 0)
  );
}

/**
 * Packs embeds into as few messages as possible, in order, keeping each message within 10 embeds and 6000
 * characters of embed text. `content` goes on the first message.
 */
export function packEmbeds(embeds: readonly APIEmbed[], content?: string): OutgoingMessage[] {
  const messages: OutgoingMessage[] = [];
  let current: APIEmbed[] = [];
  let currentLength = 0;
  for (const embed of embeds) {
    const length = embedLength(embed);
    if (current.length > 0 && (current.length >= discordLimits.embedsPerMessage || currentLength + length > discordLimits.embedTotal)) {
      messages.push({ embeds: current, components: [] });
      current = [];
      currentLength = 0;
    }
    current.push(embed);
    currentLength += length;
  }
  if (current.length > 0 || messages.length === 0) messages.push({ embeds: current, components: [] });
  if (content !== undefined && content !== '') messages[0] = { ...messages[0]!, content };
  return messages;
}

/** Plain text as messages of at most 2000 characters each. */
export function textMessages(pieces: readonly string[]): OutgoingMessage[] {
  return pieces.map((piece) => ({ content: piece, embeds: [], components: [] }));
}
