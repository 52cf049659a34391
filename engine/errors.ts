/**
 * Errors that reach a user carry a Dutch `userMessage` (shown as is) and an English `message` for logs.
 * Adapters (CLI, terminal chat, Discord) show `userMessage` and never a stack trace.
 */
export class StuurwijzerError extends Error {
  readonly userMessage: string;
  readonly code: string;

  constructor(code: string, userMessage: string, detail?: string, options?: { cause?: unknown }) {
    super(detail ?? userMessage, options);
    this.name = new.target.name;
    this.code = code;
    this.userMessage = userMessage;
  }
}

/** The user's input cannot be handled (empty, too long, not text). */
export class InputError extends StuurwijzerError {}

/** The installation is broken: a corpus file is missing, configuration is invalid. */
export class ConfigurationError extends StuurwijzerError {}

export function isStuurwijzerError(error: unknown): error is StuurwijzerError {
  return error instanceof StuurwijzerError;
}
