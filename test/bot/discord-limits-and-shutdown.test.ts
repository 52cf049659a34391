import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { STANDING_REMINDER } from '../../engine/answer/answer-types.js';
import type { IdentifiedAnswer } from '../../engine/stuurwijzer-engine.js';
import { restCall, type RecordedRestCall } from '../fakes/fake-discord.js';
import {
  bodyOf,
  callbackOf,
  closedPort,
  customIdsOf,
  embedsOf,
  followUpsOf,
  harnessIds,
  nextUser,
  openTestEngine,
  originalEditOf,
  startBotHarness,
  type BotHarness,
  type EmbedBody,
  type TestEngine,
} from './bot-harness.js';

const guildId = harnessIds.guild;

/** Counted here on purpose rather than with the bot's own embedLength: the test must not trust the code it checks. */
function embedTotal(embed: EmbedBody): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((total, field) => total + field.name.length + field.value.length, 0)
  );
}

/** Every Discord limit the bot must respect, for one sent message. */
function expectWithinDiscordLimits(call: RecordedRestCall): void {
  const body = bodyOf(call);
  expect(String(body['content'] ?? '').length).toBeLessThanOrEqual(2000);
  const embeds = embedsOf(call);
  expect(embeds.length).toBeLessThanOrEqual(10);
  expect(embeds.reduce((total, embed) => total + embedTotal(embed), 0)).toBeLessThanOrEqual(6000);
  for (const embed of embeds) {
    expect(embed.title?.length ?? 0).toBeLessThanOrEqual(256);
    expect(embed.description?.length ?? 0).toBeLessThanOrEqual(4096);
    expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(25);
    for (const field of embed.fields ?? []) {
      expect(field.name.length).toBeLessThanOrEqual(256);
      expect(field.value.length).toBeLessThanOrEqual(1024);
    }
  }
  expect(body['allowed_mentions']).toMatchObject({ parse: [] });
}

/** A long answer of numbered paragraphs, sentences with [n], and 30 citations with long quotes. */
function longAnswer(base: IdentifiedAnswer): IdentifiedAnswer {
  const paragraphs = Array.from({ length: 36 }, (_, paragraph) =>
    Array.from({ length: 6 }, (_, sentence) => `Zin ${paragraph + 1}.${sentence + 1} gaat over netwerksturing en de rol van de gemeente als regisseur [${(sentence % 3) + 1}].`).join(' '),
  );
  const citation = base.citations[0]!;
  return {
    ...base,
    answer: paragraphs.join('\n\n'),
    citations: Array.from({ length: 30 }, (_, index) => ({ ...citation, n: index + 1, quote: `${citation.quote} `.repeat(4).trim() })),
  };
}

let testEngine: TestEngine;

beforeAll(async () => {
  testEngine = await openTestEngine();
});

