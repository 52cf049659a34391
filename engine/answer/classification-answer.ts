import type { ClassificationResult } from '../classification/classification-types.js';
import type { Citation } from '../citations.js';
import type { Answer } from './answer-types.js';

/** A classification as an answer in a conversation: the profile per framework, with the defining sources cited. */
export function classificationAnswer(result: ClassificationResult): Answer {
  const citations: Citation[] = [];
  const lines: string[] = ['Dit lijkt een beschrijving van jullie aanpak. Zo past die in de theorie:'];
  for (const framework of result.frameworks) {
    if (framework.status !== 'ok' || !framework.dominant) {
      lines.push(`- ${framework.label}: te weinig aanknopingspunten.`);
      continue;
    }
    const top = framework.ranking[0];
    const second = framework.secondary ? framework.ranking.find((item) => item.category === framework.secondary) : undefined;
    let marker = '';
    const source = top?.sources[0];
    if (top && source) {
      const n = citations.length + 1;
      citations.push({ n, document: source.document, citation: source.citation, section: framework.label, lines: source.lines, quote: source.quote });
      marker = ` [${n}]`;
    }
    const evidence = top?.evidence[0] ? ` — "${top.evidence[0].text.slice(0, 160)}"` : '';
    lines.push(`- ${framework.label}: vooral ${top?.label ?? framework.dominant}${second ? `, daarnaast ${second.label}` : ''}${marker}${evidence}`);
  }
  lines.push('Gebruik /typeer voor het volledige profiel met alle scores.');
  return { mode: result.mode, status: 'classified', answer: lines.join('\n'), citations };
}
