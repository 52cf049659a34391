import { MessageType, type AnyThreadChannel, type Message } from 'discord.js';
import type { ConversationTurn } from '../engine/answer/conversation.js';
import { withoutBotMention } from './bot-mention.js';
import { SOURCES_EMBED_TITLE } from './render/answer-messages.js';

/** How many earlier thread messages are fetched; the engine itself uses only the most recent turns. */
export const HISTORY_MESSAGE_LIMIT = 20;
const MAX_TURNS = 12;
const MAX_TURN_CHARACTERS = 1500;

const conversationTypes = new Set<MessageType>([MessageType.Default, MessageType.Reply]);

const unescapeMarkdown = (text: string): string => text.replace(/\\([\\*_~`|>#-])/g, '$1');

/** The text of an earlier bot answer: its answer embeds (not the sources), or else its content without notices. */
function assistantText(message: Message): string {
  const descriptions = message.embeds.filter((embed) => embed.title !== SOURCES_EMBED_TITLE && embed.description).map((embed) => unescapeMarkdown(embed.description ?? ''));
  if (descriptions.length > 0) return descriptions.join('\n\n');
  return message.content
    .split('\n')
    .filter((line) => !line.startsWith('⚠️'))
    .join('\n')
    .trim();
}

function compareSnowflakes(left: string, right: string): number {
  const difference = BigInt(left) - BigInt(right);
  return difference < 0n ? -1 : difference > 0n ? 1 : 0;
}

/**
 * The conversation of a thread before `current`, oldest first: the thread's starter message (the first question)
 * plus up to HISTORY_MESSAGE_LIMIT recent messages; the bot's messages become assistant turns, people's messages
 * user turns, other bots are skipped. Consecutive turns of the same role are merged; the result is bounded.
 */
export async function threadHistory(thread: AnyThreadChannel, current: Message, botUserId: string): Promise<ConversationTurn[]> {
  const [recent, starter] = await Promise.all([
    thread.messages.fetch({ limit: HISTORY_MESSAGE_LIMIT, before: current.id, cache: false }),
    thread.fetchStarterMessage({ cache: false }).catch(() => null),
  ]);
  const byId = new Map<string, Message>();
  for (const message of [...(starter === null ? [] : [starter]), ...recent.values()]) {
    if (message.id !== current.id && compareSnowflakes(message.id, current.id) < 0) byId.set(message.id, message);
  }
  const ordered = [...byId.values()].sort((left, right) => compareSnowflakes(left.id, right.id));
  const turns: ConversationTurn[] = [];
  for (const message of ordered) {
    if (!conversationTypes.has(message.type) && message.author.id !== botUserId) continue;
    let turn: ConversationTurn | undefined;
    if (message.author.id === botUserId) turn = { role: 'assistant', text: assistantText(message) };
    else if (!message.author.bot) turn = { role: 'user', text: withoutBotMention(message, botUserId) };
    if (turn === undefined || turn.text === '') continue;
    const previous = turns[turns.length - 1];
    if (previous !== undefined && previous.role === turn.role) previous.text = `${previous.text}\n\n${turn.text}`;
    else turns.push(turn);
  }
  return turns.slice(-MAX_TURNS).map((turn) => ({ role: turn.role, text: turn.text.slice(0, MAX_TURN_CHARACTERS) }));
}
