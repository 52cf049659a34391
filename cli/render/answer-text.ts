import { STANDING_REMINDER, type Answer } from '../../engine/answer/answer-types.js';

/** An answer as terminal text: notice, answer, numbered sources with section, lines and quote, reminder. */
export function answerText(answer: Answer): string {
  const parts: string[] = [];
  if (answer.notice) parts.push(`Let op: ${answer.notice}`, '');
  parts.push(answer.answer);
  if (answer.citations.length > 0) {
    parts.push('', 'Bronnen:');
    for (const citation of answer.citations) {
      const section = citation.section ? `, ${citation.section}` : '';
      parts.push(`[${citation.n}] ${citation.citation}${section}, regels ${citation.lines[0]}–${citation.lines[1]}`);
      parts.push(`    "${citation.quote}"`);
    }
  }
  parts.push('', STANDING_REMINDER);
  return parts.join('\n');
}
