import type { CitationLookup } from '../classification/classification-types.js';
import type { DefinitionLibrary } from '../definitions/definition-library.js';
import type { Source } from '../definitions/definition-schema.js';
import type { AssessmentSource } from './assessment-types.js';

/** Looks up the defining passages of the theory (model files and glossary), with their catalog citation. */
export class TheorySources {
  constructor(
    private readonly library: DefinitionLibrary,
    private readonly citation: CitationLookup,
  ) {}

  private cite(sources: readonly Source[], count: number): AssessmentSource[] {
    return sources.slice(0, count).map((source) => ({
      document: source.document,
      lines: [source.lines[0], source.lines[1]],
      citation: this.citation(source.document),
      quote: source.quote,
    }));
  }

  /** The first defining passages of a category, e.g. ('sturingsperspectief', 'NPM'). */
  category(frameworkId: string, categoryId: string, count = 1): AssessmentSource[] {
    return this.cite(this.library.category(frameworkId, categoryId)?.sources ?? [], count);
  }

  /** The passages of a relation between two categories (either direction), optionally of one kind. */
  relation(frameworkId: string, first: string, second: string, kind?: string, count = 1): AssessmentSource[] {
    const framework = this.library.framework(frameworkId);
    const relation = framework?.relations.find(
      (candidate) =>
        (kind === undefined || candidate.kind === kind) &&
        ((candidate.from === first && candidate.to === second) || (candidate.from === second && candidate.to === first)),
    );
    return this.cite(relation?.sources ?? [], count);
  }

  /** The passages of a framework as a whole (its own sources). */
  framework(frameworkId: string, count = 1, skip = 0): AssessmentSource[] {
    return this.cite((this.library.framework(frameworkId)?.sources ?? []).slice(skip), count);
  }

  /** The passages of a glossary term, e.g. 'bestuurlijke-aanbesteding'. */
  term(termId: string, count = 1, skip = 0): AssessmentSource[] {
    const term = this.library.terms.find((candidate) => candidate.id === termId);
    return this.cite((term?.sources ?? []).slice(skip), count);
  }
}

/** Joins source lists, dropping repeats of the same passage and empty lookups. */
export function mergeSources(...lists: ReadonlyArray<readonly AssessmentSource[]>): AssessmentSource[] {
  const seen = new Set<string>();
  const merged: AssessmentSource[] = [];
  for (const source of lists.flat()) {
    const key = `${source.document}:${source.lines[0]}-${source.lines[1]}:${source.quote}`;
    if (seen.has(key)) continue;
    seen.add(key);
    merged.push(source);
  }
  return merged;
}
