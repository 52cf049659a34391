import { Client, Events, GatewayIntentBits, type ClientOptions } from 'discord.js';
import type { Configuration } from '../config/configuration.js';
import { ConfigurationError } from '../engine/errors.js';
import type { StuurwijzerEngine } from '../engine/stuurwijzer-engine.js';
import { AccessPolicy } from './access-policy.js';
import type { BotContext, BotLogger } from './bot-context.js';
import { discordApiBase } from './discord-api-base.js';
import { InFlightTracker } from './in-flight-tracker.js';
import { InteractionRouter } from './interaction-router.js';
import { MessageRouter } from './message-router.js';
import { SlidingWindowRateLimiter } from './rate-limiter.js';
import { RecentAnswers } from './recent-answers.js';
import { Reindexer } from './reindexer.js';
import { noMentions } from './reply-delivery.js';
import { logLineOf } from './user-facing-error.js';

export interface BotOptions {
  /** How long `stop()` waits for in-flight interactions before it disconnects. Default 10 s. */
  shutdownTimeoutMs?: number;
  /** Largest `/typeer` attachment, in bytes. Default 1 MiB. */
  attachmentByteLimit?: number;
  /** How long login may take until READY. Default 30 s. */
  readyTimeoutMs?: number;
  /** Clock of the rate limiter (tests). */
  now?: () => number;
  log?: BotLogger;
}

export interface Bot {
  client: Client<true>;
  /** What is being handled right now. */
  inFlight: InFlightTracker;
  /** Stops taking interactions, waits (bounded) for those in flight, then disconnects. Idempotent. */
  stop(): Promise<void>;
  readonly stopping: boolean;
}

/**
 * Guilds for slash commands, GuildMessages for mentions, and the privileged MessageContent: only needed to read
 * follow-up messages in the bot's threads that do not mention it (enable it in the Developer Portal).
 */
export const botIntents = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent] as const;

const defaultLog: BotLogger = (line) => {
  process.stderr.write(`[stuurwijzer-bot] ${line}\n`);
};

function waitForReady(client: Client, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no READY within ${timeoutMs} ms`)), timeoutMs);
    client.once(Events.ClientReady, () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

function loginError(error: unknown): ConfigurationError {
  const text = error instanceof Error ? error.message : String(error);
  if (/disallowed intents/i.test(text)) {
    return new ConfigurationError(
      'discord-intents',
      'Discord weigert de gevraagde intents. Zet in het Developer Portal (Bot → Privileged Gateway Intents) de Message Content Intent aan.',
      `login failed: ${text}`,
      { cause: error },
    );
  }
  return new ConfigurationError('discord-login', `Inloggen bij Discord mislukte (${text}). Controleer DISCORD_TOKEN en DISCORD_API_URL.`, `login failed: ${text}`, { cause: error });
}

/**
 * Creates the Discord adapter over an open engine, logs in and resolves once READY. The bot registers no commands
 * (that is `deploy-commands`) and has no signal handlers (that is `startBot`), so tests can drive it directly.
 */
export async function createBot(engine: StuurwijzerEngine, configuration: Configuration, options: BotOptions = {}): Promise<Bot> {
  const token = configuration.DISCORD_TOKEN;
  if (token === undefined) {
    throw new ConfigurationError('discord-token-missing', 'DISCORD_TOKEN ontbreekt: zet het bot-token uit het Discord Developer Portal.', 'DISCORD_TOKEN missing');
  }
  const log = options.log ?? defaultLog;
  const api = discordApiBase(configuration);
  const clientOptions: ClientOptions = {
    intents: [...botIntents],
    allowedMentions: noMentions,
    failIfNotExists: false,
    ...(api === undefined ? {} : { rest: { api } }),
  };
  const client = new Client(clientOptions);
  const inFlight = new InFlightTracker();
  let stopping = false;
  const context: BotContext = {
    engine,
    configuration,
    access: new AccessPolicy(configuration),
    rateLimiter: new SlidingWindowRateLimiter(configuration.DISCORD_RATE_LIMIT_PER_MINUTE, options.now),
    recentAnswers: new RecentAnswers(),
    reindexer: new Reindexer(engine),
    botThreads: new Set(),
    attachmentByteLimit: options.attachmentByteLimit ?? 1024 * 1024,
    log,
    isStopping: () => stopping,
  };
  const interactions = new InteractionRouter(context);
  const messages = new MessageRouter(context, () => client.user?.id ?? configuration.DISCORD_APP_ID ?? '');

  client.on(Events.InteractionCreate, (interaction) => {
    void inFlight.track(interactions.handle(interaction));
  });
  client.on(Events.MessageCreate, (message) => {
    void inFlight.track(messages.handle(message));
  });
  client.on(Events.ThreadDelete, (thread) => {
    context.botThreads.delete(thread.id);
  });
  client.on(Events.Error, (error) => log(`discord.js-fout: ${logLineOf(error)}`));
  client.on(Events.Warn, (warning) => log(`discord.js-waarschuwing: ${warning}`));

  const ready = waitForReady(client, options.readyTimeoutMs ?? 30_000);
  ready.catch(() => undefined);
  try {
    await client.login(token);
    await ready;
  } catch (error) {
    await client.destroy().catch(() => undefined);
    throw loginError(error);
  }
  if (!client.isReady()) throw loginError(new Error('client not ready after READY'));
  log(`ingelogd als ${client.user.tag} (${client.guilds.cache.size} server(s))`);

  let stopped: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopped ??= (async () => {
      stopping = true;
      log(`stoppen: nieuwe verzoeken worden geweigerd, wachten op ${inFlight.size} lopende`);
      const settled = await inFlight.settled(options.shutdownTimeoutMs ?? 10_000);
      if (!settled) log(`stoppen: ${inFlight.size} verzoek(en) niet op tijd klaar; toch afsluiten`);
      await client.destroy();
      log('gestopt');
    })();
    return stopped;
  };

  return {
    client,
    inFlight,
    stop,
    get stopping() {
      return stopping;
    },
  };
}
