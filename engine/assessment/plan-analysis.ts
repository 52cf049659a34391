import type { ClassificationResult } from '../classification/classification-types.js';
import { classifyText } from '../classification/classify-text.js';
import type { AssessmentContext, PlanElement, PlanPhase } from './assessment-types.js';
import { assignElement } from './element-assignment.js';
import type { ParticipationHit } from './participation-ladder.js';
import { assignPhase, sentencePhases, type SentencePhases } from './phase-assignment.js';
import { PLAN_ELEMENTS } from './plan-elements.js';
import { splitPlanSections, type PlanSection } from './plan-sections.js';
import { splitSentences, type PlanSentence } from './plan-sentences.js';
import { tokenize, type PlanToken } from './plan-tokens.js';
import { isAmbition, isNegated, type StatementMode } from './statement-mode.js';

/** A sentence of the plan with what the assessment reads in it. */
export interface AnalysedSentence extends PlanSentence {
  /** Index into PlanAnalysis.sections. */
  section: number;
  element: PlanElement | null;
  tokens: PlanToken[];
  /** Ambition (a wish, an aim, or any sentence in a section about beleid), practice, or negated. */
  mode: StatementMode;
  phases: SentencePhases;
  participation?: ParticipationHit;
}

/** A section of the plan with its element, phase, sentences and classification. */
export interface AnalysedSection {
  title: string;
  level: number;
  lines: [number, number];
  element: PlanElement | null;
  phase: PlanPhase | null;
  body: string;
  /** Offset of the body in the plan text. */
  bodyStart: number;
  sentences: AnalysedSentence[];
  classification: ClassificationResult;
}

export interface PlanAnalysis {
  text: string;
  sections: AnalysedSection[];
  sentences: AnalysedSentence[];
  overall: ClassificationResult;
  /** Per element: the classification of the text of all sections about it, or undefined when there is none. */
  elements: Record<PlanElement, ClassificationResult | undefined>;
}

/** Sections with fewer words than this are not assessed (they still pass their element on to subsections). */
const MINIMUM_SECTION_WORDS = 3;

interface SectionDraft {
  span: PlanSection;
  titleTokens: PlanToken[];
  ownElement: PlanElement | null;
  neutral: boolean;
  ownPhase: PlanPhase | null;
  sentences: Array<PlanSentence & { tokens: PlanToken[]; negated: boolean; ambition: boolean; phases: SentencePhases }>;
}

function inherited<Value>(drafts: readonly SectionDraft[], index: number, own: (draft: SectionDraft) => Value | null): Value | null {
  let current: SectionDraft | undefined = drafts[index];
  while (current) {
    const value = own(current);
    if (value !== null) return value;
    if (current.neutral) return null;
    current = current.span.parent === null ? undefined : drafts[current.span.parent];
  }
  return null;
}

/**
 * Reads a plan: splits it into sections, decides per section the element and the phase (a subsection without
 * its own inherits them from its chapter), reads every sentence, and classifies each section, each element's
 * text and the whole plan with the offline classifier.
 */
export function analysePlan(text: string, context: AssessmentContext): PlanAnalysis {
  const spans = splitPlanSections(text);
  const drafts: SectionDraft[] = spans.map((span) => {
    const titleTokens = span.headingLine === 0 ? [] : tokenize(span.title);
    const sentences = splitSentences(text, span.bodyStart, span.bodyEnd).map((sentence) => {
      const tokens = tokenize(text, sentence.start, sentence.end);
      const negated = isNegated(tokens);
      return { ...sentence, tokens, negated, ambition: isAmbition(tokens), phases: sentencePhases(context.phases, tokens, negated) };
    });
    const bodyTokens = sentences.flatMap((sentence) => sentence.tokens);
    const assignment = assignElement(context.elements, titleTokens, bodyTokens);
    return {
      span,
      titleTokens,
      ownElement: assignment.element,
      neutral: context.elements.neutralTitles.match(titleTokens).length > 0 && Object.values(assignment.titleScores).every((value) => value === 0),
      ownPhase: assignPhase(context.phases, titleTokens, sentences.map((sentence) => sentence.phases)),
      sentences,
    };
  });

  const sections: AnalysedSection[] = [];
  const sentences: AnalysedSentence[] = [];
  drafts.forEach((draft, index) => {
    const body = text.slice(draft.span.bodyStart, draft.span.bodyEnd);
    // A body of a word or two (a subtitle, a municipality's name under the title) is no section to assess.
    if (draft.sentences.reduce((sum, sentence) => sum + sentence.tokens.length, 0) < MINIMUM_SECTION_WORDS) return;
    const element = inherited(drafts, index, (candidate) => candidate.ownElement);
    const phase = inherited(drafts, index, (candidate) => candidate.ownPhase);
    const sectionIndex = sections.length;
    const analysed: AnalysedSentence[] = draft.sentences.map((sentence) => {
      const mode: StatementMode = sentence.negated ? 'negated' : sentence.ambition || element === 'beleid' ? 'ambition' : 'practice';
      const participation = context.participation.highest(sentence.tokens);
      const result: AnalysedSentence = { text: sentence.text, start: sentence.start, end: sentence.end, section: sectionIndex, element, tokens: sentence.tokens, mode, phases: sentence.phases };
      if (participation) result.participation = participation;
      return result;
    });
    sections.push({
      title: draft.span.title,
      level: draft.span.level,
      lines: [Math.max(1, draft.span.headingLine), Math.max(1, draft.span.lastLine)],
      element,
      phase,
      body,
      bodyStart: draft.span.bodyStart,
      sentences: analysed,
      classification: classifyText(body, context.classification),
    });
    sentences.push(...analysed);
  });

  const elements = {} as Record<PlanElement, ClassificationResult | undefined>;
  for (const element of PLAN_ELEMENTS) {
    const bodies = sections.filter((section) => section.element === element).map((section) => section.body.trim());
    elements[element] = bodies.length > 0 ? classifyText(bodies.join('\n\n'), context.classification) : undefined;
  }
  return { text, sections, sentences, overall: classifyText(text, context.classification), elements };
}
