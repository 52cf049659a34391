import { STANDING_REMINDER } from '../../engine/answer/answer-types.js';
import { dutchScore } from '../../engine/assessment/dutch-format.js';
import type { AssessmentResult, AssessmentSource } from '../../engine/assessment/assessment-types.js';
import { ELEMENT_LABELS, PHASE_LABELS } from '../../engine/assessment/plan-elements.js';
import type { FrameworkProfile } from '../../engine/classification/classification-types.js';

const QUOTE_CHARACTERS = 200;

function shorten(text: string, length = QUOTE_CHARACTERS): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= length ? flat : `${flat.slice(0, length - 1).trimEnd()}…`;
}

function sourceLine(source: AssessmentSource): string {
  return `${source.citation}, regels ${source.lines[0]}–${source.lines[1]}: "${shorten(source.quote, 160)}"`;
}

function typing(profile: FrameworkProfile): string {
  if (profile.status !== 'ok' || !profile.dominant) return `${profile.label}: te weinig aanknopingspunten`;
  const label = (category: string | undefined): string => profile.ranking.find((score) => score.category === category)?.label ?? category ?? '';
  return `${profile.label}: ${label(profile.dominant)}${profile.secondary ? `; daarnaast ${label(profile.secondary)}` : ''} (zekerheid ${dutchScore(profile.confidence)})`;
}

function sectionPerspective(frameworks: readonly FrameworkProfile[]): string {
  const profile = frameworks.find((candidate) => candidate.id === 'sturingsperspectief');
  return profile?.status === 'ok' && profile.dominant ? profile.dominant : '–';
}

export interface AssessmentTextMeta {
  title: string;
  /** Files written next to the summary (report, chart). */
  written?: string[];
}

/** The assessment as a readable Dutch summary for the terminal. */
export function assessmentText(result: AssessmentResult, meta: AssessmentTextMeta): string {
  const lines: string[] = [`Zelftoets plan: ${meta.title} (offline)`, ''];
  if (result.narrative) lines.push(result.narrative, '');

  lines.push(`Onderdelen (${result.sections.length}):`);
  result.sections.forEach((section, index) => {
    const element = section.element ? ELEMENT_LABELS[section.element].toLowerCase() : 'geen element';
    const phase = section.phase ? ` · fase: ${PHASE_LABELS[section.phase].toLowerCase()}` : '';
    lines.push(`  ${String(index + 1).padStart(2)}. ${shorten(section.title, 60)} — ${element}${phase} · ${sectionPerspective(section.frameworks)}`);
  });

  const { matrix } = result;
  lines.push('', 'Sturingsperspectief per element:', `  ${''.padEnd(13)}${matrix.perspectives.map((perspective) => perspective.padStart(6)).join('')}`);
  matrix.elements.forEach((element, row) => {
    const status = matrix.status[row] ?? 'geen sectie';
    const scores = matrix.scores[row] ?? [];
    const values = status === 'geen sectie' ? '  geen onderdeel over dit element' : scores.map((value) => dutchScore(value).padStart(6)).join('');
    const note = status === 'te weinig aanknopingspunten' ? '  (te weinig aanknopingspunten)' : '';
    lines.push(`  ${ELEMENT_LABELS[element].padEnd(13)}${values}${note}`);
  });

  lines.push('', 'Plan als geheel:');
  if (result.overall.notice) lines.push(`  ${result.overall.notice}`);
  for (const profile of result.overall.frameworks) lines.push(`  ${typing(profile)}`);

  lines.push('', result.tensions.length === 0 ? 'Spanningen: geen gevonden waarvoor het plan zelf het bewijs levert.' : `Spanningen (${result.tensions.length}):`);
  result.tensions.forEach((tension, index) => {
    lines.push(`  ${index + 1}. ${tension.title}`, `     ${tension.text}`);
    for (const evidence of tension.evidence) lines.push(`     • "${shorten(evidence)}"`);
    for (const source of tension.sources) lines.push(`     Bron: ${sourceLine(source)}`);
  });

  lines.push('', 'Reflectievragen:');
  result.questions.forEach((question, index) => {
    lines.push(`  ${index + 1}. ${question.text}`);
    for (const source of question.sources) lines.push(`     Bron: ${sourceLine(source)}`);
  });
  if (meta.written && meta.written.length > 0) lines.push('', `Geschreven: ${meta.written.join(', ')}`);
  lines.push('', STANDING_REMINDER);
  return lines.join('\n');
}
