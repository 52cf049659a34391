import { DUTCH_STOPWORDS } from '../../retrieval/dutch-stopwords.js';
import type { Framework } from '../definitions/definition-schema.js';
import type { PlanElement } from './assessment-types.js';
import { isPlanElement } from './plan-elements.js';
import { tokenize } from './plan-tokens.js';
import { TermMatcher, type TermEntry } from './term-matcher.js';

/** Terms that say what a section is about, from titles and from the text under them. */
export interface ElementVocabulary {
  terms: TermMatcher<PlanElement>;
  /** Titles of sections that are about none of the elements: introduction, summary, appendix. */
  neutralTitles: TermMatcher<'neutraal'>;
}

type Curated = ReadonlyArray<readonly [phrase: string, weight: number, compound?: boolean]>;

/** Words for each element, as Dutch municipal plans use them (title and text). */
const CURATED: Readonly<Record<PlanElement, Curated>> = {
  beleid: [
    ['visie', 3, true], ['ambitie', 3, true], ['missie', 3], ['doelen', 2], ['doelstelling', 2, true], ['doel', 1.5], ['uitgangspunt', 3, true],
    ['koers', 2], ['beleid', 1], ['beleidskader', 1.5], ['beleidsdoelen', 2], ['opgave', 1.5], ['maatschappelijke opgave', 2], ['toekomstbeeld', 2.5],
    ['principes', 2], ['kernwaarden', 2], ['speerpunten', 2, true], ['wat willen we bereiken', 3], ['waar staan we voor', 3], ['waar we voor staan', 3],
    ['zelfredzaamheid', 1], ['eigen kracht', 1], ['kracht van de samenleving', 1.5], ['wettelijk kader', 1.5], ['wettelijke taak', 1], ['droom', 1.5],
    ['prioriteiten', 1.5], ['opgaven', 1.5], ['bedoeling', 1.5], ['beleidsvisie', 3], ['richting', 1],
  ],
  organisatie: [
    ['organisatie', 2.5, true], ['organiseren', 2.5], ['wijkteam', 3, true], ['sociaal team', 3], ['sociale teams', 3], ['gebiedsteam', 3, true], ['toegang', 3, true],
    ['uitvoering', 1.5], ['uitvoeringsorganisatie', 3], ['samenwerking', 1.5], ['samenwerkingsverband', 2], ['structuur', 2, true], ['netwerk', 1.5],
    ['partners', 1], ['rolverdeling', 3], ['rollen en taken', 3], ['taken en rollen', 3], ['wie doet wat', 3], ['ambtenaren', 1.5], ['medewerkers', 1],
    ['consulenten', 2], ['loket', 2, true], ['dienstverlening', 1.5], ['professionals', 1.5], ['inrichting', 2], ['werkwijze', 1.5], ['werkprocessen', 1.5],
    ['integrale toegang', 3], ['keukentafelgesprek', 1], ['teams', 1.5], ['taakverdeling', 2], ['personeel', 1], ['formatie', 1.5], ['front office', 2],
    ['back office', 2], ['samenwerkingsafspraken', 1.5], ['team', 1.5], ['frontlijn', 1], ['generalisten', 2], ['specialisten', 1], ['wijkcoach', 2, true],
  ],
  bekostiging: [
    ['financiering', 3, true], ['financien', 3], ['financieel', 2], ['budget', 3, true], ['bekostiging', 3, true], ['bekostigen', 2.5], ['tarief', 3, true],
    ['inkoop', 2.5, true], ['inkopen', 2], ['subsidie', 2.5, true], ['middelen', 2], ['kosten', 2], ['begroting', 2.5, true], ['geld', 2], ['bezuinigen', 3],
    ['bezuiniging', 3, true], ['lumpsum', 3], ['p x q', 3], ['uurtarief', 3], ['aanbesteding', 2.5, true], ['aanbesteden', 2], ['cofinanciering', 3],
    ['financieel kader', 3], ['dekking', 2], ['euro', 1.5], ['miljoen', 1.5], ['betalen', 1.5], ['betaling', 2], ['resultaatfinanciering', 3],
    ['populatiebekostiging', 3], ['contract', 1.5], ['eigen bijdrage', 2], ['uitgaven', 2], ['investeren', 1.5], ['fonds', 1.5, true], ['bekostigingsmodel', 3],
    ['geldstromen', 3], ['declareren', 2], ['declaratie', 2], ['productprijs', 2], ['prijs', 1.5],
  ],
  aansturing: [
    ['sturing', 2.5], ['aansturing', 3], ['sturen', 2], ['monitoring', 3], ['monitoren', 3], ['verantwoording', 2.5], ['verantwoorden', 2],
    ['contractmanagement', 3], ['regie', 2.5], ['regievoering', 3], ['rapportage', 3, true], ['rapporteren', 2.5], ['dashboard', 2.5], ['indicatoren', 2, true],
    ['kpi', 2.5], ['accountgesprek', 3, true], ['planning en control', 3], ['controle', 1.5], ['toezicht', 2], ['bijsturen', 2.5], ['leiding', 1.5],
    ['ambtelijke leiding', 3], ['informatievoorziening', 2], ['verantwoordingsinformatie', 2], ['prestatieafspraken', 1.5], ['afrekenen', 2],
    ['opdrachtgeverschap', 2], ['opdrachtgever', 1.5], ['rol van de gemeente', 2], ['stuurinformatie', 3], ['vinger aan de pols', 2], ['doorzettingsmacht', 2],
    ['evaluatie', 1], ['evalueren', 1], ['voortgang', 1.5], ['sturingsinformatie', 3], ['verantwoordingsgesprek', 2],
  ],
};

