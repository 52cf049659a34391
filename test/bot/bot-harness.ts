import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIUser } from 'discord.js';
import { inject } from 'vitest';
import { createBot, type Bot, type BotOptions } from '../../bot/create-bot.js';
import { readConfiguration, type Configuration } from '../../config/configuration.js';
import { StuurwijzerEngine } from '../../engine/stuurwijzer-engine.js';
import { buildUser, fakeDiscordIds, restCall, startFakeDiscord, type FakeDiscord, type RecordedRestCall } from '../fakes/fake-discord.js';

/** Channels of the test guild: only `allowed` is in DISCORD_CHANNEL_IDS. */
export const harnessIds = {
  guild: fakeDiscordIds.guild,
  allowedChannel: fakeDiscordIds.channel,
  otherChannel: '1300000000000000010',
  adminRole: '1300000000000000020',
} as const;

export interface TestEngine {
  engine: StuurwijzerEngine;
  /** Temporary directory with the audit log; removed by `close`. */
  directory: string;
  environment: Record<string, string>;
  close(): void;
}

/** An engine over the prebuilt test index, auditing into its own temporary directory. */
export async function openTestEngine(environment: Record<string, string> = {}): Promise<TestEngine> {
  const directory = mkdtempSync(join(tmpdir(), 'stuurwijzer-bot-'));
  const full = { STUURWIJZER_DATA_DIR: inject('dataDirectory'), AUDIT_LOG_PATH: join(directory, 'audit', 'audit.jsonl'), ...environment };
  const engine = await StuurwijzerEngine.open(readConfiguration(full));
  return { engine, directory, environment: full, close: () => rmSync(directory, { recursive: true, force: true }) };
}

export interface BotHarness {
  fake: FakeDiscord;
  bot: Bot;
  configuration: Configuration;
  logLines: string[];
  close(): Promise<void>;
}

/** A fake Discord (one guild with an allowed and another channel) and a real bot logged in to it. */
export async function startBotHarness(testEngine: TestEngine, environment: Record<string, string> = {}, options: BotOptions = {}): Promise<BotHarness> {
  const fake = await startFakeDiscord({
    guilds: [
      {
        id: harnessIds.guild,
        channels: [
          { id: harnessIds.allowedChannel, guildId: harnessIds.guild, name: 'stuurwijzer' },
          { id: harnessIds.otherChannel, guildId: harnessIds.guild, name: 'koffie' },
        ],
      },
    ],
  });
  const configuration = readConfiguration({
    ...testEngine.environment,
    DISCORD_TOKEN: 'fake.bot.token',
    DISCORD_APP_ID: fake.applicationId,
    DISCORD_API_URL: fake.restApiUrl,
    DISCORD_GUILD_IDS: harnessIds.guild,
    DISCORD_CHANNEL_IDS: harnessIds.allowedChannel,
    DISCORD_ADMIN_ROLE_ID: harnessIds.adminRole,
    DISCORD_RATE_LIMIT_PER_MINUTE: '5',
    ...environment,
  });
  const logLines: string[] = [];
  const bot = await createBot(testEngine.engine, configuration, { log: (line) => logLines.push(line), ...options });
  return {
    fake,
    bot,
    configuration,
    logLines,
    close: async () => {
      await bot.stop();
      await fake.close();
    },
  };
}

let userCounter = 100;

/** A fresh user per test, so the per-user rate limit of one test never touches another. */
export function nextUser(): APIUser {
  userCounter += 1;
  return buildUser({ id: `13000000000000${String(userCounter).padStart(5, '0')}`, username: `ambtenaar${userCounter}` });
}

/** The interaction callback (the first response) of an interaction. */
export function callbackOf(fake: FakeDiscord, interaction: { id: string; token: string }, timeoutMs = 5000): Promise<RecordedRestCall> {
  return fake.waitForRequest((call) => call.method === 'POST' && call.route === `/interactions/${interaction.id}/${interaction.token}/callback`, timeoutMs);
}

/** The edit of the deferred reply ("@original") of an interaction. */
export function originalEditOf(fake: FakeDiscord, interaction: { token: string }, timeoutMs = 5000): Promise<RecordedRestCall> {
  return fake.waitForRequest((call) => restCall('PATCH', '/webhooks/:applicationId/:token/messages/@original')(call) && call.route.includes(`/${interaction.token}/`), timeoutMs);
}

/** The follow-ups of an interaction, in order. */
export function followUpsOf(fake: FakeDiscord, interaction: { token: string }): RecordedRestCall[] {
  return fake.requests.filter((call) => restCall('POST', '/webhooks/:applicationId/:token')(call) && call.route.endsWith(`/${interaction.token}`));
}

/** A loopback port with nothing listening (for an unreachable model endpoint). */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** The JSON body of a recorded call as a record. */
export function bodyOf(call: RecordedRestCall): Record<string, unknown> {
  return typeof call.body === 'object' && call.body !== null ? (call.body as Record<string, unknown>) : {};
}

export interface EmbedBody {
  title?: string;
  description?: string;
  footer?: { text: string };
  author?: { name: string };
  fields?: { name: string; value: string }[];
  image?: { url: string };
}

export function embedsOf(call: RecordedRestCall): EmbedBody[] {
  const embeds = bodyOf(call)['embeds'];
  return Array.isArray(embeds) ? (embeds as EmbedBody[]) : [];
}

export function customIdsOf(call: RecordedRestCall): string[] {
  const rows = bodyOf(call)['components'];
  if (!Array.isArray(rows)) return [];
  return (rows as { components?: { custom_id?: string }[] }[]).flatMap((row) => (row.components ?? []).map((component) => component.custom_id ?? ''));
}
