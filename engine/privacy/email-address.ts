import { finding, type PersonalDataFinding } from './personal-data-finding.js';

/** local-part@domain.tld; the top-level domain has at least two letters. */
const EMAIL_ADDRESS =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}_%+-]+(?:\.[\p{L}\p{N}_%+-]+)*@[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)*\.\p{L}{2,}(?![\p{L}\p{N}-]|@)/gu;

export function findEmailAddresses(text: string): PersonalDataFinding[] {
  return [...text.matchAll(EMAIL_ADDRESS)].map((match) => finding('email', match.index, match.index + match[0].length));
}