afterAll(() => {
  testEngine.close();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('long answers', () => {
  let harness: BotHarness;

  beforeAll(async () => {
    harness = await startBotHarness(testEngine);
  });

  afterAll(async () => {
    await harness.close();
  });

  it('splits an answer of 17 000 characters at paragraph boundaries over several messages, each within the limits', async () => {
    const base = await testEngine.engine.ask('Wat is netwerksturing?');
    const long = longAnswer(base);
    expect(long.answer.length).toBeGreaterThan(16_000);
    vi.spyOn(testEngine.engine, 'ask').mockResolvedValueOnce(long);

    const sent = harness.fake.sendSlashCommand({ commandName: 'vraag', options: { vraag: 'Wat is netwerksturing?' }, guildId, user: nextUser() });
    const first = await originalEditOf(harness.fake, sent);
    await vi.waitFor(() => expect(customIdsOf(followUpsOf(harness.fake, sent).at(-1) ?? first)).toHaveLength(3));
    const messages = [first, ...followUpsOf(harness.fake, sent)];

    expect(messages.length).toBeGreaterThanOrEqual(5);
    for (const message of messages) expectWithinDiscordLimits(message);
    const answerEmbeds = messages.flatMap(embedsOf).filter((embed) => embed.title !== 'Bronnen');
    expect(answerEmbeds[0]?.title).toBe('Wat is netwerksturing?');
    // Nothing lost, nothing cut mid-paragraph: the parts join back into the answer.
    expect(answerEmbeds.map((embed) => embed.description).join('\n\n')).toBe(long.answer);
    for (const embed of answerEmbeds) expect(embed.description).toMatch(/\]\.$/);
    expect(answerEmbeds.at(-1)?.footer?.text).toBe(STANDING_REMINDER);
    const sources = messages.flatMap(embedsOf).find((embed) => embed.title === 'Bronnen');
    expect(sources?.fields).toHaveLength(25);
    expect(sources?.description).toMatch(/^En nog 5 bronnen/);
    // Buttons once, under the last message.
    expect(messages.slice(0, -1).every((message) => customIdsOf(message).length === 0)).toBe(true);
  });

  it('the full source list of a long answer ("Bronnen") comes in ephemeral messages of at most 2000 characters', async () => {
    const base = await testEngine.engine.ask('Wat is netwerksturing?');
    const long = longAnswer(base);
    vi.spyOn(testEngine.engine, 'ask').mockResolvedValueOnce(long);
    const sent = harness.fake.sendSlashCommand({ commandName: 'vraag', options: { vraag: 'Wat is netwerksturing?' }, guildId, user: nextUser() });
    await originalEditOf(harness.fake, sent);
    await vi.waitFor(() => expect(customIdsOf(followUpsOf(harness.fake, sent).at(-1) ?? { body: {} } as RecordedRestCall)).toHaveLength(3));

    const click = harness.fake.sendButtonClick({ customId: `bronnen:${long.id}`, guildId, user: nextUser() });
    const first = await originalEditOf(harness.fake, click);
    await vi.waitFor(() => expect(String(bodyOf(followUpsOf(harness.fake, click).at(-1) ?? first)['content'])).toContain('[30]'));
    const messages = [first, ...followUpsOf(harness.fake, click)];
    expect(messages.length).toBeGreaterThan(1);
    for (const message of messages) {
      expect(String(bodyOf(message)['content']).length).toBeLessThanOrEqual(2000);
      expectWithinDiscordLimits(message);
    }
    for (const followUp of messages.slice(1)) expect(bodyOf(followUp)['flags']).toBe(64);
    const all = messages.map((message) => String(bodyOf(message)['content'])).join('\n\n');
    for (let n = 1; n <= 30; n++) expect(all).toContain(`**[${n}] `);
  });

  it('a long answer in a thread comes as several thread messages within the limits', async () => {
    const base = await testEngine.engine.ask('Wat is netwerksturing?');
    vi.spyOn(testEngine.engine, 'ask').mockResolvedValueOnce(longAnswer(base));
    const from = harness.fake.requests.length;
    const message = harness.fake.sendMessageCreate({ content: 'Wat is netwerksturing?', mentionBot: true, channelId: harnessIds.allowedChannel, author: nextUser() });
    await vi.waitFor(() => {
      const posts = harness.fake.requests.slice(from).filter(restCall('POST', `/channels/${message.id}/messages`));
      expect(customIdsOf(posts.at(-1) ?? ({ body: {} } as RecordedRestCall))).toHaveLength(3);
    });
    const posts = harness.fake.requests.slice(from).filter(restCall('POST', `/channels/${message.id}/messages`));
    expect(posts.length).toBeGreaterThanOrEqual(5);
    for (const post of posts) expectWithinDiscordLimits(post);
  });
});

describe('model endpoint down', () => {
  it('answers offline with the notice visible above the answer', async () => {
    const port = await closedPort();
    const modelEngine = await openTestEngine({ LLM_BASE_URL: `http://127.0.0.1:${port}/v1`, LLM_CHAT_MODEL: 'local', LLM_MAX_RETRIES: '0', LLM_TIMEOUT_MS: '1000' });
    const harness = await startBotHarness(modelEngine);
    try {
      const sent = harness.fake.sendSlashCommand({ commandName: 'vraag', options: { vraag: 'Wat is frontlijnsturing?' }, guildId, user: nextUser() });
      expect((await callbackOf(harness.fake, sent)).body).toMatchObject({ type: 5 });
      const edit = await originalEditOf(harness.fake, sent, 8000);
      expect(bodyOf(edit)['content']).toBe('⚠️ **Let op:** taalmodel niet bereikbaar, antwoord zonder taalmodel');
      expect(embedsOf(edit)[0]?.description).toMatch(/\[1\]/);
      expect(embedsOf(edit)[1]?.title).toBe('Bronnen');
    } finally {
      await harness.close();
      modelEngine.close();
    }
  });
});

describe('graceful shutdown', () => {
  it('lets the question in flight finish, refuses a new one, then disconnects', async () => {
    const harness = await startBotHarness(testEngine, {}, { shutdownTimeoutMs: 5000 });
    try {
      const realAsk = testEngine.engine.ask.bind(testEngine.engine);
      let release: () => void = () => undefined;
      const gate = new Promise<void>((resolve) => (release = resolve));
      vi.spyOn(testEngine.engine, 'ask').mockImplementation(async (question, options) => {
        await gate;
        return realAsk(question, options);
      });

      const inFlight = harness.fake.sendSlashCommand({ commandName: 'vraag', options: { vraag: 'Wat is frontlijnsturing?' }, guildId, user: nextUser() });
      expect((await callbackOf(harness.fake, inFlight)).body).toMatchObject({ type: 5 });
      expect(harness.bot.inFlight.size).toBe(1);

      const stopped = harness.bot.stop();
      expect(harness.bot.stopping).toBe(true);
      const late = harness.fake.sendSlashCommand({ commandName: 'vraag', options: { vraag: 'Wat is netwerksturing?' }, guildId, user: nextUser() });
      expect((await callbackOf(harness.fake, late)).body).toMatchObject({ type: 4, data: { content: 'Stuurwijzer wordt herstart, probeer het zo opnieuw.', flags: 64 } });
      const lateMention = harness.fake.sendMessageCreate({ content: 'Wat is regie?', mentionBot: true, channelId: harnessIds.allowedChannel, author: nextUser() });
      const lateReply = await harness.fake.waitForRequest(restCall('POST', `/channels/${harnessIds.allowedChannel}/messages`));
      expect(lateReply.body).toMatchObject({ content: 'Stuurwijzer wordt herstart, probeer het zo opnieuw.', message_reference: { message_id: lateMention.id } });

      release();
      const edit = await originalEditOf(harness.fake, inFlight);
      expect(embedsOf(edit)[0]?.description).toMatch(/\[1\]/);
      await stopped;
      expect(harness.bot.inFlight.size).toBe(0);
      expect(harness.bot.client.isReady()).toBe(false);
      expect(harness.fake.requests.some((call) => call.method === 'PATCH' && call.route.includes(late.token))).toBe(false);
      expect(harness.logLines.some((line) => line.startsWith('stoppen:'))).toBe(true);
    } finally {
      await harness.close();
    }
  });
});
