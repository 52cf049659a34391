import { stem } from '../../retrieval/dutch-analyzer.js';
import { DUTCH_STOPWORDS } from '../../retrieval/dutch-stopwords.js';

/**
 * Separable verb particles: "rekenen ... af" is "afrekenen", "beslissen mee" is "meebeslissen". Also used to
 * recognise participles with an inner ge- ("vastgelegd", "afgerekend").
 */
export const SEPARABLE_PARTICLES: ReadonlySet<string> = new Set([
  'aan', 'af', 'achter', 'bij', 'door', 'in', 'los', 'mee', 'na', 'neer', 'om', 'op', 'over', 'samen', 'tegen',
  'terug', 'toe', 'uit', 'vast', 'voor', 'weg',
]);

const SUBJECT_PRONOUNS: Readonly<Record<string, string>> = { we: 'wij' };

/**
 * Words whose stem would collide with a different word. Each maps to a key of its own (or to the key of the
 * word it really belongs with): "regeling" (a scheme) is not "regels" (rules), the verb "regelen" (to arrange,
 * said of anything) is not the noun "regels"; "ondersteuning" (the support a resident gets) is not the
 * municipality's act of "ondersteunen"; "beschikking" (a formal decision) is not "beschikken" (to have);
 * "meteen" (at once) is not "meten", "straks" not "strak", "buurt" not "buren", "waar" not "waarde",
 * "weten" not "wet", "korte" not "korting", "benadering" (an approach) not "benaderen" (to reach out to
 * people), "ten behoeve van" not "behoefte", "zeker" not "zekerheid", "ingesteld" not "instelling".
 */
const PROTECTED_WORDS: Readonly<Record<string, string>> = {
  regeling: 'regeling',
  regelingen: 'regeling',
  regel: 'regel',
  regels: 'regel',
  regelen: 'regelen',
  regelt: 'regelen',
  regelde: 'regelen',
  regelden: 'regelen',
  geregeld: 'regelen',
  maatregel: 'maatregel',
  maatregelen: 'maatregel',
  ondersteuning: 'ondersteuning',
  beschikking: 'beschikking',
  beschikkingen: 'beschikking',
  meteen: 'meteen',
  straks: 'straks',
  buurt: 'buurt',
  buurten: 'buurt',
  waar: 'waar',
  waren: 'waren',
  weet: 'weten',
  weten: 'weten',
  wist: 'weten',
  wisten: 'weten',
  korting: 'korting',
  kortingen: 'korting',
  korten: 'korting',
  gekort: 'korting',
  benadering: 'benadering',
  benaderingen: 'benadering',
  behoeve: 'behoeve',
  zekerheid: 'zekerheid',
  zekerheden: 'zekerheid',
  instelling: 'instelling',
  instellingen: 'instelling',
  scholing: 'scholing',
  richting: 'richting',
  richtingen: 'richting',
  voorziening: 'voorziening',
  voorzieningen: 'voorziening',
  tegenprestatie: 'tegenprestatie',
  tegenprestaties: 'tegenprestatie',
};

/**
 * Protected words that also protect the compounds they end ("bijstandsregeling", "zorginstellingen",
 * "maatwerkvoorziening"): the compound keeps the protected key as its head.
 */
const PROTECTED_HEADS: readonly string[] = Object.keys(PROTECTED_WORDS)
  .filter((word) => word.length >= 7 && !['geregeld', 'regelden', 'regelen'].includes(word))
  .sort((left, right) => right.length - left.length);

/** Keys that are never split into a compound head and modifier ("maatregel" is no "regel"). */
export const PROTECTED_KEYS: ReadonlySet<string> = new Set(Object.values(PROTECTED_WORDS));

function protectedKey(word: string): string | undefined {
  const whole = PROTECTED_WORDS[word];
  if (whole !== undefined) return whole;
  for (const head of PROTECTED_HEADS) {
    if (word.length - head.length >= 3 && word.endsWith(head)) return word.slice(0, word.length - head.length) + (PROTECTED_WORDS[head] ?? head);
  }
  return undefined;
}

/**
 * Past forms of strong and irregular verbs that policy texts use, with their infinitive: "ingekocht" is
 * "inkopen", "afgesproken" "afspreken", "schreef … voor" "voorschrijven". Forms that are also a common other
 * word ("namen", "gaven", "sloten") are left out.
 */
const STRONG_VERB_FORMS: Readonly<Record<string, string>> = {
  kocht: 'kopen', kochten: 'kopen', gekocht: 'kopen',
  besloot: 'besluiten', besloten: 'besluiten',
  sloot: 'sluiten', gesloten: 'sluiten',
  koos: 'kiezen', kozen: 'kiezen', gekozen: 'kiezen',
  bracht: 'brengen', brachten: 'brengen', gebracht: 'brengen',
  gaf: 'geven', gegeven: 'geven',
  nam: 'nemen', genomen: 'nemen',
  sprak: 'spreken', spraken: 'spreken', gesproken: 'spreken',
  schreef: 'schrijven', schreven: 'schrijven', geschreven: 'schrijven',
  droeg: 'dragen', droegen: 'dragen', gedragen: 'dragen',
  vond: 'vinden', vonden: 'vinden', gevonden: 'vinden',
  zag: 'zien', zagen: 'zien', gezien: 'zien',
  deed: 'doen', deden: 'doen', gedaan: 'doen',
  dacht: 'denken', dachten: 'denken', gedacht: 'denken',
  zocht: 'zoeken', zochten: 'zoeken', gezocht: 'zoeken',
  bood: 'bieden', geboden: 'bieden',
  liet: 'laten', lieten: 'laten', gelaten: 'laten',
  hield: 'houden', hielden: 'houden', gehouden: 'houden',
  greep: 'grijpen', grepen: 'grijpen', gegrepen: 'grijpen',
  trok: 'trekken', trokken: 'trekken', getrokken: 'trekken',
  stond: 'staan', stonden: 'staan', gestaan: 'staan',
  kwam: 'komen', kwamen: 'komen', gekomen: 'komen',
  ging: 'gaan', gingen: 'gaan', gegaan: 'gaan',
  verbond: 'verbinden', verbonden: 'verbinden',
};