/** Words of the Bijlage E sentences that say nothing about one element in particular. */
const GENERIC_RUBRIC_WORDS = new Set([
  'nauwkeurige', 'relevante', 'neemt', 'voeren', 'leidend', 'bieden', 'benadrukt', 'belangrijk', 'terug', 'grote', 'zorgen', 'krijgt', 'stellen',
  'centraal', 'werkt', 'zetten', 'nemen', 'oppakt', 'belangrijker', 'nodig', 'komen', 'opgezet', 'stand', 'redden', 'vereist', 'vooraf', 'detail',
  'zodat', 'wijze', 'maken', 'aansluit', 'realiseren', 'contact', 'houding', 'denken', 'beweging', 'streeft', 'inzicht', 'uitvoert', 'adequaat',
  'functionerende', 'werkzaamheden', 'verbonden', 'kleinere', 'gemaakte', 'verstrekte', 'behaalde', 'geleverde', 'resultaat', 'prestatie',
  'prestaties', 'effectief', 'aanpak', 'organisaties', 'klant', 'diensten', 'tevredenheid', 'cocreatie', 'dialoog', 'procedures', 'regelgeving',
  'uitwerking', 'digitale', 'smart', 'resultaatgericht', 'afrekenbare', 'managementtaken', 'financien', 'ambitie', 'zelfredzaamheid', 'prestatiegericht',
  'efficient', 'bedrijfsmatige', 'klantgerichte', 'omgevingsbewuste', 'terughoudend', 'bescheiden', 'loyale', 'integere', 'onpartijdige', 'primaat',
  'hierarchisch', 'nauwgezet', 'beleidskaders', 'voorzieningen', 'begeleiding', 'trajecten', 'producten', 'projecten', 'innovatieve', 'bijdragen',
  'faciliteren', 'bijstaan', 'vooral', 'bestendigen', 'stabiliteit', 'prioriteit', 'initieert', 'akkoorden', 'verstandhouding', 'kanteling',
  'aanbodgericht', 'vraaggericht',
]);

/** Titles of sections about none of the four elements. */
const NEUTRAL_TITLES = [
  'inleiding', 'aanleiding', 'leeswijzer', 'samenvatting', 'bijlage', 'bijlagen', 'colofon', 'begrippenlijst', 'inhoudsopgave', 'inhoud', 'voorwoord',
  'planning', 'tijdpad', 'tijdlijn', 'vervolg', 'tot slot', 'afsluiting', 'context', 'achtergrond', 'literatuur', 'bronnen', 'afkortingen', 'woordenlijst',
  'communicatie', 'vervolgstappen', 'besluit', 'beslispunten', 'voorstel', 'begripsbepalingen', 'definities',
];

/**
 * The content words of Nijdam's Bijlage E rubric (elementIndicators in sturingsperspectief.json) that occur
 * under one element only, as weak extra signals: "buurtbudgetten" for bekostiging, "werkinstructies" for organisatie.
 */
function rubricTerms(perspectives: Framework | undefined): TermEntry<PlanElement>[] {
  const byElement = new Map<PlanElement, Map<string, string>>();
  for (const category of perspectives?.categories ?? []) {
    for (const [element, sentences] of Object.entries(category.elementIndicators ?? {})) {
      if (!isPlanElement(element)) continue;
      const words = byElement.get(element) ?? new Map<string, string>();
      for (const sentence of sentences ?? []) {
        for (const token of tokenize(sentence)) {
          if (token.folded.length < 5 || DUTCH_STOPWORDS.has(token.folded) || GENERIC_RUBRIC_WORDS.has(token.folded)) continue;
          words.set(token.key, token.folded);
        }
      }
      byElement.set(element, words);
    }
  }
  const entries: TermEntry<PlanElement>[] = [];
  for (const [element, words] of byElement) {
    for (const [key, folded] of words) {
      const elsewhere = [...byElement].some(([other, otherWords]) => other !== element && otherWords.has(key));
      if (!elsewhere) entries.push({ phrase: folded, tag: element, weight: 0.5 });
    }
  }
  return entries;
}

/** Builds the element vocabulary from the curated words and the Bijlage E rubric of the sturingsperspectief model. */
export function buildElementVocabulary(perspectives: Framework | undefined): ElementVocabulary {
  const curated: TermEntry<PlanElement>[] = [];
  for (const [element, terms] of Object.entries(CURATED) as Array<[PlanElement, Curated]>) {
    for (const [phrase, weight, compound] of terms) curated.push({ phrase, tag: element, weight, compound: compound ?? false });
  }
  const known = new Set(curated.map((entry) => `${entry.tag}:${entry.phrase}`));
  const rubric = rubricTerms(perspectives).filter((entry) => !known.has(`${entry.tag}:${entry.phrase}`));
  return {
    terms: new TermMatcher([...curated, ...rubric]),
    neutralTitles: new TermMatcher(NEUTRAL_TITLES.map((phrase) => ({ phrase, tag: 'neutraal' as const, weight: 1 }))),
  };
}
