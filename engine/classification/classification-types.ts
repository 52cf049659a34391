import type { Framework } from '../definitions/definition-schema.js';
import type { IndicatorIndex } from './indicator-index.js';
import type { DefinitionProfiles } from './definition-similarity.js';
import type { FrameworkLinks } from './framework-links.js';

/** The frameworks of the theory that a description is classified into. */
export type ClassifiedFrameworkId = 'sturingsperspectief' | 'sturingsmodel' | 'governancetype' | 'regierol' | 'uitkomststuring';

/** Whether a framework could be typed from the text. */
export type FrameworkStatus = 'ok' | 'te weinig aanknopingspunten';

/** How a sentence speaks about an indicator: what is done now, what is wished for, or what is denied. */
export type EvidenceKind = 'practice' | 'ambition' | 'negated';

/** A sentence of the input (verbatim) in which an indicator of the category fired. */
export interface ClassificationEvidence {
  /** A verbatim substring of the input: the sentence (or, for very long sentences, the part around the hit). */
  text: string;
  /** The indicator phrase from the model file that fired. */
  indicator: string;
  kind: EvidenceKind;
}

/** A defining passage of a category in the studied documents. */
export interface ClassificationSource {
  document: string;
  lines: [number, number];
  /** The catalog's short citation, e.g. "Wester & Schurer (2016)". */
  citation: string;
  quote: string;
}

export interface CategoryScore {
  category: string;
  label: string;
  /** 0..1, comparable within a framework. */
  score: number;
  evidence: ClassificationEvidence[];
  sources: ClassificationSource[];
  /** One Dutch line on why the category scores as it does. */
  explanation: string;
}

export interface FrameworkProfile {
  id: ClassifiedFrameworkId;
  label: string;
  /** 0..1: signal strength combined with the margin between the first and second category. */
  confidence: number;
  status: FrameworkStatus;
  dominant?: string;
  secondary?: string;
  /** Every category of the framework, highest score first. */
  ranking: CategoryScore[];
}

export interface ClassificationResult {
  mode: 'offline' | 'llm';
  /** A Dutch notice for the user, e.g. when the text gives too little to go on. */
  notice?: string;
  frameworks: FrameworkProfile[];
}

/** Turns a corpus document file name into its short citation. */
export type CitationLookup = (document: string) => string;

/**
 * Everything the classifier needs, prepared once and reused for every text: the frameworks, the citation
 * lookup, the compiled indicator index, the definition profiles for similarity and the cross-framework links.
 */
export interface ClassificationContext {
  /** The classified frameworks, in the fixed output order. */
  frameworks: Framework[];
  citation: CitationLookup;
  index: IndicatorIndex;
  profiles: DefinitionProfiles;
  links: FrameworkLinks;
}
