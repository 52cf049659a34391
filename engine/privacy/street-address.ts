import { finding, type PersonalDataFinding } from './personal-data-finding.js';

/**
 * Dutch addresses:
 * - a street name ending in a street word, a house number and an optional addition, optionally followed
 *   by a postcode and a place: "Hoofdstraat 12", "Kerkweg 3a", "Van der Duyn van Maasdamweg 20 bis",
 *   "Oude Kijk in 't Jatstraat 26", "Grote Markt 1", "Kerkstraat 5-II, 9712 AB Groningen";
 * - a postcode followed by a place on its own: "9712 AB Groningen", "2511CV Den Haag" (but not after
 *   "Postbus 123," or "Antwoordnummer 45,": those are organisations' addresses).
 *
 * Policy text such as "Wmo 2015", "artikel 12" or "Figuur 3" does not match, because no street word
 * precedes the number. Compound policy words that end in a street word ("Arbeidsmarkt 2030",
 * "Zorgpad 2") are listed as exceptions, and a year as house number only counts with a postcode.
 */
const STREET_WORDS = [
  'straatweg', 'straat', 'laan', 'weg', 'plein', 'singel', 'gracht', 'kade', 'dijk', 'pad', 'steeg',
  'hof', 'park', 'dreef', 'markt', 'burgwal', 'wal', 'plantsoen', 'boulevard', 'allee', 'kanaal',
];

/** Compounds that end in a street word but are policy vocabulary, not street names (lower case). */
const NOT_STREETS = new Set([
  'arbeidsmarkt', 'woningmarkt', 'zorgmarkt', 'huurmarkt', 'koopmarkt', 'energiemarkt', 'kapitaalmarkt',
  'interne markt', 'leerpad', 'zorgpad', 'groeipad', 'ontwikkelpad', 'uitweg', 'middenweg',
]);

const STREET_WORD = STREET_WORDS.join('|');
const STREET_WORD_ALONE = STREET_WORDS.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('|');

/** Lower-case words that occur inside street names ("Van der Duyn van Maasdamweg", "Kijk in 't Jatstraat"). */
const PARTICLE = "(?:van|der|den|de|het|'t|in|op|aan|bij|ter|ten|te|tot|en|onder|over|achter|voor|na|la|le|du|di|da)";
const NAME_WORD = "(?:'s-)?\\p{Lu}[\\p{L}'.-]*";
/** The last word: a name ending in a street word ("Maasdamweg"), or the street word itself ("Markt"). */
const FINAL_WORD = `(?:(?:'s-)?\\p{Lu}[\\p{L}'-]*?(?:${STREET_WORD})|(?:${STREET_WORD_ALONE}))`;
/** Prepositions that start a sentence part, not a street name ("Op Hoofdstraat 3", "In de Kerkstraat"). */
const NOT_A_FIRST_WORD = '(?!(?:In|Op|Aan|Bij|Naar|Langs|Via|Vanaf|Tot|Voor|Met|Tussen|Nabij|Adres|Zie|Woont|Wonend)\\s)';
const STREET_NAME = `${NOT_A_FIRST_WORD}(?:${NAME_WORD} (?:${PARTICLE} ){0,3}){0,5}${FINAL_WORD}`;

/** "3a", "5-II", "12-3", "20 bis", "12 hs", "8 A". */
const ADDITION = '(?:[A-Za-z](?![\\p{L}\\p{N}])|-(?:\\d{1,4}|[A-Za-z]{1,4})(?![\\p{L}\\p{N}])| (?:bis|hs|huis|bg|bel|beneden|boven|zw|rd|rood|[A-Z]|I{1,3}|IV|V)(?![\\p{L}\\p{N}]))';
const HOUSE_NUMBER = `(\\d{1,5})${ADDITION}?`;

const PLACE =
  "(?:(?:'s-|'t |Den |De |Het |Sint |St\\. )?\\p{Lu}[\\p{L}'-]+(?: (?:aan|op|in|bij)(?: (?:den|de|der|het))? \\p{Lu}[\\p{L}'-]+)?)";
/** Four digits (not starting with 0), optional space, two capitals except SA, SD and SS. */
const POSTCODE = '[1-9]\\d{3} ?(?!SA|SD|SS)[A-Z]{2}(?![\\p{L}\\p{N}])';

const ADDRESS = new RegExp(
  `(?<![\\p{L}\\p{N}'])(${STREET_NAME}) ${HOUSE_NUMBER}(?![\\p{N}])(?![.,]\\p{N})(,? {1,2}${POSTCODE}(?: {1,2}${PLACE})?)?`,
  'gu',
);
const POSTCODE_WITH_PLACE = new RegExp(`(?<![\\p{L}\\p{N}])([1-9]\\d{3}) ?([A-Z]{2}) {1,2}${PLACE}`, 'gu');

/** Abbreviations that, after a year, look like a postcode: "2015 EU Verordening". */
const ABBREVIATIONS_AFTER_YEAR = new Set(['EU', 'NL', 'VS', 'UK', 'EN', 'OF', 'OM', 'EZ', 'BZ', 'JZ', 'VN', 'BV', 'NV']);
const isYear = (digits: string): boolean => /^(?:19|20)\d{2}$/.test(digits);
/** A postcode after a PO box or reply number belongs to an organisation, not a person. */
const AFTER_PO_BOX = /(?:Postbus|Antwoordnummer)\s+\d{1,6},?\s*$/iu;

function streetNameIsPolicyWord(streetName: string): boolean {
  const words = streetName.toLowerCase().split(' ');
  const last = words[words.length - 1] ?? '';
  return NOT_STREETS.has(last) || NOT_STREETS.has(words.slice(-2).join(' '));
}

export function findAddresses(text: string): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  for (const match of text.matchAll(ADDRESS)) {
    const [whole, streetName = '', houseNumber = '', postcodePart] = match;
    if (streetNameIsPolicyWord(streetName)) continue;
    if (isYear(houseNumber) && postcodePart === undefined) continue;
    findings.push(finding('address', match.index, match.index + whole.length));
  }
  for (const match of text.matchAll(POSTCODE_WITH_PLACE)) {
    const [whole, digits = '', letters = ''] = match;
    if (['SA', 'SD', 'SS'].includes(letters)) continue;
    if (isYear(digits) && ABBREVIATIONS_AFTER_YEAR.has(letters)) continue;
    if (AFTER_PO_BOX.test(text.slice(Math.max(0, match.index - 30), match.index))) continue;
    findings.push(finding('address', match.index, match.index + whole.length));
  }
  return findings;
}
