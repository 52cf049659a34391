import { describe, expect, it } from 'vitest';
import { SlidingWindowRateLimiter } from '../../bot/rate-limiter.js';

describe('SlidingWindowRateLimiter', () => {
  it('allows the limit per 60 s per user, says how long to wait, and slides', () => {
    let now = 1_000_000;
    const limiter = new SlidingWindowRateLimiter(3, () => now);
    expect([limiter.attempt('a'), limiter.attempt('a'), limiter.attempt('a')].every((decision) => decision.allowed)).toBe(true);
    now += 20_000;
    expect(limiter.attempt('a')).toEqual({ allowed: false, retryAfterMs: 40_000 });
    expect(limiter.attempt('b')).toEqual({ allowed: true });
    now += 40_000;
    expect(limiter.attempt('a')).toEqual({ allowed: true });
    // The refused attempts did not count; the window now holds the three at t+0 minus expired ones plus this one.
    expect(limiter.attempt('a')).toEqual({ allowed: true });
    expect(limiter.attempt('a')).toEqual({ allowed: true });
    expect(limiter.attempt('a').allowed).toBe(false);
  });
});
