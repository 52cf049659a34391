import { PersonalDataError } from '../privacy/personal-data-error.js';
import { guardPersonalData, type PersonalDataGuardMode, type PersonalDataKind } from '../privacy/personal-data-guard.js';
import { dutchList } from './dutch-format.js';

const KIND_NAMES: Readonly<Record<PersonalDataKind, { one: string; many: string }>> = {
  bsn: { one: 'een BSN', many: "BSN's" },
  iban: { one: 'een IBAN-rekeningnummer', many: 'IBAN-rekeningnummers' },
  phone: { one: 'een telefoonnummer', many: 'telefoonnummers' },
  email: { one: 'een e-mailadres', many: 'e-mailadressen' },
  address: { one: 'een adres', many: 'adressen' },
};
const NUMBER_WORDS = ['nul', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien'];

function countedName(kind: PersonalDataKind, count: number): string {
  const names = KIND_NAMES[kind];
  return count === 1 ? names.one : `${NUMBER_WORDS[count] ?? String(count)} ${names.many}`;
}

/** The Dutch refusal for a plan with personal data: it names the kinds found (and how many), never the values or the places. */
export function planPersonalDataMessage(findings: ReadonlyArray<{ kind: PersonalDataKind }>): string {
  const counts = new Map<PersonalDataKind, number>();
  for (const finding of findings) counts.set(finding.kind, (counts.get(finding.kind) ?? 0) + 1);
  return (
    `Het plan bevat persoonsgegevens (${dutchList([...counts].map(([kind, count]) => countedName(kind, count)))}). ` +
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
  const message = planPersonalDataMessage(guarded.findings);
  throw new PersonalDataError(message, guarded.kinds, `Refused plan with personal data: ${guarded.kinds.join(', ')}`);
}
