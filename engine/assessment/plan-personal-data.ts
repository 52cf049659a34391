import { PersonalDataError } from '../privacy/personal-data-error.js';
import { guardPersonalData, type PersonalDataGuardMode, type PersonalDataKind } from '../privacy/personal-data-guard.js';

const KIND_NAMES: Readonly<Record<PersonalDataKind, string>> = {
  bsn: "BSN's",
  iban: 'IBAN-rekeningnummers',
  phone: 'telefoonnummers',
  email: 'e-mailadressen',
  address: 'adressen',
};

function dutchList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}

/** The Dutch refusal for a plan with personal data: it names the kinds found, never the values or the places. */
export function planPersonalDataMessage(kinds: readonly PersonalDataKind[]): string {
  return (
    `Het plan bevat persoonsgegevens (${dutchList(kinds.map((kind) => KIND_NAMES[kind]))}). ` +
    'Stuurwijzer toetst geen plannen met persoonsgegevens: haal ze uit het document (een beleidsplan heeft ze niet nodig) en probeer het opnieuw.'
  );
}

/**
 * Applies the personal-data guard to a plan before anything else reads it. 'refuse' throws a PersonalDataError
 * naming the kinds found; 'redact' returns the text with the data replaced by placeholders.
 */
export function guardPlanText(text: string, mode: PersonalDataGuardMode): string {
  const guarded = guardPersonalData(text, mode);
  if (guarded.allowed) return guarded.text;
  const message = planPersonalDataMessage(guarded.kinds);
  throw new PersonalDataError(message, guarded.kinds, `Refused plan with personal data: ${guarded.kinds.join(', ')}`);
}
