import type { CategoryTally } from './framework-scoring.js';

function quoted(phrases: readonly string[]): string {
  return phrases.map((phrase) => `'${phrase}'`).join(', ');
}

function uniquePhrases(tally: CategoryTally, kind: string, limit: number): string[] {
  const result: string[] = [];
  for (const occurrence of tally.occurrences) {
    if (occurrence.kind !== kind || result.includes(occurrence.phrase.phrase)) continue;
    result.push(occurrence.phrase.phrase);
    if (result.length >= limit) break;
  }
  return result;
}

/** One Dutch line on why a category scores as it does. */
export function explainCategory(tally: CategoryTally, priorLabel: string | undefined, similarityOnly: boolean): string {
  const parts: string[] = [];
  const practice = uniquePhrases(tally, 'practice', 4);
  const ambition = uniquePhrases(tally, 'ambition', 3);
  const negated = uniquePhrases(tally, 'negated', 3);
  const counter = uniquePhrases(tally, 'counter', 3);
  if (practice.length > 0) parts.push(`aanwijzingen in de praktijk: ${quoted(practice)}`);
  if (ambition.length > 0) parts.push(`alleen als ambitie of wens: ${quoted(ambition)}`);
  if (negated.length > 0) parts.push(`ontkend of afgewezen: ${quoted(negated)}`);
  if (counter.length > 0) parts.push(`tegenaanwijzingen: ${quoted(counter)}`);
  if (tally.flipped > 0 && practice.length === 0) parts.push('gesteund doordat de tekst het tegenovergestelde afwijst');
  if (parts.length === 0) {
    if (priorLabel) return `Geen eigen aanwijzingen in de tekst; licht gesteund door de samenhang met ${priorLabel}.`;
    if (similarityOnly) return 'Geen indicatoren gevonden; de woordkeus lijkt alleen in de verte op de definitie.';
    return 'Geen aanwijzingen in de tekst.';
  }
  const line = parts.join('; ');
  const withPrior = priorLabel ? `${line}; past bij ${priorLabel}` : line;
  return `${withPrior.charAt(0).toUpperCase()}${withPrior.slice(1)}.`;
}
