import { InputError } from '../errors.js';
import type { PersonalDataKind } from './personal-data-finding.js';

/**
 * A message was refused because it contains personal data. Carries the kinds found, never the values,
 * so it can be logged and shown as is.
 */
export class PersonalDataError extends InputError {
  readonly kinds: readonly PersonalDataKind[];

  constructor(userMessage: string, kinds: readonly PersonalDataKind[], englishMessage: string) {
    super('personal-data', userMessage, englishMessage);
    this.kinds = kinds;
  }
}
