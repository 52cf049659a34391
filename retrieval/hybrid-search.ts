import type { Passage, PassageKind } from './chunk.js';
import { cosineSimilarity } from './embeddings/embedding-provider.js';
import type { LoadedIndex } from './search-index.js';

export type SearchMode = 'hybrid' | 'lexical' | 'vector';

export interface SearchOptions {
  limit: number;
  mode?: SearchMode;
  /** Give definition passages a head start (for "wat is …?" questions). */
  preferDefinitions?: boolean;
  /** Only these kinds of passage. */
  kinds?: PassageKind[];
  /** Extra query text (synonyms, aliases) added to the analysis but not shown. */
  expansion?: string;
  /** Documents the question names ("volgens Nijdam"); their passages get a head start. */
  preferDocuments?: string[];
  /** The query without document names, for measuring coverage (passages rarely contain their authors' names). */
  coverageQuery?: string;
  /** The question's subject words only (no filler such as "welke rol", "lukt"), for judging answerability. */
  subjectQuery?: string;
}

export interface SearchHit {
  passage: Passage;
  /** Fused score in 0..1 (1 would be best on both BM25 and vectors, with every boost). */
  score: number;
  /** How much of the query's weight the passage contains (idf-weighted share of query terms, 0..1). */
  coverage: number;
  /** The same for the question's subject words (see SearchOptions.subjectQuery), unknown words at reduced weight. */
  subjectCoverage: number;
  /** Cosine similarity of query and passage vectors. */
  similarity: number;
  lexicalRank?: number;
  vectorRank?: number;
}

/** Weight of BM25 in the fused score; the rest is vector similarity. Chosen on the retrieval dev set (docs/quality.md). */
export const LEXICAL_WEIGHT = 0.8;
const CANDIDATES = 80;
/** Weight of words unknown to the corpus when judging answerability, relative to the rarest known word (measured in docs/quality.md). */
const UNKNOWN_SUBJECT_WEIGHT = 0.5;
const DEFINITION_BOOST = 1.15;
const DOCUMENT_BOOST = 1.2;

/**
 * Hybrid search: BM25 over Dutch stems and vector search over the same passages. Both candidate lists are merged,
 * every candidate gets both a normalised BM25 score and a cosine similarity, and the fused score is their weighted
 * sum. Exact terms ("doorzettingsmacht", "indicatieorganen") come through BM25; paraphrases through the vectors.
 * Overlapping passages of one document are reported once.
 */
export class HybridSearch {
  constructor(private readonly index: LoadedIndex) {}

  get passages(): readonly Passage[] {
    return this.index.passages;
  }

  queryTerms(query: string, options: { splitCompounds?: boolean } = {}): string[] {
    return this.index.analyzer.terms(query, { correctSpelling: true, ...options });
  }

  async search(query: string, options: SearchOptions): Promise<SearchHit[]> {
    const mode = options.mode ?? 'hybrid';
    const fullQuery = options.expansion ? `${query} ${options.expansion}` : query;
    const coreTerms = this.queryTerms(query);
    const coverageTerms = options.coverageQuery !== undefined ? this.queryTerms(options.coverageQuery) : coreTerms;
    const subjectTerms = options.subjectQuery !== undefined ? this.queryTerms(options.subjectQuery) : coverageTerms;
    // Expansion terms count half: they widen the net without outweighing the user's own words.
    const terms = [...coreTerms, ...coreTerms, ...(options.expansion ? this.queryTerms(options.expansion) : [])];
    if (coreTerms.length === 0) return [];
    const filter = options.kinds ? (position: number) => options.kinds!.includes(this.index.passages[position]!.kind) : undefined;

    const lexical = mode === 'vector' ? [] : this.index.lexical.search(terms, CANDIDATES, filter);
    const queryVector = mode === 'lexical' ? undefined : await this.index.embeddings.embedQuery(fullQuery);
    const vector = queryVector ? await this.index.vectors.search(queryVector, CANDIDATES, filter) : [];

    const candidates = new Map<number, { lexical: number; similarity?: number; lexicalRank?: number; vectorRank?: number }>();
    lexical.forEach((hit, rank) => candidates.set(hit.index, { lexical: hit.score, lexicalRank: rank + 1 }));
    vector.forEach((hit, rank) => {
      const entry = candidates.get(hit.index) ?? { lexical: 0 };
      entry.similarity = hit.similarity;
      entry.vectorRank = rank + 1;
      candidates.set(hit.index, entry);
    });
    if (queryVector) {
      for (const [position, entry] of candidates) {
        if (entry.similarity === undefined) entry.similarity = cosineSimilarity(queryVector, this.index.vectors.vectorOf(position));
      }
    }
    const maxLexical = Math.max(1e-9, ...lexical.map((hit) => hit.score));
    const similarities = [...candidates.values()].map((entry) => entry.similarity ?? 0);
    const minSimilarity = Math.min(...similarities);
    const maxSimilarity = Math.max(...similarities);
    const spread = Math.max(1e-9, maxSimilarity - minSimilarity);
    const lexicalWeight = mode === 'lexical' ? 1 : mode === 'vector' ? 0 : LEXICAL_WEIGHT;
    const preferred = new Set(options.preferDocuments ?? []);

    const hits: SearchHit[] = [];
    for (const [position, entry] of candidates) {
      const passage = this.index.passages[position]!;
      const vectorPart = queryVector ? ((entry.similarity ?? minSimilarity) - minSimilarity) / spread : 0;
      const coverage = this.index.lexical.coverage(coverageTerms, position);
      let score = lexicalWeight * (entry.lexical / maxLexical) + (1 - lexicalWeight) * vectorPart;
      // Passages that contain more of the question's (rare) words rank higher: names like "Oldambt" matter.
      score *= 0.6 + 0.4 * coverage;
      if (passage.kind === 'definition') score *= options.preferDefinitions ? DEFINITION_BOOST : 1 / DEFINITION_BOOST;
      if (preferred.has(passage.document)) score *= DOCUMENT_BOOST;
      hits.push({
        passage,
        score,
        coverage,
        subjectCoverage: subjectTerms.length > 0 ? this.index.lexical.coverage(subjectTerms, position, { unknownWeight: UNKNOWN_SUBJECT_WEIGHT }) : coverage,
        similarity: entry.similarity ?? 0,
        lexicalRank: entry.lexicalRank,
        vectorRank: entry.vectorRank,
      });
    }
    hits.sort((left, right) => right.score - left.score || left.passage.id.localeCompare(right.passage.id));
    const top = distinct(hits, options.limit);
    const best = DEFINITION_BOOST * DOCUMENT_BOOST;
    for (const hit of top) hit.score = Math.min(1, hit.score / best);
    return top;
  }
}

/** Keeps the best hit of every group of overlapping passages of one kind and document (a definition may stand beside its passage). */
function distinct(hits: SearchHit[], limit: number): SearchHit[] {
  const kept: SearchHit[] = [];
  for (const hit of hits) {
    const [first, last] = hit.passage.lines;
    const overlapping = kept.some(
      (other) => other.passage.kind === hit.passage.kind && other.passage.document === hit.passage.document && other.passage.lines[0] <= last && other.passage.lines[1] >= first,
    );
    if (!overlapping) kept.push(hit);
    if (kept.length >= limit) break;
  }
  return kept;
}
