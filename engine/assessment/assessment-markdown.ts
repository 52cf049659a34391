import { STANDING_REMINDER } from '../answer/answer-types.js';
import type { FrameworkProfile } from '../classification/classification-types.js';
import type { AssessmentMeta, AssessmentResult, AssessmentSource } from './assessment-types.js';
import { dutchScore } from './dutch-format.js';
import { ELEMENT_LABELS, PERSPECTIVE_LABELS, PHASE_LABELS, isPerspective } from './plan-elements.js';

export interface AssessmentMarkdownMeta extends AssessmentMeta {
  /** Relative path of the chart PNG, when one is written next to the report. */
  chartFile?: string;
}

/** Text safe inside a Markdown table cell: no pipes, no line breaks. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
}

/** A quote from the plan or a document as a Markdown block quote (one paragraph). */
function blockQuote(text: string): string {
  return `> ${text.replace(/\s+/g, ' ').trim()}`;
}

function sourceLine(source: AssessmentSource): string {
  return `${source.citation}, regels ${source.lines[0]}–${source.lines[1]}: "${source.quote.replace(/\s+/g, ' ').trim()}" (${source.document})`;
}

function labelOf(profile: FrameworkProfile, category: string | undefined): string {
  return profile.ranking.find((score) => score.category === category)?.label ?? category ?? '';
}

function profileRow(profile: FrameworkProfile): string {
  const typing =
    profile.status === 'ok' && profile.dominant
      ? `**${labelOf(profile, profile.dominant)}**${profile.secondary ? `; daarnaast ${labelOf(profile, profile.secondary)}` : ''}`
      : '_te weinig aanknopingspunten_';
  const scores = profile.ranking.map((score) => `${score.category} ${dutchScore(score.score)}`).join(' · ');
  return `| ${cell(profile.label)} | ${typing} | ${profile.status === 'ok' ? dutchScore(profile.confidence) : '–'} | ${cell(scores)} |`;
}

function perspectiveOf(frameworks: readonly FrameworkProfile[]): string {
  const profile = frameworks.find((candidate) => candidate.id === 'sturingsperspectief');
  if (!profile || profile.status !== 'ok' || !profile.dominant) return '–';
  return `${profile.dominant} (${dutchScore(profile.ranking.find((score) => score.category === profile.dominant)?.score ?? 0)})`;
}

function matrixSection(result: AssessmentResult): string[] {
  const { matrix } = result;
  const lines = [
    `| Element | ${matrix.perspectives.join(' | ')} | Dominant | Basis |`,
    `| --- | ${matrix.perspectives.map(() => '---:').join(' | ')} | --- | --- |`,
  ];
  matrix.elements.forEach((element, row) => {
    const scores = matrix.scores[row] ?? [];
    const status = matrix.status[row] ?? 'geen sectie';
    let best = -1;
    scores.forEach((value, column) => {
      if (value > 0 && (best < 0 || value > (scores[best] ?? 0))) best = column;
    });
    const dominant = status === 'ok' && best >= 0 ? (matrix.perspectives[best] ?? '–') : '–';
    const values = scores.map((value, column) => (status === 'geen sectie' ? '–' : column === best && status === 'ok' ? `**${dutchScore(value)}**` : dutchScore(value)));
    lines.push(`| ${ELEMENT_LABELS[element]} | ${values.join(' | ')} | ${dominant} | ${status} |`);
  });
  lines.push(
    '',
    `Kolommen: ${matrix.perspectives.map((perspective) => `${perspective} = ${isPerspective(perspective) ? PERSPECTIVE_LABELS[perspective] : perspective}`).join('; ')}. ` +
      'Per element zijn de onderdelen van het plan over dat element samen getypeerd; een rij zonder onderdeel staat op 0.',
  );
  return lines;
}

/**
 * The assessment as a Dutch Markdown report: the profile per framework, the element × perspective matrix
 * (and the chart when one was written), the sections, the tensions with the plan's own sentences and the
 * theory's passages, the reflection questions with their sources, and the standing reminder.
 */
export function assessmentMarkdown(result: AssessmentResult, meta: AssessmentMarkdownMeta): string {
  const date = meta.date ?? new Date().toISOString().slice(0, 10);
  const lines: string[] = [
    `# Zelftoets plan: ${meta.title}`,
    '',
    `_${meta.fileName ? `Bestand: ${meta.fileName} · ` : ''}Datum: ${date} · Typering offline, zonder taalmodel_`,
    '',
    'Deze zelftoets legt het plan naast de theorie over sturing in het sociaal domein: de vier sturingsperspectieven van Nijdam (2020), ' +
      'per element beleid, organisatie, bekostiging en aansturing, en de beleidscyclus van Wester & Schurer (2016). ' +
      'Het is een spiegel om het gesprek te voeren, geen oordeel over het plan.',
    '',
  ];
  if (result.narrative) lines.push('## Samenvatting', '', result.narrative, '');

  lines.push('## Profiel van het plan als geheel', '');
  if (result.overall.notice) lines.push(`_${result.overall.notice}_`, '');
  lines.push('| Kader | Typering | Zekerheid | Scores |', '| --- | --- | --- | --- |', ...result.overall.frameworks.map(profileRow), '');

  lines.push('## Sturingsperspectief per element', '', ...matrixSection(result), '');
  if (meta.chartFile) lines.push(`![Sturingsprofiel: radar van het plan als geheel en heatmap per element](${meta.chartFile})`, '');

  lines.push('## Onderdelen van het plan', '');
  if (result.sections.length === 0) {
    lines.push('_Er zijn geen onderdelen met tekst gevonden._', '');
  } else {
    lines.push('| # | Onderdeel | Element | Fase in de beleidscyclus | Sturingsperspectief | Regels |', '| ---: | --- | --- | --- | --- | --- |');
    result.sections.forEach((section, index) => {
      lines.push(
        `| ${index + 1} | ${cell(section.title)} | ${section.element ? ELEMENT_LABELS[section.element] : '–'} | ${section.phase ? PHASE_LABELS[section.phase] : '–'} | ` +
          `${perspectiveOf(section.frameworks)} | ${section.lines[0]}–${section.lines[1]} |`,
      );
    });
    lines.push('');
  }

  lines.push('## Spanningen', '');
  if (result.tensions.length === 0) {
    lines.push('Stuurwijzer vond in de tekst geen spanningen waarvoor het plan zelf het bewijs levert. Dat zegt niet dat ze er niet zijn; de vragen hieronder kunnen helpen ze te vinden.', '');
  }
  result.tensions.forEach((tension, index) => {
    lines.push(`### ${index + 1}. ${tension.title}`, '', tension.text, '', '**Uit het plan:**', '');
    for (const evidence of tension.evidence) lines.push(blockQuote(evidence), '');
    lines.push('**Theorie:**', '', ...tension.sources.map((source) => `- ${sourceLine(source)}`), '');
  });

  lines.push('## Reflectievragen', '');
  if (result.questions.length === 0) lines.push('_Geen vragen._', '');
  result.questions.forEach((question, index) => {
    lines.push(`${index + 1}. ${question.text}`);
    for (const source of question.sources) lines.push(`   - _Bron:_ ${sourceLine(source)}`);
  });
  lines.push('', '---', '', `_${STANDING_REMINDER}_`, '');
  return lines.join('\n');
}
