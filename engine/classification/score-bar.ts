const BAR_CELLS = 10;

/**
 * A score between 0 and 1 as a text bar of ten blocks (`████████░░`), shared by the terminal and Discord renderings
 * of a classification profile.
 */
export function scoreBar(score: number): string {
  const filled = Math.max(0, Math.min(BAR_CELLS, Math.round(score * BAR_CELLS)));
  return `${'█'.repeat(filled)}${'░'.repeat(BAR_CELLS - filled)}`;
}
