import type { Framework } from '../definitions/definition-schema.js';
import type { PlanPhase } from './assessment-types.js';
import { isPlanPhase } from './plan-elements.js';
import { TermMatcher, type TermEntry } from './term-matcher.js';

/** Indicators of the beleidscyclus model that occur in nearly every plan and so say little about a phase. */
const GENERIC_PHASE_INDICATORS: Readonly<Record<PlanPhase, readonly string[]>> = {
  'maatschappelijke-verkenning': ['visie', 'regisseur', 'meedenken', 'met elkaar optrekken', 'belanghebbenden', 'analyse', 'dialoog', 'beleidsvorming'],
  'kaderstelling-en-contractering': ['beleidsplan', 'contract', 'opdrachtgever', 'beleidsdoelen', 'verordening', 'inkopen'],
  'uitvoering-en-verantwoording': ['uitvoering', 'uitvoeren', 'activiteiten', 'prestaties', 'registratie', 'implementatie', 'binnen de kaders', 'burgerinitiatieven'],
  evaluatie: ['effect', 'leren', 'opbrengst', 'rendement', 'beoordelen', 'lessen', 'inzet van middelen', 'reflectie', 'reflecteren'],
  'kleine-cyclus': ['verlengen', 'continueren', 'voortzetten', 'routine'],
};

/** Extra title words for the phases, as plan chapters are named. */
const TITLE_TERMS: Readonly<Record<PlanPhase, readonly string[]>> = {
  'maatschappelijke-verkenning': ['verkenning', 'analyse', 'probleemanalyse', 'wijkanalyse', 'agenda', 'agendavorming', 'dialoog', 'opgehaald', 'ophalen'],
  'kaderstelling-en-contractering': ['kaders', 'kaderstelling', 'inkoop', 'contractering', 'aanbesteding', 'opdrachtverlening', 'subsidieverlening', 'doelen'],
  'uitvoering-en-verantwoording': ['uitvoering', 'verantwoording', 'monitoring', 'rapportage', 'contractmanagement'],
  evaluatie: ['evaluatie', 'evalueren', 'effectmeting', 'terugblik', 'leren'],
  'kleine-cyclus': [],
};

export interface PhaseVocabulary {
  /** The model's indicators; generic ones with a low weight. */
  terms: TermMatcher<PlanPhase>;
  titleTerms: TermMatcher<PlanPhase>;
}

/** Builds the phase vocabulary from the indicators of corpus/models/beleidscyclus.json. */
export function buildPhaseVocabulary(cycle: Framework | undefined): PhaseVocabulary {
  const entries: TermEntry<PlanPhase>[] = [];
  const phraseOwners = new Map<string, Set<PlanPhase>>();
  for (const category of cycle?.categories ?? []) {
    if (!isPlanPhase(category.id)) continue;
    for (const indicator of category.indicators) {
      const owners = phraseOwners.get(indicator.phrase) ?? new Set<PlanPhase>();
      owners.add(category.id);
      phraseOwners.set(indicator.phrase, owners);
    }
  }
  for (const category of cycle?.categories ?? []) {
    if (!isPlanPhase(category.id)) continue;
    const phase = category.id;
    for (const indicator of category.indicators) {
      const shared = (phraseOwners.get(indicator.phrase)?.size ?? 0) > 1;
      // The kleine cyclus is phases two and three together: only its own words (verlengen, zoals altijd) count for it.
      if (phase === 'kleine-cyclus' && shared) continue;
      const generic = GENERIC_PHASE_INDICATORS[phase].includes(indicator.phrase);
      entries.push({ phrase: indicator.phrase, tag: phase, weight: generic ? 0.3 : shared ? 0.6 : 1 });
    }
  }
  const titleEntries: TermEntry<PlanPhase>[] = [];
  for (const [phase, terms] of Object.entries(TITLE_TERMS) as Array<[PlanPhase, readonly string[]]>) {
    for (const phrase of terms) titleEntries.push({ phrase, tag: phase, weight: 1, compound: true });
  }
  return { terms: new TermMatcher(entries), titleTerms: new TermMatcher(titleEntries) };
}
