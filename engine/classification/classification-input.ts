import { InputError } from '../errors.js';

/** Inputs larger than this (characters) are refused; a 200-page plan is about half a million. */
export const MAXIMUM_CLASSIFICATION_CHARACTERS = 10_000_000;

/** Refuses empty and absurdly large inputs with a Dutch message. */
export function checkClassificationInput(text: unknown): asserts text is string {
  if (typeof text !== 'string' || text.trim() === '') {
    throw new InputError(
      'classification-empty',
      'Er is geen tekst om te typeren. Beschrijf in een paar zinnen hoe de gemeente stuurt, of geef een bestand met het plan.',
      'empty classification input',
    );
  }
  if (text.length > MAXIMUM_CLASSIFICATION_CHARACTERS) {
    throw new InputError(
      'classification-too-long',
      `De tekst is te lang om te typeren (meer dan ${MAXIMUM_CLASSIFICATION_CHARACTERS.toLocaleString('nl-NL')} tekens). Geef een deel van het plan, bijvoorbeeld de hoofdstukken over sturing.`,
      `classification input of ${text.length} characters`,
    );
  }
}
