import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AskOptions } from '../../engine/stuurwijzer-engine.js';
import { restCall, type RecordedRestCall } from '../fakes/fake-discord.js';
import { bodyOf, embedsOf, harnessIds, nextUser, openTestEngine, startBotHarness, type BotHarness, type TestEngine } from './bot-harness.js';

let testEngine: TestEngine;
let harness: BotHarness;

beforeAll(async () => {
  testEngine = await openTestEngine();
  harness = await startBotHarness(testEngine);
});

afterAll(async () => {
  await harness.close();
  testEngine.close();
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** The next message the bot posts in a channel (or thread), after `fromIndex` requests. */
function nextPostIn(channelId: string, fromIndex: number): Promise<RecordedRestCall> {
  return harness.fake.waitForRequest(restCall('POST', `/channels/${channelId}/messages`), 5000, { fromIndex });
}

describe('mentions and threads', () => {
  it('a mention in an allowed channel starts a thread from that message and answers in it', async () => {
    const from = harness.fake.requests.length;
    const question = 'Welke rol heeft de gemeente bij netwerksturing?';
    const message = harness.fake.sendMessageCreate({ content: question, mentionBot: true, channelId: harnessIds.allowedChannel, author: nextUser() });

    const threadCall = await harness.fake.waitForRequest(restCall('POST', `/channels/${harnessIds.allowedChannel}/messages/${message.id}/threads`), 5000, { fromIndex: from });
    expect(threadCall.body).toMatchObject({ name: question, auto_archive_duration: 1440 });
    const answer = await nextPostIn(message.id, from);
    expect(bodyOf(answer)['allowed_mentions']).toMatchObject({ parse: [] });
    const [answerEmbed, sources] = embedsOf(answer);
    expect(answerEmbed?.title).toBe(question);
    expect(answerEmbed?.description).toMatch(/\[1\]/);
    expect(sources?.title).toBe('Bronnen');
    expect(harness.bot.client.channels.cache.get(message.id)?.isThread()).toBe(true);
  });

  it('a follow-up in the bot\'s thread (no mention) is answered with the thread history', async () => {
    const user = nextUser();
    const first = 'Welke rol heeft de gemeente bij netwerksturing?';
    let from = harness.fake.requests.length;
    const starter = harness.fake.sendMessageCreate({ content: first, mentionBot: true, channelId: harnessIds.allowedChannel, author: user });
    const firstAnswer = await nextPostIn(starter.id, from);
    const firstAnswerText = embedsOf(firstAnswer)[0]?.description ?? '';

    const askSpy = vi.spyOn(testEngine.engine, 'ask');
    from = harness.fake.requests.length;
    const followUp = 'en hoe zit dat bij frontlijnsturing?';
    harness.fake.sendMessageCreate({ content: followUp, channelId: starter.id, author: user });
    const secondAnswer = await nextPostIn(starter.id, from);

    expect(askSpy).toHaveBeenCalledTimes(1);
    const [askedQuestion, options] = askSpy.mock.calls[0] as [string, AskOptions];
    expect(askedQuestion).toBe(followUp);
    expect(options.history?.[0]).toEqual({ role: 'user', text: first });
    expect(options.history?.[1]?.role).toBe('assistant');
    expect(options.history?.[1]?.text.replace(/\s+/g, ' ')).toBe(firstAnswerText.replace(/\\/g, '').replace(/\s+/g, ' '));
    expect(options.history).toHaveLength(2);
    expect(options.context).toMatchObject({ interface: 'discord', command: 'vraag-draad', channelId: starter.id });
    // The offline engine searched for both questions: the answer is about frontline steering in the network context.
    expect(embedsOf(secondAnswer)[0]?.description?.toLowerCase()).toMatch(/frontlijn/);
    // The thread's recent messages were fetched (the starter message lives in the parent channel's cache).
    expect(harness.fake.requests.some(restCall('GET', `/channels/${starter.id}/messages`))).toBe(true);
  });

  it('answers in a thread the bot owns that it did not start in this process (owner_id), and ignores other threads', async () => {
    const askSpy = vi.spyOn(testEngine.engine, 'ask');
    const foreign = harness.fake.sendThreadCreate({ parentId: harnessIds.allowedChannel, ownerId: '1300000000000000077', name: 'overleg' });
    const owned = harness.fake.sendThreadCreate({ parentId: harnessIds.allowedChannel, ownerId: harness.fake.applicationId, name: 'oude draad' });
    await vi.waitFor(() => expect(harness.bot.client.channels.cache.has(owned.id)).toBe(true));

    harness.fake.sendMessageCreate({ content: 'Wat is frontlijnsturing?', channelId: foreign.id, author: nextUser() });
    const from = harness.fake.requests.length;
    harness.fake.sendMessageCreate({ content: 'Wat is frontlijnsturing?', channelId: owned.id, author: nextUser() });
    const answer = await nextPostIn(owned.id, from);

    expect(embedsOf(answer)[0]?.description).toMatch(/\[1\]/);
    expect(askSpy).toHaveBeenCalledTimes(1);
    expect(harness.fake.requests.some((call) => call.route === `/channels/${foreign.id}/messages` && call.method === 'POST')).toBe(false);
  });

  it('ignores a mention in a channel that is not allowed', async () => {
    const askSpy = vi.spyOn(testEngine.engine, 'ask');
    const ignored = harness.fake.sendMessageCreate({ content: 'Wat is frontlijnsturing?', mentionBot: true, channelId: harnessIds.otherChannel, author: nextUser() });
    const from = harness.fake.requests.length;
    const answered = harness.fake.sendMessageCreate({ content: 'Wat is netwerksturing?', mentionBot: true, channelId: harnessIds.allowedChannel, author: nextUser() });
    await nextPostIn(answered.id, from);

    expect(askSpy).toHaveBeenCalledTimes(1);
    expect(harness.fake.requests.some((call) => call.route.startsWith(`/channels/${harnessIds.otherChannel}/`))).toBe(false);
    expect(harness.fake.requests.some((call) => call.route.startsWith(`/channels/${ignored.id}/`))).toBe(false);
  });

  it('answers an empty mention with one line of help, and ignores other bots', async () => {
    const from = harness.fake.requests.length;
    const empty = harness.fake.sendMessageCreate({ content: '', mentionBot: true, channelId: harnessIds.allowedChannel, author: nextUser() });
    const reply = await nextPostIn(harnessIds.allowedChannel, from);
    expect(reply.body).toMatchObject({
      content: 'Stel je vraag na de vermelding, bijvoorbeeld: @Stuurwijzer wat is frontlijnsturing?',
      message_reference: { message_id: empty.id },
      allowed_mentions: { parse: [], replied_user: false },
    });

    const askSpy = vi.spyOn(testEngine.engine, 'ask');
    harness.fake.sendMessageCreate({ content: 'Wat is regie?', mentionBot: true, channelId: harnessIds.allowedChannel, author: { ...nextUser(), bot: true } });
    const later = harness.fake.sendMessageCreate({ content: 'Wat is regie?', mentionBot: true, channelId: harnessIds.allowedChannel, author: nextUser() });
    await nextPostIn(later.id, harness.fake.requests.length);
    expect(askSpy).toHaveBeenCalledTimes(1);
  });
});
