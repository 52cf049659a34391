import { join } from 'node:path';
import { loadCatalog } from '../../retrieval/catalog.js';
import { DefinitionLibrary } from '../definitions/definition-library.js';
import type { Framework } from '../definitions/definition-schema.js';
import { ConfigurationError } from '../errors.js';
import type { CitationLookup, ClassificationContext, ClassifiedFrameworkId } from './classification-types.js';
import { buildDefinitionProfiles } from './definition-similarity.js';
import { buildFrameworkLinks } from './framework-links.js';
import { buildIndicatorIndex } from './indicator-index.js';

/** The classified frameworks, in output order. */
export const CLASSIFIED_FRAMEWORKS: readonly ClassifiedFrameworkId[] = ['sturingsperspectief', 'sturingsmodel', 'governancetype', 'regierol', 'uitkomststuring'];

export function isClassifiedFramework(id: string): id is ClassifiedFrameworkId {
  return (CLASSIFIED_FRAMEWORKS as readonly string[]).includes(id);
}

/**
 * Prepares a classification context from already loaded frameworks (all model files; the classified ones are
 * picked out, the others still contribute their relations) and a citation lookup. Build it once and reuse it.
 */
export function createClassificationContext(allFrameworks: readonly Framework[], citation: CitationLookup): ClassificationContext {
  const frameworks = CLASSIFIED_FRAMEWORKS.map((id) => {
    const framework = allFrameworks.find((candidate) => candidate.id === id);
    if (!framework) {
      throw new ConfigurationError(
        'classification-framework-missing',
        `Het model '${id}' ontbreekt in corpus/models; zonder dit model kan Stuurwijzer een aanpak niet typeren.`,
        `framework ${id} missing`,
      );
    }
    return framework as Framework & { id: ClassifiedFrameworkId };
  });
  return {
    frameworks,
    citation,
    index: buildIndicatorIndex(frameworks),
    profiles: buildDefinitionProfiles(frameworks),
    links: buildFrameworkLinks(allFrameworks, CLASSIFIED_FRAMEWORKS),
  };
}

/** Loads the model files and the document catalog under a corpus directory and prepares the context. */
export function loadClassificationContext(corpusDirectory: string): ClassificationContext {
  const library = DefinitionLibrary.load(corpusDirectory);
  const catalog = loadCatalog(join(corpusDirectory, 'documents'));
  const citations = new Map(catalog.map((entry) => [entry.file, entry.shortCitation]));
  return createClassificationContext(library.frameworks, (document) => citations.get(document) ?? document);
}
