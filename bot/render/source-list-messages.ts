import { escapeMarkdown } from 'discord.js';
import type { Citation } from '../../engine/citations.js';
import { discordLimits } from '../discord-limits.js';
import { splitText } from '../message-splitting.js';
import { textMessages, type OutgoingMessage } from '../outgoing-message.js';
import { citationLocation } from './answer-messages.js';

/** The full source list of an answer (for the "Bronnen" button): every [n] with its complete quote. */
export function sourceListMessages(citations: readonly Citation[]): OutgoingMessage[] {
  const blocks = citations.map(
    (citation) => `**[${citation.n}] ${escapeMarkdown(citation.citation)}** — ${escapeMarkdown(citationLocation(citation))}\n> ${escapeMarkdown(citation.quote.replace(/\s+/g, ' ').trim())}`,
  );
  const text = [`**Bronnen bij dit antwoord** (${citations.length})`, ...blocks].join('\n\n');
  return textMessages(splitText(text, discordLimits.messageContent));
}
