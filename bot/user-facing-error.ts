import { isStuurwijzerError } from '../engine/errors.js';
import { botTexts } from './bot-texts.js';

/** What a user sees for an error: the Dutch userMessage of a known error, a generic line otherwise (never a stack). */
export function userMessageOf(error: unknown): string {
  return isStuurwijzerError(error) ? error.userMessage : botTexts.genericError;
}

/** One log line for an error: its name, code and message, without the stack unless STUURWIJZER_DEBUG is set. */
export function logLineOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = isStuurwijzerError(error) ? ` [${error.code}]` : '';
  const stack = process.env['STUURWIJZER_DEBUG'] && error.stack ? `\n${error.stack}` : '';
  return `${error.name}${code}: ${error.message}${stack}`;
}
