import { phraseKeys, tokenize, type PlanToken } from './plan-tokens.js';

/** A word or phrase to look for, with what it signals and how strongly. */
export interface TermEntry<Tag extends string> {
  phrase: string;
  tag: Tag;
  weight: number;
  /** Also match a single-word term inside a compound: "budget" in "wijkbudget", "inkoop" in "inkoopbeleid". */
  compound?: boolean;
}

export interface TermHit<Tag extends string> {
  tag: Tag;
  phrase: string;
  weight: number;
  /** True when the hit was part of a compound word rather than the word itself. */
  compound: boolean;
  /** Index of the first matching token. */
  token: number;
}

interface CompiledTerm<Tag extends string> {
  entry: TermEntry<Tag>;
  keys: string[];
  folded: string;
}

/** Shortest term that is looked for inside compounds; shorter ones ("wet", "geld") give too many false hits. */
const MINIMUM_COMPOUND_PART = 5;

/**
 * Finds terms in a plan's words by their matching keys, so inflections match ("tarieven" for "tarief").
 * Multi-word phrases match consecutive words; single-word terms marked `compound` also match as the first part
 * or the last part of a compound word.
 */
export class TermMatcher<Tag extends string> {
  private readonly byFirstKey = new Map<string, CompiledTerm<Tag>[]>();
  private readonly compounds: CompiledTerm<Tag>[] = [];

  constructor(entries: readonly TermEntry<Tag>[]) {
    for (const entry of entries) {
      const keys = phraseKeys(entry.phrase);
      const first = keys[0];
      if (first === undefined) continue;
      const folded = tokenize(entry.phrase).map((token) => token.folded).join('');
      const compiled: CompiledTerm<Tag> = { entry, keys, folded };
      const list = this.byFirstKey.get(first) ?? [];
      list.push(compiled);
      this.byFirstKey.set(first, list);
      if (entry.compound && keys.length === 1 && folded.length >= MINIMUM_COMPOUND_PART) this.compounds.push(compiled);
    }
  }

  /** Every hit in the tokens, in token order. */
  match(tokens: readonly PlanToken[]): TermHit<Tag>[] {
    const hits: TermHit<Tag>[] = [];
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index] as PlanToken;
      const exact = new Set<CompiledTerm<Tag>>();
      for (const term of this.byFirstKey.get(token.key) ?? []) {
        if (term.keys.every((key, offset) => tokens[index + offset]?.key === key)) {
          exact.add(term);
          hits.push({ tag: term.entry.tag, phrase: term.entry.phrase, weight: term.entry.weight, compound: false, token: index });
        }
      }
      if (this.compounds.length === 0 || token.folded.length < MINIMUM_COMPOUND_PART + 3) continue;
      for (const term of this.compounds) {
        if (exact.has(term)) continue;
        if (token.folded.length > term.folded.length + 2 && (token.folded.startsWith(term.folded) || token.key.endsWith(term.keys[0] as string))) {
          hits.push({ tag: term.entry.tag, phrase: term.entry.phrase, weight: term.entry.weight, compound: true, token: index });
        }
      }
    }
    return hits;
  }
}
