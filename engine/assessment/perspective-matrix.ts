import type { ClassificationResult, FrameworkProfile } from '../classification/classification-types.js';
import type { MatrixRowStatus, Perspective, PerspectiveMatrix, PlanElement } from './assessment-types.js';
import { PERSPECTIVES, PLAN_ELEMENTS, isPerspective } from './plan-elements.js';

/** The sturingsperspectief profile of a classification, if present. */
export function perspectiveProfile(classification: ClassificationResult | undefined): FrameworkProfile | undefined {
  return classification?.frameworks.find((profile) => profile.id === 'sturingsperspectief');
}

/** The dominant perspective of a classification when the classifier found enough to go on. */
export function dominantPerspective(classification: ClassificationResult | undefined): Perspective | undefined {
  const profile = perspectiveProfile(classification);
  if (!profile || profile.status !== 'ok' || !profile.dominant || !isPerspective(profile.dominant)) return undefined;
  return profile.dominant;
}

/**
 * The element × perspective matrix (Nijdam's Bijlage E analysis): per element the sturingsperspectief scores of
 * the text of all sections about that element; a row of zeros where the plan has no such section.
 */
export function buildPerspectiveMatrix(elements: Record<PlanElement, ClassificationResult | undefined>): PerspectiveMatrix {
  const scores: number[][] = [];
  const status: MatrixRowStatus[] = [];
  for (const element of PLAN_ELEMENTS) {
    const profile = perspectiveProfile(elements[element]);
    if (!profile) {
      scores.push(PERSPECTIVES.map(() => 0));
      status.push('geen sectie');
      continue;
    }
    scores.push(PERSPECTIVES.map((perspective) => profile.ranking.find((score) => score.category === perspective)?.score ?? 0));
    status.push(profile.status);
  }
  return { elements: [...PLAN_ELEMENTS], perspectives: [...PERSPECTIVES], scores, status };
}
