import type { Configuration } from '../config/configuration.js';
import type { RequestContext, StuurwijzerEngine } from '../engine/stuurwijzer-engine.js';
import type { AccessPolicy } from './access-policy.js';
import type { SlidingWindowRateLimiter } from './rate-limiter.js';
import type { RecentAnswers } from './recent-answers.js';
import type { Reindexer } from './reindexer.js';

/** Writes one log line (stderr by default). */
export type BotLogger = (line: string) => void;

/** What every handler of the bot needs; created once per bot by `createBot`. */
export interface BotContext {
  engine: StuurwijzerEngine;
  configuration: Configuration;
  access: AccessPolicy;
  rateLimiter: SlidingWindowRateLimiter;
  recentAnswers: RecentAnswers;
  reindexer: Reindexer;
  /** Ids of the threads this process started (threads whose owner is the bot count too). */
  botThreads: Set<string>;
  /** Largest text attachment `/typeer` downloads, in bytes. */
  attachmentByteLimit: number;
  log: BotLogger;
  /** True once a shutdown has begun: new work is refused. */
  isStopping(): boolean;
}

/** The engine's request context for a Discord request: never the message text. */
export function requestContext(userId: string, channelId: string | null, command: string): RequestContext {
  return { interface: 'discord', userId, ...(channelId === null ? {} : { channelId }), command };
}