/** Particles a strong verb form may start with ("in|gekocht", "onder|gebracht", "af|gesproken"). */
const STRONG_VERB_PREFIXES: readonly string[] = ['', 'onder', ...SEPARABLE_PARTICLES].sort((left, right) => right.length - left.length);

function strongVerbInfinitive(word: string): string | undefined {
  for (const prefix of STRONG_VERB_PREFIXES) {
    if (!word.startsWith(prefix)) continue;
    const infinitive = STRONG_VERB_FORMS[word.slice(prefix.length)];
    if (infinitive !== undefined && prefix + infinitive !== word) return prefix + infinitive;
  }
  return undefined;
}

const cache = new Map<string, string>();
const CACHE_LIMIT = 200_000;

function removeParticiplePrefix(word: string): string {
  if (word.length < 7 || !/[dt]$/.test(word)) return word;
  if (word.startsWith('ge')) return word.slice(2);
  for (const particle of SEPARABLE_PARTICLES) {
    if (word.startsWith(`${particle}ge`) && word.length - particle.length >= 5) return particle + word.slice(particle.length + 2);
  }
  return word;
}

function normaliseStem(value: string): string {
  let result = value;
  if (result.length >= 7 && /[aeiou]s$/.test(result)) result = result.slice(0, -1);
  if (result.length >= 5 && /[dt]$/.test(result)) result = result.slice(0, -1);
  if (/[^aeiou](aa|ee|oo|uu)[^aeiou]$/.test(result)) result = result.slice(0, -2) + result.slice(-1);
  if (/([bcdfgklmnprstvz])\1$/.test(result)) result = result.slice(0, -1);
  // Dutch spelling alternates z/s and v/f at the end of a stem: kiezen/kiest, geven/geeft.
  if (result.length >= 4) result = result.replace(/z$/, 's').replace(/v$/, 'f');
  return result;
}

/**
 * A lemma-like matching key for one case- and accent-folded word: the Dutch Snowball stem, made equal across
 * common verb forms (bepalen/bepaalt/bepaald, sturen/stuurt/gestuurd, vastleggen/vastgelegd) and plural forms
 * (prestatie/prestaties). Indicator phrases and input text go through the same function, so over-stemming only
 * matters when two different words collide. Adjectival present participles keep their -end ("bepalend" is
 * not "bepalen"), adjectives their -lijk ("gemeentelijk" is not "gemeente").
 */
export function wordKey(folded: string): string {
  const cached = cache.get(folded);
  if (cached !== undefined) return cached;
  const word = folded.replace(/['’]s$/, '').replace(/[-'’]/g, '');
  const infinitive = strongVerbInfinitive(word);
  const result = keyOf(infinitive ?? word);
  if (cache.size < CACHE_LIMIT) cache.set(folded, result);
  return result;
}

function keyOf(word: string): string {
  if (SUBJECT_PRONOUNS[word] !== undefined) return SUBJECT_PRONOUNS[word];
  const protectedWord = protectedKey(word);
  if (protectedWord !== undefined) return protectedWord;
  if (word.length >= 8 && /lijkhe(id|den)$/.test(word)) {
    // "verantwoordelijkheid" (responsibility) is not "verantwoording" (accountability), "mogelijkheden" not "mogelijk maken".
    return word.replace(/heden$/, 'heid');
  }
  if (word.length >= 8 && /(baar|bare|baarheid|baarheden)$/.test(word)) {
    // Adjectives in -baar keep it: "beschikbaar" is not "beschikking", "betaalbaar" not "betalen".
    return word.replace(/bare$/, 'baar').replace(/baarhe(id|den)$/, 'baar');
  }
  if (word.length >= 8 && /ende?$/.test(word)) return word.replace(/e$/, '');
  if (word.length >= 8 && /lijke?$/.test(word)) {
    // Adjectives in -lijk keep it: "gemeentelijke sturing" is not any sentence where "de gemeente stuurt".
    return word.replace(/e$/, '');
  }
  const bare = removeParticiplePrefix(word);
  const result = normaliseStem(stem(bare));
  // A content word must not collapse onto a function word ("meten" → "met").
  return result !== bare && DUTCH_STOPWORDS.has(result) ? bare : result;
}

/**
 * The key of a comparative ("zelfredzamer" → "zelfredzaam", "efficiënter" → "efficiënt"), or undefined when
 * the word is too short to be one with some certainty.
 */
export function comparativeKey(folded: string): string | undefined {
  if (folded.length < 9 || !folded.endsWith('er') || folded.includes('-')) return undefined;
  return wordKey(folded.slice(0, -2));
}
