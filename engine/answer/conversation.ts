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

/**
 * The retrieval query for a follow-up without a model: the new question plus the previous user question, so
 * "en hoe zit dat bij frontlijnsturing?" after "welke rol heeft de gemeente bij netwerksturing?" searches for both.
 */
export function offlineRewrite(question: string, history: readonly ConversationTurn[]): string {
  if (!isFollowUp(question, history)) return question;
  const previous = [...history].reverse().find((turn) => turn.role === 'user');
  return previous ? `${question} ${previous.text}` : question;
}
