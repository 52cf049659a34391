import type { SearchHit } from '../retrieval/hybrid-search.js';
import { sectionOf } from './citations.js';
import type { KnowledgeBase } from './knowledge-base.js';

/** One search hit in the shape of `stuurwijzer search --json`. */
export interface SearchResultHit {
  document: string;
  title: string;
  citation: string;
  section: string;
  lines: [number, number];
  text: string;
  score: number;
}

export interface SearchResult {
  hits: SearchResultHit[];
}

export function toSearchResult(knowledge: KnowledgeBase, hits: SearchHit[]): SearchResult {
  return {
    hits: hits.map((hit) => {
      const document = knowledge.document(hit.passage.document);
      return {
        document: hit.passage.document,
        title: document?.entry.title ?? hit.passage.document,
        citation: hit.passage.citation,
        section: sectionOf(hit.passage),
        lines: hit.passage.lines,
        text: hit.passage.text,
        score: Math.round(hit.score * 1000) / 1000,
      };
    }),
  };
}
