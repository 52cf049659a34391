import { escapeMarkdown, type APIEmbed } from 'discord.js';
import { STANDING_REMINDER } from '../../engine/answer/answer-types.js';
import type { Citation } from '../../engine/citations.js';
import type { IdentifiedAnswer } from '../../engine/stuurwijzer-engine.js';
import { noticeLine } from '../bot-texts.js';
import { discordLimits } from '../discord-limits.js';
import { splitText } from '../message-splitting.js';
import { embedLength, type OutgoingMessage } from '../outgoing-message.js';
import { shorten, truncate } from '../text-shortening.js';
import { embedColors } from './embed-colors.js';
import { lineRange } from './line-range.js';
import { resultButtons } from './result-buttons.js';

export const SOURCES_EMBED_TITLE = 'Bronnen';
const QUOTE_LENGTHS = [300, 200, 120, 60, 0] as const;

/** "Sectie · regels 12–14" for a citation. */
export function citationLocation(citation: Pick<Citation, 'section' | 'lines'>): string {
  return citation.section ? `${citation.section} · ${lineRange(citation.lines)}` : lineRange(citation.lines);
}

/** The "Bronnen" embed: one field per [n] with citation, section, lines and the quote shortened to `quoteLength`. */
function sourcesEmbed(citations: readonly Citation[], quoteLength: number): APIEmbed {
  const shown = citations.slice(0, discordLimits.embedFields);
  const hidden = citations.length - shown.length;
  return {
    title: SOURCES_EMBED_TITLE,
    color: embedColors.result,
    ...(hidden > 0 ? { description: `En nog ${hidden} bron${hidden === 1 ? '' : 'nen'}: klik op de knop Bronnen.` } : {}),
    fields: shown.map((citation) => {
      const location = shorten(citationLocation(citation), 300);
      const quote = quoteLength > 0 ? `\n> ${escapeMarkdown(shorten(citation.quote, quoteLength))}` : '';
      return {
        name: shorten(`[${citation.n}] ${citation.citation}`, discordLimits.fieldName),
        value: truncate(`${escapeMarkdown(location)}${quote}`, discordLimits.fieldValue),
      };
    }),
  };
}

/** The largest sources embed (longest quotes) that fits in `room` characters, or undefined. */
function fittingSourcesEmbed(citations: readonly Citation[], room: number): APIEmbed | undefined {
  for (const quoteLength of QUOTE_LENGTHS) {
    const embed = sourcesEmbed(citations, quoteLength);
    if (embedLength(embed) <= room) return embed;
  }
  return undefined;
}

/**
 * An answer as Discord messages: the notice (if any) as content above, the answer text as embed description(s)
 * titled with the question, STANDING_REMINDER as footer, a "Bronnen" embed per [n], and the buttons. Long answers
 * are split at paragraph/sentence boundaries over several messages; every message stays within Discord's limits.
 * A refused question is never echoed (it may hold the personal data it was refused for).
 */
export function answerMessages(question: string, answer: IdentifiedAnswer): OutgoingMessage[] {
  const text = escapeMarkdown(answer.answer.trim()) || 'Geen antwoord.';
  const parts = splitText(text, discordLimits.embedDescription);
  const title = answer.status === 'refused' ? 'Vraag niet beantwoord' : shorten(question, discordLimits.embedTitle);
  const answerEmbeds: APIEmbed[] = parts.map((part, index) => ({
    ...(index === 0 ? { title } : {}),
    description: part,
    color: embedColors.result,
    ...(index === parts.length - 1 ? { footer: { text: STANDING_REMINDER } } : {}),
  }));
  const messages: OutgoingMessage[] = answerEmbeds.map((embed) => ({ embeds: [embed], components: [] }));
  if (answer.citations.length > 0) {
    const last = messages[messages.length - 1]!;
    const room = discordLimits.embedTotal - last.embeds.reduce((total, embed) => total + embedLength(embed), 0);
    const together = fittingSourcesEmbed(answer.citations, room);
    if (together !== undefined) last.embeds.push(together);
    else messages.push({ embeds: [fittingSourcesEmbed(answer.citations, discordLimits.embedTotal) ?? sourcesEmbed([], 0)], components: [] });
  }
  messages[messages.length - 1]!.components = answer.status === 'refused' ? [] : resultButtons(answer.id, { sources: answer.citations.length > 0 });
  if (answer.notice) messages[0]!.content = shorten(noticeLine(answer.notice), discordLimits.messageContent);
  return messages;
}
