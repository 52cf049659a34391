import type { AssessmentContext, AssessmentTension } from './assessment-types.js';
import type { AnalysedSentence, PlanAnalysis } from './plan-analysis.js';
import { distinctTexts } from './plan-evidence.js';
import { mergeSources } from './theory-sources.js';

/** Coproductie/meebeslissen is the fourth rung of the ladder. */
const COPRODUCTION_LEVEL = 4;

const RUNG_PHRASES: Readonly<Record<number, string>> = {
  1: 'informeren: inwoners worden op de hoogte gebracht',
  2: 'adviseren via een adviesraad',
  3: 'raadplegen: inwoners mogen hun mening geven',
};

/**
 * The plan speaks of doing things together with inwoners (coproductie, meebeslissen, zelfbestuur) in its
 * ambitions, but where it describes how inwoners are involved, it stays on a lower rung of the ladder
 * (informeren, adviseren, raadplegen).
 */
export function detectParticipationTension(analysis: PlanAnalysis, context: AssessmentContext): AssessmentTension | undefined {
  const ambitions = analysis.sentences.filter((sentence) => sentence.mode === 'ambition' && (sentence.participation?.rung.level ?? 0) >= COPRODUCTION_LEVEL);
  const practice = analysis.sentences.filter((sentence): sentence is AnalysedSentence & { participation: NonNullable<AnalysedSentence['participation']> } => sentence.mode === 'practice' && sentence.participation !== undefined);
  if (ambitions.length === 0 || practice.length === 0) return undefined;
  const highest = Math.max(...practice.map((sentence) => sentence.participation.rung.level));
  if (highest >= COPRODUCTION_LEVEL) return undefined;
  const lowestFirst = [...practice].sort((left, right) => left.participation.rung.level - right.participation.rung.level);
  const ambitionRung = ambitions.map((sentence) => sentence.participation?.rung).sort((left, right) => (right?.level ?? 0) - (left?.level ?? 0))[0];
  const practiceRung = practice.find((sentence) => sentence.participation.rung.level === highest)?.participation.rung;
  if (!ambitionRung || !practiceRung) return undefined;
  return {
    kind: 'participatie-ambitie-praktijk',
    title: 'Samen met inwoners: ambitie en praktijk',
    text:
      `In de ambities wil het plan het samen met inwoners doen (${ambitionRung.label.toLowerCase()}), maar waar het beschrijft hoe inwoners betrokken worden, ` +
      `komt het niet verder dan ${RUNG_PHRASES[highest] ?? practiceRung.label.toLowerCase()}. ` +
      `Op de participatieladder die Wester & Schurer gebruiken, liggen die ${ambitionRung.level - practiceRung.level} ${ambitionRung.level - practiceRung.level === 1 ? 'trede' : 'treden'} uit elkaar.`,
    evidence: distinctTexts([...ambitions.slice(0, 2).map((sentence) => sentence.text), ...lowestFirst.slice(0, 2).map((sentence) => sentence.text)], 4),
    sources: mergeSources(
      context.sources.category('burgerparticipatie', ambitionRung.id),
      context.sources.category('burgerparticipatie', practiceRung.id),
    ),
  };
}
