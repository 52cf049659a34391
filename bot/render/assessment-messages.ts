import { escapeMarkdown, type APIEmbed } from 'discord.js';
import { STANDING_REMINDER } from '../../engine/answer/answer-types.js';
import type { AssessmentResult } from '../../engine/assessment/assessment-types.js';
import { discordLimits } from '../discord-limits.js';
import { shorten, truncate } from '../text-shortening.js';
import { embedColors } from './embed-colors.js';

const ELEMENT_LABELS: Record<string, string> = { beleid: 'Beleid', organisatie: 'Organisatie', bekostiging: 'Bekostiging', aansturing: 'Aansturing' };

/** The summary embed of a plan assessment; the chart is shown as its image and the full report is attached. */
export function assessmentSummaryEmbed(result: AssessmentResult, title: string, chartFileName: string): APIEmbed {
  const perspective = result.overall.frameworks.find((framework) => framework.id === 'sturingsperspectief');
  const dominant = perspective?.ranking.find((category) => category.category === perspective.dominant);
  const rows = result.matrix.elements.map((element, row) => {
    const scores = result.matrix.scores[row] ?? [];
    if (result.matrix.status[row] === 'geen sectie') return `**${ELEMENT_LABELS[element] ?? element}:** geen onderdeel in het plan`;
    const best = scores.indexOf(Math.max(...scores));
    return `**${ELEMENT_LABELS[element] ?? element}:** vooral ${result.matrix.perspectives[best]} (${(scores[best] ?? 0).toFixed(2)})`;
  });
  const fields = [
    { name: 'Per element (Nijdam, Bijlage E)', value: truncate(rows.join('\n'), discordLimits.fieldValue) },
    {
      name: `Spanningen (${result.tensions.length})`,
      value: truncate(result.tensions.length === 0 ? 'Geen spanningen gevonden.' : result.tensions.slice(0, 4).map((tension) => `• ${escapeMarkdown(tension.title)}`).join('\n'), discordLimits.fieldValue),
    },
    {
      name: 'Om over na te denken',
      value: truncate(result.questions.slice(0, 3).map((question) => `• ${escapeMarkdown(question.text)}`).join('\n') || '–', discordLimits.fieldValue),
    },
  ];
  return {
    title: shorten(`Zelftoets: ${title}`, discordLimits.embedTitle),
    description: truncate(
      `${dominant ? `Het plan als geheel leunt vooral op **${escapeMarkdown(dominant.label)}**.` : 'Het plan geeft te weinig aanknopingspunten voor één sturingsperspectief.'} ${result.sections.length} onderdelen getoetst. Het volledige rapport, met bewijszinnen en bronnen, zit in de bijlage.`,
      discordLimits.embedDescription,
    ),
    fields,
    image: { url: `attachment://${chartFileName}` },
    color: embedColors.result,
    footer: { text: shorten(STANDING_REMINDER, discordLimits.footerText) },
  };
}
