import type { StuurwijzerEngine } from '../engine/stuurwijzer-engine.js';

export type ReindexOutcome = { status: 'done'; seconds: number; passages: number } | { status: 'already-running' };

/** Runs `engine.reindex()` one at a time; the engine swaps the new index in atomically, so answering goes on. */
export class Reindexer {
  private running: Promise<void> | undefined;

  constructor(private readonly engine: StuurwijzerEngine) {}

  get isRunning(): boolean {
    return this.running !== undefined;
  }

  async run(): Promise<ReindexOutcome> {
    if (this.running !== undefined) return { status: 'already-running' };
    const started = performance.now();
    this.running = this.engine.reindex();
    try {
      await this.running;
    } finally {
      this.running = undefined;
    }
    return { status: 'done', seconds: Math.round((performance.now() - started) / 100) / 10, passages: this.engine.knowledge.manifest.passages };
  }
}
