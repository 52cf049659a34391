import { join } from 'node:path';
import { loadCatalog } from '../../retrieval/catalog.js';
import { createClassificationContext } from '../classification/classification-context.js';
import type { CitationLookup, ClassificationContext } from '../classification/classification-types.js';
import { DefinitionLibrary } from '../definitions/definition-library.js';
import type { AssessmentContext } from './assessment-types.js';
import { buildElementVocabulary } from './element-vocabulary.js';
import { buildParticipationLadder } from './participation-ladder.js';
import { buildPhaseVocabulary } from './phase-vocabulary.js';
import { TheorySources } from './theory-sources.js';

/**
 * Prepares the assessment from a loaded definition library and a citation lookup. Pass the engine's
 * classification context to reuse it; otherwise one is built from the same library.
 */
export function createAssessmentContext(library: DefinitionLibrary, citation: CitationLookup, classification?: ClassificationContext): AssessmentContext {
  return {
    classification: classification ?? createClassificationContext(library.frameworks, citation),
    library,
    citation,
    elements: buildElementVocabulary(library.framework('sturingsperspectief')),
    phases: buildPhaseVocabulary(library.framework('beleidscyclus')),
    participation: buildParticipationLadder(library.framework('burgerparticipatie')),
    sources: new TheorySources(library, citation),
  };
}

/** Loads the model files, the glossary and the document catalog under a corpus directory and prepares the context. */
export function loadAssessmentContext(corpusDirectory: string): AssessmentContext {
  const library = DefinitionLibrary.load(corpusDirectory);
  const catalog = loadCatalog(join(corpusDirectory, 'documents'));
  const citations = new Map(catalog.map((entry) => [entry.file, entry.shortCitation]));
  return createAssessmentContext(library, (document) => citations.get(document) ?? document);
}
