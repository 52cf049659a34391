import type { AssessmentContext, AssessmentTension } from './assessment-types.js';
import { detectCommissioningTension } from './commissioning-tension.js';
import { detectCycleTension } from './cycle-tension.js';
import { detectOutcomeTension } from './outcome-tension.js';
import { detectParticipationTension } from './participation-tension.js';
import { detectPerspectiveTensions } from './perspective-tension.js';
import type { PlanAnalysis } from './plan-analysis.js';

/**
 * The tensions the theory makes visible in a plan. Each detector raises a tension only when the plan's own
 * sentences show both sides of it; every tension cites the passages of the theory it rests on.
 */
export function detectTensions(analysis: PlanAnalysis, context: AssessmentContext): AssessmentTension[] {
  const found: Array<AssessmentTension | undefined> = [
    ...detectPerspectiveTensions(analysis, context),
    detectParticipationTension(analysis, context),
    detectOutcomeTension(analysis, context),
    detectCommissioningTension(analysis, context),
    detectCycleTension(analysis, context),
  ];
  return found.filter((tension): tension is AssessmentTension => tension !== undefined && tension.evidence.length > 0 && tension.sources.length > 0);
}
