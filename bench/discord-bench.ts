/**
 * Discord adapter latency against the loopback fake Discord (real discord.js client, real engine, offline mode):
 * INTERACTION_CREATE → defer callback (what must stay far below Discord's 3-second deadline) and
 * INTERACTION_CREATE → final edit with the answer, for ~50 sequential `/vraag` interactions, plus a burst of 10
 * simultaneous ones. Run alone with `npx tsx bench/discord-bench.ts`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createBot } from '../bot/create-bot.js';
import { readConfiguration } from '../config/configuration.js';
import { StuurwijzerEngine } from '../engine/stuurwijzer-engine.js';
import { buildUser, fakeDiscordIds, startFakeDiscord, type FakeDiscord } from '../test/fakes/fake-discord.js';

const QUESTIONS = [
  'Wat is frontlijnsturing?',
  'Welke rol heeft de gemeente bij netwerksturing?',
  'Welke governancetypen onderscheiden Wester en Schurer?',
  'Wat is het verschil tussen New Public Management en New Public Governance?',
  'Wat betekent één gezin, één plan, één regisseur?',
  'Hoe sturen gemeenten op outcome?',
  'Wat zijn de regierollen volgens Span?',
  'Wat is de rol van sociale wijkteams?',
  'Wat is ontschotten?',
  'Welke sturingsperspectieven beschrijft Nijdam?',
];
const SEQUENTIAL = 50;
const BURST = 10;

const percentile = (values: readonly number[], share: number): number => {
  const sorted = [...values].sort((left, right) => left - right);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))]! * 10) / 10;
};
const summary = (values: readonly number[]): Record<string, number> => ({ p50Ms: percentile(values, 0.5), p99Ms: percentile(values, 0.99), maxMs: percentile(values, 1) });

interface Timing {
  deferMs: number;
  finalEditMs: number;
}

/** Sends one `/vraag` and times the defer callback and the final edit of the reply. */
async function timeInteraction(fake: FakeDiscord, question: string, user: number): Promise<Timing> {
  const started = performance.now();
  const sent = fake.sendSlashCommand({
    commandName: 'vraag',
    options: { vraag: question },
    guildId: fakeDiscordIds.guild,
    user: buildUser({ id: `1400000000000${String(user).padStart(6, '0')}` }),
  });
  const callback = fake.waitForRequest((call) => call.method === 'POST' && call.route === `/interactions/${sent.id}/${sent.token}/callback`, 10_000).then(() => performance.now());
  const edit = fake.waitForRequest((call) => call.method === 'PATCH' && call.route.includes(`/${sent.token}/messages/@original`), 30_000).then(() => performance.now());
  const [deferredAt, editedAt] = await Promise.all([callback, edit]);
  return { deferMs: deferredAt - started, finalEditMs: editedAt - started };
}

export async function runDiscordBench(): Promise<Record<string, unknown>> {
  const directory = mkdtempSync(join(tmpdir(), 'stuurwijzer-discord-bench-'));
  const base = {
    ...(process.env['STUURWIJZER_CORPUS_DIR'] ? { STUURWIJZER_CORPUS_DIR: process.env['STUURWIJZER_CORPUS_DIR'] } : {}),
    STUURWIJZER_DATA_DIR: join(directory, 'data'),
    AUDIT_LOG_PATH: join(directory, 'audit', 'audit.jsonl'),
  };
  const engine = await StuurwijzerEngine.open(readConfiguration(base));
  const fake = await startFakeDiscord({ guilds: [{}] });
  const bot = await createBot(
    engine,
    readConfiguration({ ...base, DISCORD_TOKEN: 'fake.bot.token', DISCORD_APP_ID: fake.applicationId, DISCORD_API_URL: fake.restApiUrl, DISCORD_RATE_LIMIT_PER_MINUTE: '1000' }),
    { log: () => undefined },
  );
  try {
    let user = 0;
    for (const question of QUESTIONS.slice(0, 3)) await timeInteraction(fake, question, (user += 1)); // warm-up
    const sequential: Timing[] = [];
    for (let index = 0; index < SEQUENTIAL; index++) sequential.push(await timeInteraction(fake, QUESTIONS[index % QUESTIONS.length]!, (user += 1)));
    const burst = await Promise.all(Array.from({ length: BURST }, (_, index) => timeInteraction(fake, QUESTIONS[index % QUESTIONS.length]!, (user += 1))));
    return {
      machine: { node: process.version, cpus: cpus().length },
      mode: engine.model === undefined ? 'offline' : 'llm',
      sequential: {
        interactions: sequential.length,
        interactionToDefer: summary(sequential.map((timing) => timing.deferMs)),
        interactionToFinalEdit: summary(sequential.map((timing) => timing.finalEditMs)),
      },
      burst: {
        simultaneous: BURST,
        interactionToDefer: summary(burst.map((timing) => timing.deferMs)),
        interactionToFinalEdit: summary(burst.map((timing) => timing.finalEditMs)),
      },
    };
  } finally {
    await bot.stop();
    await fake.close();
    rmSync(directory, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(`${JSON.stringify(await runDiscordBench(), null, 2)}\n`);
}
