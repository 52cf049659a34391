import { loadDocument, type DocumentInput, type DocumentLimits, type LoadedDocument } from '../../retrieval/ingest/load-document.js';
import type { PersonalDataGuardMode } from '../privacy/personal-data-guard.js';
import { assessPlan } from './assess-plan.js';
import type { AssessmentContext, AssessmentResult } from './assessment-types.js';

export interface AssessDocumentOptions {
  /** Default 25 MB and 300 pages (loadDocument's defaults); loadDocument refuses larger documents. */
  limits?: Partial<DocumentLimits>;
  personalDataMode?: PersonalDataGuardMode;
}

export interface AssessedDocument {
  document: LoadedDocument;
  result: AssessmentResult;
}

/**
 * Reads a plan (PDF, DOCX, Markdown or text) within the limits and assesses it. A document that cannot be read
 * throws a DocumentReadError with a Dutch message; a plan with personal data in 'refuse' mode a PersonalDataError.
 */
export async function assessPlanDocument(input: DocumentInput, context: AssessmentContext, options: AssessDocumentOptions = {}): Promise<AssessedDocument> {
  const document = await loadDocument(input, options.limits ?? {});
  const result = assessPlan({ text: document.text, personalDataMode: options.personalDataMode ?? 'refuse' }, context);
  return { document, result };
}
