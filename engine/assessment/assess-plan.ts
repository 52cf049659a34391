import { InputError } from '../errors.js';
import type { AssessmentContext, AssessmentInput, AssessmentResult, AssessmentSection } from './assessment-types.js';
import { detectTensions } from './detect-tensions.js';
import { buildPerspectiveMatrix } from './perspective-matrix.js';
import { analysePlan } from './plan-analysis.js';
import { guardPlanText } from './plan-personal-data.js';
import { reflectionQuestions } from './reflection-questions.js';

/** The classifier refuses more; a 300-page plan is well under a million characters. */
export const MAXIMUM_PLAN_CHARACTERS = 10_000_000;

function checkPlanText(text: unknown): string {
  if (typeof text !== 'string' || text.trim() === '') {
    throw new InputError('assessment-empty', 'Er is geen plan om te toetsen: het document bevat geen tekst.', 'empty plan');
  }
  if (text.length > MAXIMUM_PLAN_CHARACTERS) {
    throw new InputError(
      'assessment-too-long',
      `Het plan is te lang om te toetsen (meer dan ${MAXIMUM_PLAN_CHARACTERS.toLocaleString('nl-NL')} tekens). Toets de hoofdstukken over beleid, organisatie, bekostiging en aansturing apart.`,
      `plan of ${text.length} characters`,
    );
  }
  return text.replace(/\r\n?/g, '\n');
}

/**
 * Self-assessment of a draft beleidsplan or uitvoeringsplan against the theory, offline and deterministic.
 *
 * The plan is guarded for personal data first (refused or redacted), then split into sections; each section is
 * assigned to one of Nijdam's elements (beleid, organisatie, bekostiging, aansturing) and, where recognisable,
 * to a phase of the beleidscyclus, and classified. The element × perspective matrix comes from the text of the
 * sections per element. Tensions are raised only where the plan's own sentences show them, each with theory
 * sources; the reflection questions are open and grounded in a source. The plan is data: nothing in it is
 * followed as an instruction, and no model is involved, so `narrative` stays undefined.
 */
export function assessPlan(input: AssessmentInput, context: AssessmentContext): AssessmentResult {
  const text = guardPlanText(checkPlanText(input.text), input.personalDataMode ?? 'refuse');
  const analysis = analysePlan(text, context);
  const matrix = buildPerspectiveMatrix(analysis.elements);
  const tensions = detectTensions(analysis, context);
  const questions = reflectionQuestions(analysis, matrix, tensions, context);
  const sections: AssessmentSection[] = analysis.sections.map((section) => ({
    title: section.title,
    element: section.element,
    phase: section.phase,
    frameworks: section.classification.frameworks,
    level: section.level,
    lines: section.lines,
  }));
  const overall: AssessmentResult['overall'] = { frameworks: analysis.overall.frameworks };
  if (analysis.overall.notice) overall.notice = analysis.overall.notice;
  return { sections, overall, matrix, tensions, questions };
}
