import type { CategoryScore, ClassificationResult, FrameworkProfile } from '../../engine/classification/classification-types.js';
import { scoreBar } from '../../engine/classification/score-bar.js';

const EVIDENCE_SHOWN = 2;
const EVIDENCE_CHARACTERS = 220;

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= EVIDENCE_CHARACTERS ? flat : `${flat.slice(0, EVIDENCE_CHARACTERS - 1).trimEnd()}…`;
}

function kindLabel(kind: string | undefined): string {
  if (kind === 'ambition') return 'ambitie';
  if (kind === 'negated') return 'ontkend';
  return 'praktijk';
}

function labelOf(profile: FrameworkProfile, category: string | undefined): string {
  return profile.ranking.find((score) => score.category === category)?.label ?? category ?? '';
}

function frameworkBlock(profile: FrameworkProfile): string[] {
  const width = Math.max(...profile.ranking.map((score) => score.category.length));
  const lines: string[] = [];
  if (profile.status === 'ok' && profile.dominant) {
    const secondary = profile.secondary ? `; daarnaast ${labelOf(profile, profile.secondary)}` : '';
    lines.push(`${profile.label}: ${labelOf(profile, profile.dominant)}${secondary} (zekerheid ${profile.confidence.toFixed(2)})`);
  } else {
    lines.push(`${profile.label}: te weinig aanknopingspunten`);
  }
  for (const score of profile.ranking) lines.push(`  ${score.category.padEnd(width)}  ${scoreBar(score.score)} ${score.score.toFixed(2)}`);
  if (profile.status !== 'ok') return lines;
  const top: CategoryScore | undefined = profile.ranking[0];
  if (!top) return lines;
  lines.push(`  Waarom: ${top.explanation}`);
  for (const evidence of top.evidence.slice(0, EVIDENCE_SHOWN)) {
    lines.push(`  • "${shorten(evidence.text)}" (${evidence.indicator}; ${kindLabel(evidence.kind)})`);
  }
  const source = top.sources[0];
  if (source) lines.push(`  Bron: ${source.citation}, regels ${source.lines[0]}–${source.lines[1]}: "${shorten(source.quote)}"`);
  return lines;
}

/** The classification as readable Dutch text: per framework the bars, dominant and secondary, evidence and a source. */
export function classificationText(result: ClassificationResult): string {
  const lines: string[] = [`Typering van de aanpak (${result.mode === 'llm' ? 'met taalmodel' : 'offline'})`];
  if (result.notice) lines.push(result.notice);
  for (const profile of result.frameworks) lines.push('', ...frameworkBlock(profile));
  lines.push('', 'Dit is een indicatie op basis van de woorden in de tekst en de theorie; het oordeel is aan jou en je collega\'s.');
  return lines.join('\n');
}
