import { InputError } from './errors.js';

/**
 * Checks a question or description before anything else sees it: not empty, not too long, and text rather
 * than binary garbage. Returns the trimmed text.
 */
export function validateTextInput(value: unknown, options: { maxCharacters: number; what?: string }): string {
  const what = options.what ?? 'vraag';
  if (typeof value !== 'string' || value.trim() === '') {
    throw new InputError('input-empty', `Je ${what} is leeg. Typ een ${what}, bijvoorbeeld: "Wat is frontlijnsturing?"`);
  }
  const text = value.replace(/^\uFEFF/, '').trim();
  if (text.length > options.maxCharacters) {
    throw new InputError(
      'input-too-long',
      `Je ${what} is te lang (${text.length.toLocaleString('nl-NL')} tekens; maximaal ${options.maxCharacters.toLocaleString('nl-NL')}). Stel een kortere ${what}, of gebruik /toets voor een heel plan.`,
    );
  }
  const control = text.match(/[\u0000-\u0008\u000E-\u001F\uFFFD]/g)?.length ?? 0;
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (control > 0 && control / text.length > 0.01) {
    throw new InputError('input-binary', `Dit lijkt geen tekst maar binaire gegevens. Typ je ${what} als gewone tekst.`);
  }
  if (letters === 0) {
    throw new InputError('input-no-words', `Je ${what} bevat geen woorden. Typ je ${what} in gewone taal.`);
  }
  return text;
}
