import { finding, type PersonalDataFinding } from './personal-data-finding.js';

/**
 * Dutch telephone numbers, national and international:
 *   0612345678, 06-12345678, 06 1234 5678, 06 12 34 56 78, 020-1234567, 050 123 4567, 0591-123456,
 *   (020) 123 45 67, +31 6 12345678, +31 (0)20 123 4567, 0031 6 1234 5678, +31612345678,
 * and other international numbers written with a plus sign (+32 2 123 45 67).
 *
 * A national number is an area code (06, or 3–4 digits starting with 0) and a subscriber number, ten
 * digits in all, with at most one hyphen (after the area code). That keeps dates (06-12-2023), years,
 * amounts, article numbers (2.3.5), ranges (2019-2022) and percentages out: they do not start with 0,
 * use dots or commas, or have more hyphens.
 */
const NATIONAL =
  /(?<![\p{L}\p{N}+\-./,])(?:0\d{9}|(\(0\d{1,3}\)|0\d{1,3})(?: ?- ?| )(\d{2,8}(?: \d{2,4}){0,3}))(?![\p{L}\p{N}])(?![.,\-/]\p{N})/gu;

/** +31 or 0031, an optional "(0)", then nine digits with single spaces or hyphens between them. */
const DUTCH_INTERNATIONAL = /(?<![\p{L}\p{N}+])(?:\+|00)31(?: ?\(0\))?[ -]?[1-9](?:[ -]?\d){8}(?![\p{N}])(?![.,]\p{N})/gu;

/** Any other country: a plus sign, then 8 to 14 digits with single spaces or hyphens between them. */
const OTHER_INTERNATIONAL = /(?<![\p{L}\p{N}+])\+(?!31)[1-9](?:[ -]?\d){7,13}(?![\p{N}])(?![.,]\p{N})/gu;

/** The digits of a Dutch account number ("NL92 ABNA 0417 1643 00") are not a phone number, even if the checksum is wrong. */
const AFTER_ACCOUNT_PREFIX = /[A-Za-z]{2}\d{2} ?[A-Za-z]{4} ?$/;

function isNationalNumber(whole: string, areaCode: string | undefined): boolean {
  const digits = whole.replace(/\D/g, '');
  if (digits.length !== 10 || digits[1] === '0') return false;
  if ((whole.match(/-/g)?.length ?? 0) > 1) return false;
  if (areaCode === undefined) return true; // ten digits written together
  const area = areaCode.replace(/\D/g, '');
  return area === '06' || area.length >= 3;
}

export function findPhoneNumbers(text: string): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  for (const match of text.matchAll(NATIONAL)) {
    if (AFTER_ACCOUNT_PREFIX.test(text.slice(Math.max(0, match.index - 12), match.index))) continue;
    if (isNationalNumber(match[0], match[1])) findings.push(finding('phone', match.index, match.index + match[0].length));
  }
  for (const pattern of [DUTCH_INTERNATIONAL, OTHER_INTERNATIONAL]) {
    for (const match of text.matchAll(pattern)) findings.push(finding('phone', match.index, match.index + match[0].length));
  }
  return findings;
}
