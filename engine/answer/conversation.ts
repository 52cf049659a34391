/** One earlier turn of a conversation (a Discord thread, the terminal chat). */
export interface ConversationTurn {
  role: 'user' | 'assistant';
  text: string;
}

/** At most this many earlier turns are used, the most recent ones. */
export const MAX_HISTORY_TURNS = 6;
const MAX_TURN_CHARACTERS = 1500;

export function boundedHistory(history: readonly ConversationTurn[]): ConversationTurn[] {
  return history.slice(-MAX_HISTORY_TURNS).map((turn) => ({ role: turn.role, text: turn.text.slice(0, MAX_TURN_CHARACTERS) }));
}

const FOLLOW_UP = /^\s*(en|maar|ook|dus|waarom|hoe zit|en hoe|wat als|en wat|en bij|en in|hoe dan|en dat)\b|\b(dat|die|dit|daar|daarbij|hierbij|hetzelfde|dezelfde|ervan|erbij)\b/i;

/** Whether a short question leans on the conversation before it ("en hoe zit dat bij frontlijnsturing?"). */
export function isFollowUp(question: string, history: readonly ConversationTurn[]): boolean {
  if (!history.some((turn) => turn.role === 'user')) return false;
  const words = question.trim().split(/\s+/).length;
  return words <= 14 && FOLLOW_UP.test(question);
}

/** A term of the theory as it can appear in a question: its framework and the names it goes by. */
export interface TopicTerm {
  framework: string;
  names: string[];
}

const escape = (value: string): string => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function findTopic(text: string, terms: readonly TopicTerm[]): { term: TopicTerm; name: string; index: number } | undefined {
  let best: { term: TopicTerm; name: string; index: number } | undefined;
  for (const term of terms) {
    for (const name of term.names) {
      if (name.length < 3) continue;
      const match = new RegExp(`(^|[^\\p{L}])(${escape(name)})(?=$|[^\\p{L}])`, 'iu').exec(text);
      if (match && (!best || name.length > best.name.length)) best = { term, name: match[2]!, index: match.index + match[1]!.length };
    }
  }
  return best;
}

/**
 * The retrieval query for a follow-up without a model. When the follow-up names another term of the same framework
 * as the previous question ("welke rol heeft de gemeente bij netwerksturing?" → "en hoe zit dat bij
 * frontlijnsturing?"), the previous question is asked again about the new term; otherwise both are searched together.
 */
export function offlineRewrite(question: string, history: readonly ConversationTurn[], terms: readonly TopicTerm[] = []): string {
  if (!isFollowUp(question, history)) return question;
  const previous = [...history].reverse().find((turn) => turn.role === 'user');
  if (!previous) return question;
  const now = findTopic(question, terms);
  const before = findTopic(previous.text, terms);
  if (now && before && now.term.framework === before.term.framework && now.term !== before.term) {
    return `${previous.text.slice(0, before.index)}${now.name}${previous.text.slice(before.index + before.name.length)}`;
  }
  return `${question} ${previous.text}`;
}
