import type { AssessmentContext, AssessmentTension } from './assessment-types.js';
import { cyclePresence } from './cycle-presence.js';
import type { PlanAnalysis } from './plan-analysis.js';
import { distinctTexts } from './plan-evidence.js';
import { TermMatcher } from './term-matcher.js';
import { mergeSources } from './theory-sources.js';

/** The kleine cyclus is about commissioning and accounting: an opdracht, contract or subsidy, and verantwoording by the opdrachtnemer. */
const COMMISSIONING = new TermMatcher(
  [
    'contract', 'contracteren', 'contractering', 'overeenkomst', 'subsidieovereenkomst', 'aanbesteding', 'aanbesteden', 'inkoop', 'inkopen', 'offerte',
    'bestek', 'programma van eisen', 'opdrachtverlening', 'opdrachtnemer', 'opdrachtgever', 'subsidie', 'subsidies', 'subsidieverlening', 'gunning',
  ].map((phrase) => ({ phrase, tag: 'opdracht' as const, weight: 1, compound: true })),
);
const ACCOUNTING = new TermMatcher(
  [
    'verantwoording', 'verantwoorden', 'rapportage', 'rapporteren', 'jaarverslag', 'monitoring', 'monitoren', 'productiecijfers', 'prestaties',
    'prestatie-indicatoren', 'accountgesprek', 'contractmanagement', 'wat was afgesproken', 'voortgangsrapportage', 'kwartaalrapportage',
  ].map((phrase) => ({ phrase, tag: 'verantwoording' as const, weight: 1, compound: true })),
);

/**
 * The kleine cyclus: the plan covers kaderstelling and contractering and uitvoering and verantwoording, but
 * neither a maatschappelijke verkenning nor an evaluatie of the effect.
 */
export function detectCycleTension(analysis: PlanAnalysis, context: AssessmentContext): AssessmentTension | undefined {
  const cycle = cyclePresence(analysis);
  const framing = cycle.present['kaderstelling-en-contractering'];
  const execution = cycle.present['uitvoering-en-verantwoording'];
  if (!framing || !execution || cycle.present['maatschappelijke-verkenning'] || cycle.present.evaluatie) return undefined;
  const active = analysis.sentences.filter((sentence) => sentence.mode !== 'negated');
  const commissioning = active.filter((sentence) => COMMISSIONING.match(sentence.tokens).length > 0);
  const accounting = active.filter((sentence) => ACCOUNTING.match(sentence.tokens).length > 0);
  if (commissioning.length === 0 || accounting.length === 0) return undefined;
  const strongest = (sentences: typeof active, phase: 'kaderstelling-en-contractering' | 'uitvoering-en-verantwoording'): typeof active =>
    [...sentences].sort((left, right) => (right.phases.scores[phase] ?? 0) - (left.phases.scores[phase] ?? 0));
  const evidence = distinctTexts(
    [
      ...strongest(commissioning, 'kaderstelling-en-contractering').slice(0, 1).map((sentence) => sentence.text),
      ...strongest(accounting, 'uitvoering-en-verantwoording').slice(0, 1).map((sentence) => sentence.text),
      ...cycle.sentences['kleine-cyclus'].slice(0, 1).map((sentence) => sentence.text),
      ...cycle.denials.slice(0, 1).map((sentence) => sentence.text),
    ],
    4,
  );
  if (evidence.length < 2) return undefined;
  return {
    kind: 'kleine-cyclus',
    title: 'Alleen de kleine cyclus',
    text:
      'Het plan beschrijft kaderstelling en contractering en de uitvoering en verantwoording, maar geen maatschappelijke verkenning van het vraagstuk en geen evaluatie van het effect. ' +
      'Wester & Schurer noemen dat, naar Rijnkels et al., de kleine cyclus: het accent ligt dan op NPM-kenmerken, en de analyse van het maatschappelijke probleem en de koersbepaling komen er bekaaid af.',
    evidence,
    sources: mergeSources(context.sources.category('beleidscyclus', 'kleine-cyclus', 2)),
  };
}
