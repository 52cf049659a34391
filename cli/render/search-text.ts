import type { SearchResult } from '../../engine/search-result.js';

export function searchText(result: SearchResult): string {
  if (result.hits.length === 0) return 'Geen passages gevonden.';
  return result.hits
    .map((hit, index) => {
      const text = hit.text.length > 400 ? `${hit.text.slice(0, 400)}…` : hit.text;
      return `${index + 1}. ${hit.citation} — ${hit.section || 'zonder kop'} (regels ${hit.lines[0]}–${hit.lines[1]}, score ${hit.score.toFixed(2)})\n   ${text}`;
    })
    .join('\n\n');
}
