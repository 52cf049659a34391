/**
 * Keeps personal data (BSN, IBAN, telephone numbers, e-mail addresses, street addresses) out of what
 * Stuurwijzer processes: detect it, redact it, or refuse the message.
 *
 * Findings hold only a kind and offsets, never the value, and refusal messages name the kinds found,
 * never the values, so every structure returned here is safe to log.
 */
import { findBsnNumbers } from './bsn.js';
import { findEmailAddresses } from './email-address.js';
import { findIbans } from './iban.js';
import { PersonalDataError } from './personal-data-error.js';
import { PERSONAL_DATA_KINDS, type PersonalDataFinding, type PersonalDataKind } from './personal-data-finding.js';
import { findPhoneNumbers } from './phone-number.js';
import { findAddresses } from './street-address.js';

export { PersonalDataError } from './personal-data-error.js';
export { passesElfproef } from './bsn.js';
export { isValidIban } from './iban.js';
export { PERSONAL_DATA_KINDS, type PersonalDataFinding, type PersonalDataKind } from './personal-data-finding.js';

/** Short name used in the brief and elsewhere in the code base. */
export type Finding = PersonalDataFinding;

export type PersonalDataGuardMode = 'refuse' | 'redact';

export type PersonalDataGuardResult =
  | { allowed: true; text: string; findings: PersonalDataFinding[] }
  | {
      allowed: false;
      /** The kinds found, in reporting order, each once. */
      kinds: PersonalDataKind[];
      findings: PersonalDataFinding[];
      /** Dutch explanation for the user, naming the kinds found and never the values. */
      userMessage: string;
      /** The same refusal as an error, for callers that prefer to throw it. */
      error: PersonalDataError;
    };

export const PERSONAL_DATA_PLACEHOLDERS: Readonly<Record<PersonalDataKind, string>> = Object.freeze({
  bsn: '[BSN verwijderd]',
  iban: '[IBAN verwijderd]',
  phone: '[telefoonnummer verwijderd]',
  email: '[e-mailadres verwijderd]',
  address: '[adres verwijderd]',
});

/** When two findings overlap, the longer one wins; at equal length the earlier kind in this list. */
const PRIORITY: readonly PersonalDataKind[] = ['email', 'iban', 'bsn', 'phone', 'address'];

function overlaps(a: PersonalDataFinding, b: PersonalDataFinding): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Finds personal data in the text; the findings are sorted by position and do not overlap. */
export function detectPersonalData(text: string): PersonalDataFinding[] {
  const candidates = [
    ...findEmailAddresses(text),
    ...findIbans(text),
    ...findBsnNumbers(text),
    ...findPhoneNumbers(text),
    ...findAddresses(text),
  ].sort((a, b) => b.end - b.start - (a.end - a.start) || PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind) || a.start - b.start);
  const kept: PersonalDataFinding[] = [];
  for (const candidate of candidates) {
    if (!kept.some((finding) => overlaps(finding, candidate))) kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Replaces every finding with a Dutch placeholder such as "[BSN verwijderd]".
 * The findings' offsets refer to the original text.
 */
export function redactPersonalData(text: string): { text: string; findings: PersonalDataFinding[] } {
  const findings = detectPersonalData(text);
  let redacted = '';
  let position = 0;
  for (const finding of findings) {
    redacted += text.slice(position, finding.start) + PERSONAL_DATA_PLACEHOLDERS[finding.kind];
    position = finding.end;
  }
  return { text: redacted + text.slice(position), findings };
}

// --- Dutch wording --------------------------------------------------------------------------------

const KIND_NAMES: Readonly<Record<PersonalDataKind, { one: string; many: string }>> = {
  bsn: { one: 'BSN', many: "BSN's" },
  iban: { one: 'IBAN-rekeningnummer', many: 'IBAN-rekeningnummers' },
  phone: { one: 'telefoonnummer', many: 'telefoonnummers' },
  email: { one: 'e-mailadres', many: 'e-mailadressen' },
  address: { one: 'adres', many: 'adressen' },
};
const NUMBER_WORDS = ['nul', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien'];

function countedName(kind: PersonalDataKind, count: number): string {
  const names = KIND_NAMES[kind];
  return count === 1 ? `een ${names.one}` : `${NUMBER_WORDS[count] ?? String(count)} ${names.many}`;
}

function dutchList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}

function countByKind(findings: readonly Pick<PersonalDataFinding, 'kind'>[]): Map<PersonalDataKind, number> {
  const counts = new Map<PersonalDataKind, number>();
  for (const kind of PERSONAL_DATA_KINDS) {
    const count = findings.filter((finding) => finding.kind === kind).length;
    if (count > 0) counts.set(kind, count);
  }
  return counts;
}

/** "een BSN en twee telefoonnummers": the kinds found and how many, never the values. */
export function describePersonalDataKinds(findings: readonly Pick<PersonalDataFinding, 'kind'>[]): string {
  return dutchList([...countByKind(findings)].map(([kind, count]) => countedName(kind, count)));
}

/** "Je bericht bevat persoonsgegevens (een BSN en twee telefoonnummers). …" — kinds only, never values. */
export function personalDataRefusalMessage(findings: readonly PersonalDataFinding[]): string {
  return (
    `Je bericht bevat persoonsgegevens (${describePersonalDataKinds(findings)}). ` +
    'Stuurwijzer verwerkt geen persoonsgegevens: haal ze weg en stel je vraag opnieuw.'
  );
}

/**
 * 'refuse': text with personal data is refused with a Dutch explanation; clean text is allowed unchanged.
 * 'redact': always allowed, with the personal data replaced by placeholders.
 */
export function guardPersonalData(text: string, mode: PersonalDataGuardMode): PersonalDataGuardResult {
  if (mode === 'redact') return { allowed: true, ...redactPersonalData(text) };
  const findings = detectPersonalData(text);
  if (findings.length === 0) return { allowed: true, text, findings };
  const counts = countByKind(findings);
  const kinds = [...counts.keys()];
  const userMessage = personalDataRefusalMessage(findings);
  const englishMessage = `Refused input with personal data: ${[...counts].map(([kind, count]) => `${kind}×${count}`).join(', ')}`;
  return { allowed: false, kinds, findings, userMessage, error: new PersonalDataError(userMessage, kinds, englishMessage) };
}
