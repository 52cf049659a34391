import { ThreadAutoArchiveDuration, type AnyThreadChannel, type Message } from 'discord.js';
import type { ConversationTurn } from '../engine/answer/conversation.js';
import { messageSubject } from './access-subject.js';
import { requestContext, type BotContext } from './bot-context.js';
import { mentionsBot, withoutBotMention } from './bot-mention.js';
import { botTexts, rateLimited } from './bot-texts.js';
import { discordLimits } from './discord-limits.js';
import type { OutgoingMessage } from './outgoing-message.js';
import { answerMessages } from './render/answer-messages.js';
import { deliverToChannel, noMentions } from './reply-delivery.js';
import { shorten } from './text-shortening.js';
import { threadHistory } from './thread-history.js';
import { logLineOf, userMessageOf } from './user-facing-error.js';

/**
 * Conversations outside slash commands. A mention of the bot in an allowed channel starts a thread from that
 * message and answers there; later messages in a thread the bot started (or owns) are answered with the thread's
 * history, with or without a mention; a mention inside another thread is answered in place with that thread's
 * history. Messages in channels that are not allowed are ignored silently (no noise where the bot is not wanted).
 * Reading follow-ups without a mention needs the privileged MessageContent intent.
 */
export class MessageRouter {
  constructor(
    private readonly context: BotContext,
    private readonly botUserId: () => string,
  ) {}

  async handle(message: Message): Promise<void> {
    if (message.author.bot || message.system || !message.inGuild()) return;
    const botUserId = this.botUserId();
    const channel = message.channel;
    const ownThread = channel.isThread() && (this.context.botThreads.has(channel.id) || channel.ownerId === botUserId);
    if (!ownThread && !mentionsBot(message, botUserId)) return;
    if (!this.context.access.isAllowed(messageSubject(message))) return;
    try {
      if (this.context.isStopping()) {
        await this.say(message, botTexts.restarting);
        return;
      }
      const question = withoutBotMention(message, botUserId);
      if (question === '') {
        // In an own thread an empty message is an image or a message without the MessageContent intent: ignore it.
        if (!ownThread) await this.say(message, botTexts.emptyMention);
        return;
      }
      const decision = this.context.rateLimiter.attempt(message.author.id);
      if (!decision.allowed) {
        await this.say(message, rateLimited(this.context.rateLimiter.limitPerMinute, decision.retryAfterMs));
        return;
      }
      if (channel.isThread()) await this.answerInThread(channel, message, question);
      else await this.answerInNewThread(message, question);
    } catch (error) {
      this.context.log(`bericht ${message.id} kon niet worden beantwoord: ${logLineOf(error)}`);
      await this.say(message, userMessageOf(error)).catch((secondError: unknown) => this.context.log(`foutmelding bij bericht ${message.id} mislukt: ${logLineOf(secondError)}`));
    }
  }

  private async answerInThread(thread: AnyThreadChannel, message: Message, question: string): Promise<void> {
    await thread.sendTyping().catch(() => undefined);
    const history = await threadHistory(thread, message, this.botUserId()).catch((error: unknown) => {
      // Without Read Message History the question is still answered, only without its context.
      this.context.log(`geschiedenis van draad ${thread.id} niet leesbaar: ${logLineOf(error)}`);
      return [];
    });
    const messages = await this.answer(question, history, message, 'vraag-draad');
    await deliverToChannel(thread, messages);
  }

  /** Asks first, then names the thread after the question (never after a refused one: it may hold personal data). */
  private async answerInNewThread(message: Message<true>, question: string): Promise<void> {
    await message.channel.sendTyping().catch(() => undefined);
    const answer = await this.context.engine.ask(question, { context: requestContext(message.author.id, message.channelId, 'vraag-vermelding') });
    this.context.recentAnswers.remember(answer.id, answer.citations);
    const messages = answerMessages(question, answer);
    const name = answer.status === 'refused' ? botTexts.defaultThreadName : shorten(question, discordLimits.threadName) || botTexts.defaultThreadName;
    let thread: AnyThreadChannel;
    try {
      thread = await message.startThread({ name, autoArchiveDuration: ThreadAutoArchiveDuration.OneDay });
    } catch (error) {
      // Without Create Public Threads (or in a channel without threads) answer as a reply instead.
      this.context.log(`draad bij bericht ${message.id} kon niet worden gestart, antwoord als reply: ${logLineOf(error)}`);
      await deliverToChannel(message.channel, messages, { replyTo: message });
      return;
    }
    this.context.botThreads.add(thread.id);
    await deliverToChannel(thread, messages);
  }

  private async answer(question: string, history: ConversationTurn[], message: Message, command: string): Promise<OutgoingMessage[]> {
    const answer = await this.context.engine.ask(question, { history, context: requestContext(message.author.id, message.channelId, command) });
    this.context.recentAnswers.remember(answer.id, answer.citations);
    return answerMessages(question, answer);
  }

  /** One short line in reply to the message (in its channel or thread), without pinging anyone. */
  private async say(message: Message, text: string): Promise<void> {
    await message.reply({ content: text, allowedMentions: noMentions });
  }
}
