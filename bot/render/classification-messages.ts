import { escapeMarkdown, type APIEmbed } from 'discord.js';
import { STANDING_REMINDER } from '../../engine/answer/answer-types.js';
import { scoreBar } from '../../engine/classification/score-bar.js';
import type { CategoryScore, ClassificationEvidence, ClassificationResult, FrameworkProfile } from '../../engine/classification/classification-types.js';
import { noticeLine } from '../bot-texts.js';
import { discordLimits } from '../discord-limits.js';
import { packEmbeds, type OutgoingMessage } from '../outgoing-message.js';
import { shorten, truncate } from '../text-shortening.js';
import { embedColors } from './embed-colors.js';
import { lineRange } from './line-range.js';
import { resultButtons } from './result-buttons.js';

const LABEL_WIDTH = 24;
const EVIDENCE_LENGTH = 280;
const QUOTE_LENGTH = 220;

/** A category label without its parenthetical, cut to fit the bar column. */
function barLabel(category: CategoryScore): string {
  const plain = category.label.replace(/\s*\([^)]*\)\s*/g, ' ').trim() || category.category;
  return shorten(plain, LABEL_WIDTH);
}

function scoreText(score: number): string {
  return score.toFixed(2);
}

const evidenceKindLabels: Record<ClassificationEvidence['kind'], string> = { practice: '', ambition: ' (ambitie)', negated: ' (ontkend)' };

function frameworkDescription(framework: FrameworkProfile): string {
  const labelOf = (id: string | undefined): string | undefined => framework.ranking.find((category) => category.category === id)?.label;
  const dominant = framework.ranking.find((category) => category.category === framework.dominant);
  const lines: string[] = [];
  if (framework.status !== 'ok' || dominant === undefined) {
    lines.push('**Status:** te weinig aanknopingspunten in de tekst om dit kader te typeren.');
  } else {
    const secondary = labelOf(framework.secondary);
    lines.push(`**Dominant:** ${escapeMarkdown(dominant.label)}${secondary ? ` · **tweede:** ${escapeMarkdown(secondary)}` : ''} · zekerheid ${scoreText(framework.confidence)}`);
  }
  const width = Math.max(...framework.ranking.map((category) => barLabel(category).length), 1);
  const bars = framework.ranking.map((category) => `${barLabel(category).padEnd(width)} ${scoreBar(category.score)} ${scoreText(category.score)}`);
  lines.push('```', ...bars, '```');
  if (framework.status === 'ok' && dominant !== undefined) {
    const evidence = dominant.evidence.slice(0, 2);
    if (evidence.length > 0) {
      lines.push('**Waaraan te zien:**');
      for (const item of evidence) lines.push(`> ${escapeMarkdown(shorten(item.text, EVIDENCE_LENGTH))}${evidenceKindLabels[item.kind]}`);
    }
    const source = dominant.sources[0];
    if (source !== undefined) {
      lines.push(`**Bron:** ${escapeMarkdown(source.citation)}, ${lineRange(source.lines)}: “${escapeMarkdown(shorten(source.quote, QUOTE_LENGTH))}”`);
    }
  }
  return truncate(lines.join('\n'), discordLimits.embedDescription);
}

/**
 * A classification as Discord messages: per framework an embed with a compact text bar per category, the dominant
 * and secondary category (or "te weinig aanknopingspunten"), up to two evidence sentences and one source of the
 * dominant category. The notice goes above; the standing reminder is the footer of the last embed, with 👍/👎 below.
 */
export function classificationMessages(result: ClassificationResult & { id: string }, description: string): OutgoingMessage[] {
  const embeds: APIEmbed[] = result.frameworks.map((framework, index) => ({
    ...(index === 0 ? { author: { name: shorten(`Typering van: “${description}”`, discordLimits.embedTitle) } } : {}),
    title: shorten(framework.label, discordLimits.embedTitle),
    description: frameworkDescription(framework),
    color: embedColors.result,
  }));
  if (embeds.length === 0) embeds.push({ description: 'Geen kaders om in te typeren.', color: embedColors.result });
  embeds[embeds.length - 1] = { ...embeds[embeds.length - 1]!, footer: { text: STANDING_REMINDER } };
  const messages = packEmbeds(embeds, result.notice ? shorten(noticeLine(result.notice), discordLimits.messageContent) : undefined);
  messages[messages.length - 1]!.components = resultButtons(result.id, { sources: false });
  return messages;
}
