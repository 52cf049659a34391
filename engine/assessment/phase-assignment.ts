import type { PlanPhase } from './assessment-types.js';
import { PLAN_PHASES } from './plan-elements.js';
import type { PlanToken } from './plan-tokens.js';
import type { PhaseVocabulary } from './phase-vocabulary.js';

/** What a sentence says about the phases of the beleidscyclus. */
export interface SentencePhases {
  /** Weighted hits per phase in a sentence that does not deny them. */
  scores: Partial<Record<PlanPhase, number>>;
  /** Phases the sentence denies ("er is geen evaluatie"): a sign of the kleine cyclus. */
  denied: PlanPhase[];
}

/** A section's phase needs at least this much weighted signal (a title hit counts three). */
const MINIMUM_PHASE_SIGNAL = 2.5;
const PHASE_MARGIN = 1.3;
const TITLE_WEIGHT = 3;

/** The phases a sentence speaks of (or denies). */
export function sentencePhases(vocabulary: PhaseVocabulary, tokens: readonly PlanToken[], negated: boolean): SentencePhases {
  const scores: Partial<Record<PlanPhase, number>> = {};
  const denied = new Set<PlanPhase>();
  for (const hit of vocabulary.terms.match(tokens)) {
    if (negated && hit.tag !== 'kleine-cyclus') {
      denied.add(hit.tag);
      continue;
    }
    scores[hit.tag] = (scores[hit.tag] ?? 0) + hit.weight;
  }
  return { scores, denied: [...denied] };
}

/**
 * The phase of the beleidscyclus a section belongs to, from its title (weighted) and the phase indicators of
 * its sentences; a denied verkenning or evaluatie counts for the kleine cyclus. Null when no phase stands out.
 */
export function assignPhase(vocabulary: PhaseVocabulary, titleTokens: readonly PlanToken[], sentences: readonly SentencePhases[]): PlanPhase | null {
  const totals: Record<PlanPhase, number> = {
    'maatschappelijke-verkenning': 0,
    'kaderstelling-en-contractering': 0,
    'uitvoering-en-verantwoording': 0,
    evaluatie: 0,
    'kleine-cyclus': 0,
  };
  for (const hit of vocabulary.titleTerms.match(titleTokens)) totals[hit.tag] += TITLE_WEIGHT * hit.weight;
  for (const sentence of sentences) {
    for (const phase of PLAN_PHASES) totals[phase] += sentence.scores[phase] ?? 0;
    if (sentence.denied.includes('evaluatie') || sentence.denied.includes('maatschappelijke-verkenning')) totals['kleine-cyclus'] += 1.5;
  }
  const order = [...PLAN_PHASES].sort((left, right) => totals[right] - totals[left]);
  const top = order[0] as PlanPhase;
  const second = order[1] as PlanPhase;
  if (totals[top] < MINIMUM_PHASE_SIGNAL || totals[top] < PHASE_MARGIN * totals[second]) return null;
  return top;
}
