import { finding, type PersonalDataFinding } from './personal-data-finding.js';

/**
 * The elfproef for a burgerservicenummer: with digits d1..d9,
 * 9·d1 + 8·d2 + 7·d3 + 6·d4 + 5·d5 + 4·d6 + 3·d7 + 2·d8 − 1·d9 must be divisible by 11.
 * All zeros is not a BSN. Takes exactly nine digits (no separators).
 */
export function passesElfproef(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let index = 0; index < 8; index++) sum += Number(digits[index]) * (9 - index);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

/**
 * Nine digits written together (123456782), in groups of three (123.456.782, 123 456 782, 123-456-782)
 * or as on an identity card (1234 56 782, 12.34.56.782), with one kind of separator. Not part of a
 * longer number, a word or a decimal amount.
 */
const BSN_CANDIDATE =
  /(?<![\p{L}\p{N}+])(?<!\p{N}[.,])(?:\d{9}|\d{3}([. \u00A0-])\d{3}\1\d{3}|\d{4}([. \u00A0])\d{2}\2\d{3}|\d{2}([. \u00A0])\d{2}\3\d{2}\3\d{3})(?![\p{L}\p{N}])(?![.,]\p{N})/gu;

const CURRENCY_BEFORE = /(?:€|\bEUR|\beuro|\bbedrag(?:en)?(?: van)?)\s*$/iu;
const CURRENCY_AFTER = /^\s*(?:euro|EUR|€)/iu;

/** Burgerservicenummers in the text; nine-digit numbers that fail the elfproef or read as amounts are skipped. */
export function findBsnNumbers(text: string): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  for (const match of text.matchAll(BSN_CANDIDATE)) {
    const start = match.index;
    const end = start + match[0].length;
    const digits = match[0].replace(/\D/g, '');
    if (!passesElfproef(digits)) continue;
    // Amounts: "€ 117.000.000", "117.000.000 euro", and grouped numbers ending in 000 ("130.000.000").
    if (CURRENCY_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
    if (CURRENCY_AFTER.test(text.slice(end, end + 6))) continue;
    if (/\D/.test(match[0]) && digits.endsWith('000')) continue;
    findings.push(finding('bsn', start, end));
  }
  return findings;
}
