import type { PlanPhase } from './assessment-types.js';
import type { AnalysedSentence, PlanAnalysis } from './plan-analysis.js';
import { PLAN_PHASES } from './plan-elements.js';

/** How present each phase of the beleidscyclus is in a plan. */
export interface CyclePresence {
  /** A section is about the phase, or its sentences give enough signal. */
  present: Record<PlanPhase, boolean>;
  /** The sentences that speak most clearly of each phase, strongest first. */
  sentences: Record<PlanPhase, AnalysedSentence[]>;
  /** Sentences that deny a verkenning or an evaluatie ("een evaluatie is niet voorzien"). */
  denials: AnalysedSentence[];
}

/** Weighted sentence signal at which a phase counts as present without a section of its own. */
const SIGNAL_FOR_PRESENCE: Readonly<Record<PlanPhase, number>> = {
  'maatschappelijke-verkenning': 1,
  'kaderstelling-en-contractering': 2,
  'uitvoering-en-verantwoording': 2,
  evaluatie: 1,
  'kleine-cyclus': 2,
};

/** Which phases of the beleidscyclus the plan covers, from the sections' phases and the sentences' indicators. */
export function cyclePresence(analysis: PlanAnalysis): CyclePresence {
  const present = {} as Record<PlanPhase, boolean>;
  const sentences = {} as Record<PlanPhase, AnalysedSentence[]>;
  for (const phase of PLAN_PHASES) {
    const signal = analysis.sentences.reduce((sum, sentence) => sum + (sentence.phases.scores[phase] ?? 0), 0);
    present[phase] = analysis.sections.some((section) => section.phase === phase) || signal >= SIGNAL_FOR_PRESENCE[phase];
    sentences[phase] = analysis.sentences
      .filter((sentence) => (sentence.phases.scores[phase] ?? 0) >= 0.6)
      .sort((left, right) => (right.phases.scores[phase] ?? 0) - (left.phases.scores[phase] ?? 0));
  }
  const denials = analysis.sentences.filter(
    (sentence) => sentence.phases.denied.includes('evaluatie') || sentence.phases.denied.includes('maatschappelijke-verkenning'),
  );
  return { present, sentences, denials };
}
