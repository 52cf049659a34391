/**
 * Strips Dutch (and a few English) question wrappers around a term, so "wat is een regisseur?",
 * "definitie van fuik" and "wat houdt frontlijnsturing in?" all become the bare term.
 */

const SURROUNDING_PUNCTUATION = /^[\s"'“”‘’„«»(\[]+|[\s"'“”‘’„«»)\].,!?:;]+$/gu;

const LEADING_WRAPPERS: readonly RegExp[] = [
  /^(?:kun|kan|wil)\s+(?:je|jij|u)\s+(?:mij\s+|me\s+)?(?:eens\s+)?(?:uitleggen|vertellen|zeggen|beschrijven)\s+/iu,
  /^(?:leg|legt)\s+(?:eens\s+)?uit\s+/iu,
  /^(?:wat|wie)\s+(?:is|zijn|was|waren|betekent|betekenen|houdt|houden)\s+(?:eigenlijk\s+|precies\s+|nou\s+|nu\s+)?/iu,
  /^wat\s+(?:wordt|worden)\s+(?:er\s+)?(?:eigenlijk\s+|precies\s+)?(?:bedoeld|verstaan)\s+(?:met|onder)\s+/iu,
  /^wat\s+(?:bedoel|bedoelt|versta|verstaat|verstaan)\s+(?:je|jij|u|we|wij|men|ze|zij)\s+(?:eigenlijk\s+|precies\s+)?(?:met|onder)\s+/iu,
  /^(?:geef\s+(?:me\s+|mij\s+)?)?(?:de\s+|een\s+)?(?:definitie|definities|betekenis|omschrijving|uitleg|verklaring)\s+(?:van|voor|bij|over)\s+/iu,
  /^(?:definieer|defineer|omschrijf|verklaar)\s+/iu,
  /^(?:het\s+begrip|de\s+term|begrip|term)\s+/iu,
  /^(?:what\s+is|what's|what\s+are|define|meaning\s+of|definition\s+of)\s+/iu,
  /^wat\s+/iu,
  /^(?:een|de|het|'t|a|an|the)\s+/iu,
];

const TRAILING_WRAPPERS: readonly RegExp[] = [
  /\s+(?:is|zijn|betekent|betekenen|inhoudt|inhouden|eigenlijk|precies|dan|nou)$/iu,
  /\s+(?:(?:in\s+)?(?:deze|de)\s+(?:documenten|literatuur|bronnen|stukken))$/iu,
];

const HOLDS_IN = /^wat\s+(?:houdt|houden)\s+/iu;

/** The bare term inside a question; returns the trimmed input when no wrapper is found or nothing would remain. */
export function stripQuestion(query: string): string {
  const original = query.replace(/\s+/g, ' ').trim();
  let result = original.replace(SURROUNDING_PUNCTUATION, '');
  const endsWithIn = HOLDS_IN.test(result);
  for (let changed = true; changed; ) {
    changed = false;
    for (const pattern of LEADING_WRAPPERS) {
      const next = result.replace(pattern, '');
      if (next !== result && next.trim() !== '') {
        result = next.trim();
        changed = true;
      }
    }
    for (const pattern of TRAILING_WRAPPERS) {
      const next = result.replace(pattern, '');
      if (next !== result && next.trim() !== '') {
        result = next.trim();
        changed = true;
      }
    }
    if (endsWithIn && /\s+in$/iu.test(result)) {
      result = result.replace(/\s+in$/iu, '');
      changed = true;
    }
    const unwrapped = result.replace(SURROUNDING_PUNCTUATION, '');
    if (unwrapped !== result && unwrapped !== '') {
      result = unwrapped;
      changed = true;
    }
  }
  return result === '' ? original : result;
}
