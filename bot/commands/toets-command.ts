import { basename, extname } from 'node:path';
import { AttachmentBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { renderAssessmentChart } from '../../engine/assessment/assessment-chart.js';
import { assessmentMarkdown } from '../../engine/assessment/assessment-markdown.js';
import { downloadAttachment } from '../attachment-text.js';
import { requestContext, type BotContext } from '../bot-context.js';
import { noMentions } from '../reply-delivery.js';
import { assessmentSummaryEmbed } from '../render/assessment-messages.js';

/** Largest plan the bot downloads (the engine's own limits — 25 MB, 300 pages — apply as well). */
export const PLAN_BYTE_LIMIT = 25 * 1024 * 1024;
const CHART_FILE = 'stuurwijzer-profiel.png';

/**
 * `/toets bestand:<bijlage>`: the self-assessment of a draft plan (PDF, DOCX, Markdown, text). Defers at once,
 * downloads the attachment, lets the engine assess it, and answers with a summary embed, the chart as its image
 * and the full Markdown report as an attachment.
 */
export async function runToetsCommand(interaction: ChatInputCommandInteraction, context: BotContext): Promise<void> {
  await interaction.deferReply();
  const attachment = interaction.options.getAttachment('bestand', true);
  const bytes = await downloadAttachment({ name: attachment.name, url: attachment.url, size: attachment.size, contentType: attachment.contentType }, PLAN_BYTE_LIMIT);
  const { document, result } = await context.engine.assess(
    { bytes, fileName: attachment.name, contentType: attachment.contentType ?? undefined },
    { context: requestContext(interaction.user.id, interaction.channelId, 'toets') },
  );
  const title = document.title ?? basename(attachment.name, extname(attachment.name));
  const meta = { title, fileName: attachment.name };
  const chart = new AttachmentBuilder(renderAssessmentChart(result, meta), { name: CHART_FILE });
  const report = new AttachmentBuilder(Buffer.from(assessmentMarkdown(result, { ...meta, chartFile: CHART_FILE }), 'utf8'), { name: `zelftoets-${basename(attachment.name, extname(attachment.name))}.md` });
  await interaction.editReply({ embeds: [assessmentSummaryEmbed(result, title, CHART_FILE)], files: [chart, report], allowedMentions: noMentions });
}
