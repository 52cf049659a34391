import { PersonalDataError } from '../privacy/personal-data-error.js';
import { describePersonalDataKinds, guardPersonalData, type PersonalDataGuardMode, type PersonalDataKind } from '../privacy/personal-data-guard.js';

/** The Dutch refusal for a plan with personal data: it names the kinds found (and how many), never the values or the places. */
export function planPersonalDataMessage(findings: ReadonlyArray<{ kind: PersonalDataKind }>): string {
  return (
    `Het plan bevat persoonsgegevens (${describePersonalDataKinds(findings)}). ` +
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
