import type { Citation } from '../citations.js';

export type AnswerStatus = 'answered' | 'no-answer' | 'refused' | 'classified';

/** The engine's answer to a question; the CLI prints it as JSON, the chat and the bot render it. */
export interface Answer {
  mode: 'offline' | 'llm';
  status: AnswerStatus;
  answer: string;
  citations: Citation[];
  /** A Dutch notice to show above the answer (e.g. the model could not be reached). */
  notice?: string;
}

/** Shown with every answer: the assistant advises from the studied documents, people decide. */
export const STANDING_REMINDER =
  'Stuurwijzer geeft advies op basis van de bestudeerde documenten; beslissingen neem je zelf, met je collega\'s en het bestuur.';
