import { InputError, isStuurwijzerError } from '../engine/errors.js';

/** Prints exactly one JSON document on stdout. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export function printText(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

/** Exit codes: 1 unexpected, 2 bad input or usage, 3 installation or configuration problem. */
export function exitCodeOf(error: unknown): number {
  if (!isStuurwijzerError(error)) return 1;
  return error instanceof InputError || error.name === 'DocumentReadError' ? 2 : 3;
}

/** Shows the Dutch message of a known error (never a stack trace); unknown errors get a generic message. */
export function reportError(error: unknown, json: boolean): number {
  const code = exitCodeOf(error);
  const message = isStuurwijzerError(error)
    ? error.userMessage
    : 'Er ging iets onverwachts mis. Probeer het opnieuw; blijft het misgaan, meld het dan bij de beheerder.';
  if (process.env.STUURWIJZER_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  if (json) printJson({ error: { code: isStuurwijzerError(error) ? error.code : 'unexpected', message } });
  else process.stderr.write(`Fout: ${message}\n`);
  return code;
}
