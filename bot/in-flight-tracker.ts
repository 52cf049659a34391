/** The interactions and messages being handled right now, so a shutdown can wait for them. */
export class InFlightTracker {
  private readonly running = new Set<Promise<void>>();

  get size(): number {
    return this.running.size;
  }

  /** Tracks the work until it settles; the returned promise never rejects. */
  track(work: Promise<void>): Promise<void> {
    const tracked = work.catch(() => undefined).finally(() => {
      this.running.delete(tracked);
    });
    this.running.add(tracked);
    return tracked;
  }

  /** Resolves true once nothing is running (work added meanwhile included), false when `timeoutMs` passes first. */
  async settled(timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (this.running.size > 0) {
      const remaining = deadline - Date.now();
      if (remaining <= 0) return false;
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), remaining);
      });
      const outcome = await Promise.race([Promise.allSettled([...this.running]).then(() => 'done' as const), timedOut]);
      clearTimeout(timer);
      if (outcome === 'timeout') return this.running.size === 0;
    }
    return true;
  }
}
