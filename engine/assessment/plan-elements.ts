import type { Perspective, PlanElement, PlanPhase } from './assessment-types.js';

/** The matrix rows, in Nijdam's order. */
export const PLAN_ELEMENTS: readonly PlanElement[] = ['beleid', 'organisatie', 'bekostiging', 'aansturing'];

/** The matrix columns, in Nijdam's order of the phases of government steering. */
export const PERSPECTIVES: readonly Perspective[] = ['PA', 'NPM', 'NPG', 'SR'];

/** The phases of the beleidscyclus, in order, followed by the kleine cyclus. */
export const PLAN_PHASES: readonly PlanPhase[] = [
  'maatschappelijke-verkenning',
  'kaderstelling-en-contractering',
  'uitvoering-en-verantwoording',
  'evaluatie',
  'kleine-cyclus',
];

export const ELEMENT_LABELS: Readonly<Record<PlanElement, string>> = {
  beleid: 'Beleid',
  organisatie: 'Organisatie',
  bekostiging: 'Bekostiging',
  aansturing: 'Aansturing',
};

export const PERSPECTIVE_LABELS: Readonly<Record<Perspective, string>> = {
  PA: 'Public Administration (rechtmatige overheid)',
  NPM: 'New Public Management (presterende overheid)',
  NPG: 'New Public Governance (netwerkende overheid)',
  SR: 'Societal Resilience (participerende overheid)',
};

/** The short Dutch image of each perspective, for running text. */
export const PERSPECTIVE_SHORT_LABELS: Readonly<Record<Perspective, string>> = {
  PA: 'de rechtmatige overheid (PA)',
  NPM: 'de presterende overheid (NPM)',
  NPG: 'de netwerkende overheid (NPG)',
  SR: 'de participerende overheid (SR)',
};

export const PHASE_LABELS: Readonly<Record<PlanPhase, string>> = {
  'maatschappelijke-verkenning': 'Maatschappelijke verkenning',
  'kaderstelling-en-contractering': 'Kaderstelling en contractering',
  'uitvoering-en-verantwoording': 'Uitvoering en verantwoording',
  evaluatie: 'Evaluatie',
  'kleine-cyclus': 'Kleine cyclus',
};

export function isPerspective(value: string): value is Perspective {
  return (PERSPECTIVES as readonly string[]).includes(value);
}

export function isPlanElement(value: string): value is PlanElement {
  return (PLAN_ELEMENTS as readonly string[]).includes(value);
}

export function isPlanPhase(value: string): value is PlanPhase {
  return (PLAN_PHASES as readonly string[]).includes(value);
}
