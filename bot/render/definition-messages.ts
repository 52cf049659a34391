import { escapeMarkdown, type APIEmbed, type APIEmbedField } from 'discord.js';
import { STANDING_REMINDER } from '../../engine/answer/answer-types.js';
import type { DefineMatch, DefineResult } from '../../engine/definitions/define-term.js';
import { discordLimits } from '../discord-limits.js';
import { splitText } from '../message-splitting.js';
import { packEmbeds, textMessages, type OutgoingMessage } from '../outgoing-message.js';
import { shorten, truncate } from '../text-shortening.js';
import { embedColors } from './embed-colors.js';
import { lineRange } from './line-range.js';

const MAX_SOURCES = 3;

function definitionEmbed(match: DefineMatch): APIEmbed {
  const fields: APIEmbedField[] = match.sources.slice(0, MAX_SOURCES).map((source) => ({
    name: shorten(`Bron: ${source.citation}, ${lineRange(source.lines)}`, discordLimits.fieldName),
    value: shorten(`> ${escapeMarkdown(source.quote.replace(/\s+/g, ' '))}`, discordLimits.fieldValue),
  }));
  if (match.related.length > 0) {
    fields.push({ name: 'Verwant', value: shorten(match.related.map((item) => escapeMarkdown(item.label)).join(', '), discordLimits.fieldValue) });
  }
  const heading = `*${escapeMarkdown(match.frameworkLabel)}*${match.sense ? ` — ${escapeMarkdown(match.sense)}` : ''}`;
  return {
    title: shorten(match.label, discordLimits.embedTitle),
    description: truncate(`${heading}\n\n${escapeMarkdown(match.summary)}`, discordLimits.embedDescription),
    color: embedColors.result,
    fields,
  };
}

/**
 * A definition lookup as Discord messages. Exact results: an embed per match (label, framework, summary, sources
 * with quotes, related terms). Otherwise only "bedoel je …?" with the names: a suggestion's summary is never shown,
 * because it does not define what was asked. `chosenKey` (an autocomplete pick) narrows the result to that entry.
 */
export function definitionMessages(result: DefineResult, chosenKey?: string): OutgoingMessage[] {
  const query = shorten(result.query, 100);
  if (result.matches.length === 0) {
    return textMessages([`Ik vond geen begrip “${escapeMarkdown(query)}” in de theorie. Probeer een ander woord, of kijk met /help wat ik kan.`]);
  }
  if (!result.exact) {
    const names = result.matches.map((match) => `• **${escapeMarkdown(match.label)}** (${escapeMarkdown(match.frameworkLabel)})`);
    const text = [`“${escapeMarkdown(query)}” staat niet als begrip in de documenten. Bedoel je misschien:`, ...names, '', 'Zoek dan opnieuw met /definitie en die naam.'].join('\n');
    return textMessages(splitText(text, discordLimits.messageContent));
  }
  const chosen = result.matches.filter((match) => match.id === chosenKey);
  const matches = chosen.length > 0 ? chosen : result.matches;
  const embeds = matches.map(definitionEmbed);
  embeds[embeds.length - 1] = { ...embeds[embeds.length - 1]!, footer: { text: STANDING_REMINDER } };
  return packEmbeds(embeds);
}
