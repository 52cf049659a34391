/** The kinds of personal data the guard recognises. */
export type PersonalDataKind = 'bsn' | 'iban' | 'phone' | 'email' | 'address';

/** All kinds, in the order they are reported to the user. */
export const PERSONAL_DATA_KINDS: readonly PersonalDataKind[] = ['bsn', 'iban', 'phone', 'email', 'address'];

/**
 * Where personal data was found: a kind and the half-open range [start, end) of UTF-16 offsets in the
 * checked text. It deliberately holds no copy of the value, so findings can be logged safely.
 */
export interface PersonalDataFinding {
  readonly kind: PersonalDataKind;
  readonly start: number;
  readonly end: number;
}

export function finding(kind: PersonalDataKind, start: number, end: number): PersonalDataFinding {
  return Object.freeze({ kind, start, end });
}
