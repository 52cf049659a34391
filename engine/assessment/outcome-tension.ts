import type { AssessmentContext, AssessmentTension } from './assessment-types.js';
import type { PlanAnalysis } from './plan-analysis.js';
import { dutchList } from './dutch-format.js';
import { distinctTexts, locatedEvidence, type LocatedEvidence } from './plan-evidence.js';
import { mergeSources } from './theory-sources.js';

const STEERING_LEVELS: ReadonlyArray<{ category: 'input' | 'output'; words: string }> = [
  { category: 'input', words: 'input (uren, producten, budgetten)' },
  { category: 'output', words: 'output (aantallen, prestaties)' },
];

/**
 * Input indicators that say nothing about steering providers on production: a neighbourhood budget or the
 * deployment of staff is input, but not "sturen op productie".
 */
const NOT_PRODUCTION = new Set([
  'input', 'budget', 'budget in de wijk', 'middelen', 'financiële middelen', 'subsidie', 'inzet', 'medewerkers', 'personeel', 'capaciteit',
  'opleiding', 'opleidingseisen', 'deskundigheid van medewerkers', 'kwaliteit van de dienstverlening', 'kwaliteitseisen', 'bemensing', 'bezetting',
  'formatie', 'fte', 'kwalificaties', 'opleidingsniveau', 'hbo-niveau', 'activiteitenplan',
]);

/**
 * Outcome indicators too ambiguous to count as a claim of outcome steering: Wester & Schurer note themselves
 * that a municipality steering on "te behalen resultaat" need not steer on outcome in the sense of effect.
 */
const AMBIGUOUS_OUTCOME = new Set([
  'resultaat', 'beoogde resultaten', 'resultaatgericht', 'resultaatafspraken', 'doelen bereiken', 'doelrealisatie', 'doelen halen', 'doelen gehaald',
  'value for money', 'effectiviteit', 'toegankelijkheid', 'effect', 'effecten',
]);

function isAmbition(item: LocatedEvidence): boolean {
  return item.evidence.kind === 'ambition' || item.sentence?.mode === 'ambition';
}

function isPractice(item: LocatedEvidence): boolean {
  return item.evidence.kind === 'practice' && item.sentence?.mode !== 'ambition' && item.sentence?.mode !== 'negated';
}

/**
 * The plan wants to steer on outcomes for inwoners (as an ambition), while what it arranges with providers
 * steers on input or output and nothing in the bekostiging or aansturing steers on outcome.
 */
export function detectOutcomeTension(analysis: PlanAnalysis, context: AssessmentContext): AssessmentTension | undefined {
  const outcome = locatedEvidence(analysis, 'uitkomststuring', 'outcome');
  const ambitions = outcome
    .filter((item) => isAmbition(item) && !AMBIGUOUS_OUTCOME.has(item.evidence.indicator))
    .sort((left, right) => Number(/uitkomst|outcome/.test(right.evidence.indicator)) - Number(/uitkomst|outcome/.test(left.evidence.indicator)));
  if (ambitions.length === 0) return undefined;
  const outcomeInPractice = outcome.filter(
    (item) => isPractice(item) && (item.section.element === 'bekostiging' || item.section.element === 'aansturing'),
  );
  const steering = STEERING_LEVELS.map((level) => ({
    ...level,
    practice: locatedEvidence(analysis, 'uitkomststuring', level.category).filter(
      (item) => isPractice(item) && item.section.element !== 'beleid' && !NOT_PRODUCTION.has(item.evidence.indicator),
    ),
  })).filter((level) => level.practice.length > 0);
  const steeringCount = steering.reduce((sum, level) => sum + level.practice.length, 0);
  if (steeringCount === 0 || steeringCount < 2 * outcomeInPractice.length) return undefined;
  return {
    kind: 'uitkomst-ambitie-input-praktijk',
    title: 'Sturen op uitkomsten, bekostigen op productie',
    text:
      'Het plan wil sturen op uitkomsten voor inwoners (outcome), maar wat het met aanbieders afspreekt en bekostigt, stuurt op ' +
      `${dutchList(steering.map((level) => level.words))}. ` +
      'Wester & Schurer laten zien dat sturen op productie tegenover sturen op uitkomsten staat: aanbieders stemmen hun werk af op wat wordt beloond, niet op het resultaat voor de inwoner.',
    evidence: distinctTexts([...ambitions.slice(0, 2).map((item) => item.evidence.text), ...steering.flatMap((level) => level.practice.slice(0, 2).map((item) => item.evidence.text))], 4),
    sources: mergeSources(
      context.sources.relation('uitkomststuring', 'uitkomststuring:input', 'uitkomststuring:outcome', 'contrasts-with'),
      context.sources.term('uitkomststuring', 1, 1),
    ),
  };
}
