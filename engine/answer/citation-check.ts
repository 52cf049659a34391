/** Result of checking the [n] markers in a generated answer against the passages that were given. */
export interface CitationCheck {
  /** The answer with invalid markers removed and valid ones renumbered 1..k in order of first use. */
  text: string;
  /** For each new number (index + 1): the original passage number. */
  used: number[];
  /** Numbers that referred to no given passage (removed). */
  invalid: number[];
}

const MARKER = /\[(\s*\d+(?:\s*[,;]\s*\d+)*\s*)\]/g;

/**
 * Every [n] must refer to one of the `passageCount` passages. Invalid numbers are removed (the answer is
 * repaired); valid ones are renumbered in order of first appearance. `used` is empty when nothing valid remains,
 * and the caller then rejects the answer.
 */
export function checkCitations(answer: string, passageCount: number): CitationCheck {
  const used: number[] = [];
  const invalid: number[] = [];
  const text = answer
    .replace(MARKER, (_, inner: string) => {
      const numbers = inner.split(/[,;]/).map((part) => Number(part.trim()));
      const kept: number[] = [];
      for (const number of numbers) {
        if (!Number.isInteger(number) || number < 1 || number > passageCount) {
          if (!invalid.includes(number)) invalid.push(number);
          continue;
        }
        if (!used.includes(number)) used.push(number);
        const renumbered = used.indexOf(number) + 1;
        if (!kept.includes(renumbered)) kept.push(renumbered);
      }
      return kept.map((number) => `[${number}]`).join('');
    })
    .replace(/[ \t]+([.,;:])/g, '$1')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
  return { text, used, invalid };
}
