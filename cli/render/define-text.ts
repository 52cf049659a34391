import type { DefineResult } from '../../engine/definitions/define-term.js';

export function defineText(result: DefineResult): string {
  if (result.matches.length === 0) return `Geen definitie gevonden voor "${result.query}".`;
  if (!result.exact) {
    return [
      `"${result.query}" staat niet als begrip in de documenten. Bedoel je misschien:`,
      ...result.matches.map((match) => `- ${match.label} (${match.framework})`),
    ].join('\n');
  }
  const blocks = result.matches.map((match) => {
    const lines = [`${match.label} — ${match.framework}${match.sense ? ` (${match.sense})` : ''}`, match.summary];
    for (const source of match.sources) lines.push(`  • ${source.citation}, regels ${source.lines[0]}–${source.lines[1]}: "${source.quote}"`);
    if (match.related.length > 0) lines.push(`  Verwant: ${match.related.map((item) => item.label).join(', ')}`);
    return lines.join('\n');
  });
  return blocks.join('\n\n');
}
