import type { ClassificationContext, CitationLookup, FrameworkProfile } from '../classification/classification-types.js';
import type { DefinitionLibrary } from '../definitions/definition-library.js';
import type { PersonalDataGuardMode } from '../privacy/personal-data-guard.js';
import type { ElementVocabulary } from './element-vocabulary.js';
import type { ParticipationLadder } from './participation-ladder.js';
import type { PhaseVocabulary } from './phase-vocabulary.js';
import type { TheorySources } from './theory-sources.js';

/** Nijdam's four elements of a plan (Bijlage E): what a section is about. */
export type PlanElement = 'beleid' | 'organisatie' | 'bekostiging' | 'aansturing';

/** Nijdam's four sturingsperspectieven, the columns of the element × perspective matrix. */
export type Perspective = 'PA' | 'NPM' | 'NPG' | 'SR';

/** The phases of the beleidscyclus (Wester & Schurer after Rijnkels et al.), as in corpus/models/beleidscyclus.json. */
export type PlanPhase = 'maatschappelijke-verkenning' | 'kaderstelling-en-contractering' | 'uitvoering-en-verantwoording' | 'evaluatie' | 'kleine-cyclus';

/** A passage of a studied document that grounds a tension or a question; verified against corpus/documents. */
export interface AssessmentSource {
  document: string;
  lines: [number, number];
  /** The catalog's short citation, e.g. "Nijdam (2020)". */
  citation: string;
  quote: string;
}

/** One section of the plan with what the assessment found in it. */
export interface AssessmentSection {
  title: string;
  element: PlanElement | null;
  phase: PlanPhase | null;
  /** The classification of the section's text (as classifyText returns it). */
  frameworks: FrameworkProfile[];
  /** Nesting depth of the heading (1 = chapter). */
  level: number;
  /** 1-based lines of the plan text the section covers (heading included). */
  lines: [number, number];
}

/** Whether a matrix row rests on text: 'ok', too little to go on, or no section about the element at all. */
export type MatrixRowStatus = 'ok' | 'te weinig aanknopingspunten' | 'geen sectie';

/** Element × perspective: rows beleid, organisatie, bekostiging, aansturing; columns PA, NPM, NPG, SR. */
export interface PerspectiveMatrix {
  elements: PlanElement[];
  perspectives: Perspective[];
  /** scores[row][column], 0..1; a row of zeros where the plan has no section about the element. */
  scores: number[][];
  /** Per row: whether the scores rest on enough text. */
  status: MatrixRowStatus[];
}

/** A tension the theory makes visible in the plan, with the plan's own sentences as evidence. */
export interface AssessmentTension {
  /** A short id of the kind of tension, e.g. 'perspectief-beleid-bekostiging'. */
  kind: string;
  /** A short Dutch heading for the tension. */
  title: string;
  /** Dutch description. */
  text: string;
  /** Verbatim sentences of the plan. */
  evidence: string[];
  sources: AssessmentSource[];
}

/** An open reflection question for the people who write and decide on the plan; never a verdict. */
export interface AssessmentQuestion {
  text: string;
  sources: AssessmentSource[];
}

export interface AssessmentResult {
  sections: AssessmentSection[];
  overall: { frameworks: FrameworkProfile[]; notice?: string };
  matrix: PerspectiveMatrix;
  tensions: AssessmentTension[];
  questions: AssessmentQuestion[];
  /** A narrative summary written by a configured model; offline there is none. */
  narrative?: string;
}

/** The plan to assess: its text (already read from a file) and how personal data is handled. */
export interface AssessmentInput {
  text: string;
  /** 'refuse' (default): a plan with personal data is refused; 'redact': the data is replaced before anything else. */
  personalDataMode?: PersonalDataGuardMode;
}

/**
 * Everything the assessment needs, prepared once (createAssessmentContext / loadAssessmentContext): the
 * classifier's context, the theory with its citations, and the vocabularies built from the model files.
 */
export interface AssessmentContext {
  classification: ClassificationContext;
  library: DefinitionLibrary;
  citation: CitationLookup;
  elements: ElementVocabulary;
  phases: PhaseVocabulary;
  participation: ParticipationLadder;
  sources: TheorySources;
}

/** Facts about the plan for the Markdown report and the chart. */
export interface AssessmentMeta {
  /** The plan's title (from the document) or its file name. */
  title: string;
  fileName?: string;
  /** ISO date of the assessment; default today. */
  date?: string;
}
