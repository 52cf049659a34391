import type { Citation } from '../engine/citations.js';

/**
 * The citations of the most recent answers by answer id, for the "Bronnen" button. Bounded (oldest dropped first)
 * and per process: after a restart the button says the full list is no longer available.
 */
export class RecentAnswers {
  private readonly citations = new Map<string, Citation[]>();

  constructor(private readonly capacity = 500) {}

  remember(answerId: string, citations: Citation[]): void {
    this.citations.delete(answerId);
    this.citations.set(answerId, citations);
    while (this.citations.size > this.capacity) {
      const oldest = this.citations.keys().next().value;
      if (oldest === undefined) break;
      this.citations.delete(oldest);
    }
  }

  citationsOf(answerId: string): Citation[] | undefined {
    return this.citations.get(answerId);
  }
}
