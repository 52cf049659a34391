import { finding, type PersonalDataFinding } from './personal-data-finding.js';

/** IBAN lengths of the SEPA countries (EU, EEA, Switzerland, the United Kingdom and the microstates). */
const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AT: 20, BE: 16, BG: 22, CH: 21, CY: 28, CZ: 24, DE: 22, DK: 18, EE: 20, ES: 24, FI: 18,
  FO: 18, FR: 27, GB: 22, GI: 23, GL: 18, GR: 27, HR: 21, HU: 28, IE: 22, IS: 26, IT: 27, LI: 21,
  LT: 20, LU: 20, LV: 21, MC: 27, MT: 31, NL: 18, NO: 15, PL: 28, PT: 25, RO: 24, SE: 24, SI: 19,
  SK: 24, SM: 27, VA: 22,
};

/** ISO 13616 check: move the first four characters to the end, letters to 10..35, remainder mod 97 must be 1. */
export function passesIbanChecksum(iban: string): boolean {
  const compact = iban.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(compact)) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (const character of rearranged) {
    const value = character >= 'A' ? character.charCodeAt(0) - 55 : Number(character);
    remainder = (value >= 10 ? remainder * 100 + value : remainder * 10 + value) % 97;
  }
  return remainder === 1;
}

/** True for a well-formed IBAN of a SEPA country with a valid checksum; spaces are allowed. */
export function isValidIban(iban: string): boolean {
  const compact = iban.replace(/\s+/g, '').toUpperCase();
  const length = IBAN_LENGTHS[compact.slice(0, 2)];
  if (length === undefined || compact.length !== length) return false;
  if (compact.startsWith('NL') && !/^NL\d{2}[A-Z]{4}\d{10}$/.test(compact)) return false;
  return passesIbanChecksum(compact);
}

/** Two letters, two check digits, then letters and digits with single spaces allowed between them. */
const IBAN_CANDIDATE = /(?<![\p{L}\p{N}])[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]){10,32}/gu;

/** IBANs in the text (Dutch and other SEPA countries), checked with mod-97. */
export function findIbans(text: string): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  IBAN_CANDIDATE.lastIndex = 0;
  for (let match = IBAN_CANDIDATE.exec(text); match !== null; match = IBAN_CANDIDATE.exec(text)) {
    const start = match.index;
    const length = IBAN_LENGTHS[match[0].slice(0, 2).toUpperCase()];
    // The candidate may run on into the next words; cut it at the country's IBAN length.
    let end = start;
    let characters = 0;
    if (length !== undefined) {
      while (end < text.length && characters < length) {
        if (text[end] !== ' ') characters++;
        end++;
      }
    }
    const followedByMore = /[\p{L}\p{N}]/u.test(text[end] ?? '');
    if (length !== undefined && characters === length && !followedByMore && isValidIban(text.slice(start, end))) {
      findings.push(finding('iban', start, end));
      IBAN_CANDIDATE.lastIndex = end;
    } else {
      IBAN_CANDIDATE.lastIndex = start + 1;
    }
  }
  return findings;
}
