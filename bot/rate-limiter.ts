export type RateDecision = { allowed: true } | { allowed: false; retryAfterMs: number };

const WINDOW_MS = 60_000;

/**
 * Per-user sliding window: at most `limitPerMinute` requests in any 60 seconds. A refused request does not count.
 * Users without requests in the last minute are forgotten, so memory stays bounded by the active users.
 */
export class SlidingWindowRateLimiter {
  private readonly requests = new Map<string, number[]>();
  private lastSweep = 0;

  constructor(
    readonly limitPerMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  attempt(userId: string): RateDecision {
    const now = this.now();
    this.sweep(now);
    const recent = (this.requests.get(userId) ?? []).filter((time) => now - time < WINDOW_MS);
    if (recent.length >= this.limitPerMinute) {
      this.requests.set(userId, recent);
      return { allowed: false, retryAfterMs: WINDOW_MS - (now - recent[0]!) };
    }
    recent.push(now);
    this.requests.set(userId, recent);
    return { allowed: true };
  }

  private sweep(now: number): void {
    if (now - this.lastSweep < WINDOW_MS) return;
    this.lastSweep = now;
    for (const [userId, times] of this.requests) {
      if (times.every((time) => now - time >= WINDOW_MS)) this.requests.delete(userId);
    }
  }
}
