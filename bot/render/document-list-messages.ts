import { escapeMarkdown, type APIEmbed } from 'discord.js';
import type { CorpusDocument } from '../../retrieval/corpus.js';
import { discordLimits } from '../discord-limits.js';
import { splitText } from '../message-splitting.js';
import { packEmbeds, type OutgoingMessage } from '../outgoing-message.js';
import { embedColors } from './embed-colors.js';

/** `/bronnen`: the studied documents with their short citation and title. */
export function documentListMessages(documents: readonly CorpusDocument[]): OutgoingMessage[] {
  const lines = documents.map(({ entry }) => `**${escapeMarkdown(entry.shortCitation)}** — ${escapeMarkdown(entry.title)}`);
  const intro = `Stuurwijzer antwoordt uit ${documents.length} bestudeerde document${documents.length === 1 ? '' : 'en'}:`;
  const parts = splitText([intro, '', ...lines].join('\n'), discordLimits.embedDescription);
  const embeds: APIEmbed[] = parts.map((part, index) => ({
    ...(index === 0 ? { title: 'Bestudeerde documenten' } : {}),
    description: part,
    color: embedColors.result,
  }));
  embeds[embeds.length - 1] = {
    ...embeds[embeds.length - 1]!,
    footer: { text: 'Elk antwoord noemt het document, de paragraaf, de regelnummers en een letterlijk citaat.' },
  };
  return packEmbeds(embeds);
}
