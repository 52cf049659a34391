/**
 * Helpers for putting untrusted text (corpus passages, uploaded plans, earlier turns, the question) into a prompt
 * as data: angle brackets are replaced so the text can never close or open the tags that delimit it.
 */
export function asData(text: string): string {
  return text.replace(/</g, '‹').replace(/>/g, '›');
}
